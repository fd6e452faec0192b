/**
 * The memory rule's check messages by code (one catalogue per language), rendered from language-free
 * params: sizes in bytes with the unit system they are shown in, ratios as fractions. Step titles
 * stay in messages.ts.
 */
import type { Recorder } from '../explain/recorder.js';
import type { Check, CheckArea, CheckLevel } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatBytesBoth, formatNumber, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { E, F } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);
const sys = (p: Params): SizeSystem => (p['system'] === 'decimal' ? 'decimal' : 'binary');
/** A size in the params' system with the other in brackets; `system` names the one it is read in. */
const both = (p: Params, k: string, lang: 'en' | 'fr', system: SizeSystem = sys(p)): string => formatBytesBoth(Number(p[k]), system, lang);
const one = (p: Params, k: string, lang: 'en' | 'fr', system: SizeSystem = sys(p)): string => formatBytes(Number(p[k]), system, lang);
const pct = (p: Params, k: string, lang: 'en' | 'fr'): string => formatRatio(Number(p[k]), lang);
const num = (p: Params, k: string, lang: 'en' | 'fr'): string => formatNumber(Number(p[k]), lang, 2);

/** A node group as checks name it: its scenario name, its place in a typed list, or its RAM. */
const nodeEn = (p: Params): string => {
  if (typeof p['name'] === 'string') return p['name'];
  if (typeof p['position'] === 'number') return `Node ${p['position']}`;
  return Number(p['count']) > 1 ? `Each of the ${s(p, 'count')} nodes of ${one(p, 'ramBytes', 'en')}` : `The ${one(p, 'ramBytes', 'en')} node`;
};
const nodeFr = (p: Params): string => {
  if (typeof p['name'] === 'string') return p['name'];
  if (typeof p['position'] === 'number') return `Nœud ${p['position']}`;
  return Number(p['count']) > 1 ? `Chacun des ${s(p, 'count')} nœuds de ${one(p, 'ramBytes', 'fr')}` : `Le nœud de ${one(p, 'ramBytes', 'fr')}`;
};

