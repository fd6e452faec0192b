/**
 * What the letters of the durability formulas stand for (explain/symbols.ts), their units and where
 * their numbers come from. One pool's steps form one chain: a letter keeps one meaning across them,
 * the host term included (a, l, T, p, P name "the failed device": a disk, or a host in that term).
 */
import { fromInput, fromStep, type Glossary, MODEL } from '../explain/symbols.js';
import type { StepUnit, SymbolOrigin } from '../explain/types.js';

const en = {
  a: 'annual failure probability of one device: a disk, or a host in the host term',
  l: 'failures per year of one device (λ): a disk, or a host where host failures start the loss',
  T: 'exposure: time until the failed device’s copies exist again (its recovery, or its repair when the pool cannot heal)',
  Y: 'seconds in a year of 365 days',
  G: 'pg_num of the pool',
  w: 'shards of one PG (the pool’s size, or k + m)',
  O: 'OSDs of the cluster (hosts × OSDs per host)',
  p: 'probability that one given peer disk fails within the exposure',
  q: 'probability that one PG of the failed device loses more shards than the pool tolerates',
  P: 'PGs with a shard on the failed device (an OSD, or a host in the host term)',
  L: 'probability that some PG of the failed OSD is lost',
  H: 'hosts',
  r: 'loss events per year started by a disk failure',
  R: 'loss events per year started by a host failure',
  e: 'annual probability of losing data, as the step before gives it',
  k: 'shards the recovery reads per byte it rebuilds (the data chunks; 1 when replicated)',
  D: 'bytes stored on the failed OSD',
  B: 'bytes the recovery reads and writes',
  E: 'unrecoverable read errors per bit read (disk_nre)',
  n: 'probability of at least one unrecoverable read error in those bytes',
  z: 'probability that one PG of the failed OSD is down to its last needed shards',
  Z: 'probability that some PG of the failed OSD is down to its last needed shards',
  N: 'loss events per year from read errors on the last needed shards',
};
const fr: typeof en = {
  a: 'probabilité annuelle de panne d’un équipement : un disque, ou un hôte dans le terme des hôtes',
  l: 'pannes par an d’un équipement (λ) : un disque, ou un hôte quand les pannes d’hôte déclenchent la perte',
  T: 'exposition : temps jusqu’à ce que les copies de l’équipement perdu existent de nouveau (sa reconstruction, ou sa réparation quand le pool ne peut pas se rétablir)',
  Y: 'secondes dans une année de 365 jours',
  G: 'pg_num du pool',
  w: 'fragments d’un PG (la taille du pool, ou k + m)',
  O: 'OSD de la grappe (hôtes × OSD par hôte)',
  p: 'probabilité qu’un disque pair donné tombe en panne pendant l’exposition',
  q: 'probabilité qu’un PG de l’équipement perdu perde plus de fragments que le pool n’en tolère',
  P: 'PG ayant un fragment sur l’équipement perdu (un OSD, ou un hôte dans le terme des hôtes)',
  L: 'probabilité qu’un PG de l’OSD perdu soit perdu',
  H: 'hôtes',
  r: 'pertes par an déclenchées par une panne de disque',
  R: 'pertes par an déclenchées par une panne d’hôte',
  e: 'probabilité annuelle de perdre des données, telle que l’étape précédente la donne',
  k: 'fragments que la reconstruction lit par octet reconstruit (les fragments de données ; 1 en réplication)',
  D: 'octets stockés sur l’OSD perdu',
  B: 'octets que la reconstruction lit et écrit',
  E: 'erreurs de lecture irrécupérables par bit lu (disk_nre)',
  n: 'probabilité d’au moins une erreur de lecture irrécupérable dans ces octets',
  z: 'probabilité qu’un PG de l’OSD perdu n’ait plus que ses derniers fragments nécessaires',
  Z: 'probabilité qu’un PG quelconque de l’OSD perdu n’ait plus que ses derniers fragments nécessaires',
  N: 'pertes par an dues aux erreurs de lecture sur les derniers fragments nécessaires',
};
export const DURABILITY_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

