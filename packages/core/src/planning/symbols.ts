/**
 * What the letters of the small planning steps stand for (explain/symbols.ts): the CPU reservation,
 * a demand's growth, the memory after a failure. Each glossary serves its own step; the planner's
 * areas put them beside others, so their letters avoid the neighbours' (cpu.overcommit's P there is
 * the guests' threads, hence T for the node's threads here).
 */
import { fromInput, fromStep, type Glossary, MODEL } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';

const cpuEn = {
  T: 'hardware threads of one node (cores × threads per core)',
  s: 'threads kept for the host system',
  h: 'HDD OSDs of the node',
  a: 'threads kept per HDD OSD',
  d: 'SSD OSDs of the node',
  b: 'threads kept per SSD OSD',
  v: 'NVMe OSDs of the node',
  c: 'threads kept per NVMe OSD',
};
const cpuFr: typeof cpuEn = {
  T: 'threads matériels d’un nœud (cœurs × threads par cœur)',
  s: 'threads réservés au système hôte',
  h: 'OSD HDD du nœud',
  a: 'threads réservés par OSD HDD',
  d: 'OSD SSD du nœud',
  b: 'threads réservés par OSD SSD',
  v: 'OSD NVMe du nœud',
  c: 'threads réservés par OSD NVMe',
};
export const CPU_SYMBOLS: Glossary<keyof typeof cpuEn> = { en: cpuEn, fr: cpuFr };
export type CpuLetter = keyof typeof cpuEn;

/** The CPU step's origins by the core's own names, for a caller that names none. */
export const CPU_ORIGINS: Readonly<Record<CpuLetter, SymbolOrigin>> = {
  T: fromInput('threads'),
  s: fromInput('systemThreads'),
  h: fromInput('osdsByClass'),
  d: fromInput('osdsByClass'),
  v: fromInput('osdsByClass'),
  a: fromInput('threadsPerOsd'),
  b: fromInput('threadsPerOsd'),
  c: fromInput('threadsPerOsd'),
};

/**
 * In a plan, cpu.overcommit's P is what the planner feeds it: the threads left for guests on the
 * tightest node (cpu.guest-threads), not all of a node's threads as capa memory's --threads-per-node.
 */
export const PLAN_OVERCOMMIT_THREADS: Readonly<Record<'en' | 'fr', string>> = {
  en: 'threads left for guests on one node (the tightest node)',
  fr: 'threads laissés aux invités sur un nœud (le nœud le plus juste)',
};

/**
 * A demand's growth. The step's title names the demand; x is any amount of bytes, q any count (one
 * letter keeps one unit: a plan grows guest RAM and vCPUs side by side).
 */
const growthEn = {
  x: 'the amount today, before growth (the step’s title names it)',
  q: 'the count today, before growth (the step’s title names it)',
  g: 'growth per year',
  y: 'years to the horizon',
};
const growthFr: typeof growthEn = {
  x: 'la quantité aujourd’hui, avant croissance (le titre de l’étape la nomme)',
  q: 'le nombre aujourd’hui, avant croissance (le titre de l’étape le nomme)',
  g: 'croissance par an',
  y: 'années jusqu’à l’horizon',
};
export const GROWTH_SYMBOLS: Glossary<keyof typeof growthEn> = { en: growthEn, fr: growthFr };

/** Where a growth's today value, rate and years come from (the planner names its scenario fields). */
export interface GrowthOrigins {
  readonly today?: SymbolOrigin;
  readonly perYear?: SymbolOrigin;
  readonly years?: SymbolOrigin;
}

const failureEn = {
  G: 'guest RAM to host after the failure (all guests restarted on the survivors)',
  S: 'surviving nodes that host guests',
  R: 'RAM kept per node for the host, its OSDs and ZFS',
  M: 'RAM of the surviving nodes that host guests',
};
const failureFr: typeof failureEn = {
  G: 'RAM des invités à héberger après la panne (tous redémarrés sur les survivants)',
  S: 'nœuds survivants qui hébergent des invités',
  R: 'RAM réservée par nœud à l’hôte, à ses OSD et à ZFS',
  M: 'RAM des nœuds survivants qui hébergent des invités',
};
export const FAILURE_MEMORY_SYMBOLS: Glossary<keyof typeof failureEn> = { en: failureEn, fr: failureFr };

/** A local ZFS pool's capacity (zfs.ts). dRAID's data disks per group are G: g is a demand's growth. */
const zfsEn = {
  V: 'vdevs: the disks ÷ the vdev width, rounded down',
  w: 'disks per vdev (its width)',
  p: 'parity disks per vdev or group',
  S: 'size of one disk (the smallest of the pool)',
  n: 'disks of the pool',
  G: 'data disks per dRAID redundancy group',
  s: 'dRAID distributed spares',
  D: 'pool capacity before the slop space',
  L: 'slop space OpenZFS keeps: 1/32 of the pool, at least 128 MiB and at most 128 GiB',
  B: 'block size (volblocksize)',
  a: 'ashift: a sector is 2^ashift bytes',
  d: 'data sectors of one block',
  A: 'sectors allocated for one block, parity and padding included',
};
const zfsFr: typeof zfsEn = {
  V: 'vdevs : les disques ÷ la largeur d’un vdev, arrondi en dessous',
  w: 'disques par vdev (sa largeur)',
  p: 'disques de parité par vdev ou par groupe',
  S: 'taille d’un disque (le plus petit du pool)',
  n: 'disques du pool',
  G: 'disques de données par groupe de redondance dRAID',
  s: 'disques de secours distribués dRAID',
  D: 'capacité du pool avant la réserve slop',
  L: 'réserve slop gardée par OpenZFS : 1/32 du pool, au moins 128 Mio et au plus 128 Gio',
  B: 'taille de bloc (volblocksize)',
  a: 'ashift : un secteur fait 2^ashift octets',
  d: 'secteurs de données d’un bloc',
  A: 'secteurs alloués pour un bloc, parité et bourrage compris',
};
export const ZFS_SYMBOLS: Glossary<keyof typeof zfsEn> = { en: zfsEn, fr: zfsFr };

/** Where a ZFS pool's inputs come from: the caller's names (the planner's scenario fields), else zfs.ts's parameters. */
export interface ZfsOrigins {
  readonly layout?: SymbolOrigin;
  readonly disks?: SymbolOrigin;
  readonly diskSize?: SymbolOrigin;
  readonly volblocksize?: SymbolOrigin;
  readonly ashift?: SymbolOrigin;
}

export function zfsOrigins(o: ZfsOrigins): Record<string, SymbolOrigin> {
  const layout = o.layout ?? fromInput('layout');
  return {
    // The vdev count and the slop are the model's own arithmetic, not steps of their own.
    V: MODEL,
    L: MODEL,
    w: layout,
    p: layout,
    G: layout,
    s: layout,
    n: o.disks ?? fromInput('disks'),
    S: o.diskSize ?? fromInput('diskBytes'),
    B: o.volblocksize ?? fromInput('volblocksize'),
    a: o.ashift ?? fromInput('ashift'),
    d: fromStep('zfs.sectors'),
    A: fromStep('zfs.allocated'),
    D: fromStep('zfs.data'),
  };
}
