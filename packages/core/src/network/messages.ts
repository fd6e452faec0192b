import type { Lang } from '../explain/types.js';

const en = {
  stepAggregate: 'Aggregate bandwidth, all links up',
  stepDegraded: 'Bandwidth with k links down',
  stepSingleFlow: 'Ceiling of one flow (one TCP connection)',
  stepBusy: 'Links expected busy: f flows hashed like balls into n bins',
  stepExpected: 'Expected throughput for the flows',
  singleFlow: (l: string) => `A single flow never exceeds one member link: ${l}.`,
  hashOneLink: (h: string) => `${h} hashes every flow between one pair of hosts onto the same link: use layer3+4 for Ceph traffic between hosts.`,
  noRedundancy: 'With the links down the bond carries nothing: no redundancy.',
  rrReorder: 'balance-rr stripes packets across links: one TCP flow can exceed a link but suffers reordering; rarely worth it.',
  lacpSwitch: '802.3ad needs the switch ports configured as one LACP group (stacked or MLAG switches for redundancy).',
  activeBackup: 'active-backup uses one link at a time: redundancy without extra bandwidth.',
  slowStorage: (r: string) => `${r} per node is below the 10 Gb/s Ceph and Proxmox advise for a storage network.`,
};
const fr: typeof en = {
  stepAggregate: 'Bande passante agrégée, tous liens actifs',
  stepDegraded: 'Bande passante avec k liens en panne',
  stepSingleFlow: 'Plafond d’un flux (une connexion TCP)',
  stepBusy: 'Liens occupés en moyenne : f flux hachés comme des boules dans n urnes',
  stepExpected: 'Débit attendu pour ces flux',
  singleFlow: (l) => `Un flux ne dépasse jamais un lien membre : ${l}.`,
  hashOneLink: (h) => `${h} envoie tous les flux entre deux hôtes sur le même lien : utilisez layer3+4 pour le trafic Ceph entre hôtes.`,
  noRedundancy: 'Avec ces liens en panne l’agrégat ne transporte plus rien : aucune redondance.',
  rrReorder: 'balance-rr répartit les paquets : un flux TCP peut dépasser un lien mais subit du réordonnancement ; rarement utile.',
  lacpSwitch: '802.3ad exige que les ports du commutateur forment un groupe LACP (commutateurs empilés ou MLAG pour la redondance).',
  activeBackup: 'active-backup n’utilise qu’un lien à la fois : de la redondance sans bande passante en plus.',
  slowStorage: (r) => `${r} par nœud, c’est moins que les 10 Gb/s conseillés par Ceph et Proxmox pour un réseau de stockage.`,
};
export const networkMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
