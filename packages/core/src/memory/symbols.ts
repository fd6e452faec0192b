/**
 * What the letters of the memory rule's formulas stand for (explain/symbols.ts): capa memory both
 * ways, and the planner's memory area, which reuses these steps (ARC, reservations, N − f, KSM,
 * vCPU:pCPU). One letter, one meaning in a derivation: the OSD target is m (T is the installed
 * RAM), the OSD size d (S the survivors), the KSM savings K (k the OSDs), the size to buy B (P the
 * threads of a node).
 */
import { fromDefault, fromInput, fromStep, type Glossary, MODEL, type SymbolSpec } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';

const en = {
  M: 'RAM of one node',
  C: 'ceiling of zfs_arc_max the Proxmox VE installer writes (16 GiB)',
  D: 'bytes of the ZFS pool’s disks in one node',
  m: 'osd_memory_target of one OSD daemon',
  k: 'Ceph OSDs per node',
  d: 'size of one OSD',
  H: 'system reservation per node (Proxmox VE itself)',
  O: 'Ceph OSD memory reserved per node',
  Z: 'ZFS ARC reserved per node',
  N: 'nodes in the cluster',
  f: 'nodes down at once (the largest first)',
  u: 'highest share of a node’s RAM in use once the f nodes are down',
  R: 'host reservation per node (system + OSDs + ZFS ARC)',
  T: 'installed RAM of all the nodes',
  F: 'RAM of the f largest nodes',
  U: 'usable guest RAM, rounded down to the byte',
  K: 'share of guest RAM that KSM is stated to save',
  G: 'guest RAM in total',
  B: 'node RAM size to buy: the smallest purchasable one that covers the need',
  V: 'guest vCPUs in total',
  P: 'hardware threads of one node (pCPU)',
  S: 'surviving nodes (N − f)',
};
const fr: typeof en = {
  M: 'RAM d’un nœud',
  C: 'plafond de zfs_arc_max écrit par l’installateur Proxmox VE (16 Gio)',
  D: 'octets des disques du pool ZFS dans un nœud',
  m: 'osd_memory_target d’un démon OSD',
  k: 'OSD Ceph par nœud',
  d: 'taille d’un OSD',
  H: 'réserve système par nœud (Proxmox VE lui-même)',
  O: 'mémoire des OSD Ceph réservée par nœud',
  Z: 'ARC ZFS réservé par nœud',
  N: 'nœuds du cluster',
  f: 'nœuds en panne en même temps (les plus gros d’abord)',
  u: 'part maximale de la RAM d’un nœud occupée une fois les f nœuds en panne',
  R: 'réserve hôte par nœud (système + OSD + ARC ZFS)',
  T: 'RAM installée de tous les nœuds',
  F: 'RAM des f plus gros nœuds',
  U: 'RAM utilisable par les invités, arrondie à l’octet inférieur',
  K: 'part de la RAM des invités que KSM économise, selon la mesure indiquée',
  G: 'RAM totale des invités',
  B: 'taille de RAM à acheter par nœud : la plus petite taille achetable qui couvre le besoin',
  V: 'vCPU des invités au total',
  P: 'threads matériels d’un nœud (pCPU)',
  S: 'nœuds survivants (N − f)',
};
export const MEMORY_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

/** capa memory --guest-ram with --ksm: the need is the guests' RAM less what KSM saves. */
export const MEMORY_KSM_NEED_SYMBOLS: Glossary<keyof typeof en> = {
  en: { ...en, G: 'guest RAM in total, less the stated KSM savings (× (1 − KSM share))' },
  fr: { ...fr, G: 'RAM totale des invités, moins les économies KSM indiquées (× (1 − part KSM))' },
};

/** Where the letters come from: the calculator's input keys (the adapters mark the defaults), earlier steps, the model. */
export const MEMORY_ORIGINS: Readonly<Record<string, SymbolOrigin>> = {
  M: fromInput('nodeRam'),
  C: MODEL,
  D: fromInput('zfsDisks'),
  m: fromInput('osdMemory'),
  k: fromInput('osdsPerNode'),
  d: fromInput('osdSize'),
  H: fromInput('hostReserve'),
  Z: fromInput('zfsArc'),
  N: fromInput('nodes'),
  f: fromInput('failures'),
  u: fromInput('maxUtilization'),
  U: fromStep('memory.usable'),
  K: fromInput('ksm'),
  G: fromInput('guestRam'),
  V: fromInput('vcpus'),
  P: fromInput('threadsPerNode'),
};

/** B: from the sizes typed, or the built-in list (the core knows which: the list has no default value). */
export const purchasableOrigin = (given: boolean): SymbolOrigin => (given ? fromInput('purchasable') : fromDefault('purchasable'));

/**
 * M_i and c_i (or S_i, the group's survivors) of the node groups, largest first. The index is the
 * group's place in memory.total in every step, so M2 is the same node in each formula it appears in.
 */
export function groupSymbols(indexes: readonly number[], counted: 'c' | 'S'): Record<string, SymbolSpec> {
  const out: Record<string, SymbolSpec> = {};
  const from = fromInput('nodeRam');
  for (const i of indexes) {
    out[`M${i}`] = { en: `RAM of one node of group ${i} (largest nodes first)`, fr: `RAM d’un nœud du groupe ${i} (les plus gros nœuds d’abord)`, from };
    out[`${counted}${i}`] =
      counted === 'c'
        ? { en: `nodes of group ${i}`, fr: `nœuds du groupe ${i}`, from }
        : { en: `surviving nodes of group ${i} (the largest fail first)`, fr: `nœuds survivants du groupe ${i} (les plus gros tombent d’abord)` };
  }
  return out;
}