// Probabilities and rates read in scientific notation: fixed-point would print 0 (and −log10(0)).
export const DURABILITY_UNITS: Readonly<Record<string, StepUnit>> = {
  a: 'ratio',
  l: 'probability',
  T: 'seconds',
  Y: 'seconds',
  G: 'count',
  w: 'count',
  O: 'count',
  p: 'probability',
  q: 'probability',
  P: 'number',
  L: 'probability',
  H: 'count',
  r: 'probability',
  R: 'probability',
  e: 'probability',
  k: 'count',
  D: 'bytes',
  B: 'bytes',
  E: 'probability',
  n: 'probability',
  z: 'probability',
  Z: 'probability',
  N: 'probability',
};

/**
 * Where the durability's inputs come from, named by the caller (the planner knows its scenario's keys
 * and earlier steps); a core caller's inputs by their field names. `pgNum` and `hostExposureSeconds`
 * may have no origin in this derivation (another area computed them).
 */
export interface DurabilityOrigins {
  readonly osdAfr?: SymbolOrigin;
  readonly hostAfr?: SymbolOrigin;
  readonly hosts?: SymbolOrigin;
  readonly osds?: SymbolOrigin;
  readonly protection?: SymbolOrigin;
  readonly pgNum?: SymbolOrigin | null;
  readonly osdExposureSeconds?: SymbolOrigin;
  readonly hostExposureSeconds?: SymbolOrigin | null;
  readonly osdDataBytes?: SymbolOrigin;
  readonly diskNre?: SymbolOrigin;
}

/** Each step's origins: inputs as the caller names them, the chain's own figures from their steps. */
export function durabilityOrigins(o: DurabilityOrigins, hostTerm: boolean) {
  // An origin given, or the core field's name; null when this derivation holds none.
  const one = (letter: string, x: SymbolOrigin | null | undefined, name: string): Record<string, SymbolOrigin> => (x === null ? {} : { [letter]: x ?? fromInput(name) });
  const O: Record<string, SymbolOrigin> = o.osds === undefined ? {} : { O: o.osds };
  const w = o.protection ?? fromInput('protection');
  return {
    osdRate: one('a', o.osdAfr, 'osdAfr'),
    exposure: { l: fromStep('durability.osd-rate'), ...one('T', o.osdExposureSeconds, 'osdExposureSeconds'), Y: MODEL },
    pgsPerOsd: { ...one('G', o.pgNum, 'pgNum'), w, ...O },
    pgLoss: { p: fromStep('durability.exposure-p') },
    lossGivenOsd: { P: fromStep('durability.pgs-per-osd'), q: fromStep('durability.pg-loss') },
    osdLossRate: { ...O, l: fromStep('durability.osd-rate'), L: fromStep('durability.loss-given-osd') },
    hostRate: one('a', o.hostAfr, 'hostAfr'),
    hostExposure: { l: fromStep('durability.osd-rate'), ...one('T', o.hostExposureSeconds, 'hostExposureSeconds'), Y: MODEL },
    hostPgLoss: { p: fromStep('durability.host-exposure-p') },
    hostLossRate: { H: o.hosts ?? fromInput('hosts'), l: fromStep('durability.host-rate'), q: fromStep('durability.host-pg-loss') },
    annual: { r: fromStep('durability.osd-loss-rate'), ...(hostTerm ? { R: fromStep('durability.host-loss-rate') } : {}) },
    nines: { e: fromStep('durability.annual') },
    nreBytes: { k: w, ...one('D', o.osdDataBytes, 'osdDataBytes') },
    nreError: { ...one('E', o.diskNre, 'diskNre'), B: fromStep('durability.nre-bytes') },
    zeroPg: { p: fromStep('durability.exposure-p') },
    zero: { P: fromStep('durability.pgs-per-osd'), z: fromStep('durability.zero-redundancy-pg') },
    nreRate: { ...O, l: fromStep('durability.osd-rate'), Z: fromStep('durability.zero-redundancy'), n: fromStep('durability.nre-error') },
    annualNre: { r: fromStep('durability.osd-loss-rate'), ...(hostTerm ? { R: fromStep('durability.host-loss-rate') } : {}), N: fromStep('durability.nre-rate') },
    ninesNre: { e: fromStep('durability.annual-read-errors') },
  };
}
