/**
 * The inputs of an inventory analysis as data (issue 10): `capa analyze`'s options and the web
 * inventory page's fields are both derived from ANALYSIS_INPUTS and read by readAnalysisInputs, so
 * neither adapter lists the options or parses them. The plain inputs go through the calculators'
 * generic reader (spec/read.ts); the what-ifs through their own parsers (what-if-spec.ts).
 */
import { ANALYSIS_DEFAULTS, CEPH_DEFAULTS, defaultText, MEMORY_DEFAULTS } from '../explain/defaults.js';
import type { Lang } from '../explain/types.js';
import { renderMessage } from '../spec/messages.js';
import { readInputs, type RawValue, type ReadOptions, type SpecIssue } from '../spec/read.js';
import type { InputKind, InputSpec, Params, Text } from '../spec/types.js';
import type { SizeSystem } from '../units/size-units.js';
import type { AddedNode, AnalysisInput } from './schema.js';
import { addedNodeOf, type Coded, growthOf, WHAT_IF_MESSAGES } from './what-if-spec.js';

/** growth: `30%`; addedNodes: `ram=512GiB,threads=64` (several separated by `;` in one text); nodeNames: `pve2, pve3`. */
export type WhatIfKind = 'growth' | 'addedNodes' | 'nodeNames';

export interface AnalysisInputSpec extends Omit<InputSpec, 'kind' | 'metavar'> {
  readonly kind: InputKind | WhatIfKind;
  readonly metavar: string;
  /** The web field's help line, when it has one (`help` is the CLI's, which names options). */
  readonly fieldHelp?: Text;
  /** On the CLI, given once per value (`--add-node A --add-node B`); on the web, one text. */
  readonly repeatable?: boolean;
}

const t = (en: string, fr: string): Text => ({ en, fr });
const d = defaultText;
const NEARFULL = d(CEPH_DEFAULTS.nearfull, 'ratio');

