import { pgcalcNearestPow2 } from './nearest-power-of-two.js';
import { poolSize } from './autoscaler.js';
import type { PoolSpec } from './schema.js';

export interface PgcalcPool {
  readonly name: string;
  readonly dataFraction: number;
  readonly rawTarget: number;
  readonly calcValue: number;
  readonly minValue: number;
  readonly pgNum: number;
}

/**
 * The legacy PGCalc (pgcalc.js), reproduced: floor(target × OSDs × %data ÷ size) rounded to the
 * nearest power of two (doubled if > 25 % below), with its minimum nearestPow2(floor(OSDs/size)+1),
 * doubled if still below the OSD count. Pools without a ratio share what the others leave evenly.
 */
export function pgcalc(osds: number, targetPerOsd: number, pools: readonly PoolSpec[]): PgcalcPool[] {
  const stated = pools.reduce((s, p) => s + (p.targetRatio ?? 0), 0);
  const unstated = pools.filter((p) => p.targetRatio === undefined).length;
  const share = unstated > 0 ? Math.max(0, 1 - stated) / unstated : 0;
  return pools.map((p) => {
    const size = poolSize(p.protection);
    const dataFraction = p.targetRatio ?? share;
    let minValue = pgcalcNearestPow2(Math.floor(osds / size) + 1);
    if (minValue < osds) minValue *= 2;
    const rawTarget = (targetPerOsd * osds * dataFraction) / size;
    const floored = Math.floor(rawTarget);
    const calcValue = floored > 0 ? pgcalcNearestPow2(floored) : 0;
    return { name: p.name, dataFraction, rawTarget, calcValue, minValue, pgNum: Math.max(minValue, calcValue) };
  });
}