const en = {
  'memory.n-minus-f': (p: Params) => `${both(p, 'usableBytes', 'en')} usable for guests with ${s(p, 'failures')} of ${E.c(p['nodes'], 'node', 'nodes')} down at ${pct(p, 'u', 'en')} utilisation.`,
  'memory.reservations-omitted': () =>
    'Host reservations are not counted (the course rule as stated): state a host reservation (~2 GiB for the system), the Ceph OSDs per node (OSD memory, 4 GiB default target, 8 GiB advised) and the ZFS ARC where they apply.',
  'memory.reservations-exceed': () => 'Host reservations use all the memory the N − f rule allows: no room is left for guests.',
  'memory.no-failure-tolerance': () => 'failures = 0: the cluster is sized with no node failure tolerated.',
  'memory.ha-nodes': (p: Params) => `${E.c(p['nodes'], 'node', 'nodes')}: Proxmox VE HA needs at least 3 nodes (5 advised for production).`,
  'memory.heterogeneous': () => 'Nodes differ in RAM: the largest f nodes are assumed to fail (worst case).',
  'memory.osd-memory.low': (p: Params) => `OSD memory target ${one(p, 'bytes', 'en', 'binary')} is below Ceph's 4 GiB default; under 2 GiB is not recommended.`,
  'memory.osd-memory.advice': (p: Params) =>
    `OSD memory ${one(p, 'bytes', 'en', 'binary')} per OSD is below the 8 GiB per OSD advised (Proxmox VE: at least 8 GiB per OSD; Ceph: node RAM above OSDs × osd_memory_target × 2): reserve 8 GiB per OSD.`,
  'memory.guest-fits': (p: Params) => `${both(p, 'guestBytes', 'en')} of guests fits in ${both(p, 'capacityBytes', 'en')} usable with the failures tolerated.`,
  'memory.guest-too-big': (p: Params) => `${both(p, 'guestBytes', 'en')} of guests does not fit in ${both(p, 'capacityBytes', 'en')} usable with the failures tolerated.`,
  // The RAM needed reads in GB (the course's unit), purchasable sizes in GiB (DIMMs are binary).
  'memory.purchasable.none': (p: Params) => `${both(p, 'requiredBytes', 'en', 'decimal')} per node exceeds the largest purchasable size (${one(p, 'maxBytes', 'en', 'binary')}): add nodes.`,
  'memory.purchasable': (p: Params) => `Buy ${both(p, 'recommendedBytes', 'en', 'binary')} per node (needs at least ${both(p, 'requiredBytes', 'en', 'decimal')}).`,
  'cpu.overcommit.ok': (p: Params) => `vCPU:pCPU ${num(p, 'ratio', 'en')}:1 with the failures tolerated (limit ${num(p, 'max', 'en')}:1).`,
  'cpu.overcommit.high': (p: Params) => `vCPU:pCPU ${num(p, 'ratio', 'en')}:1 with the failures tolerated exceeds ${num(p, 'max', 'en')}:1.`,
  'memory.ksm': (p: Params) =>
    `KSM savings of ${pct(p, 'savings', 'en')} assumed as stated; they are not guaranteed: they need guests sharing identical pages, and ksmtuned, which drives KSM on Proxmox VE, starts merging only above its threshold (KSM_THRES_COEF=20: guests committing more than about 80% of the node's RAM, or less than 20% of it free), which a node kept under the ${pct(p, 'u', 'en')} limit may never reach.`,
  'memory.quorum': (p: Params) =>
    `With ${s(p, 'failures')} of ${E.c(p['nodes'], 'node', 'nodes')} down the survivors hold ${s(p, 'held')} of ${E.c(p['votes'], 'corosync vote', 'corosync votes')}, below the quorum of ${s(p, 'quorum')}: the cluster loses quorum and HA restarts no guest, so the N − f figure does not hold. Quorum survives at most ${E.c(p['tolerated'], 'node failure', 'node failures')}: lower the failures or add nodes (or a QDevice).`,
  'memory.node-below-reservations': (p: Params) =>
    `${nodeEn(p)}: its ${one(p, 'ramBytes', 'en')} of RAM does not even hold its host reservations (${one(p, 'reserveBytes', 'en')}): its OSDs and system do not fit, and it adds nothing for guests (counted as 0, never less).`,
  'memory.node-no-guest-room': (p: Params) =>
    `${nodeEn(p)}: its host reservations (${one(p, 'reserveBytes', 'en')}) take more than ${pct(p, 'u', 'en')} of its ${one(p, 'ramBytes', 'en')}: it adds nothing for guests (counted as 0, never less) and runs above the limit.`,
} satisfies Catalogue;