/** In `capa analyze --help` order; the web shows the what-ifs first and the rest under "More options". */
export const ANALYSIS_INPUTS: readonly AnalysisInputSpec[] = [
  {
    key: 'failures',
    kind: 'count',
    min: 0,
    default: MEMORY_DEFAULTS.failures,
    metavar: 'f',
    advanced: true,
    label: t('Nodes that may fail', 'Nœuds pouvant tomber en panne'),
    help: t(`nodes that may fail (default ${MEMORY_DEFAULTS.failures}): the f largest by RAM`, `nœuds pouvant tomber en panne (défaut ${MEMORY_DEFAULTS.failures}) : les f plus gros en RAM`),
  },
  {
    key: 'maxUtilization',
    kind: 'ratio',
    default: MEMORY_DEFAULTS.maxUtilization,
    metavar: 'u',
    advanced: true,
    label: t('Maximum memory use with the failures', 'Utilisation mémoire maximale avec les pannes'),
    help: t(`maximum memory utilisation with the failures (default ${MEMORY_DEFAULTS.maxUtilization})`, `utilisation mémoire maximale avec les pannes (défaut ${MEMORY_DEFAULTS.maxUtilization})`),
  },
  {
    key: 'hostReserve',
    field: 'hostReserveBytes',
    kind: 'size',
    default: MEMORY_DEFAULTS.hostReserveBytes,
    metavar: 'size',
    advanced: true,
    label: t('System reserve per node', 'Réserve système par nœud'),
    help: t(
      `system reservation per node (default ${d(MEMORY_DEFAULTS.hostReserveBytes, 'size')}, the course rule; ~2GiB suggested)`,
      `réserve système par nœud (défaut ${d(MEMORY_DEFAULTS.hostReserveBytes, 'size')}, la règle du cours ; ~2GiB conseillé)`,
    ),
  },
  {
    key: 'osdMemory',
    field: 'osdMemoryBytes',
    kind: 'size',
    default: MEMORY_DEFAULTS.osdMemoryBytes,
    metavar: 'size',
    advanced: true,
    label: t('osd_memory_target per OSD', 'osd_memory_target par OSD'),
    help: t(
      `osd_memory_target per OSD, reserved on the node of the same name (default ${d(MEMORY_DEFAULTS.osdMemoryBytes, 'size')})`,
      `osd_memory_target par OSD, réservé sur le nœud du même nom (défaut ${d(MEMORY_DEFAULTS.osdMemoryBytes, 'size')})`,
    ),
  },
  {
    key: 'zfsArc',
    field: 'zfsArcBytes',
    kind: 'size',
    default: MEMORY_DEFAULTS.zfsArcBytes,
    metavar: 'size',
    advanced: true,
    label: t('ZFS ARC per node', 'ARC ZFS par nœud'),
    help: t(`ZFS ARC per node (default ${d(MEMORY_DEFAULTS.zfsArcBytes, 'size')})`, `ARC ZFS par nœud (défaut ${d(MEMORY_DEFAULTS.zfsArcBytes, 'size')})`),
  },
  {
    key: 'maxOvercommit',
    kind: 'positive',
    default: MEMORY_DEFAULTS.maxOvercommit,
    metavar: 'r',
    advanced: true,
    label: t('Maximum vCPU:thread with the failures', 'vCPU:thread maximal avec les pannes'),
    help: t(`maximum vCPU:thread with the failures (default ${MEMORY_DEFAULTS.maxOvercommit})`, `vCPU:thread maximal avec les pannes (défaut ${MEMORY_DEFAULTS.maxOvercommit})`),
  },
  {
    key: 'guestSize',
    field: 'guestRamBytes',
    kind: 'size',
    default: ANALYSIS_DEFAULTS.guestRamBytes,
    metavar: 'size',
    advanced: true,
    label: t('Headroom guest RAM', 'RAM d’un invité de marge'),
    help: t(
      `RAM of one more guest for the headroom (default ${d(ANALYSIS_DEFAULTS.guestRamBytes, 'size')})`,
      `RAM d’un invité de plus pour la marge (défaut ${d(ANALYSIS_DEFAULTS.guestRamBytes, 'size')})`,
    ),
  },
  {
    key: 'guestVcpus',
    kind: 'count',
    default: ANALYSIS_DEFAULTS.guestVcpus,
    metavar: 'n',
    advanced: true,
    label: t('Headroom guest vCPUs', 'vCPU d’un invité de marge'),
    help: t(`vCPUs of one more guest for the headroom (default ${ANALYSIS_DEFAULTS.guestVcpus})`, `vCPU d’un invité de plus pour la marge (défaut ${ANALYSIS_DEFAULTS.guestVcpus})`),
  },
  {
    key: 'grow',
    kind: 'growth',
    metavar: 'ratio',
    example: '30%',
    label: t('Workload growth', 'Croissance de la charge'),
    help: t('what-if: workload growth, e.g. 30% (guest RAM, vCPUs and Ceph data)', 'scénario : croissance de la charge, p. ex. 30% (RAM et vCPU des invités, données Ceph)'),
    fieldHelp: t('guest RAM, vCPUs and Ceph data × (1 + growth), e.g. 30% or 0.3', 'RAM et vCPU des invités et données Ceph × (1 + croissance), p. ex. 30% ou 0.3'),
  },
  {
    key: 'addNode',
    field: 'addNodes',
    kind: 'addedNodes',
    metavar: 'spec',
    repeatable: true,
    example: 'ram=512GiB,threads=64,osds=4x7.68TB',
    label: t('Nodes to add', 'Nœuds à ajouter'),
    help: t(
      'what-if: add nodes, ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd] (repeatable)',
      'scénario : ajouter des nœuds, ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd] (répétable)',
    ),
    fieldHelp: t(
      'as capa analyze --add-node: ram=, threads=, count=, name=, osds=COUNTxSIZE, class=; several separated by ;',
      'comme capa analyze --add-node : ram=, threads=, count=, name=, osds=NOMBRExTAILLE, class= ; plusieurs séparés par ;',
    ),
  },
  {
    key: 'removeNode',
    field: 'removeNodes',
    kind: 'nodeNames',
    metavar: 'name',
    repeatable: true,
    example: 'pve3',
    label: t('Nodes to remove', 'Nœuds à retirer'),
    help: t('what-if: remove a node and its OSDs (repeatable)', 'scénario : retirer un nœud et ses OSD (répétable)'),
    fieldHelp: t('node names, separated by commas', 'noms de nœuds, séparés par des virgules'),
  },
  {
    key: 'nearfull',
    kind: 'ratio',
    default: CEPH_DEFAULTS.nearfull,
    metavar: 'r',
    advanced: true,
    label: t('Ceph nearfull ratio', 'Ratio nearfull Ceph'),
    help: t(`nearfull ratio (default: from osd dump, else ${CEPH_DEFAULTS.nearfull})`, `ratio nearfull (défaut : celui de l’osd dump, sinon ${CEPH_DEFAULTS.nearfull})`),
    fieldHelp: t(`default: the inventory’s osd dump, else ${NEARFULL}`, `par défaut : celui de l’osd dump importé, sinon ${NEARFULL}`),
  },
  {
    key: 'backfillfull',
    kind: 'ratio',
    default: CEPH_DEFAULTS.backfillfull,
    metavar: 'r',
    advanced: true,
    label: t('Ceph backfillfull ratio', 'Ratio backfillfull Ceph'),
    help: t(`backfillfull ratio (default: from osd dump, else ${CEPH_DEFAULTS.backfillfull})`, `ratio backfillfull (défaut : celui de l’osd dump, sinon ${CEPH_DEFAULTS.backfillfull})`),
  },
];

