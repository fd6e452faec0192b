/**
 * What every candidate of one scenario shares (the fast path's context, built once), and the plan's
 * calculators run on one candidate through the core's FAST recorder: memory, each pool's Ceph capacity,
 * the placement groups and the quorum (those two memoised: they depend on few inputs).
 */
import {
  type CephCapacityResult,
  cephCapacityOf,
  chassisNeeded,
  costValue,
  FAST,
  type PgResult,
  placementGroups,
  projectedDemand,
  quorum,
  type QuorumResult,
  type UsableMemoryResult,
  usableMemoryOf,
} from '@capa/core';
import type { Catalogue } from '../catalogue/schema.js';
import { newestSubscriptionTable } from '../catalogue/schema.js';
import { buildContext } from '../plan/context.js';
import { cephValuesFor, type DomainLike, pgInputFor, type PoolState, quorumInputFor, usableMemoryValuesFor } from '../plan/shared.js';
import { PlanInputError } from '../plan/types.js';
import type { PoolModel, Scenario } from '../scenario/model.js';
import type { NodeOption } from './space.js';

type Prices = NonNullable<Scenario['prices']>;

export interface EvalContext {
  readonly s: Scenario;
  readonly cat: Catalogue;
  readonly base: ReturnType<typeof buildContext>;
  /** The failures the rules size for. */
  readonly f: number;
  readonly pools: readonly PoolModel[];
  readonly poolData: NonNullable<ReturnType<typeof buildContext>['domains'][number]>['poolData'];
  readonly rawUsed: number;
  /** rules.maxRecoveryHours in seconds. */
  readonly maxRecovery: number | undefined;
  readonly prices: Pick<Prices, 'years' | 'escalation'>;
  readonly perSocket: number;
}

/** The subscription price per socket and year, from the scenario's table or the catalogue's newest. */
function subscriptionPerSocket(cat: Catalogue, prices: Prices | { subscription: 'none' }): number {
  const table = prices.subscription === 'none' ? undefined : 'table' in prices && prices.table !== undefined ? cat.subscriptions.find((x) => x.id === prices.table) : newestSubscriptionTable(cat);
  if (prices.subscription !== 'none' && table === undefined) throw new PlanInputError([{ path: 'prices.table', message: 'no such subscription table in the catalogue' }]);
  return table === undefined || prices.subscription === 'none' ? 0 : table.perSocketYear[prices.subscription];
}

/** Built once per scenario: refuses a scenario capa optimize cannot size (several OSD sets, no such table). */
export function evalContext(s: Scenario, cat: Catalogue): EvalContext {
  const base = buildContext({ ...s, nodes: [] }, cat, 'en');
  if (base.domains.length > 1) throw new PlanInputError([{ path: 'storage.ceph.pools', message: 'capa optimize sizes one set of OSDs: give every pool the same deviceClass (or none)' }]);
  const domain0 = base.domains[0];
  const prices = s.prices ?? { currency: 'EUR', subscription: 'none' as const, years: 5, escalation: 0 };
  const perSocket = subscriptionPerSocket(cat, prices);
  const r = s.rules;
  return {
    s,
    cat,
    base,
    f: r.failures,
    pools: domain0?.pools ?? [],
    poolData: domain0?.poolData ?? [],
    rawUsed: domain0?.rawUsedBytes ?? 0,
    maxRecovery: r.maxRecoveryHours === undefined ? undefined : r.maxRecoveryHours * 3600,
    prices,
    perSocket,
  };
}

/** External storage does not depend on the candidate: checked once (the plan's storage area). */
export function externalStorageFails(s: Scenario): boolean {
  let fails = false;
  const g = s.workloads.growth;
  for (const e of s.external) {
    const stated = e.dataBytes ?? (s.ceph ? undefined : s.workloads.dataBytes);
    if (stated === undefined) continue;
    const data = projectedDemand(`external.data@${e.name}`, '', stated, g, 'bytes', FAST, []);
    if (data > e.capacityBytes * e.maxFill) fails = true;
  }
  return fails;
}

/** The placement groups for an OSD count (and OSD size), run once per key. */
export function pgMemo(ctx: EvalContext): (osds: number, size: number, d: DomainLike) => PgResult {
  const memo = new Map<number, Map<number, PgResult>>();
  return (osds, size, d) => {
    let bySize = memo.get(osds);
    if (bySize === undefined) {
      bySize = new Map();
      memo.set(osds, bySize);
    }
    let v = bySize.get(size);
    if (v === undefined) {
      const res = placementGroups(pgInputFor(ctx.s.ceph, 'en', d, true));
      if (!res.ok) throw new PlanInputError(res.issues.map((i) => ({ path: 'storage.ceph.pools', message: `${i.field}: ${i.message}` })));
      v = res.value;
      bySize.set(size, v);
    }
    return v;
  };
}

