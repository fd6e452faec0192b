/** bond's words: step titles, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatRate } from '../units/format.js';

/** Rates are parameters in bits/s, formatted in the message's language. */
const rate = (p: Params, k: string, lang: Lang): string => formatRate(Number(p[k]), lang);

const en = {
  'bond.tlb-receive': (p: Params) =>
    `balance-tlb receives on one link only (the current active link): inbound traffic, such as Ceph recovery into this host, is limited to ${rate(p, 'speedBps', 'en')}.`,
  'bond.single-flow': (p: Params) => `A single flow never exceeds one member link: ${rate(p, 'speedBps', 'en')}.`,
  'bond.hash-one-link': (p: Params) => `${String(p['hash'])} hashes every flow between one pair of hosts onto the same link: use layer3+4 for Ceph traffic between hosts.`,
  'bond.no-redundancy': () => 'With the links down the bond carries nothing: no redundancy.',
  'bond.reordering': () =>
    'balance-rr stripes packets across links: the single-flow figure is an upper bound, since packets arrive out of order and the switch delivers each flow to this host on one port; rarely worth it.',
  'bond.lacp-switch': () => '802.3ad needs the switch ports configured as one LACP group (stacked or MLAG switches for redundancy).',
  'bond.mode': () => 'active-backup uses one link at a time: redundancy without extra bandwidth.',
  'bond.storage-speed': (p: Params) => `${rate(p, 'aggregateBps', 'en')} per node is below the 10 Gb/s Ceph and Proxmox advise for a storage network.`,
} satisfies Catalogue;
const fr: typeof en = {
  'bond.tlb-receive': (p) => `balance-tlb ne reçoit que sur un lien (le lien actif) : le trafic entrant, comme la reconstruction Ceph vers cet hôte, est limité à ${rate(p, 'speedBps', 'fr')}.`,
  'bond.single-flow': (p) => `Un flux ne dépasse jamais un lien membre : ${rate(p, 'speedBps', 'fr')}.`,
  'bond.hash-one-link': (p) => `${String(p['hash'])} envoie tous les flux entre deux hôtes sur le même lien : utilisez layer3+4 pour le trafic Ceph entre hôtes.`,
  'bond.no-redundancy': () => 'Avec ces liens en panne l’agrégat ne transporte plus rien : aucune redondance.',
  'bond.reordering': () =>
    'balance-rr répartit les paquets sur les liens : le chiffre d’un flux est une borne haute, car les paquets arrivent dans le désordre et le commutateur livre chaque flux vers cet hôte sur un seul port ; rarement utile.',
  'bond.lacp-switch': () => '802.3ad exige que les ports du commutateur forment un groupe LACP (commutateurs empilés ou MLAG pour la redondance).',
  'bond.mode': () => 'active-backup n’utilise qu’un lien à la fois : de la redondance sans bande passante en plus.',
  'bond.storage-speed': (p) => `${rate(p, 'aggregateBps', 'fr')} par nœud, c’est moins que les 10 Gb/s conseillés par Ceph et Proxmox pour un réseau de stockage.`,
};
export const BOND_MESSAGES: Locales<typeof en> = { en, fr };

const enSteps = {
  stepAggregate: 'Aggregate bandwidth, all links up',
  stepDegraded: 'Bandwidth with k links down',
  stepSingleFlow: 'Ceiling of one flow (one TCP connection)',
  stepBusy: 'Links expected busy: f flows hashed like balls into n bins',
  stepSingleFlowRr: 'Ceiling of one flow, an upper bound: balance-rr stripes its packets over the links, but they arrive out of order and the switch delivers the flow on one port',
  stepExpected: 'Expected throughput for the flows (long-lived flows, every busy link full)',
  stepBusiest: 'Expected flows on the busiest link: maximum load of b balls in n bins',
  stepBusiestBalanced: 'Flows on the busiest link: peers placed on the least-loaded link in turn',
  stepTransfer: 'Throughput for equal transfers (recovery, migration, backup): the busiest link finishes last',
  stepTransferEven: 'Throughput for equal transfers (recovery, migration, backup): every link equally loaded',
};
const frSteps: typeof enSteps = {
  stepAggregate: 'Bande passante agrégée, tous liens actifs',
  stepDegraded: 'Bande passante avec k liens en panne',
  stepSingleFlow: 'Plafond d’un flux (une connexion TCP)',
  stepBusy: 'Liens occupés en moyenne : f flux hachés comme des boules dans n urnes',
  stepSingleFlowRr: 'Plafond d’un flux, une borne haute : balance-rr répartit ses paquets sur les liens, mais ils arrivent dans le désordre et le commutateur livre le flux sur un seul port',
  stepExpected: 'Débit attendu pour ces flux (flux longs, chaque lien occupé plein)',
  stepBusiest: 'Flux attendus sur le lien le plus chargé : charge maximale de b boules dans n urnes',
  stepBusiestBalanced: 'Flux sur le lien le plus chargé : pairs placés tour à tour sur le lien le moins chargé',
  stepTransfer: 'Débit pour des transferts égaux (reconstruction, migration, sauvegarde) : le lien le plus chargé finit le dernier',
  stepTransferEven: 'Débit pour des transferts égaux (reconstruction, migration, sauvegarde) : tous les liens également chargés',
};
export const bondSteps = (lang: Lang) => (lang === 'fr' ? frSteps : enSteps);
