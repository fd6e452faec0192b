/**
 * Pools sharing one set of OSDs: their raw use together, the single-pool data that fills the OSDs as
 * much, and the logical capacity of their data mix. The plan and the optimizer both call these.
 */
import { floorBytes } from '../units/rounding.js';
import { type Protection, rawPerLogical } from './protection.js';

/** ceph df raw used for pools sharing the OSDs: Σ stored × size, or stored ÷ k × (k + m). */
export function cephRawUsed(pools: readonly { readonly protection: Protection; readonly storedBytes: number }[]): number {
  let raw = 0;
  for (const p of pools) raw += p.protection.kind === 'replicated' ? p.storedBytes * p.protection.size : (p.storedBytes / p.protection.k) * (p.protection.k + p.protection.m);
  return raw;
}

/**
 * The logical amount that, in pool p alone, fills the OSDs as much as all pools together: the core's
 * single-pool capacity calculator then reports the shared OSDs' real fill for that pool's rules.
 */
export const equivalentStored = (rawUsedBytes: number, p: Protection): number => rawUsedBytes / rawPerLogical(p);

/**
 * Safe logical capacity of pools sharing OSDs, for their data mix: every pool's rule bounds the shared
 * raw fill (raw used ≤ safe_p × rawPerLogical_p), so logical ≤ min_p(safe_p × r_p) ÷ Σ w_p × r_p with
 * w_p the pools' shares of the data; whole bytes, rounded down.
 */
export function mixSafeLogical(pools: readonly { readonly protection: Protection; readonly weight: number; readonly safeBytes: number }[]): number {
  let minRaw = Number.POSITIVE_INFINITY;
  let perLogical = 0;
  let weights = 0;
  for (const p of pools) {
    const r = rawPerLogical(p.protection);
    minRaw = Math.min(minRaw, p.safeBytes * r);
    perLogical += p.weight * r;
    weights += p.weight;
  }
  if (pools.length === 0 || weights <= 0) return 0;
  return floorBytes(minRaw / (perLogical / weights));
}
