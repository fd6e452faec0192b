/**
 * Shared zod building blocks for calculator inputs (already-parsed numbers, not strings).
 * zod/mini rather than classic zod: the same validation for a twentieth of the code to load, which
 * keeps the CLI's cold start near `node -e 0`. Bounds come from limits.ts; their messages are
 * rendered in the reader's language by `validated`.
 */
import * as z from 'zod/mini';
import { isPowerOfTwo, LIMITS, limitMessage } from './limits.js';

export const lang = z._default(z.enum(['en', 'fr'], 'must be en or fr'), 'en');

/** A whole number in [min, max]; max defaults to 2^53 (exact doubles). */
export const count = (min: number, max: number = LIMITS.count) => {
  const m = limitMessage({ k: 'count', min, max });
  return z.number(m).check(z.refine(Number.isInteger, m), z.minimum(min, m), z.maximum(max, m));
};
/** Hosts of a cluster, OSDs of a host, OSDs of a cluster (limits.ts). */
export const hostCount = (min = 1) => count(min, LIMITS.hosts);
export const osdsPerHostCount = (min = 1) => count(min, LIMITS.osdsPerHost);
export const osdCount = count(1, LIMITS.osds);

const sizeUpTo = (max: number) => z.number('must be a finite size in bytes').check(z.positive('must be a size greater than 0'), z.maximum(max, limitMessage({ k: 'sizeMax', max })));
export const bytes = sizeUpTo(LIMITS.bytes);
/** One disk, OSD or DB device. */
export const diskBytes = sizeUpTo(LIMITS.diskBytes);
/** The RAM of one node. */
export const nodeRamBytes = sizeUpTo(LIMITS.nodeRamBytes);
export const bytesOrZero = z.number('must be a finite size in bytes').check(z.minimum(0, 'must be a size of 0 or more'), z.maximum(LIMITS.bytes, limitMessage({ k: 'sizeMax', max: LIMITS.bytes })));
/** A pg_num bound a user states (pg_num_min, pg_num_max): the autoscaler only ever sets powers of two. */
export const pgNumPow2 = (() => {
  const m = limitMessage({ k: 'pow2', max: LIMITS.pgNum });
  return z.number(m).check(z.refine(isPowerOfTwo, m), z.maximum(LIMITS.pgNum, m));
})();
export const rate = z.number('must be a finite rate').check(z.minimum(1, 'must be at least 1 b/s'), z.maximum(1e15, 'must be at most 1 Pb/s'));
/** A rate that may be 0 (a guest that dirties no RAM): drain's dirty-page rate. */
export const rateOrZero = z.number('must be a rate of 0 or more').check(z.minimum(0, 'must be a rate of 0 or more'), z.maximum(1e15, 'must be at most 1 Pb/s'));
export const fraction = z.number('must be in (0, 1]').check(z.gt(0, 'must be in (0, 1]'), z.lte(1, 'must be in (0, 1]'));
export const positive = z.number('must be a finite number').check(z.positive('must be greater than 0'), z.maximum(1e12, 'must be at most 10^12'));
export const sizeSystem = z._default(z.enum(['binary', 'decimal']), 'binary');
