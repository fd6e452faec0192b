import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { explaining, type Recorder } from '../explain/recorder.js';
import type { step } from '../explain/step.js';
import { fromInput, fromStep, MODEL, varSymbols } from '../explain/symbols.js';
import { CEPH_SYMBOLS } from './symbols.js';
import type { Check, Explained, Outcome, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import { cephCalculatorInput, type CephCapacityInput, cephCapacityInput, type CephCapacityUsed, cephCapacityUsed, type CephCapacityValues } from './capacity-schema.js';
import { hostFailure, type HostFailure } from './failure.js';
import { CEPH_CHECK_MESSAGES as M } from './check-messages.js';
import { cephMessages } from './messages.js';
import { defaultMinSize, rawPerLogical, type width } from './protection.js';
import { floorBytes } from '../units/rounding.js';
import { fillAfterFailure, osdLossRefills, type RefillShape, safeUsableAt } from './refill.js';
import { healing, topologyChecks } from './topology-checks.js';
import { hostOsdsMessages } from './host-osds-messages.js';
import { equalHosts, hostLayout, type HostLayout, unequalWidthCheck } from './hosts.js';

export interface CephCapacityResult extends Explained {
  readonly rawBytes: number;
  readonly largestHostRawBytes: number;
  /** Raw bytes of every host, in the order given (equal hosts: H times n × S). */
  readonly hostRawBytes: readonly number[];
  /** Healthy, filled to 100 %: raw ÷ s or raw × k/(k+m), rounded down to the byte. */
  readonly usableBytes: number;
  /** The course's rule of thumb: raw ÷ (s × 1.1). */
  readonly ruleOfThumbUsableBytes: number;
  /** Healthy, under nearfull, no failure considered. */
  readonly nearfullUsableBytes: number;
  /** After losing the largest host, refilling keeps every OSD under nearfull. */
  readonly safeUsableBytes: number;
  readonly safeUsableBackfillfullBytes: number;
  readonly safeUsableFullBytes: number;
  readonly minSize: number;
  readonly healing: 'unplaceable' | 'cannot-heal' | 'heals';
  readonly fillNow: number | null;
  /**
   * Fill after the worst failure: a host refilled onto the others (hosts > width), one OSD refilled onto
   * its own host (hosts = width), or, with one OSD per host and hosts = width, the fill now (nothing refills).
   */
  readonly fillAfterFailure: number | null;
  readonly network: { readonly clusterWriteFactor: number; readonly rawWriteFactor: number };
  readonly hostFailure: HostFailure;
  /** Every scalar input the computation used, defaults included (ratios, mark-out interval...). */
  readonly used: CephCapacityUsed;
  readonly passes: boolean;
}

const UNITS: Readonly<Record<string, StepUnit>> = {
  H: 'count',
  n: 'count',
  S: 'bytes',
  R: 'bytes',
  C: 'bytes',
  U: 'bytes',
  s: 'count',
  k: 'count',
  m: 'count',
  r: 'ratio',
  D: 'bytes',
  W: 'bytes',
  h: 'bytes',
  o: 'bytes',
  Z: 'bytes',
};

export function cephCapacity(input: CephCapacityInput): Outcome<CephCapacityResult> {
  return validated(cephCapacityInput, input, (v) => cephCapacityOf(v, explaining(v.lang, v.system)));
}

/** `cephCapacity` as the calculator runs it: stored data beyond the raw capacity is refused (limit.storedOverRaw). */
export function cephCalculator(input: CephCapacityInput): Outcome<CephCapacityResult> {
  return validated(cephCalculatorInput, input, (v) => cephCapacityOf(v, explaining(v.lang, v.system)));
}

/**
 * The rule itself, on validated values: `cephCapacity` runs it explained; the planner's optimizer runs
 * it with the FAST recorder (no step, no message) on inputs its scenario checks already validated.
 */
export function cephCapacityOf(v: CephCapacityValues, rec: Recorder): CephCapacityResult {
  const { protection: p } = v;
  const lang = rec.lang;
  // Equal hosts, however given, take the H × n × S path: both input forms agree to the byte.
  const eq = v.hostOsds === undefined ? { hosts: v.hosts ?? 0, osdsPerHost: v.osdsPerHost ?? 0, osdSizeBytes: v.osdSizeBytes ?? 0 } : equalHosts(v.hostOsds);
  const t = cephMessages(lang);
  const steps: Step[] = [];
  const record = rec.step;
  const add =
    record === undefined
      ? undefined
      : (id: string, title: string, expr: string, vars: Record<string, number>, value: number, source: Parameters<typeof step>[0]['source'], unit: StepUnit = 'bytes') =>
          record(steps, { id, title, expr, vars, varUnits: UNITS, value, unit, source, symbols: varSymbols(CEPH_SYMBOLS, vars, from) });
  const from = add === undefined ? {} : origins(v);
  const pv: Record<string, number> = p.kind === 'replicated' ? { s: p.size } : { k: p.k, m: p.m };
  const eff = p.kind === 'replicated' ? '/ s' : '* k / (k + m)';
  const src = p.kind === 'replicated' ? 'cephReplicated' : 'cephErasure';

  let layout: HostLayout | undefined;
  let H: number, n: number, raw: number, hostRaw: number, hostRaws: number[];
  if (eq) {
    ({ hosts: H, osdsPerHost: n } = eq);
    const S = eq.osdSizeBytes;
    raw = H * n * S;
    hostRaw = n * S;
    hostRaws = new Array<number>(H).fill(hostRaw);
    add?.('ceph.raw', t.stepRaw, 'H * n * S', { H, n, S }, raw, 'derived');
    add?.('ceph.host-raw', t.stepHostRaw, 'n * S', { n, S }, hostRaw, 'derived');
  } else {
    const l = hostLayout(v.hostOsds ?? [], lang, v.system);
    layout = l.layout;
    if (rec.explains) steps.push(...l.steps);
    ({ hosts: H, raw, largest: hostRaw } = layout);
    hostRaws = [...layout.hostRaws];
    n = v.hostOsds?.[layout.largestIndex]?.length ?? 1;
  }
  // (raw × k) ÷ (k + m) rather than raw ÷ ((k + m)/k): one rounding instead of two.
  const usableRaw = p.kind === 'replicated' ? raw / p.size : (raw * p.k) / (p.k + p.m);
  add?.('ceph.usable', t.stepUsable, `R ${eff}`, { R: raw, ...pv }, usableRaw, src);
  const rot = p.kind === 'replicated' ? raw / (p.size * 1.1) : (raw * p.k) / ((p.k + p.m) * 1.1);
  add?.('ceph.rule-of-thumb', t.stepRuleOfThumb, p.kind === 'replicated' ? 'R / (s * 1.1)' : 'R * k / ((k + m) * 1.1)', { R: raw, ...pv }, rot, 'courseDisk');
  add?.('ceph.nearfull-usable', t.stepNearfullUsable, 'r * U', { r: v.nearfull, U: usableRaw }, v.nearfull * usableRaw, 'cephRatios');

  const heal = healing(H, p);
  const worst = layout?.worst;
  const shape: RefillShape = { heal, n, raw, hostRaw, usable: usableRaw, protection: p, ...(worst ? { worstHost: worst, hosts: H } : {}) };
  const safeAt = (r: number): number => safeUsableAt(shape, r);
  const safe = safeAt(v.nearfull);
  const refills = worst ? worst.refills : osdLossRefills(n);
  const tm = hostOsdsMessages(lang);
  if (heal === 'cannot-heal' && worst) {
    if (refills) add?.('ceph.safe', tm.stepSafeMixed, `r * H * (h - o) ${eff}`, { r: v.nearfull, H, h: worst.raw, o: worst.largestOsd, ...pv }, safe, 'cephCrushRule');
    else add?.('ceph.safe', tm.stepSafeMixed, `r * H * h ${eff}`, { r: v.nearfull, H, h: worst.raw, ...pv }, safe, 'cephCrushRule');
  }
  if (heal === 'cannot-heal' && !worst && refills) add?.('ceph.safe', t.stepSafe3, 'r * (n - 1) / n * U', { r: v.nearfull, n, U: usableRaw }, safe, 'thomasKrenn3Node');
  // One OSD per host: a lost OSD is a lost host, nothing moves, the fill stays where it was.
  if (heal === 'cannot-heal' && !worst && !refills) add?.('ceph.safe', t.stepSafe1, 'r * U', { r: v.nearfull, U: usableRaw }, safe, 'cephCapacity');
  if (heal === 'heals') add?.('ceph.safe', t.stepSafe, `r * (R - C) ${eff}`, { r: v.nearfull, R: raw, C: hostRaw, ...pv }, safe, 'cephCapacity');

  const checks: Check[] = topologyChecks(H, p, rec, layout ? (layout.osds === H ? 1 : undefined) : n);
  if (heal === 'cannot-heal' && layout) checks.push(...unequalWidthCheck(layout, p, v.system, rec));
  const safeParams = () => ({ safeBytes: floorBytes(safe), system: v.system, nearfull: v.nearfull });
  if (heal === 'heals') checks.push(rec.coded(M, 'ceph.safe-capacity', 'ok', 'ceph.safe-capacity.heals', safeParams, 'ceph'));
  if (heal === 'cannot-heal') checks.push(rec.coded(M, 'ceph.safe-capacity', 'ok', refills ? 'ceph.safe-capacity.osd' : 'ceph.safe-capacity.one-osd', safeParams, 'ceph'));

  let fillNow: number | null = null;
  let fillAfter: number | null = null;
  let rawUsed: number;
  if (v.storedBytes !== undefined) {
    const D = v.storedBytes;
    rawUsed = p.kind === 'replicated' ? D * p.size : (D / p.k) * (p.k + p.m);
    add?.('ceph.raw-used', t.stepRawUsed, p.kind === 'replicated' ? 'D * s' : 'D / k * (k + m)', { D, ...pv }, rawUsed, src);
    fillNow = rawUsed / raw;
    add?.('ceph.fill-now', t.stepFillNow, 'W / R', { W: rawUsed, R: raw }, fillNow, 'derived', 'ratio');
    if (rawUsed > v.full * raw) checks.push(rec.coded(M, 'ceph.stored-exceeds', 'fail', 'ceph.stored-exceeds', () => ({ storedBytes: D, fullUsableBytes: floorBytes(v.full * usableRaw) }), 'ceph'));
    fillAfter = fillAfterFailure(shape, rawUsed);
    if (heal === 'heals') add?.('ceph.fill-after', t.stepFillAfter, 'W / (R - C)', { W: rawUsed, R: raw, C: hostRaw }, fillAfter ?? 0, 'cephCapacity', 'ratio');
    // The refill lands on the failed OSD's own host: its n − 1 OSDs carry the host's share.
    else if (heal === 'cannot-heal' && worst)
      add?.(
        'ceph.fill-after',
        tm.stepFillAfterMixed,
        refills ? 'W / (H * (h - o))' : 'W / (H * h)',
        refills ? { W: rawUsed, H, h: worst.raw, o: worst.largestOsd } : { W: rawUsed, H, h: worst.raw },
        fillAfter ?? 0,
        'cephCrushRule',
        'ratio',
      );
    else if (heal === 'cannot-heal' && refills) add?.('ceph.fill-after', t.stepFillAfter, 'W / R * n / (n - 1)', { W: rawUsed, R: raw, n }, fillAfter ?? 0, 'thomasKrenn3Node', 'ratio');
    else if (heal === 'cannot-heal') add?.('ceph.fill-after', t.stepFillUnchanged, 'W / R', { W: rawUsed, R: raw }, fillAfter ?? 0, 'cephCapacity', 'ratio');
    if (fillAfter !== null) {
      const after = fillAfter;
      // Refilled onto the survivors of a host, onto the other OSDs of an OSD's host, or not at all (a lone OSD).
      const how = refills || heal === 'heals' ? 'refill' : 'stay';
      const after1 = heal === 'heals' ? 'host' : 'osd';
      if (after <= v.nearfull) checks.push(rec.coded(M, 'ceph.fill-after-failure', 'ok', `ceph.fill-after-failure.${how}-ok`, () => ({ after: after1, fill: after, nearfull: v.nearfull }), 'ceph'));
      else if (after <= v.backfillfull)
        checks.push(rec.coded(M, 'ceph.fill-after-failure', 'warn', `ceph.fill-after-failure.${how}-warn`, () => ({ after: after1, fill: after, nearfull: v.nearfull }), 'ceph'));
      else checks.push(rec.coded(M, 'ceph.fill-after-failure', 'fail', `ceph.fill-after-failure.${how}-fail`, () => ({ after: after1, fill: after, backfillfull: v.backfillfull }), 'ceph'));
    }
  } else {
    // Without a stated fill, the failure is played out at the most the cluster should hold.
    rawUsed = safe * rawPerLogical(p);
    add?.('ceph.raw-used', t.stepRawUsedSafe, p.kind === 'replicated' ? 'Z * s' : 'Z * (k + m) / k', { Z: safe, ...pv }, rawUsed, src);
  }

  const wf = cephWriteFactors(p);
  add?.('ceph.cluster-write', t.stepClusterWrite, p.kind === 'replicated' ? 's - 1' : '(k + m - 1) / k', pv, wf.clusterWriteFactor, 'cephNetwork', 'number');
  add?.('ceph.raw-write', t.stepRawWrite, p.kind === 'replicated' ? 's' : '(k + m) / k', pv, wf.rawWriteFactor, 'cephNetwork', 'number');

  const hf = hostFailure(
    {
      hosts: H,
      osdsPerHost: n,
      protection: p,
      rawUsedBytes: rawUsed,
      heal,
      recovery: v.recovery,
      ...(layout ? { mixed: { raw, largest: hostRaw, survivorOsds: layout.survivorOsds } } : {}),
    },
    rec,
  );
  steps.push(...hf.steps);
  checks.push(...hf.checks);

  return {
    rawBytes: raw,
    largestHostRawBytes: hostRaw,
    hostRawBytes: hostRaws,
    usableBytes: floorBytes(usableRaw),
    ruleOfThumbUsableBytes: floorBytes(rot),
    nearfullUsableBytes: floorBytes(v.nearfull * usableRaw),
    safeUsableBytes: floorBytes(safe),
    safeUsableBackfillfullBytes: floorBytes(safeAt(v.backfillfull)),
    safeUsableFullBytes: floorBytes(safeAt(v.full)),
    minSize: defaultMinSize(p),
    healing: heal,
    fillNow,
    fillAfterFailure: fillAfter,
    network: wf,
    hostFailure: hf.result,
    used: cephCapacityUsed(v, eq),
    passes: !hasFailure(checks),
    checks,
    derivation: steps,
  };
}

/** Where each letter's number comes from: one origin per letter in this derivation. Built only when steps are recorded. */
function origins(v: CephCapacityValues): Record<string, SymbolOrigin> {
  const ec = fromInput('ec');
  return {
    H: fromInput(v.hostOsds === undefined ? 'nodes' : 'hostOsds'),
    n: fromInput(v.hostOsds === undefined ? 'osdsPerNode' : 'hostOsds'),
    S: fromInput('osdSize'),
    h: fromInput('hostOsds'),
    o: fromInput('hostOsds'),
    s: fromInput('replicas'),
    k: ec,
    m: ec,
    r: fromInput('nearfull'),
    D: fromInput('stored'),
    R: fromStep('ceph.raw'),
    C: fromStep('ceph.host-raw'),
    U: fromStep('ceph.usable'),
    W: fromStep('ceph.raw-used'),
    // A pool that cannot be placed has no safe step: its safe capacity is 0 by the model.
    Z: healing(v.hosts ?? v.hostOsds?.length ?? 0, v.protection) === 'unplaceable' ? MODEL : fromStep('ceph.safe'),
  };
}

/**
 * Per client byte written: the primary forwards (s − 1) copies, or (k + m − 1)/k chunk bytes, on
 * the cluster network; s or (k + m)/k bytes land on disks.
 */
export function cephWriteFactors(p: Parameters<typeof width>[0]): { clusterWriteFactor: number; rawWriteFactor: number } {
  return p.kind === 'replicated' ? { clusterWriteFactor: p.size - 1, rawWriteFactor: p.size } : { clusterWriteFactor: (p.k + p.m - 1) / p.k, rawWriteFactor: (p.k + p.m) / p.k };
}
