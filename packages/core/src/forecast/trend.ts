/**
 * A robust straight-line trend of a capacity series, with a deterministic confidence band.
 *
 * - Weekly peaks: the series is cut into 7-day buckets (Unix weeks) and each keeps its highest value.
 *   Capacity must hold at the peak, not at the average: a cluster that is 70 % full on average but 80 %
 *   full every Monday morning crosses 75 % on Mondays. A whole week also contains every daily and weekly
 *   cycle (office hours, backup windows), so the peaks carry the growth and not the cycle; and the fit
 *   works on at most one point a week, whatever the source's resolution (PVE's rrddata: 1 minute to 1 week).
 * - Theil–Sen: the slope is the median of the slopes between every pair of peaks (Sen 1968), the
 *   intercept the median of y − b·x (Conover). A few outliers or a step do not drag it as least squares would.
 * - Band: the nonparametric confidence interval of Sen's slope from the order statistics of the pairwise
 *   slopes (Gilbert 1987, pp. 217–218): C = z·√Var(S), Var(S) = n(n − 1)(2n + 5)/18, the lower limit is the
 *   M1-th smallest slope with M1 = (N − C)/2, the upper the (M2 + 1)-th with M2 = (N + C)/2. Each limit is a
 *   line through the same robust centre, widened by the spread of the peaks around the fit (below).
 * Pure: no clock, no randomness. Times in Unix seconds, values in the series' unit (bytes).
 */

export const WEEK_SECONDS = 7 * 86_400;
/** Fewer weekly peaks than this: no trend (the pairwise slopes of 3 points say nothing about a year). */
export const MIN_WEEKLY_POINTS = 4;
/** z of a two-sided 90 % interval: the band aims to hold the true date 9 times in 10. */
export const BAND_Z = 1.645;

export type Point = readonly [number, number | null];

export interface WeeklyPeak {
  readonly t: number;
  readonly value: number;
}

/** The highest sample of each Unix week (floor(t / 7 d)); at the time it was seen. Gaps (null) are skipped. */
export function weeklyPeaks(points: readonly Point[]): WeeklyPeak[] {
  const byWeek = new Map<number, WeeklyPeak>();
  for (const [t, v] of points) {
    if (v === null || !Number.isFinite(v) || !Number.isFinite(t)) continue;
    const w = Math.floor(t / WEEK_SECONDS);
    const cur = byWeek.get(w);
    if (cur === undefined || v > cur.value) byWeek.set(w, { t, value: v });
  }
  return [...byWeek.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

/**
 * Sums several subjects' weekly peaks (every node's memory in use, every pool's stored data), week by
 * week, keeping the weeks every subject has. The sum of peaks is at least the peak of the sum (the nodes'
 * peaks need not coincide): the prudent side for a capacity limit.
 */
export function sumWeeklyPeaks(series: readonly (readonly WeeklyPeak[])[]): WeeklyPeak[] {
  if (series.length === 0) return [];
  // Dated at the mean of the subjects' peak times: where the summed peaks were seen, on average.
  const weeks = new Map<number, { t: number; value: number; n: number }>();
  for (const s of series)
    for (const p of s) {
      const w = Math.floor(p.t / WEEK_SECONDS);
      const cur = weeks.get(w) ?? { t: 0, value: 0, n: 0 };
      weeks.set(w, { t: cur.t + p.t, value: cur.value + p.value, n: cur.n + 1 });
    }
  return [...weeks.entries()]
    .filter(([, v]) => v.n === series.length)
    .sort((a, b) => a[0] - b[0])
    .map(([, v]) => ({ t: Math.round(v.t / v.n), value: v.value }));
}

const median = (sorted: readonly number[]): number => {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The k-th smallest (1-based, fractional k interpolated), clamped to the ends. */
const orderStatistic = (sorted: readonly number[], k: number): number => {
  const i = Math.min(Math.max(k - 1, 0), sorted.length - 1);
  const lo = Math.floor(i);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (i - lo);
};

export interface Trend {
  /** Weekly peaks fitted. */
  readonly n: number;
  /** Per second; the point estimate and the band's limits (low ≤ slope ≤ high). */
  readonly slope: number;
  readonly slopeLow: number;
  readonly slopeHigh: number;
  /** The robust centre every line passes through: the medians of the times and of y − b·(t − tc). */
  readonly tc: number;
  readonly level: number;
  /** Spread of the peaks around the fit (half the 10th–90th percentile range of the residuals). */
  readonly spread: number;
  /** Pairwise slopes and Gilbert's ranks (for the derivation). */
  readonly pairs: number;
  readonly rankLow: number;
  readonly rankHigh: number;
  readonly firstT: number;
  readonly lastT: number;
}

/** Theil–Sen on the weekly peaks; null with fewer than MIN_WEEKLY_POINTS. */
export function theilSen(peaks: readonly WeeklyPeak[], z = BAND_Z): Trend | null {
  const n = peaks.length;
  if (n < MIN_WEEKLY_POINTS) return null;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = peaks[i] as WeeklyPeak;
      const b = peaks[j] as WeeklyPeak;
      if (b.t !== a.t) slopes.push((b.value - a.value) / (b.t - a.t));
    }
  if (slopes.length === 0) return null;
  slopes.sort((x, y) => x - y);
  const slope = median(slopes);
  // Gilbert (1987) §16.5.1, with N the number of pairwise slopes and Var(S) without the tie correction.
  const N = slopes.length;
  const c = z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const rankLow = (N - c) / 2;
  const rankHigh = (N + c) / 2 + 1;
  const slopeLow = Math.min(slope, orderStatistic(slopes, rankLow));
  const slopeHigh = Math.max(slope, orderStatistic(slopes, rankHigh));
  const tc = median(peaks.map((p) => p.t).sort((x, y) => x - y));
  const level = median(peaks.map((p) => p.value - slope * (p.t - tc)).sort((x, y) => x - y));
  const residuals = peaks.map((p) => p.value - (level + slope * (p.t - tc))).sort((x, y) => x - y);
  const spread = Math.max(0, (orderStatistic(residuals, 1 + 0.9 * (n - 1)) - orderStatistic(residuals, 1 + 0.1 * (n - 1))) / 2);
  return { n, slope, slopeLow, slopeHigh, tc, level, spread, pairs: N, rankLow, rankHigh, firstT: peaks[0]?.t ?? tc, lastT: peaks[n - 1]?.t ?? tc };
}

/** The trend's value at time t: the point estimate, and the band (low line − spread, high line + spread). */
export function valueAt(tr: Trend, t: number): { readonly value: number; readonly low: number; readonly high: number } {
  const d = t - tr.tc;
  const a = tr.level + tr.slopeLow * d;
  const b = tr.level + tr.slopeHigh * d;
  return { value: tr.level + tr.slope * d, low: Math.min(a, b) - tr.spread, high: Math.max(a, b) + tr.spread };
}
