/**
 * What the letters of capa pg's formulas stand for (explain/symbols.ts), in English and French. The
 * two methods are two glossaries: m is pg_num_min for Ceph's autoscaler but PGCalc's own minimum for
 * PGCalc, so a letter keeps one meaning within the derivation the method prints (symbolProblems).
 * The per-pool letters are worded for "this pool": every pool's steps name their pool in the title.
 */
import type { Glossary } from '../explain/symbols.js';

const shared = {
  en: {
    O: 'OSDs under the CRUSH root',
    T: 'target PGs per OSD',
    z: 'size of this pool: its replicas, or k + m chunks',
    S: 'PG shards in all: Σ pg_num × size over the pools',
  },
  fr: {
    O: 'OSD sous la racine CRUSH',
    T: 'PG visés par OSD',
    z: 'taille de ce pool : ses réplicas, ou k + m fragments',
    S: 'fragments de PG au total : Σ pg_num × taille sur les pools',
  },
};

const autoscalerEn = {
  ...shared.en,
  r: 'share of the budget left that this pool takes (its capacity ratio, or its even share)',
  L: 'PGs left in the budget when this pool is sized',
  b: 'bias of this pool',
  m: 'pg_num_min of this pool (the autoscaler’s 32 unless stated)',
  p: 'nearest power of two of this pool’s PG target',
  x: 'pg_num_max of this pool',
};
const autoscalerFr: typeof autoscalerEn = {
  ...shared.fr,
  r: 'part du budget restant que prend ce pool (son ratio de capacité, ou sa part égale)',
  L: 'PG restant dans le budget quand ce pool est dimensionné',
  b: 'biais de ce pool',
  m: 'pg_num_min de ce pool (32 pour l’autoscaler s’il n’est pas indiqué)',
  p: 'puissance de deux la plus proche de la cible de PG de ce pool',
  x: 'pg_num_max de ce pool',
};
/** Ceph's pg_autoscaler (autoscaler.ts). */
export const PG_AUTOSCALER_SYMBOLS: Glossary<keyof typeof autoscalerEn> = { en: autoscalerEn, fr: autoscalerFr };

const pgcalcEn = {
  ...shared.en,
  d: 'share of the data this pool holds (its ratio, or an even share of what the stated ratios leave)',
  m: 'PGCalc’s minimum for this pool: its power of two of ⌊OSDs ÷ size⌋ + 1, doubled if below the OSD count',
  c: 'PGCalc’s power of two for this pool’s target (doubled if more than 25 % below it)',
};
const pgcalcFr: typeof pgcalcEn = {
  ...shared.fr,
  d: 'part des données que porte ce pool (son ratio, ou une part égale de ce que laissent les ratios indiqués)',
  m: 'minimum de PGCalc pour ce pool : sa puissance de deux de ⌊OSD ÷ taille⌋ + 1, doublée si elle est sous le nombre d’OSD',
  c: 'puissance de deux de PGCalc pour la cible de ce pool (doublée si elle est à plus de 25 % en dessous)',
};
/** The legacy PGCalc (pgcalc.ts). */
export const PG_PGCALC_SYMBOLS: Glossary<keyof typeof pgcalcEn> = { en: pgcalcEn, fr: pgcalcFr };
