/**
 * The scenario's cross-field refusals (normalize.ts) as codes with language-free parameters, in
 * English and French (`fr` is typed `typeof en`: a missing translation does not compile). They are
 * rendered in the language of the parse in progress, like the schema's (value-messages.ts). The
 * limits the core owns (nodes, disks, fill ratios, a pool given twice) keep the core's words.
 */
import { describeLimit, formatNumber, LIMITS, type Lang, type LimitRule, plural, E, F } from '@capa/core';
import { parseLang, VALUE_MESSAGES } from './value-messages.js';

type P = Readonly<Record<string, string | number>>;
const s = (p: P, k: string): string => String(p[k]);
const n = (p: P, k: string, lang: Lang): string => {
  const v = p[k];
  // English keeps the plain digits it always printed; French groups and uses its decimal comma.
  return typeof v === 'number' && lang === 'fr' ? formatNumber(v, 'fr', 1) : String(v);
};
const cls = (p: P): string => (p['class'] ? ` ${s(p, 'class')}` : '');
const num = (p: P, k: string): number => Number(p[k]);
/** A core limit carried as parameters (the core's refusal of a filer's RAID layout), back to its rule. */
const limit = (p: P): LimitRule => p as unknown as LimitRule;

const en = {
  nodesRequired: () => "is required: describe the cluster's nodes (or run capa optimize with an optimize section)",
  optimizeRequired: () => 'is required by capa optimize: give the search space (nodes: {min, max}, platforms, disks…)',
  nodesOrOptimize: () => 'is required (or an optimize section)',
  belowNodes: (p: P) => describeLimit({ k: 'belowNodes', nodes: num(p, 'nodes') }, 'en'),
  coresBelowSockets: (p: P) => `must be at least the number of sockets (${n(p, 'sockets', 'en')})`,
  disksPerNode: (p: P) => `hold ${n(p, 'disks', 'en')} ${E.w(p['disks'], 'disk', 'disks')} per node; ${describeLimit({ k: 'count', min: 1, max: LIMITS.osdsPerHost }, 'en')}`,
  nodesTotal: (p: P) => `add up to ${n(p, 'nodes', 'en')} ${E.w(p['nodes'], 'node', 'nodes')}; the total ${describeLimit({ k: 'count', min: 1, max: LIMITS.hosts }, 'en')}`,
  osdsTotal: (p: P) => `hold ${n(p, 'osds', 'en')} ${E.w(p['osds'], 'OSD', 'OSDs')}; at most ${n(p, 'max', 'en')} per cluster`,
  guestRamTwice: () => 'give either guestRam or vms (whose RAM is summed), not both',
  vcpusTwice: () => 'give either vcpus or vms (whose vCPUs are summed), not both',
  dataTwice: () => 'give either data or a disk per VM profile, not both',
  ratioOrder: (p: P) => describeLimit({ k: 'ratioOrder', nearfull: num(p, 'nearfull'), backfillfull: num(p, 'backfillfull'), full: num(p, 'full') }, 'en'),
  poolTwice: (p: P) => describeLimit({ k: 'poolTwice', name: s(p, 'name') }, 'en'),
  replicasAndEc: () => 'give either replicas or ec, not both',
  dataAndShare: () => 'give either data or share, not both',
  shareNeedsData: () => 'needs workloads.data (the total it is a share of)',
  noOsdDisks: (p: P) => `no node has${cls(p)} disks with role osd`,
  impossibleNodes: (p: P) =>
    `${s(p, 'protection')} is impossible here: it needs at least ${n(p, 'width', 'en')} ${E.w(p['width'], 'host', 'hosts')} (failure domains), and the scenario has ${n(p, 'hosts', 'en')} ${plural(p['hosts'], 'en', 'node', 'nodes')} with${cls(p)} OSDs`,
  impossibleOptimize: (p: P) =>
    `${s(p, 'protection')} is impossible here: it needs at least ${n(p, 'width', 'en')} ${E.w(p['width'], 'host', 'hosts')} (failure domains), and optimize.nodes.max is ${n(p, 'max', 'en')}`,
  sharesOver: (p: P) => `the pools' shares add up to ${n(p, 'percent', 'en')} %, more than 100 %`,
  poolsNeedData: () => 'several pools: give each one data or share (workloads.data cannot be split by guess)',
  noZfsDisks: (p: P) => `no node has${cls(p)} disks with role zfs`,
  raidzWidth: (p: P) => `a RAIDZ${s(p, 'parity')} vdev needs more than ${E.c(p['parity'], 'disk', 'disks')} (width ${n(p, 'width', 'en')})`,
  draidData: () => 'dRAID needs at least one data disk per group',
  zfsLayout: () => VALUE_MESSAGES.en.expected({ what: 'zfsLayout' }),
  optimizeNodesMin: (p: P) => `must be at most optimize.nodes.max (${n(p, 'max', 'en')})`,
  optimizeDisksMin: (p: P) => `must be at most optimize.disksPerNode.max (${n(p, 'max', 'en')})`,
  optimizeFailures: (p: P) => `must be more than rules.failures (${n(p, 'failures', 'en')})`,
  optimizeZfs: () => 'capa optimize sizes Ceph and external storage; remove the local ZFS pools from the scenario to optimize it',
  externalCapacity: () => 'is required, or give raid (the filer’s RAID layout its usable capacity is derived from)',
  raidLimit: (p: P) => describeLimit(limit(p), 'en'),
  drainNoGuestRam: () => 'needs the guests’ RAM: give workloads.guestRam or workloads.vms (the drained node holds its share)',
  drainOneNode: () => 'needs at least 2 nodes: a drained node’s guests migrate to another',
  drainNoBond: (p: P) => `node ${s(p, 'node')} has no bond for migrations: give its network.public (or network.ceph), or drain.via`,
  drainViaMissing: (p: P) => `node ${s(p, 'node')} has no network.${s(p, 'via')} bond: give it one, or choose another via (ceph, public, backup or corosync)`,
  carriesCount: (p: P) => `names ${n(p, 'count', 'en')} traffic classes; give from 1 to ${n(p, 'max', 'en')}, e.g. { ceph-public: 4Gb/s, guests: 5Gb/s }`,
  className: (p: P) =>
    `"${s(p, 'name')}" is not a traffic class name: ceph-public, ceph-cluster, recovery, corosync, migration, backup, guests, or your own (a lowercase letter, then lowercase letters, digits, -)`,
  autoClass: (p: P) => `${s(p, 'name')}: auto is derived for recovery, backup and migration only; give ${s(p, 'name')} a rate, e.g. 4Gb/s`,
  autoNeedsCeph: () => 'recovery: auto is the failure model’s Ceph recovery, and the scenario has no storage.ceph: give a rate, e.g. 10Gb/s',
  autoNeedsBackup: () => 'backup: auto is the backup section’s rate, and the scenario has no backup section: add one, or give a rate, e.g. 2Gb/s',
  autoNeedsDrain: () => 'migration: auto is the drain section’s migration rate, and the scenario has no drain section: add one, or give a rate, e.g. 5Gb/s',
  backupOnUnknown: (p: P) => `"${s(p, 'name')}" names no storage.external entry (${s(p, 'names') ? `entries: ${s(p, 'names')}` : 'the scenario has none'})`,
  backupNoData: () => 'is required: the data protected (or give workloads.data, or a disk per VM profile)',
  verifyNeedsPbs: () => 'verify jobs are a Proxmox Backup Server feature: use target pbs, or remove verify',
  datastoreLayout: () => VALUE_MESSAGES.en.expected({ what: 'datastoreLayout' }),
  datastoreDisks: (p: P) => `${s(p, 'layout')} needs at least ${n(p, 'min', 'en')} ${E.w(p['min'], 'disk', 'disks')} besides the spares`,
};

