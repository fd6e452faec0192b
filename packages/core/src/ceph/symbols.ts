/** What the letters of the Ceph capacity and host-failure formulas stand for (explain/symbols.ts). */
import type { Glossary } from '../explain/symbols.js';

const capEn = {
  H: 'hosts (failure domains)',
  n: 'OSDs per host',
  S: 'size of one OSD',
  R: 'raw capacity of the cluster',
  C: 'raw capacity of the largest host',
  U: 'usable capacity, healthy, 100 % full',
  s: 'replicated pool size: copies of each object',
  k: 'erasure-coded data chunks',
  m: 'erasure-coded coding chunks',
  r: 'nearfull ratio',
  D: 'data stored (before replication)',
  W: 'raw data held (all copies or chunks)',
  h: 'raw capacity of each host the failure refills',
  o: 'size of the largest OSD of that host',
};
const capFr: typeof capEn = {
  H: 'hôtes (domaines de panne)',
  n: 'OSD par hôte',
  S: 'taille d’un OSD',
  R: 'capacité brute de la grappe',
  C: 'capacité brute du plus gros hôte',
  U: 'capacité utile, sain, rempli à 100 %',
  s: 'taille du pool répliqué : copies de chaque objet',
  k: 'fragments de données (EC)',
  m: 'fragments de parité (EC)',
  r: 'ratio nearfull',
  D: 'données stockées (avant réplication)',
  W: 'données brutes occupées (toutes copies ou fragments)',
  h: 'capacité brute de chaque hôte que la panne remplit',
  o: 'taille du plus gros OSD de cet hôte',
};
export const CEPH_SYMBOLS: Glossary<keyof typeof capEn> = { en: capEn, fr: capFr };

const failEn = {
  w: 'hosts a placement group spans (its size, or k + m)',
  H: 'hosts (failure domains)',
  n: 'OSDs per host',
  C: 'raw capacity of the largest host (the one lost)',
  G: 'raw capacity of the cluster',
  W: 'raw data held (all copies or chunks)',
  L: 'speed of one bond member',
  b: 'distinct hash inputs on one bond: the flows (layer3+4, balance-rr) or the peer hosts (layer2, layer2+3, balance-alb)',
  e: 'expected busy links of one bond (balls into bins)',
  M: 'expected hash inputs on the busiest link (balls into bins)',
  N: 'what one survivor’s bond receives, long-lived flows',
  X: 'what one survivor’s bond receives for equal transfers (its busiest link sets the pace)',
  o: 'sustained recovery rate of one OSD, shared by its reads and writes',
  q: 'OSDs surviving the loss',
  T: 'mark-out delay (mon_osd_down_out_interval)',
  B: 'raw bytes to rebuild',
  a: 'bytes read per byte rebuilt: 1 replicated, k for EC',
  R: 'recovery transfer rate of the survivors',
  D: 'recovery disk rate of the survivors',
};
const failFr: typeof failEn = {
  w: 'hôtes sur lesquels s’étend un groupe de placement (sa taille, ou k + m)',
  H: 'hôtes (domaines de panne)',
  n: 'OSD par hôte',
  C: 'capacité brute du plus gros hôte (celui perdu)',
  G: 'capacité brute de la grappe',
  W: 'données brutes occupées (toutes copies ou fragments)',
  L: 'débit d’un lien de l’agrégat',
  b: 'entrées de hachage distinctes d’un agrégat : les flux (layer3+4, balance-rr) ou les hôtes pairs (layer2, layer2+3, balance-alb)',
  e: 'liens occupés attendus d’un agrégat (boules dans des urnes)',
  M: 'entrées de hachage attendues sur le lien le plus chargé (boules dans des urnes)',
  N: 'ce que reçoit l’agrégat d’un survivant, flux longs',
  X: 'ce que reçoit l’agrégat d’un survivant pour des transferts égaux (son lien le plus chargé donne le rythme)',
  o: 'débit soutenu de reconstruction d’un OSD, partagé entre ses lectures et écritures',
  q: 'OSD survivant à la perte',
  T: 'délai de mise hors service (mon_osd_down_out_interval)',
  B: 'octets bruts à reconstruire',
  a: 'octets lus par octet reconstruit : 1 en réplication, k en EC',
  R: 'débit de transfert de reconstruction des survivants',
  D: 'débit disque de reconstruction des survivants',
};
export const FAILURE_SYMBOLS: Glossary<keyof typeof failEn> = { en: failEn, fr: failFr };

const simEn = {
  P: 'pg_num the autoscaler gives the data pool',
  r: 'nearfull ratio',
  D: 'data stored (the usable capacity when none is given: fills scale with it)',
  F: 'fill of the fullest OSD, healthy or after the worst failure (CRUSH simulated)',
  T: 'mark-out delay (mon_osd_down_out_interval)',
  N: 'bytes the busiest survivor receives (CRUSH simulated)',
  X: 'what one survivor’s bond receives for equal transfers',
  O: 'bytes the busiest OSD reads and writes (CRUSH simulated)',
  o: 'sustained recovery rate of one OSD, shared by its reads and writes',
};
const simFr: typeof simEn = {
  P: 'pg_num que l’autoscaler donne au pool de données',
  r: 'ratio nearfull',
  D: 'données stockées (la capacité utile faute de valeur : les remplissages lui sont proportionnels)',
  F: 'remplissage de l’OSD le plus plein, sain ou après la pire panne (CRUSH simulé)',
  T: 'délai de mise hors service (mon_osd_down_out_interval)',
  N: 'octets que reçoit le survivant le plus chargé (CRUSH simulé)',
  X: 'ce que reçoit l’agrégat d’un survivant pour des transferts égaux',
  O: 'octets que lit et écrit l’OSD le plus chargé (CRUSH simulé)',
  o: 'débit soutenu de reconstruction d’un OSD, partagé entre ses lectures et écritures',
};
export const CRUSH_SYMBOLS: Glossary<keyof typeof simEn> = { en: simEn, fr: simFr };

const targetEn = {
  D: 'data to store (before replication)',
  N: 'hosts (failure domains)',
  s: 'replicated pool size: copies of each object',
  k: 'erasure-coded data chunks',
  m: 'erasure-coded coding chunks',
  r: 'nearfull ratio',
  d: 'size of one disk',
  h: 'the course’s margin over the raw need',
  X: 'raw capacity one host needs',
};
const targetFr: typeof targetEn = {
  D: 'données à stocker (avant réplication)',
  N: 'hôtes (domaines de panne)',
  s: 'taille du pool répliqué : copies de chaque objet',
  k: 'fragments de données (EC)',
  m: 'fragments de parité (EC)',
  r: 'ratio nearfull',
  d: 'taille d’un disque',
  h: 'marge du cours sur le besoin brut',
  X: 'capacité brute nécessaire par hôte',
};
export const TARGET_SYMBOLS: Glossary<keyof typeof targetEn> = { en: targetEn, fr: targetFr };
