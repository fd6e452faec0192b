/** The calculator specs and their generic reader and renderer. */
export type { CalculatorSpec, Catalogue, Echoed, FigureFormat, FigureSpec, FigureUnit, InputKind, InputSpec, Label, Locales, Params, SelectedBy, Text, When } from './types.js';
export { checkMaker, READER_MESSAGES, renderMessage } from './messages.js';
export { amount, type Countable, count, E, F, isSingular, listSize, plural, pluralIn } from './plural.js';
export { fieldOf, issuesByKey, itemIssueKey, readInputs, splitSizeList, type RawInput, type RawValue, type ReadOptions, type ReadResult, type SpecIssue } from './read.js';
export { defaultShown, labelText, optionFlags, optionHelp, optionName, renderFigures, type RenderedFigure, valueAt } from './render.js';
export { choiceValue, notApplying } from './applies.js';
export { CEPH_INPUTS, CEPH_MESSAGES, CEPH_SPEC, cephCoreInput, type CephResult } from '../ceph/ceph-spec.js';
export { QUORUM_SPEC } from '../cluster/quorum-spec.js';
export { BOND_SPEC } from '../network/bond-spec.js';
export { BLUESTORE_SPEC } from '../ceph/bluestore-spec.js';
export { PG_SPEC } from '../pg/pg-spec.js';
export { FILER_SPEC } from '../filer/filer-spec.js';
export { MEMORY_INPUTS, MEMORY_SPEC, memoryNodeGroups, type MemoryResult } from '../memory/memory-spec.js';
export { BACKUP_SPEC } from '../backup/backup-spec.js';
export { NETWORK_SPEC } from '../network/budget-spec.js';
export { DRAIN_SPEC } from '../drain/drain-spec.js';
import { MEMORY_SPEC } from '../memory/memory-spec.js';
import { BOND_SPEC } from '../network/bond-spec.js';
import { QUORUM_SPEC } from '../cluster/quorum-spec.js';
import { CEPH_SPEC } from '../ceph/ceph-spec.js';
import { BLUESTORE_SPEC } from '../ceph/bluestore-spec.js';
import { PG_SPEC } from '../pg/pg-spec.js';
import { FILER_SPEC } from '../filer/filer-spec.js';
import { BACKUP_SPEC } from '../backup/backup-spec.js';
import { NETWORK_SPEC } from '../network/budget-spec.js';
import { DRAIN_SPEC } from '../drain/drain-spec.js';
import type { CalculatorSpec, Echoed } from './types.js';
import type { Explained } from '../explain/types.js';

/**
 * A spec with its result type forgotten, for code that walks every spec (tests, docs): a figure's
 * label reads its own calculator's result, so specs of different results only meet this way.
 */
const anySpec = <R extends Explained>(spec: CalculatorSpec<R>): CalculatorSpec<Echoed> => spec as unknown as CalculatorSpec<Echoed>;

/** Every calculator described by a spec so far; the others follow as they migrate. */
export const SPECS: readonly CalculatorSpec<Echoed>[] = [
  anySpec(QUORUM_SPEC),
  anySpec(BOND_SPEC),
  anySpec(CEPH_SPEC),
  anySpec(BLUESTORE_SPEC),
  anySpec(PG_SPEC),
  anySpec(MEMORY_SPEC),
  anySpec(FILER_SPEC),
  anySpec(BACKUP_SPEC),
  anySpec(NETWORK_SPEC),
  anySpec(DRAIN_SPEC),
];
