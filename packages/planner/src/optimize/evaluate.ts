/**
 * The fast path: one candidate (N identical nodes of one option) checked by the very calculators the
 * plan runs, through the core's FAST recorder (no derivation step, no message), on the inputs the plan
 * builds (shared.ts). Calculators that depend on few inputs (placement groups on the OSD count, quorum
 * on the node count) run in full once per distinct key.
 */
import { durabilityValue, defaultMinSize, hostRecoveryValue, mixSafeLogical, osdRecoveryValue, type PgResult, toleratedShards, width } from '@capa/core';
import type { Catalogue } from '../catalogue/schema.js';
import { durabilitySpec, type DomainLike, hostRecoverySpec, type PoolState } from '../plan/shared.js';
import type { Scenario } from '../scenario/model.js';
import { costPartsOf, domainOf, type EvalContext, evalContext, externalStorageFails, memoryOf, pgMemo, poolsOf, quorumMemo, states } from './evaluate-context.js';
import type { NodeOption } from './space.js';

export interface FastMetrics {
  readonly pass: boolean;
  /** The first failing area, for statistics. */
  readonly failedOn: 'memory' | 'cpu' | 'ceph' | 'pgs' | 'quorum' | 'failure' | 'recovery' | 'durability' | 'storage' | null;
}

export interface CandidateFigures {
  readonly usableGuestRamBytes: number;
  readonly cephSafeBytes: number | null;
  readonly recoverySeconds: number | null;
  /** As the plan's: true whenever a recovery time is given (Ceph's recovery throttles not modelled). */
  readonly recoveryIsLowerBound: boolean;
  readonly minNines: number | null;
  readonly overcommit: number | null;
}

export interface Evaluator {
  readonly cost: (nodes: number, o: NodeOption) => number;
  readonly costParts: (nodes: number, o: NodeOption) => { hardware: number; subscription: number; total: number; chassis: number };
  readonly check: (nodes: number, o: NodeOption) => FastMetrics;
  readonly figures: (nodes: number, o: NodeOption) => CandidateFigures;
  readonly subscriptionPerSocketYear: number;
  readonly externalFails: boolean;
}

/** The shared context and its memoised calculators. */
interface Evaluation extends EvalContext {
  readonly pgFor: ReturnType<typeof pgMemo>;
  readonly quorumFor: ReturnType<typeof quorumMemo>;
  readonly externalFails: boolean;
  /**
   * The analytic bound of the plan's CRUSH simulation (failure.ceph-io-blocked): a host holds at most one
   * shard of a PG (chooseleaf type host), so f hosts failing together put a PG below min_size only when
   * f > width − min_size, and then some PG whose hosts the f include always is (every set is played out).
   */
  readonly ioBlocked: boolean;
}

/** A pool's durability nines (with read errors), the verdict's figure as the plan's rules.minNines check. */
function ninesOf(e: Evaluation, d: DomainLike, p: PoolState, pg: PgResult, hostSeconds: number | undefined): number | null {
  const pool = e.pools[p.index];
  const pgNum = pg.pools.find((x) => x.name === pool?.name)?.pgNum;
  if (!pool || pgNum === undefined) return null;
  const spec = durabilitySpec(e.s, d, p, pg.pgPerOsd, hostSeconds);
  const o = osdRecoveryValue(spec.osd);
  const withHost = spec.hostAfr !== undefined && spec.hostSeconds !== undefined;
  return durabilityValue({
    width: width(pool.protection),
    tolerated: toleratedShards(pool.protection),
    hosts: d.hosts,
    osdsPerHost: d.osdsPerHost,
    pgNum,
    osdAfr: d.afr,
    osdExposureSeconds: Math.max(1, o.seconds),
    hostAfr: withHost ? spec.hostAfr : undefined,
    hostExposureSeconds: withHost ? Math.max(1, spec.hostSeconds ?? 1) : undefined,
    osdDataBytes: o.bytes,
    diskNre: e.s.rules.durability.diskNre,
  }).ninesWithReadErrors;
}

/** After the Ceph checks: the recovery time and the durability the rules ask for, the first failing area. */
function recoveryAndDurability(e: Evaluation, cp: ReturnType<typeof poolsOf>, d: DomainLike, st: PoolState[], pg: PgResult): FastMetrics['failedOn'] {
  const r = e.s.rules;
  const ceph = e.s.ceph;
  let hostSeconds: number | undefined;
  if (ceph !== undefined && (e.maxRecovery !== undefined || r.minNines !== undefined)) {
    const spec = hostRecoverySpec(d, st, ceph.markOutSeconds);
    hostSeconds = spec === null ? undefined : hostRecoveryValue(spec).seconds;
  }
  if (e.maxRecovery !== undefined) {
    if (cp.some((c) => c.result.healing !== 'heals')) return 'recovery';
    if (hostSeconds !== undefined && hostSeconds > e.maxRecovery) return 'recovery';
  }
  if (r.minNines !== undefined) {
    for (const p of st) {
      const nines = ninesOf(e, d, p, pg, hostSeconds);
      if (nines !== null && nines < r.minNines) return 'durability';
    }
  }
  return null;
}

