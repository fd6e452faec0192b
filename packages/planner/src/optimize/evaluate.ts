/**
 * The fast path: one candidate (N identical nodes of one option) checked by the very calculators the
 * plan runs, through the core's FAST recorder (no derivation step, no message), on the inputs the plan
 * builds (shared.ts). Calculators that depend on few inputs (placement groups on the OSD count, quorum
 * on the node count) run in full once per distinct key.
 */
import {
  type CephCapacityResult, cephCapacityOf, costValue, chassisNeeded, durabilityValue, FAST, hostRecoveryValue, mixSafeLogical, osdRecoveryValue,
  type PgResult, placementGroups, projectedDemand, quorum, type QuorumResult, toleratedShards, type UsableMemoryResult, usableMemoryOf, width, defaultMinSize,
} from '@capa/core';
import type { Catalogue } from '../catalogue/schema.js';
import { newestSubscriptionTable } from '../catalogue/schema.js';
import { buildContext } from '../plan/context.js';
import { cephValuesFor, durabilitySpec, type DomainLike, hostRecoverySpec, pgInputFor, type PoolState, quorumInputFor, usableMemoryValuesFor } from '../plan/shared.js';
import { PlanInputError } from '../plan/types.js';
import type { PoolModel, Scenario } from '../scenario/model.js';
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

