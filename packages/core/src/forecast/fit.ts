/**
 * One limit's forecast: fit the weekly peaks, find the crossing, record the derivation and the check.
 * The limit itself and "what to add" come from limits.ts, which reads them off `capa analyze`.
 */
import { step } from '../explain/step.js';
import type { SourceId } from '../explain/sources.js';
import type { Check, Lang, Step, StepUnit } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { type Crossing, crossing, isoDay, NOT_ENOUGH } from './crossing.js';
import { forecastMessages, type LimitId } from './messages.js';
import type { ForecastMetric } from './schema.js';
import { MIN_WEEKLY_POINTS, type Point, type Trend, theilSen, valueAt, type WeeklyPeak, sumWeeklyPeaks, weeklyPeaks } from './trend.js';
import type { ChartData, LimitForecast, ToAdd, TrendFigures } from './types.js';

const DAY = 86_400;
const UNITS: Record<string, StepUnit> = {
  P: 'count',
  b: 'bytes',
  s: 'bytes',
  V: 'bytes',
  L: 'bytes',
  G: 'bytes',
  u: 'ratio',
  S: 'bytes',
  r: 'ratio',
  F: 'ratio',
  T: 'bytes',
  k: 'number',
  C: 'bytes',
  H: 'count',
  d: 'count',
  x: 'bytes',
};

export interface FitContext {
  readonly lang: Lang;
  readonly system: SizeSystem;
  readonly now: number;
  readonly horizon: number;
  readonly horizonDays: number;
  readonly steps: Step[];
  readonly checks: Check[];
}

export type Add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: SourceId) => void;
export const recorder =
  (ctx: FitContext): Add =>
  (id, title, expr, vars, value, unit, source) =>
    ctx.steps.push(step({ id, title, expr, vars, varUnits: UNITS, value, unit, source }, ctx.lang, ctx.system));

/** The weekly peaks of one series, or the week-by-week sum of several subjects' peaks. */
export function peaksOf(series: readonly { readonly points: readonly Point[] }[]): WeeklyPeak[] {
  if (series.length === 1) return weeklyPeaks(series[0]?.points ?? []);
  return sumWeeklyPeaks(series.map((s) => weeklyPeaks(s.points)));
}

export interface Fitted {
  readonly trend: Trend | null;
  readonly figures: TrendFigures | null;
  readonly peaks: readonly WeeklyPeak[];
}

/** Fits the trend and records its steps (peaks, slope and band, value now). */
export function fitTrend(ctx: FitContext, id: LimitId, metric: ForecastMetric, peaks: readonly WeeklyPeak[]): Fitted {
  const t = forecastMessages(ctx.lang);
  const add = recorder(ctx);
  // Only the past: a point after "now" (a history file appended later) is not history yet.
  const past = peaks.filter((p) => p.t <= ctx.now + DAY);
  add(`forecast.${id}.peaks`, t.stepPeaks(t.series[metric] ?? metric), 'P', { P: past.length }, past.length, 'count', 'weeklyPeaks');
  const tr = theilSen(past);
  if (tr === null) return { trend: null, figures: null, peaks: past };
  add(`forecast.${id}.slope`, t.stepSlope, 'b', { b: tr.slope * DAY }, tr.slope * DAY, 'bytes', 'theilSen');
  add(`forecast.${id}.slope-low`, t.stepSlopeLow, 'b', { b: tr.slopeLow * DAY }, tr.slopeLow * DAY, 'bytes', 'senSlopeCi');
  add(`forecast.${id}.slope-high`, t.stepSlopeHigh, 'b', { b: tr.slopeHigh * DAY }, tr.slopeHigh * DAY, 'bytes', 'senSlopeCi');
  add(`forecast.${id}.spread`, t.stepSpread, 's', { s: tr.spread }, tr.spread, 'bytes', 'forecastSpread');
  const nowV = valueAt(tr, ctx.now);
  const hz = valueAt(tr, ctx.horizon);
  add(`forecast.${id}.now`, t.stepNow, 'V', { V: nowV.value }, nowV.value, 'bytes', 'theilSen');
  const figures: TrendFigures = {
    weeklyPeaks: tr.n,
    slopeBytesPerDay: tr.slope * DAY,
    slopeLowBytesPerDay: tr.slopeLow * DAY,
    slopeHighBytesPerDay: tr.slopeHigh * DAY,
    spreadBytes: tr.spread,
    nowBytes: Math.max(0, nowV.value),
    horizonBytes: Math.max(0, hz.value),
    horizonHighBytes: Math.max(0, hz.high),
  };
  return { trend: tr, figures, peaks: past };
}