const isWhatIf = (i: AnalysisInputSpec): boolean => i.kind === 'growth' || i.kind === 'addedNodes' || i.kind === 'nodeNames';

/** The core field an input fills (`guestSize` → `guestRamBytes`). */
export const analysisField = (i: AnalysisInputSpec): string => i.field ?? i.key;

/** The analysis options read: everything analyzeInventory takes but the inventory, the system and the language. */
export type AnalysisOptions = Omit<AnalysisInput, 'inventory' | 'system' | 'lang'> & { readonly addNodes: AddedNode[]; readonly removeNodes: string[] };

/** Text typed (web field, CLI option), a list for a repeatable CLI option, undefined when absent. */
export type AnalysisRaw = Readonly<Record<string, RawValue | readonly string[]>>;

export interface AnalysisReadOptions extends ReadOptions {
  /** The inventory's node names: the nodes to remove are checked against them when given. */
  readonly nodes?: readonly string[];
}

export type AnalysisRead = { readonly ok: true; readonly input: AnalysisOptions; readonly system: SizeSystem | undefined } | { readonly ok: false; readonly issues: readonly SpecIssue[] };

const issue = (key: string, value: string | undefined, code: string, params: Params, lang: Lang): SpecIssue => ({
  key,
  value,
  code,
  params,
  message: renderMessage(WHAT_IF_MESSAGES, code, params, lang),
});

/**
 * The nodes to remove that the inventory lacks. `listed`: the names came in one text (the web's
 * field), so the first unknown one is named in the message; otherwise one refusal per name.
 */
export function unknownNodes(names: readonly string[], known: readonly string[], lang: Lang, listed = false): SpecIssue[] {
  const nodes = known.slice(0, 20).join(', ');
  const unknown = names.filter((n) => !known.includes(n));
  return (listed ? unknown.slice(0, 1) : unknown).map((name) => issue('removeNode', name, 'whatIf.noNode', { name: name.slice(0, 60), nodes, listed }, lang));
}