export function makeEvaluator(s: Scenario, cat: Catalogue): Evaluator {
  const base = buildContext({ ...s, nodes: [] }, cat, 'en');
  const r = s.rules;
  const f = r.failures;
  const ceph = s.ceph;
  if (base.domains.length > 1) throw new PlanInputError([{ path: 'storage.ceph.pools', message: 'capa optimize sizes one set of OSDs: give every pool the same deviceClass (or none)' }]);
  const domain0 = base.domains[0];
  const pools: readonly PoolModel[] = domain0?.pools ?? [];
  const poolData = domain0?.poolData ?? [];
  const rawUsed = domain0?.rawUsedBytes ?? 0;
  const guest = base.guestRam;
  const vcpus = base.vcpus;
  const rule = r.cephAfterFailure;
  const maxRecovery = r.maxRecoveryHours === undefined ? undefined : r.maxRecoveryHours * 3600;
  const prices = s.prices ?? { currency: 'EUR', subscription: 'none' as const, years: 5, escalation: 0 };
  const table = prices.subscription === 'none' ? undefined : (prices.table !== undefined ? cat.subscriptions.find((x) => x.id === prices.table) : newestSubscriptionTable(cat));
  if (prices.subscription !== 'none' && table === undefined) throw new PlanInputError([{ path: 'prices.table', message: 'no such subscription table in the catalogue' }]);
  const perSocket = table === undefined || prices.subscription === 'none' ? 0 : table.perSocketYear[prices.subscription];
  const chassisPrice = (o: NodeOption) => (o.platform.kind === 'blade' ? (s.prices?.chassis ?? cat.chassis.find((c) => c.id === o.platform.chassis)?.price ?? 0) : 0);
  const chassisBays = (o: NodeOption) => cat.chassis.find((c) => c.id === o.platform.chassis)?.bays ?? 1;

  // External storage does not depend on the candidate: checked once (the plan's storage area).
  let externalFails = false;
  const g = s.workloads.growth;
  for (const e of s.external) {
    const stated = e.dataBytes ?? (s.ceph ? undefined : s.workloads.dataBytes);
    if (stated === undefined) continue;
    const data = projectedDemand(`external.data@${e.name}`, '', stated, g, 'bytes', FAST, []);
    if (data > e.capacityBytes * e.maxFill) externalFails = true;
  }

  // The analytic bound of the plan's CRUSH simulation (failure.ceph-io-blocked): a host holds at most one
  // shard of a PG (chooseleaf type host), so f hosts failing together put a PG below min_size only when
  // f > width − min_size, and then some PG whose hosts the f include always is (every set is played out).
  const ioBlocked = ceph !== undefined && pools.some((p) => f > width(p.protection) - defaultMinSize(p.protection));

  const pgMemo = new Map<number, Map<number, PgResult>>();
  const pgFor = (osds: number, size: number, d: DomainLike): PgResult => {
    let bySize = pgMemo.get(osds);
    if (bySize === undefined) { bySize = new Map(); pgMemo.set(osds, bySize); }
    let v = bySize.get(size);
    if (v === undefined) {
      const res = placementGroups(pgInputFor(ceph, 'en', d, true));
      if (!res.ok) throw new PlanInputError(res.issues.map((i) => ({ path: 'storage.ceph.pools', message: `${i.field}: ${i.message}` })));
      v = res.value;
      bySize.set(size, v);
    }
    return v;
  };
  const qMemo = new Map<number, { result: QuorumResult; fails: boolean }>();
  const quorumFor = (n: number) => {
    let v = qMemo.get(n);
    if (v === undefined) {
      const res = quorum(quorumInputFor(s, n, 'en'));
      if (!res.ok) throw new PlanInputError(res.issues.map((i) => ({ path: 'rules', message: i.message })));
      // Ceph's MON quorum with the f hosts down, at worst each carrying a MON (the plan's failure.ceph-mon-quorum).
      const monLost = res.value.toleratedMonFailures !== null && res.value.toleratedMonFailures < f;
      v = { result: res.value, fails: res.value.checks.some((c) => c.level === 'fail') || res.value.toleratedNodeFailures < f || monLost };
      qMemo.set(n, v);
    }
    return v;
  };
  const domainOf = (n: number, o: NodeOption): DomainLike => {
    const k = o.disksPerNode;
    const S = o.disk?.size ?? 0;
    return {
      hosts: n, osdsPerHost: k, osdSizeBytes: S, totalOsds: 0 + k * n, totalRawBytes: 0 + (0 + k * S) * n,
      link: { links: s.optimize?.links ?? 2, speedBps: o.nicSpeedBps, mode: s.optimize?.mode ?? 'lacp', hash: s.optimize?.hash ?? 'layer3+4' },
      linkMissing: false, recoveryBps: o.recoveryBps, afr: o.afr, pools, poolData, rawUsedBytes: rawUsed,
    };
  };
  // The plan's memory and Ceph calculators, recording nothing.
  const memoryOf = (n: number, o: NodeOption): UsableMemoryResult => usableMemoryOf(usableMemoryValuesFor(
    s, o.reservation, base.osdMemoryBytes, [{ count: n, ramBytes: o.ramBytes }], { guestRam: guest, vcpus, guestThreadsPerNode: o.guestThreads }, 'en',
  ), FAST);
  const safeOf = (c: CephCapacityResult): number => (rule === 'nearfull' ? c.safeUsableBytes : c.safeUsableBackfillfullBytes);
  // Each pool's result, and whether it fails as the plan's Ceph area does: a failing check of the
  // calculator (cluster-wide ones are the quorum's), or ceph.safe-capacity-needed (the pool's equivalent
  // data above its safe capacity at the chosen ratio).
  const poolsOf = (n: number, o: NodeOption): { readonly result: CephCapacityResult; readonly fails: boolean }[] => {
    if (!ceph) return [];
    const d = { hosts: n, osdsPerHost: o.disksPerNode, osdSizeBytes: o.disk?.size ?? 0, rawUsedBytes: rawUsed };
    return pools.map((p) => {
      const v = cephValuesFor(ceph, d, p.protection, s, 'en');
      const result = cephCapacityOf(v, FAST);
      const fails = result.checks.some((x) => x.level === 'fail' && x.area !== 'cluster') || (v.storedBytes !== undefined && v.storedBytes > safeOf(result));
      return { result, fails };
    });
  };
  const states = (cp: readonly { readonly result: CephCapacityResult }[]): PoolState[] => cp.map(({ result: c }, index) => ({ index, healing: c.healing, safeBytes: safeOf(c) }));

  const costParts = (n: number, o: NodeOption) => {
    const chassis = o.platform.kind === 'blade' ? chassisNeeded(n, chassisBays(o)) : 0;
    const v = costValue({ nodes: n, socketsPerNode: o.sockets, hardwarePerNode: o.hardwarePerNode, chassis, chassisPrice: chassisPrice(o), subscriptionPerSocketYear: perSocket, years: prices.years, escalation: prices.escalation });
    return { hardware: v.hardware, subscription: v.subscription, total: v.total, chassis };
  };

  const check = (n: number, o: NodeOption): FastMetrics => {
    if (externalFails) return { pass: false, failedOn: 'storage' };
    const m = memoryOf(n, o);
    if (m.checks.some((c) => c.level === 'fail' && c.area === 'memory')) return { pass: false, failedOn: 'memory' };
    // As the plan's CPU area: no thread left for guests, or vCPU:pCPU on the survivors above the limit.
    if (o.guestThreads <= 0) return { pass: false, failedOn: 'cpu' };
    if (m.overcommitRatio !== null && m.overcommitRatio > r.maxOvercommit) return { pass: false, failedOn: 'cpu' };
    const cp = poolsOf(n, o);
    if (cp.some((c) => c.fails)) return { pass: false, failedOn: 'ceph' };
    if (quorumFor(n).fails) return { pass: false, failedOn: 'quorum' };
    if (ioBlocked) return { pass: false, failedOn: 'failure' };
    if (!ceph || pools.length === 0) return { pass: true, failedOn: null };
    const d = domainOf(n, o);
    const pg = pgFor(d.totalOsds, o.disk?.size ?? 0, d);
    if (pg.checks.some((c) => c.level === 'fail')) return { pass: false, failedOn: 'pgs' };
    const st = states(cp);
    let hostSeconds: number | undefined;
    if (maxRecovery !== undefined || r.minNines !== undefined) {
      const spec = hostRecoverySpec(d, st, ceph.markOutSeconds);
      hostSeconds = spec === null ? undefined : hostRecoveryValue(spec).seconds;
    }
    if (maxRecovery !== undefined) {
      if (cp.some((c) => c.result.healing !== 'heals')) return { pass: false, failedOn: 'recovery' };
      if (hostSeconds !== undefined && hostSeconds > maxRecovery) return { pass: false, failedOn: 'recovery' };
    }
    if (r.minNines !== undefined) {
      for (const p of st) {
        const nines = ninesOf(d, p, pg, hostSeconds);
        if (nines !== null && nines < r.minNines) return { pass: false, failedOn: 'durability' };
      }
    }
    return { pass: true, failedOn: null };
  };

  const ninesOf = (d: DomainLike, p: PoolState, pg: PgResult, hostSeconds: number | undefined): number | null => {
    const pool = pools[p.index];
    const pgNum = pg.pools.find((x) => x.name === pool?.name)?.pgNum;
    if (!pool || pgNum === undefined) return null;
    const spec = durabilitySpec(s, d, p, pg.pgPerOsd, hostSeconds);
    const o = osdRecoveryValue(spec.osd);
    const withHost = spec.hostAfr !== undefined && spec.hostSeconds !== undefined;
    return durabilityValue({
      width: width(pool.protection), tolerated: toleratedShards(pool.protection), hosts: d.hosts, osdsPerHost: d.osdsPerHost, pgNum, osdAfr: d.afr,
      osdExposureSeconds: Math.max(1, o.seconds), hostAfr: withHost ? spec.hostAfr : undefined, hostExposureSeconds: withHost ? Math.max(1, spec.hostSeconds ?? 1) : undefined,
      osdDataBytes: o.bytes, diskNre: s.rules.durability.diskNre,
    }).ninesWithReadErrors; // the verdict's figure, as the plan's rules.minNines check
  };

  const figures = (n: number, o: NodeOption): CandidateFigures => {
    const m = memoryOf(n, o);
    const overcommit = m.overcommitRatio;
    if (!ceph || pools.length === 0) return { usableGuestRamBytes: m.usableGuestRamBytes, cephSafeBytes: null, recoverySeconds: null, recoveryIsLowerBound: false, minNines: null, overcommit };
    const cp = poolsOf(n, o);
    const st = states(cp);
    const weighted = pools.map((p, i) => ({ protection: p.protection, weight: poolData[i] ?? 0, safeBytes: st[i]?.safeBytes ?? 0 }));
    const safe = mixSafeLogical(weighted.some((x) => x.weight > 0) ? weighted : weighted.map((x) => ({ ...x, weight: 1 })));
    const d = domainOf(n, o);
    const spec = hostRecoverySpec(d, st, ceph.markOutSeconds);
    const hostSeconds = spec === null ? undefined : hostRecoveryValue(spec).seconds;
    const pg = pgFor(d.totalOsds, o.disk?.size ?? 0, d);
    let minNines: number | null = null;
    for (const p of st) { const x = ninesOf(d, p, pg, hostSeconds); if (x !== null) minNines = minNines === null ? x : Math.min(minNines, x); }
    const recoverySeconds = cp.every((c) => c.result.healing === 'heals') ? (hostSeconds ?? null) : null;
    return { usableGuestRamBytes: m.usableGuestRamBytes, cephSafeBytes: safe, recoverySeconds, recoveryIsLowerBound: recoverySeconds !== null, minNines, overcommit };
  };

  return { cost: (n, o) => costParts(n, o).total, costParts, check, figures, subscriptionPerSocketYear: perSocket, externalFails };
}