const fr: typeof en = {
  nodesRequired: () => 'est obligatoire\u00a0: décrivez les nœuds du cluster (ou lancez capa optimize avec une section optimize)',
  optimizeRequired: () => 'est obligatoire pour capa optimize\u00a0: donnez l’espace de recherche (nodes: {min, max}, platforms, disks…)',
  nodesOrOptimize: () => 'est obligatoire (ou une section optimize)',
  belowNodes: (p) => describeLimit({ k: 'belowNodes', nodes: num(p, 'nodes') }, 'fr'),
  coresBelowSockets: (p) => `doit valoir au moins le nombre de sockets (${n(p, 'sockets', 'fr')})`,
  disksPerNode: (p) => `compte ${n(p, 'disks', 'fr')} ${F.w(p['disks'], 'disque', 'disques')} par nœud\u00a0; ${describeLimit({ k: 'count', min: 1, max: LIMITS.osdsPerHost }, 'fr')}`,
  nodesTotal: (p) => `totalise ${n(p, 'nodes', 'fr')} ${F.w(p['nodes'], 'nœud', 'nœuds')}\u00a0; le total ${describeLimit({ k: 'count', min: 1, max: LIMITS.hosts }, 'fr')}`,
  osdsTotal: (p) => `compte ${n(p, 'osds', 'fr')} OSD\u00a0; au plus ${n(p, 'max', 'fr')} par cluster`,
  guestRamTwice: () => 'donnez guestRam ou vms (dont la RAM est additionnée), pas les deux',
  vcpusTwice: () => 'donnez vcpus ou vms (dont les vCPU sont additionnés), pas les deux',
  dataTwice: () => 'donnez data ou un disk par profil de VM, pas les deux',
  ratioOrder: (p) => describeLimit({ k: 'ratioOrder', nearfull: num(p, 'nearfull'), backfillfull: num(p, 'backfillfull'), full: num(p, 'full') }, 'fr'),
  poolTwice: (p) => describeLimit({ k: 'poolTwice', name: s(p, 'name') }, 'fr'),
  replicasAndEc: () => 'donnez replicas ou ec, pas les deux',
  dataAndShare: () => 'donnez data ou share, pas les deux',
  shareNeedsData: () => 'demande workloads.data (le total dont il est une part)',
  noOsdDisks: (p) => `aucun nœud n’a de disques${cls(p)} de rôle osd`,
  impossibleNodes: (p) =>
    `${s(p, 'protection')} est impossible ici\u00a0: il faut au moins ${n(p, 'width', 'fr')} ${F.w(p['width'], 'hôte', 'hôtes')} (domaines de panne), et le scénario a ${n(p, 'hosts', 'fr')} ${plural(p['hosts'], 'fr', 'nœud', 'nœuds')} avec des OSD${cls(p)}`,
  impossibleOptimize: (p) =>
    `${s(p, 'protection')} est impossible ici\u00a0: il faut au moins ${n(p, 'width', 'fr')} ${F.w(p['width'], 'hôte', 'hôtes')} (domaines de panne), et optimize.nodes.max vaut ${n(p, 'max', 'fr')}`,
  sharesOver: (p) => `les parts des pools totalisent ${n(p, 'percent', 'fr')}\u00a0%, plus de 100\u00a0%`,
  poolsNeedData: () => 'plusieurs pools\u00a0: donnez à chacun data ou share (workloads.data ne se répartit pas au jugé)',
  noZfsDisks: (p) => `aucun nœud n’a de disques${cls(p)} de rôle zfs`,
  raidzWidth: (p) => `un vdev RAIDZ${s(p, 'parity')} demande plus de ${F.c(p['parity'], 'disque', 'disques')} (largeur ${n(p, 'width', 'fr')})`,
  draidData: () => 'dRAID demande au moins un disque de données par groupe',
  zfsLayout: () => VALUE_MESSAGES.fr.expected({ what: 'zfsLayout' }),
  optimizeNodesMin: (p) => `doit valoir au plus optimize.nodes.max (${n(p, 'max', 'fr')})`,
  optimizeDisksMin: (p) => `doit valoir au plus optimize.disksPerNode.max (${n(p, 'max', 'fr')})`,
  optimizeFailures: (p) => `doit dépasser rules.failures (${n(p, 'failures', 'fr')})`,
  optimizeZfs: () => 'capa optimize dimensionne Ceph et le stockage externe\u00a0; retirez les pools ZFS locaux du scénario pour l’optimiser',
  externalCapacity: () => 'est obligatoire, ou donnez raid (la disposition RAID du filer dont sa capacité utilisable se déduit)',
  raidLimit: (p) => describeLimit(limit(p), 'fr'),
  drainNoGuestRam: () => 'demande la RAM des invités\u00a0: donnez workloads.guestRam ou workloads.vms (le nœud vidé en porte sa part)',
  drainOneNode: () => 'demande au moins 2 nœuds\u00a0: les invités d’un nœud vidé migrent vers un autre',
  drainNoBond: (p) => `le nœud ${s(p, 'node')} n’a pas d’agrégat pour les migrations\u00a0: donnez son network.public (ou network.ceph), ou drain.via`,
  drainViaMissing: (p) => `le nœud ${s(p, 'node')} n’a pas d’agrégat network.${s(p, 'via')}\u00a0: donnez-lui-en un, ou choisissez un autre via (ceph, public, backup ou corosync)`,
  carriesCount: (p) => `nomme ${n(p, 'count', 'fr')} classes de trafic\u00a0; indiquez-en de 1 à ${n(p, 'max', 'fr')}, p. ex. { ceph-public: 4Gb/s, guests: 5Gb/s }`,
  className: (p) =>
    `«\u00a0${s(p, 'name')}\u00a0» n’est pas un nom de classe de trafic\u00a0: ceph-public, ceph-cluster, recovery, corosync, migration, backup, guests, ou le vôtre (une lettre minuscule, puis minuscules, chiffres, -)`,
  autoClass: (p) => `${s(p, 'name')}\u00a0: auto n’est déduit que pour recovery, backup et migration\u00a0; donnez un débit à ${s(p, 'name')}, p. ex. 4Gb/s`,
  autoNeedsCeph: () => 'recovery: auto est la reconstruction Ceph du modèle de panne, et le scénario n’a pas de storage.ceph\u00a0: donnez un débit, p. ex. 10Gb/s',
  autoNeedsBackup: () => 'backup: auto est le débit de la section backup, et le scénario n’en a pas\u00a0: ajoutez-la, ou donnez un débit, p. ex. 2Gb/s',
  autoNeedsDrain: () => 'migration: auto est le débit de migration de la section drain, et le scénario n’en a pas\u00a0: ajoutez-la, ou donnez un débit, p. ex. 5Gb/s',
  backupOnUnknown: (p) => `«\u00a0${s(p, 'name')}\u00a0» ne désigne aucune entrée de storage.external (${s(p, 'names') ? `entrées\u00a0: ${s(p, 'names')}` : 'le scénario n’en a aucune'})`,
  backupNoData: () => 'est obligatoire\u00a0: les données protégées (ou donnez workloads.data, ou un disk par profil de VM)',
  verifyNeedsPbs: () => 'les tâches de vérification sont une fonction de Proxmox Backup Server\u00a0: utilisez target pbs, ou retirez verify',
  datastoreLayout: () => VALUE_MESSAGES.fr.expected({ what: 'datastoreLayout' }),
  datastoreDisks: (p) => `${s(p, 'layout')} demande au moins ${n(p, 'min', 'fr')} ${F.w(p['min'], 'disque', 'disques')} hors disques de secours`,
};

export const NORMALIZE_MESSAGES = { en, fr } as const;
export type NormalizeCode = keyof typeof en;

/** A cross-field refusal: its code and parameters, rendered when the issue is made. */
export interface Refusal {
  readonly code: NormalizeCode;
  readonly params?: P;
}

/** A cross-field refusal in the language of the parse in progress. */
export const sayRefusal = (r: Refusal): string => NORMALIZE_MESSAGES[parseLang()][r.code](r.params ?? {});
