import type { Protection } from '../ceph/protection.js';
import { nearestPowerOfTwo } from './nearest-power-of-two.js';
import type { PoolSpec } from './schema.js';

/** Ceph's module constant; a pool's pg_num_min overrides it. */
export const PG_NUM_MIN = 32;

export interface AutoscalerPool {
  readonly name: string;
  /** Which of the three passes sized it: 1 non-bulk, 2 bulk above its even share, 3 the rest. */
  readonly pass: 1 | 2 | 3;
  readonly capacityRatio: number;
  readonly finalRatio: number;
  /** Before rounding: used_pg ÷ size × bias. */
  readonly poolPgTarget: number;
  readonly pgNum: number;
  /** Ceph would change pg_num (3× threshold); null when no current pg_num is known. */
  readonly wouldChange: boolean | null;
  readonly pgLeftBefore: number;
}

export interface AutoscalerSpec {
  readonly osds: number;
  readonly capacityBytes: number;
  readonly targetPerOsd: number;
  readonly threshold: number;
  readonly pools: readonly PoolSpec[];
}

/** Ceph's pool `size`: replicas, or k + m chunks; the PG budget is counted in shards per OSD. */
export const poolSize = (p: Protection): number => (p.kind === 'replicated' ? p.size : p.k + p.m);

/** OSDMap::pool_raw_used_rate returns a C float: reproduce its rounding for EC. */
export const rawUsedRate = (p: Protection): number => (p.kind === 'replicated' ? p.size : Math.fround((p.k + p.m) / p.k));

/** ceph df bytes_used for a logical amount: stored × size, or stored ÷ k × (k + m). */
export const rawUsedBytes = (p: Protection, stored: number): number => (p.kind === 'replicated' ? stored * p.size : (stored / p.k) * (p.k + p.m));

/**
 * The released pg_autoscaler (Pacific → Squid, module.py): one CRUSH root, all pools in pool order,
 * three passes sharing a PG budget of OSDs × mon_target_pg_per_osd.
 */
export function autoscale(spec: AutoscalerSpec): AutoscalerPool[] {
  const { capacityBytes: capacity, threshold } = spec;
  const pools = spec.pools;
  let totalTargetRatio = 0;
  let totalTargetBytes = 0;
  for (const p of pools) {
    if (p.targetRatio) totalTargetRatio += p.targetRatio;
    else if (p.targetBytes) totalTargetBytes += p.targetBytes * rawUsedRate(p.protection);
  }
  const effectiveTargetRatio = (ratio: number): number => {
    let r = ratio;
    if (totalTargetRatio) r = r / totalTargetRatio;
    if (totalTargetBytes && capacity) r *= 1 - Math.min(1, totalTargetBytes / capacity);
    return r;
  };
  const capacityRatioOf = (p: PoolSpec): number => {
    const targetBytes = p.targetRatio ? 0 : (p.targetBytes ?? 0);
    const actual = rawUsedBytes(p.protection, p.storedBytes ?? 0);
    const used = Math.max(actual, targetBytes * rawUsedRate(p.protection));
    const capacityRatio = capacity ? used / capacity : 0;
    return Math.max(capacityRatio, effectiveTargetRatio(p.targetRatio ?? 0));
  };

  let pgLeft = spec.osds * spec.targetPerOsd;
  let poolUsed = 0;
  const poolCount = pools.length;
  const out = new Map<string, AutoscalerPool>();

  const finish = (p: PoolSpec, pass: 1 | 2 | 3, capacityRatio: number, finalRatio: number, poolPgTarget: number, pgLeftBefore: number) => {
    let pgNum = Math.max(p.pgNumMin ?? PG_NUM_MIN, nearestPowerOfTwo(poolPgTarget));
    if (p.pgNumMax && p.pgNumMax < pgNum) pgNum = p.pgNumMax;
    const cur = p.currentPgNum;
    const wouldChange = cur === undefined ? null : (pgNum > cur * threshold || pgNum < cur / threshold) && finalRatio >= 0 && finalRatio <= 1;
    out.set(p.name, { name: p.name, pass, capacityRatio, finalRatio, poolPgTarget, pgNum, wouldChange, pgLeftBefore });
  };

  const bulk: PoolSpec[] = [];
  for (const p of pools) {
    if (p.bulk) {
      bulk.push(p);
      continue;
    }
    const ratio = capacityRatioOf(p);
    const before = pgLeft;
    const usedPg = ratio * pgLeft;
    pgLeft -= Math.trunc(usedPg);
    poolUsed += 1;
    finish(p, 1, ratio, ratio, (usedPg / poolSize(p.protection)) * p.bias, before);
  }
  const even: PoolSpec[] = [];
  for (const p of bulk) {
    const ratio = capacityRatioOf(p);
    const evenRatio = 1 / (poolCount - poolUsed);
    if (!(ratio > evenRatio)) {
      even.push(p);
      continue;
    }
    poolUsed += 1;
    const finalRatio = Math.max(ratio, evenRatio);
    const before = pgLeft;
    const usedPg = finalRatio * pgLeft;
    pgLeft -= Math.trunc(usedPg);
    finish(p, 2, ratio, finalRatio, (usedPg / poolSize(p.protection)) * p.bias, before);
  }
  for (const p of even) {
    const finalRatio = 1 / (poolCount - poolUsed);
    finish(p, 3, capacityRatioOf(p), finalRatio, ((finalRatio * pgLeft) / poolSize(p.protection)) * p.bias, pgLeft);
  }
  return pools.map((p) => out.get(p.name) as AutoscalerPool);
}
