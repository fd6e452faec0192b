import { check } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { count, lang, sizeSystem } from '../explain/schema.js';
import type { Check, Explained, Outcome, Step, StepUnit } from '../explain/types.js';
import * as z from 'zod/mini';
import { protection, width } from '../ceph/protection.js';
import { formatDuration, formatNumber, formatRatio } from '../units/format.js';
import { step } from '../explain/step.js';

/** Seconds in a year of 365 days (the core's SSD-wear year). */
export const SECONDS_PER_YEAR = 365 * 86400;
/** Kampe's default disk failure rate: 826 FIT = 826 failures per 10^9 device-hours. */
export const KAMPE_DISK_FIT = 826;
/** The annual failure probability that rate gives: 1 − e^(−826e-9 × 8760) ≈ 0.721 %. */
export const KAMPE_DISK_AFR = -Math.expm1(-KAMPE_DISK_FIT * 1e-9 * 8760);

/** Lost data needs t + 1 shards of one PG gone: t = s − 1 (replicated) or m (EC). */
export const toleratedShards = (p: z.output<typeof protection>): number => (p.kind === 'replicated' ? p.size - 1 : p.m);

/** P(X ≥ t) for X ~ Binomial(n, p): at least t of n peers fail within one period. */
export function binomialTail(n: number, t: number, p: number): number {
  let s = 0;
  for (let i = t; i <= n; i++) s += choose(n, i) * p ** i * (1 - p) ** (n - i);
  return s;
}

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** mathjs form of the same sum, numbers written in, so a test can recompute it from p alone. */
const binomialTailExpr = (n: number, t: number): string =>
  Array.from({ length: n - t + 1 }, (_, j) => `combinations(${n}, ${t + j}) * p ^ ${t + j} * (1 - p) ^ ${n - t - j}`).join(' + ') || '0';

const afr = z.number('must be a probability in (0, 1)').check(z.gt(0, 'must be in (0, 1)'), z.lt(1, 'must be in (0, 1)'));
const seconds = z.number('must be a number of seconds').check(z.gt(0, 'must be greater than 0'), z.maximum(1e10, 'must be at most 10^10 s'));

export const durabilityInput = z.object({
  protection,
  hosts: count(1),
  osdsPerHost: count(1),
  /** The pool's pg_num. */
  pgNum: count(1),
  /** Annual failure probability of one OSD's disk (default Kampe's 826 FIT ≈ 0.72 %). */
  osdAfr: z._default(afr, KAMPE_DISK_AFR),
  /** Exposure after one OSD fails until its copies exist again (recovery time). */
  osdExposureSeconds: seconds,
  /** Annual probability that a host is lost with its disks' data unavailable; the host term is left out when absent. */
  hostAfr: z.optional(afr),
  /** Exposure after one host fails: recovery time when the pool heals, repair time when it cannot. */
  hostExposureSeconds: z.optional(seconds),
  system: sizeSystem,
  lang,
});
export type DurabilityInput = z.input<typeof durabilityInput>;

export interface DurabilityValue {
  readonly width: number;
  readonly tolerated: number;
  readonly osds: number;
  /** λ: disk failures per disk-year. */
  readonly osdRate: number;
  /** Probability that one given peer OSD fails within the recovery period of a lost one. */
  readonly osdExposureProbability: number;
  /** PGs with a shard on one OSD: pg_num × width ÷ OSDs. */
  readonly pgsPerOsd: number;
  /** One such PG loses t more shards within the period: P(Bin(w − 1, p) ≥ t). */
  readonly pgLossGivenOsd: number;
  /** Some PG of the failed OSD is lost: 1 − (1 − q)^P. */
  readonly lossGivenOsd: number;
  /** Expected loss events per year started by a disk failure: OSDs × λ × that. */
  readonly osdLossRate: number;
  /** Host term (when a host failure rate is given): host failures per year, exposure probability, PGs on a host, loss per PG. */
  readonly host: { readonly rate: number; readonly exposureProbability: number; readonly pgsPerHost: number; readonly pgLoss: number } | null;
  readonly hostLossRate: number | null;
  /** 1 − e^(−rate): the probability of losing any data of the pool in a year. */
  readonly annualLossProbability: number;
  /** −log10 of it; null when it underflows to 0. */
  readonly nines: number | null;
}

