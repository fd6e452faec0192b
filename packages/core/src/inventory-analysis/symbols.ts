/**
 * What the letters of an inventory analysis' formulas stand for (explain/symbols.ts), and where each
 * number comes from when a letter first appears: the inventory file, an option of `capa analyze`
 * (the web's field of the same key), or the CRUSH simulation (the model). A later step reusing the
 * letter says "from step N" (steps.ts). The memory rule's own steps (memory.*, pushed by memory.ts)
 * define theirs in memory/; the letters here avoid theirs (H, O, Z, M, N, R, f, U) except where the
 * quantity is the same (T, F, u), whose meanings are the memory rule's own (one meaning per letter in
 * a derivation, compared as text): T is the online nodes' RAM here, offline nodes counting as already failed.
 */
import { FROM_INVENTORY, fromInput, type Glossary, MODEL } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';
import { MEMORY_SYMBOLS } from '../memory/symbols.js';

const en = {
  x: 'workload growth of the what-if',
  G: 'configured RAM of the counted guests: every non-template guest, running or stopped',
  A: 'configured RAM of the running guests only',
  T: MEMORY_SYMBOLS.en.T,
  F: MEMORY_SYMBOLS.en.F,
  Q: 'host reservations of the surviving nodes: system reserve, osd_memory_target × their OSDs and ZFS ARC',
  u: MEMORY_SYMBOLS.en.u,
  L: 'RAM of the largest online node, the size of a node to add',
  E: 'host reservation of one added node: system reserve and ZFS ARC, no OSD',
  V: 'vCPUs of the counted guests',
  P: 'CPU threads of the surviving nodes',
  g: 'RAM of one more guest (headroom)',
  o: 'maximum vCPU:thread with the failures',
  c: 'vCPUs of one more guest (headroom)',
  C: 'raw capacity of the OSDs in the cluster (in), the sum of their sizes',
  W: 'raw space used: TOTAL RAW USE of osd df',
  S: 'raw capacity of the largest host',
  r: 'Ceph nearfull ratio',
  Y: 'fill of the fullest OSD in the simulated placement',
  J: 'fill of the fullest OSD after the worst host loss, simulated',
  D: 'data stored in the pools: Σ STORED of ceph df',
  K: 'highest OSD fill of the simulated placement, healthy or after the losses played out',
};
const fr: typeof en = {
  x: 'croissance de la charge du scénario',
  G: 'RAM configurée des invités comptés : tout invité hors modèle, démarré ou arrêté',
  A: 'RAM configurée des seuls invités démarrés',
  T: MEMORY_SYMBOLS.fr.T,
  F: MEMORY_SYMBOLS.fr.F,
  Q: 'réserves hôte des nœuds survivants : réserve système, osd_memory_target × leurs OSD et ARC ZFS',
  u: MEMORY_SYMBOLS.fr.u,
  L: 'RAM du plus gros nœud en ligne, la taille d’un nœud à ajouter',
  E: 'réserve hôte d’un nœud ajouté : réserve système et ARC ZFS, sans OSD',
  V: 'vCPU des invités comptés',
  P: 'threads CPU des nœuds survivants',
  g: 'RAM d’un invité de plus (marge)',
  o: 'rapport vCPU:thread maximal avec les pannes',
  c: 'vCPU d’un invité de plus (marge)',
  C: 'capacité brute des OSD dans le cluster (in), la somme de leurs tailles',
  W: 'espace brut utilisé : TOTAL RAW USE de osd df',
  S: 'capacité brute du plus gros hôte',
  r: 'ratio nearfull de Ceph',
  Y: 'remplissage de l’OSD le plus plein dans le placement simulé',
  J: 'remplissage de l’OSD le plus plein après la pire perte d’hôte, simulé',
  D: 'données stockées dans les pools : Σ STORED de ceph df',
  K: 'remplissage d’OSD le plus haut du placement simulé, sain ou après les pertes jouées',
};
export type InventoryLetter = keyof typeof en;

/** The figures a what-if growth has scaled (what-if.ts): their meaning says so, × (1 + x). */
const GROWN: readonly InventoryLetter[] = ['G', 'A', 'V', 'W', 'D'];
const GROWN_TEXT = { en: ' (× (1 + x): the what-if’s growth)', fr: ' (× (1 + x) : croissance du scénario)' };

/** The analysis' glossary; with a growth, the grown figures say it. */
export function inventoryGlossary(grown: boolean): Glossary<InventoryLetter> {
  if (!grown) return { en, fr };
  const scaled = <T extends Record<InventoryLetter, string>>(g: T, tail: string): T => ({ ...g, ...Object.fromEntries(GROWN.map((k) => [k, g[k] + tail])) });
  return { en: scaled(en, GROWN_TEXT.en), fr: scaled(fr, GROWN_TEXT.fr) };
}

/**
 * Where a letter's number comes from where it first appears (steps.ts then says "from step N" for the
 * later ones, except for inputs, always named). The option keys are ANALYSIS_INPUTS' (analysis-spec.ts);
 * Q and E follow the system reserve, the first of the reservations' three options. r has no entry:
 * the Ceph part knows whether the option, the osd dump or Ceph's default set it (ratios.ts).
 */
export const FIRST_ORIGIN: Readonly<Partial<Record<InventoryLetter, SymbolOrigin>>> = {
  x: fromInput('grow'),
  G: FROM_INVENTORY,
  A: FROM_INVENTORY,
  T: FROM_INVENTORY,
  F: FROM_INVENTORY,
  Q: fromInput('hostReserve'),
  u: fromInput('maxUtilization'),
  L: FROM_INVENTORY,
  E: fromInput('hostReserve'),
  V: FROM_INVENTORY,
  P: FROM_INVENTORY,
  g: fromInput('guestSize'),
  o: fromInput('maxOvercommit'),
  c: fromInput('guestVcpus'),
  C: FROM_INVENTORY,
  W: FROM_INVENTORY,
  S: FROM_INVENTORY,
  Y: MODEL,
  J: MODEL,
  D: FROM_INVENTORY,
  K: MODEL,
};

/** The input letters: named as inputs at every use, never "from step N". */
export const INPUT_LETTERS: ReadonlySet<string> = new Set(Object.entries(FIRST_ORIGIN).flatMap(([k, o]) => (o.kind === 'input' && k !== 'Q' && k !== 'E' ? [k] : [])));
