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
 *
 * Mixed hosts (`worstHost`), hosts = width: CRUSH puts one copy (chunk) of every PG on every host,
 * so each host holds 1/H of the raw data whatever its size. A lost OSD refills onto its own host's
 * other OSDs; the worst host is the one with the least left after losing its largest OSD (a host of
 * one OSD keeps its whole size: nothing refills). The pool is bounded by H × that remainder. With
 * equal hosts, H × (nS − S) = R × (n − 1)/n and H × S = R for n = 1: the rules above.
 */
import { ceilCount } from '../units/rounding.js';
import type { Protection } from './protection.js';
import type { Healing } from './topology-checks.js';

export interface RefillShape {
  readonly heal: Healing;
  /** OSDs per host (equal hosts); with mixed hosts, unused. */
  readonly n: number;
  /** Host count: needed with mixed hosts (`worstHost`). */
  readonly hosts?: number;
  /** Raw bytes of all OSDs, and of the largest host. */
  readonly raw: number;
  readonly hostRaw: number;
  /** Usable bytes, healthy, filled to 100 %. */
  readonly usable: number;
  readonly protection: Protection;
  /** Mixed hosts only: the worst host after its worst OSD loss (hosts = width); absent for equal hosts. */
  readonly worstHost?: WorstHost;
}

export interface WorstHost {
  /** Index of the worst host (0-based), its raw bytes, and what is left to hold its share: h − largest OSD, or h. */
  readonly index: number;
  readonly raw: number;
  readonly largestOsd: number;
  readonly remaining: number;
  /** False when the worst host has one OSD: losing it is losing the host, nothing refills. */
  readonly refills: boolean;
}

/** The host left smallest after losing its largest OSD (hosts = width); ties keep the first. */
export function worstHostAfterOsdLoss(hostOsds: readonly (readonly number[])[], hostRaws: readonly number[]): WorstHost {
  let worst: WorstHost | undefined;
  hostOsds.forEach((osds, index) => {
    const raw = hostRaws[index] ?? 0;
    const largestOsd = Math.max(...osds);
    const refills = osdLossRefills(osds.length);
    const remaining = refills ? raw - largestOsd : raw;
    if (worst === undefined || remaining < worst.remaining) worst = { index, raw, largestOsd, remaining, refills };
  });
  return worst ?? { index: 0, raw: 0, largestOsd: 0, remaining: 0, refills: false };
}

/** Raw bytes the hosts can hold after the worst OSD loss when hosts = width: H × the worst host's remainder. */
const cannotHealRaw = (w: WorstHost, hosts: number): number => hosts * w.remaining;

/** Whether losing one OSD moves data at all when hosts = width: only with other OSDs on its host. */
export const osdLossRefills = (n: number): boolean => n > 1;

/** Logical bytes the pool can hold so that after the worst refilling failure every OSD stays ≤ r. */
export function safeUsableAt(s: RefillShape, r: number): number {
  const p = s.protection;
  if (s.heal === 'unplaceable') return 0;
  if (s.heal === 'cannot-heal' && s.worstHost !== undefined) {
    const f = cannotHealRaw(s.worstHost, s.hosts ?? 0);
    return p.kind === 'replicated' ? (r * f) / p.size : (r * f * p.k) / (p.k + p.m);
  }
  if (s.heal === 'cannot-heal') return osdLossRefills(s.n) ? (r * (s.n - 1) * s.usable) / s.n : r * s.usable;
  return p.kind === 'replicated' ? (r * (s.raw - s.hostRaw)) / p.size : (r * (s.raw - s.hostRaw) * p.k) / (p.k + p.m);
}

/** Fill of the OSDs that take the refill, after the worst failure; null when the pool cannot be placed. */
export function fillAfterFailure(s: Pick<RefillShape, 'heal' | 'n' | 'raw' | 'hostRaw' | 'worstHost' | 'hosts'>, rawUsed: number): number | null {
  if (s.heal === 'heals') return rawUsed / (s.raw - s.hostRaw);
  if (s.heal === 'unplaceable') return null;
  if (s.worstHost !== undefined) return rawUsed / cannotHealRaw(s.worstHost, s.hosts ?? 0);
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
