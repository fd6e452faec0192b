import { validated } from '../explain/outcome.js';
import { bytesOrZero, count, lang, sizeSystem } from '../explain/schema.js';
import type { Check, Explained, Outcome, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { DURABILITY_SYMBOLS, DURABILITY_UNITS, type DurabilityOrigins, durabilityOrigins } from './durability-symbols.js';
import * as z from 'zod/mini';
import { protection, width } from '../ceph/protection.js';
import { formatDuration, formatRatio, formatScientific } from '../units/format.js';
import { step } from '../explain/step.js';
import { checkMaker } from '../spec/messages.js';
import { DURABILITY_CHECK_MESSAGES, EN, FR } from './durability-messages.js';

/** Seconds in a year of 365 days (the core's SSD-wear year). */
export const SECONDS_PER_YEAR = 365 * 86400;
/** Kampe's default disk failure rate: 826 FIT = 826 failures per 10^9 device-hours. */
export const KAMPE_DISK_FIT = 826;
/** The annual failure probability that rate gives: 1 − e^(−826e-9 × 8760) ≈ 0.721 %. */
export const KAMPE_DISK_AFR = -Math.expm1(-KAMPE_DISK_FIT * 1e-9 * 8760);

/**
 * Kampe's default unrecoverable read error rate: 1e-16 per bit read (disk_nre), with nre_model
 * "fail": an error while reading the last copy loses data (ceph/ceph-tools:models/reliability/Config.py).
 */
export const KAMPE_DISK_NRE = 1e-16;

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
const binomialTailExpr = (n: number, t: number): string => Array.from({ length: n - t + 1 }, (_, j) => `combinations(${n}, ${t + j}) * p ^ ${t + j} * (1 - p) ^ ${n - t - j}`).join(' + ') || '0';

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
  /** Bytes stored on one OSD (its size × fill), which its recovery reads and writes again; the read-error term needs it. */
  osdDataBytes: z.optional(bytesOrZero),
  /** Unrecoverable read errors per bit read (Kampe's disk_nre, default 1e-16). */
  diskNre: z._default(z.number('must be a number of errors per bit').check(z.minimum(0, 'must be from 0 to 1e-9 per bit'), z.maximum(1e-9, 'must be from 0 to 1e-9 per bit')), KAMPE_DISK_NRE),
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
  /**
   * Kampe's unrecoverable-read-error term (nre_model "fail"), null without the OSD's data size:
   * bytes read and written by the recovery, P(≥ 1 error in them), P(some PG of the failed OSD down to
   * its last needed shards), and the loss events per year it adds.
   */
  readonly nre: { readonly bytes: number; readonly errorProbability: number; readonly pgZeroRedundancy: number; readonly zeroRedundancy: number; readonly rate: number } | null;
  /** 1 − e^(−(disk + host + read-error rates)): the verdict's figure; null without the OSD's data size. */
  readonly annualLossProbabilityWithReadErrors: number | null;
  readonly ninesWithReadErrors: number | null;
}

