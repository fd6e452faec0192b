/** quorum's words: step titles, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { E, F } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);
const minus1 = (p: Params): number => Number(p['mons']) - 1;

const en = {
  'cluster.quorum': (p: Params) => `${E.c(p['votes'], 'vote', 'votes')}, quorum ${s(p, 'quorum')}: the cluster keeps quorum with ${E.c(p['tolerated'], 'node', 'nodes')} down.`,
  'cluster.even-nodes': (p: Params) => `${E.c(p['nodes'], 'node', 'nodes')} is an even count: a split in two halves loses quorum on both sides; add a node or a QDevice.`,
  'cluster.qdevice-odd': () => 'A QDevice on an odd node count is not recommended by Proxmox: it can become a single point of failure for the vote.',
  'cluster.single-node': () => 'One node: no cluster, no failover.',
  'cluster.ha-nodes': () => 'HA needs at least 3 nodes (or 2 nodes plus a QDevice).',
  'cluster.ha-storage': () => 'HA needs shared storage (Ceph, NFS, iSCSI...) or replicated volumes so guests can restart elsewhere.',
  'cluster.ha': () => 'HA is possible: enough votes and shared storage.',
  'ceph.mon-count.even': (p: Params) => `${E.c(p['mons'], 'MON', 'MONs')} is even: it tolerates no more failures than ${minus1(p)}; use 3 or 5.`,
  'ceph.mon-count.few': (p: Params) => `${E.c(p['mons'], 'MON', 'MONs')}: a production cluster runs 3 (or 5) monitors.`,
  'ceph.mon-count.ok': (p: Params) => `${E.c(p['mons'], 'MON tolerates', 'MONs tolerate')} ${E.c(p['tolerated'], 'monitor failure', 'monitor failures')}.`,
  'ceph.mon-count.too-many': (p: Params) => `${E.c(p['mons'], 'MON', 'MONs')} on ${E.c(p['nodes'], 'node', 'nodes')}: Proxmox runs at most one monitor per node.`,
} satisfies Catalogue;
const fr: typeof en = {
  'cluster.quorum': (p) => `${F.c(p['votes'], 'vote', 'votes')}, quorum ${s(p, 'quorum')} : le cluster garde le quorum avec ${F.c(p['tolerated'], 'nœud', 'nœuds')} en panne.`,
  'cluster.even-nodes': (p) => `${F.c(p['nodes'], 'nœud', 'nœuds')}, c’est pair : une coupure en deux moitiés perd le quorum des deux côtés ; ajoutez un nœud ou un QDevice.`,
  'cluster.qdevice-odd': () => 'Un QDevice avec un nombre impair de nœuds est déconseillé par Proxmox : il peut devenir un point unique de défaillance du vote.',
  'cluster.single-node': () => 'Un nœud : pas de cluster, pas de bascule.',
  'cluster.ha-nodes': () => 'La HA exige au moins 3 nœuds (ou 2 nœuds et un QDevice).',
  'cluster.ha-storage': () => 'La HA exige un stockage partagé (Ceph, NFS, iSCSI...) ou des volumes répliqués pour redémarrer les invités ailleurs.',
  'cluster.ha': () => 'La HA est possible : assez de votes et un stockage partagé.',
  'ceph.mon-count.even': (p) => `${s(p, 'mons')} MON, c’est pair : pas plus de pannes tolérées qu’avec ${minus1(p)} ; utilisez 3 ou 5.`,
  'ceph.mon-count.few': (p) => `${s(p, 'mons')} MON : un cluster de production a 3 (ou 5) moniteurs.`,
  'ceph.mon-count.ok': (p) => `${s(p, 'mons')} MON tolèrent ${F.c(p['tolerated'], 'panne', 'pannes')} de moniteur.`,
  'ceph.mon-count.too-many': (p) => `${s(p, 'mons')} MON sur ${F.c(p['nodes'], 'nœud', 'nœuds')} : Proxmox n’exécute qu’un moniteur par nœud.`,
};
export const QUORUM_MESSAGES: Locales<typeof en> = { en, fr };

export const QUORUM_STEPS = {
  en: {
    votes: 'Corosync votes: one per node, plus the QDevice’s (1 on an even node count, N − 1 on an odd one)',
    quorum: 'Quorum: a strict majority of the votes',
    tolerated: 'Node failures tolerated with quorum kept',
    monQuorum: 'Ceph MON quorum: a strict majority of the monitors',
  },
  fr: {
    votes: 'Votes corosync : un par nœud, plus ceux du QDevice (1 si le nombre de nœuds est pair, N − 1 s’il est impair)',
    quorum: 'Quorum : une majorité stricte des votes',
    tolerated: 'Pannes de nœuds tolérées en gardant le quorum',
    monQuorum: 'Quorum des MON Ceph : une majorité stricte des moniteurs',
  },
} satisfies Record<Lang, Record<string, string>>;
