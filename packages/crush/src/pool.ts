// A pool's placement parameters and the pg → pps step (Ceph src/osd/osd_types.cc, src/include/rados.h).
import { hash32_2 } from './hash.js';

/** FLAG_HASHPSPOOL: the pool id is hashed into the placement seed so pools do not overlap. */
export const FLAG_HASHPSPOOL = 1;
export const POOL_REPLICATED = 1;
export const POOL_ERASURE = 3;

export interface Pool {
  readonly id: number;
  readonly name: string;
  readonly type: number;
  readonly size: number;
  readonly minSize: number;
  readonly crushRule: number;
  readonly flags: number;
  readonly pgNum: number;
  readonly pgpNum: number;
  readonly pgNumMask: number;
  readonly pgpNumMask: number;
}

/** calc_pg_masks: the smallest all-ones mask covering n - 1. */
export function pgMask(n: number): number {
  const bits = n <= 1 ? 0 : 32 - Math.clz32(n - 1);
  return bits >= 32 ? 0xffffffff : (1 << bits) - 1;
}

/**
 * ceph_stable_mod: x mod b that keeps most PGs in place when b grows between powers of two
 * (bmask = the next power of two minus one).
 */
export function stableMod(x: number, b: number, bmask: number): number {
  return (x & bmask) >>> 0 < b ? (x & bmask) >>> 0 : (x & (bmask >>> 1)) >>> 0;
}

/** pg_pool_t::raw_pg_to_pps: the CRUSH input x for placement seed ps. */
export function rawPgToPps(pool: Pool, ps: number): number {
  const folded = stableMod(ps, pool.pgpNum, pool.pgpNumMask);
  if (pool.flags & FLAG_HASHPSPOOL) return hash32_2(folded, pool.id);
  // Legacy pools add the pool id, so 0.5, 1.4, 2.3 ... land on the same OSDs.
  return (folded + pool.id) >>> 0;
}

/** Replicated pools shift survivors left; EC pools keep positions (shard i stays shard i). */
export const canShiftOsds = (pool: Pool): boolean => pool.type === POOL_REPLICATED;

/** Ceph's PG id text: pool id, a dot, the PG number in hex ("1.a", "1.1f"). */
export const pgidText = (pool: number, ps: number): string => `${pool}.${ps.toString(16)}`;