/** The numbers without the derivation (the optimizer's hot loop uses this). */
export function durabilityValue(v: {
  width: number; tolerated: number; hosts: number; osdsPerHost: number; pgNum: number; osdAfr: number; osdExposureSeconds: number;
  hostAfr?: number | undefined; hostExposureSeconds?: number | undefined;
}): DurabilityValue {
  const w = v.width;
  const t = v.tolerated;
  const O = v.hosts * v.osdsPerHost;
  const lambda = -Math.log(1 - v.osdAfr);
  const p = -Math.expm1((-lambda * v.osdExposureSeconds) / SECONDS_PER_YEAR);
  const P = (v.pgNum * w) / O;
  const q = binomialTail(w - 1, t, p);
  const L = -Math.expm1(P * Math.log1p(-q));
  const rd = O * lambda * L;
  let rh: number | null = null;
  let host: DurabilityValue['host'] = null;
  if (v.hostAfr !== undefined && v.hostExposureSeconds !== undefined && v.hosts > 1) {
    const lh = -Math.log(1 - v.hostAfr);
    const ph = -Math.expm1((-lambda * v.hostExposureSeconds) / SECONDS_PER_YEAR);
    const Ph = Math.min(v.pgNum, (v.pgNum * w) / v.hosts);
    const qh = binomialTail(w - 1, t, ph);
    rh = v.hosts * lh * -Math.expm1(Ph * Math.log1p(-qh));
    host = { rate: lh, exposureProbability: ph, pgsPerHost: Ph, pgLoss: qh };
  }
  const annual = -Math.expm1(-(rd + (rh ?? 0)));
  return {
    width: w, tolerated: t, osds: O, osdRate: lambda, osdExposureProbability: p, pgsPerOsd: P, pgLossGivenOsd: q, lossGivenOsd: L,
    osdLossRate: rd, host, hostLossRate: rh, annualLossProbability: annual, nines: annual > 0 ? -Math.log10(annual) : null,
  };
}

export interface DurabilityResult extends Explained, DurabilityValue {
  /** Assumptions the figure rests on, in the reader's language. */
  readonly assumptions: readonly string[];
}

/**
 * Annual probability of losing data in one pool. Kampe's RADOS model (a first disk failure, then
 * further failures among the peers sharing its PGs during the recovery period, Poisson rates),
 * generalised to t tolerated shards with Backblaze's binomial count, so that replicated (t = s − 1)
 * and erasure-coded (t = m) pools use one formula. An optional host term adds host losses.
 */
export function poolDurability(input: DurabilityInput): Outcome<DurabilityResult> {
  return validated(durabilityInput, input, (v) => {
    const l = v.lang;
    const tx = l === 'fr' ? FR : EN;
    const w = width(v.protection);
    const t = toleratedShards(v.protection);
    const val = durabilityValue({ width: w, tolerated: t, hosts: v.hosts, osdsPerHost: v.osdsPerHost, pgNum: v.pgNum, osdAfr: v.osdAfr, osdExposureSeconds: v.osdExposureSeconds, hostAfr: v.hostAfr, hostExposureSeconds: v.hostExposureSeconds });
    const Y = SECONDS_PER_YEAR;
    const units: Record<string, StepUnit> = { a: 'ratio', l: 'number', T: 'seconds', Y: 'seconds', G: 'count', w: 'count', O: 'count', p: 'number', q: 'number', P: 'number', L: 'number', H: 'count', r: 'number', R: 'number', e: 'number' };
    const steps: Step[] = [];
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, source: 'kampe' | 'backblaze' = 'kampe') =>
      steps.push(step({ id, title, expr, vars, varUnits: units, value, unit: 'number', source }, l, v.system));
    add('durability.osd-rate', tx.rate, '-log(1 - a)', { a: v.osdAfr }, val.osdRate);
    add('durability.exposure-p', tx.exposureP, '-expm1(-l * T / Y)', { l: val.osdRate, T: v.osdExposureSeconds, Y }, val.osdExposureProbability);
    add('durability.pgs-per-osd', tx.pgsPerOsd, 'G * w / O', { G: v.pgNum, w, O: val.osds }, val.pgsPerOsd);
    add('durability.pg-loss', tx.pgLoss(w - 1, t), binomialTailExpr(w - 1, t), { p: val.osdExposureProbability }, val.pgLossGivenOsd, 'backblaze');
    add('durability.loss-given-osd', tx.lossGivenOsd, '-expm1(P * log1p(-q))', { P: val.pgsPerOsd, q: val.pgLossGivenOsd }, val.lossGivenOsd);
    add('durability.osd-loss-rate', tx.osdLossRate, 'O * l * L', { O: val.osds, l: val.osdRate, L: val.lossGivenOsd }, val.osdLossRate);
    if (val.hostLossRate !== null && val.host !== null && v.hostAfr !== undefined && v.hostExposureSeconds !== undefined) {
      const h = val.host;
      add('durability.host-rate', tx.hostRate, '-log(1 - a)', { a: v.hostAfr }, h.rate);
      add('durability.host-exposure-p', tx.hostExposureP, '-expm1(-l * T / Y)', { l: val.osdRate, T: v.hostExposureSeconds, Y }, h.exposureProbability);
      add('durability.host-pg-loss', tx.pgLoss(w - 1, t), binomialTailExpr(w - 1, t), { p: h.exposureProbability }, h.pgLoss, 'backblaze');
      add('durability.host-loss-rate', tx.hostLossRate, 'H * l * -expm1(P * log1p(-q))', { H: v.hosts, l: h.rate, P: h.pgsPerHost, q: h.pgLoss }, val.hostLossRate);
      add('durability.annual', tx.annual, '-expm1(-(r + R))', { r: val.osdLossRate, R: val.hostLossRate }, val.annualLossProbability);
    } else {
      add('durability.annual', tx.annual, '-expm1(-r)', { r: val.osdLossRate }, val.annualLossProbability);
    }
    if (val.nines !== null) add('durability.nines', tx.nines, '-log10(e)', { e: val.annualLossProbability }, val.nines);

    const checks: Check[] = [];
    const nines = val.nines === null ? '∞' : formatNumber(val.nines, l, 1);
    checks.push(check('durability.annual-loss', t === 0 ? 'fail' : 'ok', t === 0 ? tx.noRedundancy : tx.summary(val.annualLossProbability.toExponential(2), nines)));
    if (val.nines !== null && val.nines > 4) checks.push(check('durability.site', 'ok', tx.site));
    const assumptions = [
      tx.assumeAfr(formatRatio(v.osdAfr, l)),
      tx.assumeExposure(formatDuration(v.osdExposureSeconds, l)),
      tx.assumeIndependent,
      v.hostAfr === undefined || v.hostExposureSeconds === undefined ? tx.assumeNoHost : tx.assumeHost(formatRatio(v.hostAfr, l), formatDuration(v.hostExposureSeconds, l)),
      tx.assumeNoNre,
    ];
    return { ...val, assumptions, checks, derivation: steps };
  });
}

