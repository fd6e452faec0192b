/**
 * Backtest of the forecast on synthetic series whose future is known: each series is generated over two
 * years (a linear trend, noise, daily and weekly seasonality, sometimes a step up in the past), cut at a
 * date, forecast from what came before, and the predicted crossing compared with the first week the
 * uncut series' weekly peak really reached the limit. Deterministic: the random numbers come from a
 * seeded generator (mulberry32), so a run is reproducible and a test can assert its figures.
 */
import { crossing } from './crossing.js';
import { BAND_Z, type Point, theilSen, WEEK_SECONDS, weeklyPeaks } from './trend.js';

const DAY = 86_400;

/** mulberry32: a small seeded PRNG (public domain, Tommy Ettinger), enough to draw test series. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
const normal = (rnd: () => number): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

export interface SyntheticSeries {
  readonly kind: 'linear' | 'seasonal' | 'step' | 'noisy';
  readonly points: Point[];
  /** Where the forecast is made (the data before it are the history). */
  readonly cut: number;
  readonly limit: number;
}

/**
 * One series: 2 years of 6-hourly points starting 2024-01-01, growing from `base` by `growth` a year,
 * noise σ as a fraction of base, optional weekly seasonality and a step in the history. The limit is set
 * so the true trend crosses it between 1 and 9 months after the cut.
 */
export function syntheticSeries(rnd: () => number, kind: SyntheticSeries['kind']): SyntheticSeries {
  const start = 1_704_067_200; // 2024-01-01T00:00:00Z
  const step = 6 * 3600;
  const base = 100e9 + rnd() * 900e9;
  const growth = base * (0.1 + rnd() * 0.5); // per year
  const sigma = base * (kind === 'noisy' ? 0.04 : 0.01);
  const season = kind === 'seasonal' ? base * 0.05 : 0;
  const cut = start + Math.round((200 + rnd() * 200) * DAY);
  const stepAt = kind === 'step' ? start + Math.round((50 + rnd() * 100) * DAY) : Number.POSITIVE_INFINITY;
  const stepSize = kind === 'step' ? growth * 0.15 : 0;
  const points: Point[] = [];
  for (let t = start; t < start + 730 * DAY; t += step) {
    const years = (t - start) / (365 * DAY);
    const cycle = season * Math.sin((2 * Math.PI * (t - start)) / WEEK_SECONDS) + season * 0.5 * Math.sin((2 * Math.PI * (t - start)) / DAY);
    const v = base + growth * years + (t >= stepAt ? stepSize : 0) + cycle + sigma * normal(rnd);
    points.push([t, Math.max(0, v)]);
  }
  const ahead = 30 + rnd() * 240;
  const limit = base + growth * ((cut - start) / (365 * DAY) + ahead / 365) + stepSize + season * 1.5;
  return { kind, points, cut, limit };
}

export interface BacktestFigures {
  readonly series: number;
  /** Series whose true crossing lies within the band (inclusive, to the day). */
  readonly withinBand: number;
  readonly coverage: number;
  /** Median |predicted − true| in days over the series that cross, point estimate. */
  readonly medianErrorDays: number;
  /** Median band width in days (latest − earliest), over bands with both ends. */
  readonly medianBandDays: number;
}

/** The first week whose peak reaches the limit after the cut: the true crossing, in days from the cut. */
function trueCrossingDays(s: SyntheticSeries): number | null {
  const future = weeklyPeaks(s.points.filter(([t]) => t >= s.cut));
  const hit = future.find((p) => p.value >= s.limit);
  return hit === undefined ? null : (hit.t - s.cut) / DAY;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Forecasts each series from its history and scores the band against the true crossing. */
export function backtest(series: readonly SyntheticSeries[], toleranceDays = 0, z = BAND_Z): BacktestFigures {
  let within = 0;
  let scored = 0;
  const errors: number[] = [];
  const widths: number[] = [];
  for (const s of series) {
    const truth = trueCrossingDays(s);
    if (truth === null) continue;
    scored += 1;
    const c = crossing(theilSen(weeklyPeaks(s.points.filter(([t]) => t < s.cut)), z), s.limit, s.cut);
    // The true date to the day; `toleranceDays` (0 by default) allows for the week a weekly peak stands for.
    const lo = c.earliestDays ?? Number.POSITIVE_INFINITY;
    const hi = c.latestDays ?? Number.POSITIVE_INFINITY;
    if (truth >= lo - toleranceDays && truth <= hi + toleranceDays) within += 1;
    if (c.days !== null) errors.push(Math.abs(c.days - truth));
    if (c.earliestDays !== null && c.latestDays !== null) widths.push(c.latestDays - c.earliestDays);
  }
  return { series: scored, withinBand: within, coverage: scored === 0 ? 0 : within / scored, medianErrorDays: median(errors), medianBandDays: median(widths) };
}

/** The standard backtest: `n` series of each kind from one seed. */
export function syntheticBacktest(seed = 13, n = 50, toleranceDays = 0, z = BAND_Z): BacktestFigures {
  const rnd = seededRandom(seed);
  const kinds: SyntheticSeries['kind'][] = ['linear', 'seasonal', 'step', 'noisy'];
  const all: SyntheticSeries[] = [];
  for (const k of kinds) for (let i = 0; i < n; i++) all.push(syntheticSeries(rnd, k));
  return backtest(all, toleranceDays, z);
}