/** The crossing of the limit, its steps and its check; the chart's data. */
export function crossLimit(ctx: FitContext, id: LimitId, subject: string, label: string, metric: ForecastMetric, fitted: Fitted, limit: number, toAdd: (c: Crossing) => ToAdd | null): LimitForecast {
  const t = forecastMessages(ctx.lang);
  const add = recorder(ctx);
  const c = fitted.trend === null ? NOT_ENOUGH : crossing(fitted.trend, limit, ctx.now);
  const checkId = `forecast.${id}`;
  const push = (level: Check['level'], code: string, message: string): void => {
    ctx.checks.push({ id: checkId, level, code: `${checkId}.${code}`, message, params: { subject, date: c.date, earliest: c.earliest, latest: c.latest } });
  };
  if (fitted.trend !== null && fitted.figures !== null && c.state === 'crosses' && c.days !== null) {
    const V = fitted.figures.nowBytes;
    const b = fitted.figures.slopeBytesPerDay;
    add(`forecast.${id}.days`, t.stepDays, '(L - V) / b', { L: limit, V, b }, (limit - V) / b, 'number', 'theilSen');
  }
  if (fitted.figures !== null) add(`forecast.${id}.horizon-high`, t.stepHorizon, 'V', { V: fitted.figures.horizonHighBytes }, fitted.figures.horizonHighBytes, 'bytes', 'senSlopeCi');
  if (c.state === 'not-enough-data') push('warn', 'not-enough-data', t.check['not-enough-data'](label, fitted.peaks.length, MIN_WEEKLY_POINTS));
  else if (c.state === 'already-crossed') push('fail', 'already-crossed', t.check['already-crossed'](label));
  else if (c.state === 'crosses' && (c.days ?? 0) <= ctx.horizonDays) push('warn', 'crosses-soon', t.check.crossesSoon(label, c.date ?? '', c.earliest ?? ''));
  else if (c.earliestDays !== null && c.earliestDays <= ctx.horizonDays) push('warn', 'earliest-soon', t.check.earliestSoon(label, c.earliest ?? ''));
  else if (c.state === 'crosses') push('ok', 'crosses-later', t.check.crossesLater(label, c.date ?? ''));
  else push('ok', 'never', t.check.never(label));
  return { id, subject, label, metric, limitBytes: limit, trend: fitted.figures, crossing: c, toAdd: fitted.trend === null ? null : toAdd(c), chart: chartOf(fitted, limit, ctx) };
}

/** A limit that has no series: listed, with its check, so the reader knows it was not forgotten. */
export function noHistory(ctx: FitContext, id: LimitId, subject: string, label: string, limit: number | null): LimitForecast {
  const t = forecastMessages(ctx.lang);
  ctx.checks.push({ id: `forecast.${id}`, level: 'warn', code: `forecast.${id}.no-history`, message: t.check.noHistory(label), params: { subject } });
  return { id, subject, label, metric: null, limitBytes: limit, trend: null, crossing: NOT_ENOUGH, toAdd: null, chart: null };
}

/** When to have added it: the band's earliest crossing (today when already crossed); null when the band never crosses. */
export const byWhen = (c: Crossing, now: number): string | null => (c.state === 'already-crossed' ? isoDay(now) : c.earliest);

function chartOf(f: Fitted, limit: number, ctx: FitContext): ChartData | null {
  const tr = f.trend;
  if (tr === null) return null;
  const at = (x: number) => valueAt(tr, x);
  const band = [tr.firstT, Math.max(tr.tc, tr.firstT), ctx.horizon].map((x) => [x, Math.max(0, at(x).low), at(x).high] as const);
  return {
    peaks: f.peaks.map((p) => [p.t, p.value] as const),
    trend: [tr.firstT, ctx.horizon].map((x) => [x, Math.max(0, at(x).value)] as const),
    band,
    limit,
    now: ctx.now,
    horizon: ctx.horizon,
  };
}