/** The quorum for a node count and whether it fails, run once per count. */
export function quorumMemo(ctx: EvalContext): (n: number) => { result: QuorumResult; fails: boolean } {
  const memo = new Map<number, { result: QuorumResult; fails: boolean }>();
  return (n) => {
    let v = memo.get(n);
    if (v === undefined) {
      const res = quorum(quorumInputFor(ctx.s, n, 'en'));
      if (!res.ok) throw new PlanInputError(res.issues.map((i) => ({ path: 'rules', message: i.message })));
      // Ceph's MON quorum with the f hosts down, at worst each carrying a MON (the plan's failure.ceph-mon-quorum).
      const monLost = res.value.toleratedMonFailures !== null && res.value.toleratedMonFailures < ctx.f;
      v = { result: res.value, fails: res.value.checks.some((c) => c.level === 'fail') || res.value.toleratedNodeFailures < ctx.f || monLost };
      memo.set(n, v);
    }
    return v;
  };
}

/** The candidate's OSD domain as the plan's shared inputs take it. */
export function domainOf(ctx: EvalContext, n: number, o: NodeOption): DomainLike {
  const s = ctx.s;
  const k = o.disksPerNode;
  const S = o.disk?.size ?? 0;
  return {
    hosts: n,
    osdsPerHost: k,
    osdSizeBytes: S,
    totalOsds: 0 + k * n,
    totalRawBytes: 0 + (0 + k * S) * n,
    link: { links: s.optimize?.links ?? 2, speedBps: o.nicSpeedBps, mode: s.optimize?.mode ?? 'lacp', hash: s.optimize?.hash ?? 'layer3+4' },
    linkMissing: false,
    recoveryBps: o.recoveryBps,
    afr: o.afr,
    pools: ctx.pools,
    poolData: ctx.poolData,
    rawUsedBytes: ctx.rawUsed,
  };
}

/** The plan's memory calculator, recording nothing. */
export function memoryOf(ctx: EvalContext, n: number, o: NodeOption): UsableMemoryResult {
  const { s, base } = ctx;
  return usableMemoryOf(
    usableMemoryValuesFor(s, o.reservation, base.osdMemoryBytes, [{ count: n, ramBytes: o.ramBytes }], { guestRam: base.guestRam, vcpus: base.vcpus, guestThreadsPerNode: o.guestThreads }, 'en'),
    FAST,
  );
}

/** The safe capacity at the ratio the rules choose after a failure. */
export const safeOf = (ctx: EvalContext, c: CephCapacityResult): number => (ctx.s.rules.cephAfterFailure === 'nearfull' ? c.safeUsableBytes : c.safeUsableBackfillfullBytes);

/**
 * Each pool's result, and whether it fails as the plan's Ceph area does: a failing check of the
 * calculator (cluster-wide ones are the quorum's), or ceph.safe-capacity-needed (the pool's equivalent
 * data above its safe capacity at the chosen ratio).
 */
export function poolsOf(ctx: EvalContext, n: number, o: NodeOption): { readonly result: CephCapacityResult; readonly fails: boolean }[] {
  const { s, pools } = ctx;
  const ceph = s.ceph;
  if (!ceph) return [];
  const d = { hosts: n, osdsPerHost: o.disksPerNode, osdSizeBytes: o.disk?.size ?? 0, rawUsedBytes: ctx.rawUsed };
  return pools.map((p) => {
    const v = cephValuesFor(ceph, d, p.protection, s, 'en');
    const result = cephCapacityOf(v, FAST);
    const fails = result.checks.some((x) => x.level === 'fail' && x.area !== 'cluster') || (v.storedBytes !== undefined && v.storedBytes > safeOf(ctx, result));
    return { result, fails };
  });
}

export const states = (ctx: EvalContext, cp: readonly { readonly result: CephCapacityResult }[]): PoolState[] =>
  cp.map(({ result: c }, index) => ({ index, healing: c.healing, safeBytes: safeOf(ctx, c) }));

/** Hardware, subscriptions and blade chassis of n nodes of one option. */
export function costPartsOf(ctx: EvalContext, n: number, o: NodeOption): { hardware: number; subscription: number; total: number; chassis: number } {
  const { s, cat, prices } = ctx;
  const chassisPrice = o.platform.kind === 'blade' ? (s.prices?.chassis ?? cat.chassis.find((c) => c.id === o.platform.chassis)?.price ?? 0) : 0;
  const bays = cat.chassis.find((c) => c.id === o.platform.chassis)?.bays ?? 1;
  const chassis = o.platform.kind === 'blade' ? chassisNeeded(n, bays) : 0;
  const v = costValue({
    nodes: n,
    socketsPerNode: o.sockets,
    hardwarePerNode: o.hardwarePerNode,
    chassis,
    chassisPrice,
    subscriptionPerSocketYear: ctx.perSocket,
    years: prices.years,
    escalation: prices.escalation,
  });
  return { hardware: v.hardware, subscription: v.subscription, total: v.total, chassis };
}
