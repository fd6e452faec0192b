/**
 * When a trend crosses a limit: the point estimate and the band's earliest and latest dates, as explicit
 * states. Never NaN, never Infinity: a flat or falling trend "never" crosses, a trend already over the
 * limit "already crossed", too few weeks "not enough data".
 */
import { isoDay } from './dates.js';
import { type Trend, valueAt } from './trend.js';

/** Beyond this a crossing is reported as never: a date a century away is no plan (and a tiny slope would overflow Date). */
export const NEVER_AFTER_DAYS = 36_525;
const DAY = 86_400;

export type CrossingState = 'crosses' | 'already-crossed' | 'never' | 'not-enough-data';

export interface Crossing {
  readonly state: CrossingState;
  /** The trend's date (ISO YYYY-MM-DD, UTC) and days from now; null unless state is `crosses`. */
  readonly date: string | null;
  readonly days: number | null;
  /** The band's earliest date: the day the band's high edge reaches the limit (today when it already has). */
  readonly earliest: string | null;
  readonly earliestDays: number | null;
  /** The band's latest date; null when the band's low edge never reaches it (within NEVER_AFTER_DAYS). */
  readonly latest: string | null;
  readonly latestDays: number | null;
}

export { isoDay } from './dates.js';

export const NOT_ENOUGH: Crossing = { state: 'not-enough-data', date: null, days: null, earliest: null, earliestDays: null, latest: null, latestDays: null };

/** Days from `now` until `level + slope·(t − tc) (+ shift)` reaches `limit`; 0 when it already has, null when never. */
function daysUntil(level: number, slope: number, tc: number, now: number, limit: number): number | null {
  const atNow = level + slope * (now - tc);
  if (atNow >= limit) return 0;
  if (!(slope > 0)) return null;
  const days = (limit - atNow) / slope / DAY;
  return Number.isFinite(days) && days <= NEVER_AFTER_DAYS ? days : null;
}

/**
 * The crossing of `limit` by the trend, seen from `now` (Unix seconds). The lines are read from the
 * fit's centre on at the earliest (a `now` older than half the history would put the band inside out).
 */
export function crossing(tr: Trend | null, limit: number, now: number): Crossing {
  if (tr === null || !Number.isFinite(limit)) return NOT_ENOUGH;
  const from = Math.max(now, tr.tc);
  const lag = (from - now) / DAY;
  const after = (d: number | null): number | null => (d === null ? null : d + lag);
  const at = valueAt(tr, from);
  const point = at.value >= limit ? 0 : after(daysUntil(tr.level, tr.slope, tr.tc, from, limit));
  const early = at.high >= limit ? 0 : after(daysUntil(tr.level + tr.spread, tr.slopeHigh, tr.tc, from, limit));
  const late = at.low >= limit ? 0 : after(daysUntil(tr.level - tr.spread, tr.slopeLow, tr.tc, from, limit));
  const date = (d: number | null): string | null => (d === null ? null : isoDay(now + d * DAY));
  const round = (d: number | null): number | null => (d === null ? null : Math.ceil(d));
  const state: CrossingState = at.value >= limit ? 'already-crossed' : point === null ? 'never' : 'crosses';
  const pointDays = state === 'crosses' ? point : null;
  return {
    state,
    date: date(pointDays),
    days: round(pointDays),
    earliest: date(early),
    earliestDays: round(early),
    latest: date(late),
    latestDays: round(late),
  };
}