const fr: typeof en = {
  'memory.n-minus-f': (p) =>
    `${both(p, 'usableBytes', 'fr')} utilisables par les invités avec ${F.c(p['failures'], 'nœud', 'nœuds')} sur ${s(p, 'nodes')} en panne à ${pct(p, 'u', 'fr')} d’occupation.`,
  'memory.reservations-omitted': () =>
    'Les réserves hôte ne sont pas comptées (règle du cours telle quelle) : indiquez une réserve hôte (~2 Gio pour le système), le nombre d’OSD Ceph par nœud (mémoire des OSD, cible 4 Gio par défaut, 8 Gio conseillés) et l’ARC ZFS le cas échéant.',
  'memory.reservations-exceed': () => 'Les réserves hôte consomment toute la mémoire permise par la règle N − f : il ne reste rien pour les invités.',
  'memory.no-failure-tolerance': () => 'failures = 0 : le cluster est dimensionné sans tolérer de panne de nœud.',
  'memory.ha-nodes': (p) => `${F.c(p['nodes'], 'nœud', 'nœuds')} : la HA de Proxmox VE exige au moins 3 nœuds (5 conseillés en production).`,
  'memory.heterogeneous': () => 'Les nœuds n’ont pas tous la même RAM : on suppose la panne des f plus gros (pire cas).',
  'memory.osd-memory.low': (p) => `Cible mémoire OSD ${one(p, 'bytes', 'fr', 'binary')} sous les 4 Gio par défaut de Ceph ; moins de 2 Gio est déconseillé.`,
  'memory.osd-memory.advice': (p) =>
    `Mémoire OSD ${one(p, 'bytes', 'fr', 'binary')} par OSD, sous les 8 Gio par OSD conseillés (Proxmox VE : au moins 8 Gio par OSD ; Ceph : RAM du nœud au-delà de OSD × osd_memory_target × 2) : réservez 8 Gio par OSD.`,
  'memory.guest-fits': (p) => `${both(p, 'guestBytes', 'fr')} d’invités tiennent dans ${both(p, 'capacityBytes', 'fr')} utilisables en tolérant les pannes.`,
  'memory.guest-too-big': (p) => `${both(p, 'guestBytes', 'fr')} d’invités ne tiennent pas dans ${both(p, 'capacityBytes', 'fr')} utilisables en tolérant les pannes.`,
  'memory.purchasable.none': (p) => `${both(p, 'requiredBytes', 'fr', 'decimal')} par nœud dépasse la plus grande taille achetable (${one(p, 'maxBytes', 'fr', 'binary')}) : ajoutez des nœuds.`,
  'memory.purchasable': (p) => `Acheter ${both(p, 'recommendedBytes', 'fr', 'binary')} par nœud (au moins ${both(p, 'requiredBytes', 'fr', 'decimal')} nécessaires).`,
  'cpu.overcommit.ok': (p) => `vCPU:pCPU ${num(p, 'ratio', 'fr')}:1 en tolérant les pannes (limite ${num(p, 'max', 'fr')}:1).`,
  'cpu.overcommit.high': (p) => `vCPU:pCPU ${num(p, 'ratio', 'fr')}:1 en tolérant les pannes dépasse ${num(p, 'max', 'fr')}:1.`,
  'memory.ksm': (p) =>
    `Économies KSM de ${pct(p, 'savings', 'fr')} supposées comme indiqué ; elles ne sont pas garanties : il faut des pages identiques entre invités, et ksmtuned, qui pilote KSM sous Proxmox VE, ne commence à fusionner qu’au-delà de son seuil (KSM_THRES_COEF=20 : invités engageant plus d’environ 80 % de la RAM du nœud, ou moins de 20 % libre), qu’un nœud tenu sous la limite de ${pct(p, 'u', 'fr')} peut ne jamais atteindre.`,
  'memory.quorum': (p) =>
    `Avec ${F.c(p['failures'], 'nœud', 'nœuds')} sur ${s(p, 'nodes')} en panne, les survivants ont ${s(p, 'held')} ${F.w(p['votes'], 'du', 'des')} ${F.c(p['votes'], 'vote', 'votes')} corosync, sous le quorum de ${s(p, 'quorum')} : le cluster perd le quorum et la HA ne redémarre aucun invité, la règle N − f ne tient donc pas. Le quorum survit à ${F.c(p['tolerated'], 'panne', 'pannes')} de nœud au plus : réduisez les pannes ou ajoutez des nœuds (ou un QDevice).`,
  'memory.node-below-reservations': (p) =>
    `${nodeFr(p)} : ses ${one(p, 'ramBytes', 'fr')} de RAM ne couvrent même pas ses réserves hôte (${one(p, 'reserveBytes', 'fr')}) : ses OSD et son système n’y tiennent pas, et il n’apporte rien aux invités (compté 0, jamais moins).`,
  'memory.node-no-guest-room': (p) =>
    `${nodeFr(p)} : ses réserves hôte (${one(p, 'reserveBytes', 'fr')}) prennent plus de ${pct(p, 'u', 'fr')} de ses ${one(p, 'ramBytes', 'fr')} : il n’apporte rien aux invités (compté 0, jamais moins) et dépasse la limite.`,
};

export const MEMORY_MESSAGES: Locales<typeof en> = { en, fr };

/**
 * A memory check through the recorder: id stable, words from the code. In the planner's fast mode
 * (the FAST recorder) neither the params nor the words are built.
 */
export const memoryCheck =
  (rec: Recorder) =>
  (id: string, level: CheckLevel, code: keyof typeof en, params: () => Params, area: CheckArea): Check =>
    rec.coded(MEMORY_MESSAGES, id, level, code, params, area);