/** The numbers without the derivation (the optimizer's hot loop uses this). */
export function durabilityValue(v: {
  width: number;
  tolerated: number;
  hosts: number;
  osdsPerHost: number;
  pgNum: number;
  osdAfr: number;
  osdExposureSeconds: number;
  hostAfr?: number | undefined;
  hostExposureSeconds?: number | undefined;
  osdDataBytes?: number | undefined;
  diskNre?: number | undefined;
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
  const nre = v.osdDataBytes === undefined || t === 0 ? null : readErrorTerm(w, t, O, lambda, p, P, v.osdDataBytes, v.diskNre ?? KAMPE_DISK_NRE);
  // Without redundancy every first failure is already a loss: read errors add nothing.
  const withNre = v.osdDataBytes === undefined ? null : -Math.expm1(-(rd + (rh ?? 0) + (nre?.rate ?? 0)));
  const ninesOf = (x: number | null) => (x !== null && x > 0 ? -Math.log10(x) : null);
  return {
    width: w,
    tolerated: t,
    osds: O,
    osdRate: lambda,
    osdExposureProbability: p,
    pgsPerOsd: P,
    pgLossGivenOsd: q,
    lossGivenOsd: L,
    osdLossRate: rd,
    host,
    hostLossRate: rh,
    annualLossProbability: annual,
    nines: ninesOf(annual),
    nre,
    annualLossProbabilityWithReadErrors: withNre,
    ninesWithReadErrors: ninesOf(withNre),
  };
}

/**
 * Kampe's NRE term, declustered: after a first disk failure (rate O·λ), some PG of the failed OSD is
 * down to its last needed shards (t − 1 more of its w − 1 peers failed within the exposure; certain
 * when t = 1), and the recovery hits an unrecoverable read error. The recovery reads k = w − t shards
 * and writes one per byte of the failed OSD: B = (k + 1)·D, Kampe's 8·B·(Nm + 1) bits with Nm = k
 * (README.html "The Math"; RadosRely.py reads and writes size × fullness). P(≥ 1 error) = 1 − e^(−8·E·B)
 * (README.html; DiskRely.p_nre uses Pn(8·E·B, 1) = x·e^(−x), exactly one error, equal to first order).
 * Kampe scales the probability by the whole disk's data even when only some PGs are at risk: an upper bound.
 */
function readErrorTerm(w: number, t: number, O: number, lambda: number, p: number, P: number, D: number, E: number): NonNullable<DurabilityValue['nre']> {
  const bytes = (w - t + 1) * D;
  const errorProbability = -Math.expm1(-8 * E * bytes);
  const pgZeroRedundancy = t === 1 ? 1 : binomialTail(w - 1, t - 1, p);
  const zeroRedundancy = t === 1 ? 1 : -Math.expm1(P * Math.log1p(-pgZeroRedundancy));
  return { bytes, errorProbability, pgZeroRedundancy, zeroRedundancy, rate: O * lambda * zeroRedundancy * errorProbability };
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
export function poolDurability(input: DurabilityInput, origins: DurabilityOrigins = {}): Outcome<DurabilityResult> {
  return validated(durabilityInput, input, (v) => {
    const l = v.lang;
    const tx = l === 'fr' ? FR : EN;
    const w = width(v.protection);
    const t = toleratedShards(v.protection);
    const val = durabilityValue({
      width: w,
      tolerated: t,
      hosts: v.hosts,
      osdsPerHost: v.osdsPerHost,
      pgNum: v.pgNum,
      osdAfr: v.osdAfr,
      osdExposureSeconds: v.osdExposureSeconds,
      hostAfr: v.hostAfr,
      hostExposureSeconds: v.hostExposureSeconds,
      osdDataBytes: v.osdDataBytes,
      diskNre: v.diskNre,
    });
    const Y = SECONDS_PER_YEAR;
    const units = DURABILITY_UNITS;
    const from = durabilityOrigins(origins, val.hostLossRate !== null);
    const steps: Step[] = [];
    type Src = 'kampe' | 'backblaze' | 'kampeNre';
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, o: Record<string, SymbolOrigin>, source: Src = 'kampe', unit: StepUnit = 'probability') =>
      steps.push(step({ id, title, expr, vars, varUnits: units, value, unit, source, symbols: varSymbols(DURABILITY_SYMBOLS, vars, o) }, l, v.system));
    add('durability.osd-rate', tx.rate, '-log(1 - a)', { a: v.osdAfr }, val.osdRate, from.osdRate);
    add('durability.exposure-p', tx.exposureP, '-expm1(-l * T / Y)', { l: val.osdRate, T: v.osdExposureSeconds, Y }, val.osdExposureProbability, from.exposure);
    add('durability.pgs-per-osd', tx.pgsPerOsd, 'G * w / O', { G: v.pgNum, w, O: val.osds }, val.pgsPerOsd, from.pgsPerOsd, 'kampe', 'number');
    add('durability.pg-loss', tx.pgLoss(w - 1, t), binomialTailExpr(w - 1, t), { p: val.osdExposureProbability }, val.pgLossGivenOsd, from.pgLoss, 'backblaze');
    add('durability.loss-given-osd', tx.lossGivenOsd, '-expm1(P * log1p(-q))', { P: val.pgsPerOsd, q: val.pgLossGivenOsd }, val.lossGivenOsd, from.lossGivenOsd);
    add('durability.osd-loss-rate', tx.osdLossRate, 'O * l * L', { O: val.osds, l: val.osdRate, L: val.lossGivenOsd }, val.osdLossRate, from.osdLossRate);
    if (val.hostLossRate !== null && val.host !== null && v.hostAfr !== undefined && v.hostExposureSeconds !== undefined) {
      const h = val.host;
      add('durability.host-rate', tx.hostRate, '-log(1 - a)', { a: v.hostAfr }, h.rate, from.hostRate);
      add('durability.host-exposure-p', tx.hostExposureP, '-expm1(-l * T / Y)', { l: val.osdRate, T: v.hostExposureSeconds, Y }, h.exposureProbability, from.hostExposure);
      add('durability.host-pg-loss', tx.pgLoss(w - 1, t), binomialTailExpr(w - 1, t), { p: h.exposureProbability }, h.pgLoss, from.hostPgLoss, 'backblaze');
      add('durability.host-loss-rate', tx.hostLossRate, 'H * l * -expm1(P * log1p(-q))', { H: v.hosts, l: h.rate, P: h.pgsPerHost, q: h.pgLoss }, val.hostLossRate, from.hostLossRate);
      add('durability.annual', tx.annual, '-expm1(-(r + R))', { r: val.osdLossRate, R: val.hostLossRate }, val.annualLossProbability, from.annual);
    } else {
      add('durability.annual', tx.annual, '-expm1(-r)', { r: val.osdLossRate }, val.annualLossProbability, from.annual);
    }
    if (val.nines !== null) add('durability.nines', tx.nines, '-log10(e)', { e: val.annualLossProbability }, val.nines, from.nines, 'kampe', 'number');
    const n = val.nre;
    if (n !== null && v.osdDataBytes !== undefined) {
      add('durability.nre-bytes', tx.nreBytes, '(k + 1) * D', { k: w - t, D: v.osdDataBytes }, n.bytes, from.nreBytes, 'kampeNre', 'bytes');
      add('durability.nre-error', tx.nreP, '-expm1(-8 * E * B)', { E: v.diskNre, B: n.bytes }, n.errorProbability, from.nreError, 'kampeNre');
      if (t > 1) {
        add('durability.zero-redundancy-pg', tx.zeroPg(w - 1, t - 1), binomialTailExpr(w - 1, t - 1), { p: val.osdExposureProbability }, n.pgZeroRedundancy, from.zeroPg, 'backblaze');
        add('durability.zero-redundancy', tx.zero, '-expm1(P * log1p(-z))', { P: val.pgsPerOsd, z: n.pgZeroRedundancy }, n.zeroRedundancy, from.zero, 'kampeNre');
        add('durability.nre-rate', tx.nreRate, 'O * l * Z * n', { O: val.osds, l: val.osdRate, Z: n.zeroRedundancy, n: n.errorProbability }, n.rate, from.nreRate, 'kampeNre');
      } else add('durability.nre-rate', tx.nreRate, 'O * l * n', { O: val.osds, l: val.osdRate, n: n.errorProbability }, n.rate, from.nreRate, 'kampeNre');
    }
    const withNre = val.annualLossProbabilityWithReadErrors;
    if (n !== null && withNre !== null) {
      if (val.hostLossRate !== null)
        add('durability.annual-read-errors', tx.annualNre, '-expm1(-(r + R + N))', { r: val.osdLossRate, R: val.hostLossRate, N: n.rate }, withNre, from.annualNre, 'kampeNre');
      else add('durability.annual-read-errors', tx.annualNre, '-expm1(-(r + N))', { r: val.osdLossRate, N: n.rate }, withNre, from.annualNre, 'kampeNre');
      if (val.ninesWithReadErrors !== null) add('durability.nines-read-errors', tx.ninesNre, '-log10(e)', { e: withNre }, val.ninesWithReadErrors, from.ninesNre, 'kampeNre', 'number');
    }

    // Coded (issue 10): the probabilities and nines as data, the words in DURABILITY_CHECK_MESSAGES.
    const check = checkMaker(DURABILITY_CHECK_MESSAGES, l);
    const checks: Check[] = [];
    const figures = { annualLoss: val.annualLossProbability, nines: val.nines };
    if (t === 0) checks.push(check('durability.annual-loss', 'fail', 'durability.annual-loss.no-redundancy'));
    else if (withNre === null) checks.push(check('durability.annual-loss', 'ok', 'durability.annual-loss.disks-only', figures));
    else checks.push(check('durability.annual-loss', 'ok', 'durability.annual-loss', { annualLossWithReadErrors: withNre, ninesWithReadErrors: val.ninesWithReadErrors, ...figures }));
    // The verdict's figure: with read errors when it is known.
    const verdictNines = withNre === null ? val.nines : val.ninesWithReadErrors;
    if (verdictNines !== null && verdictNines > 4) checks.push(check('durability.site', 'ok', 'durability.site'));
    const assumptions = [
      tx.assumeAfr(formatRatio(v.osdAfr, l)),
      tx.assumeExposure(formatDuration(v.osdExposureSeconds, l)),
      tx.assumeIndependent,
      v.hostAfr === undefined || v.hostExposureSeconds === undefined ? tx.assumeNoHost : tx.assumeHost(formatRatio(v.hostAfr, l), formatDuration(v.hostExposureSeconds, l)),
      v.osdDataBytes === undefined ? tx.assumeNoNre : tx.assumeNre(formatScientific(v.diskNre, l)),
    ];
    return { ...val, assumptions, checks, derivation: steps };
  });
}
