/**
 * Memory, both directions: usable guest RAM of given nodes, or the node RAM a guest total needs.
 * Fields, reading and figures come from the core's MEMORY_SPEC (the CLI's too); only the picture is
 * the page's: per-node bars, healthy and with the failures.
 */
import { MEMORY_SPEC, memoryNodeGroups, type MemoryResult, type RequiredMemoryResult, type UsableMemoryResult } from '@capa/core';
import type { Lang, SizeSystem } from '@capa/core';
import type { PageDef } from '../state/page';
import type { Picture } from '../pictures/picture';
import { t } from '../state/text';
import { memoryBars } from '../pictures/memory-model';
import { guarded } from './outcome';
import { MEMORY_PRESETS } from './presets/memory';
import { computeSpec, specFields } from './spec-page';

const isRequired = (r: MemoryResult): r is RequiredMemoryResult => 'requiredNodeRamBytes' in r;

/** The nodes as typed, loaded with the guests (or the usable maximum), healthy and with the failures used. */
function usableBars(v: UsableMemoryResult, system: SizeSystem, input: Readonly<Record<string, unknown>>, lang: Lang): Picture {
  const guestBytes = v.used.guestRamBytes ?? v.usableGuestRamBytes;
  return memoryBars({ groups: memoryNodeGroups(input), failures: v.used.failures, maxUtilization: v.used.maxUtilization, guestBytes, reservePerNodeBytes: v.hostReservePerNodeBytes, lang, system });
}

/** The nodes at the size to buy (the size needed when none is large enough). */
function requiredBars(v: RequiredMemoryResult, lang: Lang): Picture {
  const ramBytes = v.recommendedNodeRamBytes ?? v.requiredNodeRamBytes;
  return memoryBars({
    groups: [{ count: v.used.nodes, ramBytes }],
    failures: v.used.failures,
    maxUtilization: v.used.maxUtilization,
    guestBytes: v.guestRamBytes,
    reservePerNodeBytes: v.hostReservePerNodeBytes,
    lang,
    system: 'binary',
  });
}

// biome-ignore format: a table, several short entries per line as it reads
export const memoryPage: PageDef = {
  route: 'memory',
  title: t('Memory: the N − 1 rule', 'Mémoire : la règle N − 1'),
  intro: t('No more than 75 % of memory used with one node missing.', 'Pas plus de 75 % de la mémoire utilisée avec un nœud en moins.'),
  fields: specFields(MEMORY_SPEC),
  presets: MEMORY_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(MEMORY_SPEC, state, lang, (v, system, input) => [isRequired(v) ? requiredBars(v, lang) : usableBars(v, system, input, lang)])),
};
