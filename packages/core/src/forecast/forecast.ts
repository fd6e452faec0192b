/**
 * `capa forecast`: when each capacity limit of an inventory is crossed, from its history. The trend is
 * Theil–Sen on weekly peaks with a confidence band (trend.ts); the limits are `capa analyze`'s
 * (limits.ts). "Now" is the inventory's collectedAt unless given: no clock.
 */
import { rejected, validated } from '../explain/outcome.js';
import type { Check, Outcome, Step } from '../explain/types.js';
import { type AnalysisPlacement, analyzeInventory } from '../inventory-analysis/analyze.js';
import type { AnalysisInput } from '../inventory-analysis/schema.js';
import { isoDay, parseIsoSeconds } from './dates.js';
import type { FitContext } from './fit.js';
import { backupLimits, cephLimit, memoryLimit } from './limits.js';
import { forecastMessages } from './messages.js';
import { type ForecastInput, type ForecastSeries, forecastSchemas } from './schema.js';
import type { InventoryForecast, LimitForecast } from './types.js';

const DAY = 86_400;
const MAX_ISSUES = 10;

/** `placement`: Ceph's maps and the CRUSH engine, as for analyzeInventory (the fullest OSD after a host loss). */
export function forecastInventory(input: ForecastInput, placement?: AnalysisPlacement): Outcome<InventoryForecast> {
  const lang = input.lang === 'fr' ? 'fr' : 'en';
  const t = forecastMessages(lang);
  const parsed = validated(forecastSchemas().input, input, (v) => v);
  // A history of thousands of bad points is named by its first refusals, not thousands of lines.
  if (!parsed.ok) return rejected(parsed.issues.slice(0, MAX_ISSUES));
  const v = parsed.value;
  if (v.series.length === 0) return rejected([{ field: 'series', value: undefined, message: t.refuseNoHistory }]);
  const now = v.now ?? parseIsoSeconds(v.inventory.collectedAt);
  if (now === null) return rejected([{ field: 'inventory.collectedAt', value: v.inventory.collectedAt, message: t.refuseNow }]);

  const analysis = analyzeInventory({ inventory: v.inventory as unknown as AnalysisInput['inventory'], system: v.system, lang }, placement);
  if (!analysis.ok) return analysis;

  const steps: Step[] = [];
  const checks: Check[] = [];
  const horizon = now + v.horizonDays * DAY;
  const ctx: FitContext = { lang, system: v.system, now, horizon, horizonDays: v.horizonDays, steps, checks };
  const limits: LimitForecast[] = [];
  const series = mergeSeries(v.series);
  const mem = memoryLimit(ctx, analysis.value, v, series);
  if (mem) limits.push(mem);
  const ceph = cephLimit(ctx, analysis.value, series);
  if (ceph) limits.push(ceph);
  limits.push(...backupLimits(ctx, v, series));
  return { ok: true, value: { now: isoDay(now), nowSeconds: now, horizonDays: v.horizonDays, horizon: isoDay(horizon), limits, checks, derivation: steps } };
}

/**
 * One series per metric and subject: the inventory's history and a history file may both hold
 * `ceph.stored` for the cluster (rrddata, then appended snapshots); summed as two subjects they would
 * count the data twice. Their points are pooled, the higher value kept where two share a time.
 */
function mergeSeries(list: readonly ForecastSeries[]): ForecastSeries[] {
  const by = new Map<string, { metric: ForecastSeries['metric']; subject: string; points: Map<number, number | null> }>();
  for (const s of list) {
    const key = `${s.metric}\u0000${s.subject}`;
    const cur = by.get(key) ?? { metric: s.metric, subject: s.subject, points: new Map<number, number | null>() };
    for (const [t, v] of s.points) {
      const old = cur.points.get(t);
      cur.points.set(t, old === undefined || old === null ? v : v === null ? old : Math.max(old, v));
    }
    by.set(key, cur);
  }
  return [...by.values()].map((m) => ({ metric: m.metric, subject: m.subject, points: [...m.points.entries()].sort((a, b) => a[0] - b[0]) }));
}