/** The elements of a list input: a CLI list as given, a text split on its separator. */
function elements(raw: string | readonly string[], kind: WhatIfKind): string[] {
  if (typeof raw !== 'string') return [...raw];
  if (kind === 'addedNodes')
    return raw
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  return [
    ...new Set(
      raw
        .split(/[,;\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Added nodes: every refused one on the CLI; in one text the first, numbered when there are several. */
function readAddedNodes(key: string, raw: string | readonly string[], lang: Lang): { value: AddedNode[] } | { issues: SpecIssue[] } {
  const specs = elements(raw, 'addedNodes');
  const value: AddedNode[] = [];
  const issues: SpecIssue[] = [];
  for (const [n, spec] of specs.entries()) {
    const r: Coded<AddedNode> = addedNodeOf(spec);
    if (r.ok) {
      value.push(r.value);
      continue;
    }
    const refused = issue(key, typeof raw === 'string' ? raw : spec, r.code, r.params, lang);
    if (typeof raw !== 'string') {
      issues.push(refused);
      continue;
    }
    const several = specs.length > 1;
    return {
      issues: [several ? { ...refused, params: { ...r.params, index: n + 1 }, message: renderMessage(WHAT_IF_MESSAGES, 'whatIf.node', { index: n + 1, why: refused.message }, lang) } : refused],
    };
  }
  return issues.length > 0 ? { issues } : { value };
}

/** One what-if input: its value (absent: none), or its refusals. */
function readWhatIf(i: AnalysisInputSpec, raw: RawValue | readonly string[], lang: Lang, opts: AnalysisReadOptions): { value: unknown } | { issues: SpecIssue[] } {
  const blank = raw === undefined || typeof raw === 'boolean' || (typeof raw === 'string' && opts.blankIsAbsent === true && raw.trim() === '');
  if (i.kind === 'growth') {
    if (blank || typeof raw !== 'string') return { value: undefined };
    const r = growthOf(raw);
    return r.ok ? { value: r.value } : { issues: [issue(i.key, raw, r.code, r.params, lang)] };
  }
  if (blank) return { value: [] };
  if (i.kind === 'addedNodes') return readAddedNodes(i.key, raw, lang);
  const names = elements(raw, 'nodeNames');
  const issues = opts.nodes === undefined ? [] : unknownNodes(names, opts.nodes, lang, typeof raw === 'string');
  return issues.length > 0 ? { issues: issues.map((x) => (typeof raw === 'string' ? { ...x, value: raw } : x)) } : { value: names };
}

/**
 * Reads every analysis input, the CLI's options or the web's fields, reporting every problem at
 * once: the plain ones first (in spec order), then the what-ifs. The nodes to remove are checked
 * only when the inventory's names are given (the CLI checks them once its files are read).
 */
export function readAnalysisInputs(given: AnalysisRaw, lang: Lang, opts: AnalysisReadOptions = {}): AnalysisRead {
  // The inputs the generic reader reads: every one but the what-ifs (chosen here, not at load, so the
  // web's initial bundle, which needs only the inputs' words, drops the reader).
  const plainInputs = ANALYSIS_INPUTS.filter((i) => !isWhatIf(i)) as InputSpec[];
  const text: Record<string, RawValue> = {};
  for (const i of plainInputs) {
    const v = given[i.key];
    if (typeof v === 'string' || typeof v === 'boolean') text[i.key] = v;
  }
  const plain = readInputs(plainInputs, text, lang, opts);
  const issues: SpecIssue[] = plain.ok ? [] : [...plain.issues];
  const input: Record<string, unknown> = plain.ok ? { ...plain.input } : {};
  for (const i of ANALYSIS_INPUTS.filter(isWhatIf)) {
    const r = readWhatIf(i, given[i.key], lang, opts);
    if ('issues' in r) issues.push(...r.issues);
    else if (r.value !== undefined) input[analysisField(i)] = r.value;
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, input: input as AnalysisOptions, system: plain.ok ? plain.system : undefined };
}