const EN = {
  rate: 'Disk failure rate per year: λ = −ln(1 − AFR)',
  exposureP: 'Probability that a given peer disk fails within the recovery period',
  pgsPerOsd: 'PGs with a shard on the failed OSD (declustering)',
  pgLoss: (n: number, t: number) => `One of those PGs loses ${t} more shard(s) among its ${n} others within the period (binomial)`,
  lossGivenOsd: 'Some PG of the failed OSD is lost',
  osdLossRate: 'Loss events per year started by a disk failure',
  hostRate: 'Host failure rate per year',
  hostExposureP: 'Probability that a given disk fails while a host is down (host exposure)',
  hostLossRate: 'Loss events per year started by a host failure: H × rate × P(some PG of the host lost)',
  annual: 'Annual probability of losing data in the pool',
  nines: 'Durability in nines',
  summary: (p: string, n: string) => `Annual probability of data loss ${p} (${n} nines).`,
  noRedundancy: 'One copy only: every disk failure loses data.',
  site: 'Beyond about four nines, facility and site disasters dominate: this figure covers disk (and host) failures only (Kampe).',
  assumeAfr: (a: string) => `Disk annual failure probability ${a} (Kampe's default 826 FIT unless stated).`,
  assumeExposure: (d: string) => `Exposure after a disk failure ${d} (mark-out + rebuild at the stated rates).`,
  assumeIndependent: 'Failures are independent (Poisson); PGs of the failed OSD are counted as independent placements (an upper bound).',
  assumeNoHost: 'Host losses are not modelled (give rules.durability.hostAfr to add them).',
  assumeHost: (a: string, d: string) => `Host annual failure probability ${a}, exposure ${d}.`,
  assumeNoNre: 'Unrecoverable read errors and correlated batch failures are not modelled.',
};
const FR: typeof EN = {
  rate: 'Taux de panne disque par an : λ = −ln(1 − AFR)',
  exposureP: 'Probabilité qu’un disque pair donné tombe pendant la fenêtre de reconstruction',
  pgsPerOsd: 'PG ayant un fragment sur l’OSD en panne (déclustering)',
  pgLoss: (n, t) => `Un de ces PG perd ${t} fragment(s) de plus parmi ses ${n} autres pendant la période (binomiale)`,
  lossGivenOsd: 'Un PG de l’OSD en panne est perdu',
  osdLossRate: 'Pertes par an déclenchées par une panne de disque',
  hostRate: 'Taux de panne d’hôte par an',
  hostExposureP: 'Probabilité qu’un disque donné tombe pendant qu’un hôte est absent (exposition de l’hôte)',
  hostLossRate: 'Pertes par an déclenchées par une panne d’hôte : H × taux × P(un PG de l’hôte perdu)',
  annual: 'Probabilité annuelle de perdre des données du pool',
  nines: 'Durabilité en nombre de neuf',
  summary: (p, n) => `Probabilité annuelle de perte de données ${p} (${n} neuf).`,
  noRedundancy: 'Une seule copie : toute panne de disque perd des données.',
  site: 'Au-delà d’environ quatre neuf, les sinistres de salle et de site dominent : ce chiffre ne couvre que les pannes de disques (et d’hôtes) (Kampe).',
  assumeAfr: (a) => `Probabilité annuelle de panne d’un disque ${a} (826 FIT, valeur de Kampe, sauf indication).`,
  assumeExposure: (d) => `Fenêtre de reconstruction après une panne de disque ${d} (mark-out + reconstruction aux débits indiqués).`,
  assumeIndependent: 'Pannes indépendantes (Poisson) ; les PG de l’OSD en panne sont comptés comme des placements indépendants (borne haute).',
  assumeNoHost: 'Les pertes d’hôtes ne sont pas modélisées (ajoutez rules.durability.hostAfr).',
  assumeHost: (a, d) => `Probabilité annuelle de panne d’un hôte ${a}, exposition ${d}.`,
  assumeNoNre: 'Erreurs de lecture irrécupérables et pannes corrélées par lot non modélisées.',
};
