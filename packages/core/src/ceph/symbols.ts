/**
 * What the letters of the Ceph capacity, host-failure, CRUSH-simulation and data-target formulas
 * stand for (explain/symbols.ts). `capa ceph` runs the first three as one derivation, so a letter
 * keeps one meaning across them (symbolProblems checks it): the shared letters are written once here
 * and spread into each glossary.
 */
import type { Glossary } from '../explain/symbols.js';
import { BOND_SHARED_EN, BOND_SHARED_FR } from '../network/symbols.js';

/** The pool's protection and ratio: capacity, data target and simulation. */
const protectionEn = {
  s: 'replicated pool size: copies of each object',
  k: 'erasure-coded data chunks',
  m: 'erasure-coded coding chunks',
  r: 'nearfull ratio',
};
const protectionFr: typeof protectionEn = {
  s: 'taille du pool répliqué : copies de chaque objet',
  k: 'fragments de données (EC)',
  m: 'fragments de parité (EC)',
  r: 'ratio nearfull',
};

/** The cluster as the capacity and the host failure both see it. */
const clusterEn = {
  H: 'hosts (failure domains)',
  n: 'OSDs per host',
  C: 'raw capacity of the largest host (the one a failure loses)',
  W: 'raw data held (all copies or chunks)',
  D: 'data stored (before replication)',
  U: 'usable capacity, healthy, 100 % full',
};
const clusterFr: typeof clusterEn = {
  H: 'hôtes (domaines de panne)',
  n: 'OSD par hôte',
  C: 'capacité brute du plus gros hôte (celui qu’une panne fait perdre)',
  W: 'données brutes occupées (toutes copies ou fragments)',
  D: 'données stockées (avant réplication)',
  U: 'capacité utile, sain, rempli à 100 %',
};

/** The recovery, as the average model and the CRUSH simulation both time it. */
const recoveryEn = {
  T: 'mark-out delay (mon_osd_down_out_interval)',
  X: 'what one survivor’s bond receives for equal transfers (its busiest link sets the pace)',
  y: 'sustained recovery rate of one OSD, shared by its reads and writes',
};
const recoveryFr: typeof recoveryEn = {
  T: 'délai de mise hors service (mon_osd_down_out_interval)',
  X: 'ce que reçoit l’agrégat d’un survivant pour des transferts égaux (son lien le plus chargé donne le rythme)',
  y: 'débit soutenu de reconstruction d’un OSD, partagé entre ses lectures et écritures',
};

const capEn = {
  ...clusterEn,
  ...protectionEn,
  S: 'size of one OSD',
  R: 'raw capacity of the cluster',
  h: 'raw capacity of each host the failure refills',
  o: 'size of the largest OSD of that host',
  Z: 'safe usable capacity: after the worst failure every OSD stays under nearfull',
};
const capFr: typeof capEn = {
  ...clusterFr,
  ...protectionFr,
  S: 'taille d’un OSD',
  R: 'capacité brute de la grappe',
  h: 'capacité brute de chaque hôte que la panne remplit',
  o: 'taille du plus gros OSD de cet hôte',
  Z: 'capacité utile sûre : après la pire panne chaque OSD reste sous nearfull',
};
export const CEPH_SYMBOLS: Glossary<keyof typeof capEn> = { en: capEn, fr: capFr };

const failEn = {
  ...clusterEn,
  ...recoveryEn,
  w: 'hosts a placement group spans (its size, or k + m)',
  G: 'raw capacity of the cluster',
  ...BOND_SHARED_EN,
  N: 'what one survivor’s bond receives, long-lived flows',
  q: 'OSDs surviving the loss',
  B: 'raw bytes to rebuild',
  a: 'bytes read per byte rebuilt: 1 replicated, k for EC',
  V: 'recovery transfer rate of the survivors',
  Y: 'recovery disk rate of the survivors',
};
const failFr: typeof failEn = {
  ...clusterFr,
  ...recoveryFr,
  w: 'hôtes sur lesquels s’étend un groupe de placement (sa taille, ou k + m)',
  G: 'capacité brute de la grappe',
  ...BOND_SHARED_FR,
  N: 'ce que reçoit l’agrégat d’un survivant, flux longs',
  q: 'OSD survivant à la perte',
  B: 'octets bruts à reconstruire',
  a: 'octets lus par octet reconstruit : 1 en réplication, k en EC',
  V: 'débit de transfert de reconstruction des survivants',
  Y: 'débit disque de reconstruction des survivants',
};
export const FAILURE_SYMBOLS: Glossary<keyof typeof failEn> = { en: failEn, fr: failFr };

const simEn = {
  ...recoveryEn,
  r: protectionEn.r,
  D: clusterEn.D,
  U: clusterEn.U,
  P: 'pg_num the autoscaler gives the data pool',
  F: 'fill of the fullest OSD, healthy or after the worst failure (CRUSH simulated)',
  I: 'bytes the busiest survivor receives (CRUSH simulated)',
  O: 'bytes the busiest OSD reads and writes (CRUSH simulated)',
};
const simFr: typeof simEn = {
  ...recoveryFr,
  r: protectionFr.r,
  D: clusterFr.D,
  U: clusterFr.U,
  P: 'pg_num que l’autoscaler donne au pool de données',
  F: 'remplissage de l’OSD le plus plein, sain ou après la pire panne (CRUSH simulé)',
  I: 'octets que reçoit le survivant le plus chargé (CRUSH simulé)',
  O: 'octets que lit et écrit l’OSD le plus chargé (CRUSH simulé)',
};
export const CRUSH_SYMBOLS: Glossary<keyof typeof simEn> = { en: simEn, fr: simFr };

const targetEn = {
  ...protectionEn,
  D: 'data to store (before replication)',
  N: 'hosts (failure domains)',
  d: 'size of one disk',
  h: 'the course’s margin over the raw need',
  X: 'raw capacity one host needs',
};
const targetFr: typeof targetEn = {
  ...protectionFr,
  D: 'données à stocker (avant réplication)',
  N: 'hôtes (domaines de panne)',
  d: 'taille d’un disque',
  h: 'marge du cours sur le besoin brut',
  X: 'capacité brute nécessaire par hôte',
};
export const TARGET_SYMBOLS: Glossary<keyof typeof targetEn> = { en: targetEn, fr: targetFr };