/** The plan's areas in its order, on one candidate; the first that fails is named. */
function firstFailing(e: Evaluation, n: number, o: NodeOption): FastMetrics['failedOn'] {
  if (e.externalFails) return 'storage';
  const m = memoryOf(e, n, o);
  if (m.checks.some((c) => c.level === 'fail' && c.area === 'memory')) return 'memory';
  // As the plan's CPU area: no thread left for guests, or vCPU:pCPU on the survivors above the limit.
  if (o.guestThreads <= 0) return 'cpu';
  if (m.overcommitRatio !== null && m.overcommitRatio > e.s.rules.maxOvercommit) return 'cpu';
  const cp = poolsOf(e, n, o);
  if (cp.some((c) => c.fails)) return 'ceph';
  if (e.quorumFor(n).fails) return 'quorum';
  if (e.ioBlocked) return 'failure';
  if (!e.s.ceph || e.pools.length === 0) return null;
  const d = domainOf(e, n, o);
  const pg = e.pgFor(d.totalOsds, o.disk?.size ?? 0, d);
  if (pg.checks.some((c) => c.level === 'fail')) return 'pgs';
  return recoveryAndDurability(e, cp, d, states(e, cp), pg);
}

/** The figures the optimizer ranks and shows: usable guest RAM, safe Ceph data, recovery time, the least nines. */
function figuresOf(e: Evaluation, n: number, o: NodeOption): CandidateFigures {
  const m = memoryOf(e, n, o);
  const overcommit = m.overcommitRatio;
  const ceph = e.s.ceph;
  if (!ceph || e.pools.length === 0) return { usableGuestRamBytes: m.usableGuestRamBytes, cephSafeBytes: null, recoverySeconds: null, recoveryIsLowerBound: false, minNines: null, overcommit };
  const cp = poolsOf(e, n, o);
  const st = states(e, cp);
  const weighted = e.pools.map((p, i) => ({ protection: p.protection, weight: e.poolData[i] ?? 0, safeBytes: st[i]?.safeBytes ?? 0 }));
  const safe = mixSafeLogical(weighted.some((x) => x.weight > 0) ? weighted : weighted.map((x) => ({ ...x, weight: 1 })));
  const d = domainOf(e, n, o);
  const spec = hostRecoverySpec(d, st, ceph.markOutSeconds);
  const hostSeconds = spec === null ? undefined : hostRecoveryValue(spec).seconds;
  const pg = e.pgFor(d.totalOsds, o.disk?.size ?? 0, d);
  let minNines: number | null = null;
  for (const p of st) {
    const x = ninesOf(e, d, p, pg, hostSeconds);
    if (x !== null) minNines = minNines === null ? x : Math.min(minNines, x);
  }
  const recoverySeconds = cp.every((c) => c.result.healing === 'heals') ? (hostSeconds ?? null) : null;
  return { usableGuestRamBytes: m.usableGuestRamBytes, cephSafeBytes: safe, recoverySeconds, recoveryIsLowerBound: recoverySeconds !== null, minNines, overcommit };
}

export function makeEvaluator(s: Scenario, cat: Catalogue): Evaluator {
  const ctx = evalContext(s, cat);
  const e: Evaluation = {
    ...ctx,
    externalFails: externalStorageFails(s),
    ioBlocked: s.ceph !== undefined && ctx.pools.some((p) => ctx.f > width(p.protection) - defaultMinSize(p.protection)),
    pgFor: pgMemo(ctx),
    quorumFor: quorumMemo(ctx),
  };
  const check = (n: number, o: NodeOption): FastMetrics => {
    const failedOn = firstFailing(e, n, o);
    return failedOn === null ? { pass: true, failedOn: null } : { pass: false, failedOn };
  };
  return {
    cost: (n, o) => costPartsOf(e, n, o).total,
    costParts: (n, o) => costPartsOf(e, n, o),
    check,
    figures: (n, o) => figuresOf(e, n, o),
    subscriptionPerSocketYear: e.perSocket,
    externalFails: e.externalFails,
  };
}
