/**
 * What the worst refilling failure does to the fill, in one place: the explained calculators
 * (capacity, data target) and the planner's fast path all call these, so the rule cannot drift.
 *
 * - hosts > width (heals): a lost host's data is re-created on the other hosts, fill × R ÷ (R − C).
 * - hosts = width (cannot-heal), n ≥ 2 OSDs per host: a lost host stays degraded, but a lost OSD
 *   refills onto the n − 1 other OSDs of its own host, fill × n ÷ (n − 1) (Thomas-Krenn).
 * - hosts = width, n = 1: a lost OSD is a lost host, so nothing is refilled and the fill does not
 *   change: safe = ratio × usable.
 * - hosts < width: the pool cannot be placed, nothing is safe.
 */
import { ceilCount } from '../units/rounding.js';
import type { Protection } from './protection.js';
import type { Healing } from './topology-checks.js';

export interface RefillShape {
  readonly heal: Healing;
  /** OSDs per host. */
  readonly n: number;
  /** Raw bytes of all OSDs, and of the largest host. */
  readonly raw: number;
  readonly hostRaw: number;
  /** Usable bytes, healthy, filled to 100 %. */
  readonly usable: number;
  readonly protection: Protection;
}

/** Whether losing one OSD moves data at all when hosts = width: only with other OSDs on its host. */
export const osdLossRefills = (n: number): boolean => n > 1;

/** Logical bytes the pool can hold so that after the worst refilling failure every OSD stays ≤ r. */
export function safeUsableAt(s: RefillShape, r: number): number {
  const p = s.protection;
  if (s.heal === 'unplaceable') return 0;
  if (s.heal === 'cannot-heal') return osdLossRefills(s.n) ? (r * (s.n - 1) * s.usable) / s.n : r * s.usable;
  return p.kind === 'replicated' ? (r * (s.raw - s.hostRaw)) / p.size : (r * (s.raw - s.hostRaw) * p.k) / (p.k + p.m);
}

/** Fill of the OSDs that take the refill, after the worst failure; null when the pool cannot be placed. */
export function fillAfterFailure(s: Pick<RefillShape, 'heal' | 'n' | 'raw' | 'hostRaw'>, rawUsed: number): number | null {
  if (s.heal === 'heals') return rawUsed / (s.raw - s.hostRaw);
  if (s.heal === 'unplaceable') return null;
  const fillNow = rawUsed / s.raw;
  return osdLossRefills(s.n) ? (fillNow * s.n) / (s.n - 1) : fillNow;
}

/**
 * The inverse of `safeUsableAt` when hosts = width, per host: the fewest OSDs of d bytes holding a
 * host's share of raw data under ratio r after the worst failure. One OSD suffices when its share
 * fits under r × d (nothing refills); otherwise n − 1 OSDs must absorb it: n = ⌈share ÷ (r × d)⌉ + 1.
 */
export function safeOsdsPerHostCannotHeal(shareBytes: number, r: number, d: number): { readonly raw: number; readonly osds: number } {
  const x = shareBytes / (r * d);
  if (ceilCount(x) <= 1) return { raw: x, osds: 1 };
  return { raw: x + 1, osds: ceilCount(x + 1) };
}
