/**
 * The three limits a forecast is read against, each taken from what `capa analyze` computes (one rule,
 * one place): guest memory against N − f usable RAM, the fullest OSD after the worst host loss against
 * nearfull, a PBS datastore against the backup calculator's fill target.
 */
import { BACKUP_DEFAULTS } from '../backup/backup-defaults.js';
import { analyzeInventory } from '../inventory-analysis/analyze.js';
import type { AnalysisInput } from '../inventory-analysis/schema.js';
import type { InventoryAnalysis } from '../inventory-analysis/types.js';
import { poolsStoredTotal } from '../inventory-analysis/stored-total.js';
import { formatRatio } from '../units/format.js';
import { byWhen, crossLimit, type FitContext, fitTrend, noHistory, peaksOf, recorder } from './fit.js';
import { forecastMessages } from './messages.js';
import type { ForecastSeries, ForecastValues } from './schema.js';
import { valueAt } from './trend.js';
import type { LimitForecast } from './types.js';

const bySubjects = (series: readonly ForecastSeries[], metric: ForecastSeries['metric'], keep: (subject: string) => boolean = () => true) =>
  series.filter((s) => s.metric === metric && keep(s.subject));

/** Guest memory: configured guest RAM against the usable guest RAM of N − f, else node memory in use against u × survivors' RAM. */
export function memoryLimit(ctx: FitContext, a: InventoryAnalysis, v: ForecastValues, series: readonly ForecastSeries[]): LimitForecast | null {
  const m = a.memory;
  if (!m.applicable || m.usableGuestRamBytes === null) return null;
  const t = forecastMessages(ctx.lang);
  const add = recorder(ctx);
  const label = t.limit['memory.n-minus-f'](m.failures, formatRatio(m.maxUtilization, ctx.lang));
  const guests = bySubjects(series, 'guests.memory.configured');
  const online = new Set(m.perNode.filter((n) => n.online).map((n) => n.name));
  const used = bySubjects(series, 'node.memory.used', (s) => online.has(s));
  const metric = guests.length > 0 ? 'guests.memory.configured' : used.length > 0 ? 'node.memory.used' : null;
  if (metric === null) return noHistory(ctx, 'memory.n-minus-f', '', label, m.usableGuestRamBytes);
  const fitted = fitTrend(ctx, 'memory.n-minus-f', metric, peaksOf(metric === 'guests.memory.configured' ? guests : used));
  let limit: number;
  if (metric === 'guests.memory.configured') {
    limit = m.usableGuestRamBytes;
    add('forecast.memory.n-minus-f.limit', t.stepLimitMemGuests, 'L', { L: limit }, limit, 'bytes', 'courseMemory');
  } else {
    limit = m.maxUtilization * m.survivingRamBytes;
    add('forecast.memory.n-minus-f.limit', t.stepLimitMemUsed, 'u * S', { u: m.maxUtilization, S: m.survivingRamBytes }, limit, 'bytes', 'courseMemory');
  }
  // What it grows from: the configured RAM the analysis counted, else the measured use now.
  const from = metric === 'guests.memory.configured' ? m.guestRamBytes : (fitted.figures?.nowBytes ?? 0);
  const nodeRamBytes = Math.max(0, ...m.perNode.map((n) => n.ramBytes ?? 0));
  return crossLimit(ctx, 'memory.n-minus-f', '', label, metric, fitted, limit, (c) => {
    const high = fitted.figures?.horizonHighBytes ?? 0;
    if (high <= limit || from <= 0) return { kind: 'nodes', nodes: 0, nodeRamBytes, by: null };
    // The analysis' own "nodes to add", run on the inventory grown to the band's high value at the horizon.
    const grow = Math.min(100, high / from - 1);
    const again = analyzeInventory({ inventory: v.inventory as unknown as AnalysisInput['inventory'], grow, system: ctx.system, lang: ctx.lang });
    const nodes = again.ok ? (again.value.memory.nodesToAdd ?? 0) : 0;
    add('forecast.memory.n-minus-f.to-add', t.stepAddNodes, 'k', { k: nodes }, nodes, 'count', 'courseMemory');
    return { kind: 'nodes', nodes, nodeRamBytes, by: byWhen(c, ctx.now) };
  });
}

/** Ceph: the data at which the fullest OSD after the worst host loss reaches nearfull, fill growing with the data. */
export function cephLimit(ctx: FitContext, a: InventoryAnalysis, series: readonly ForecastSeries[]): LimitForecast | null {
  const c = a.ceph;
  if (c === null) return null;
  const t = forecastMessages(ctx.lang);
  const add = recorder(ctx);
  const r = c.nearfull;
  const label = t.limit['ceph.nearfull-after-host-loss'](formatRatio(r, ctx.lang));
  const F = c.fullestOsdFillAfterHostLoss ?? c.fillAfterHostLoss;
  const whole = bySubjects(series, 'ceph.stored', (s) => s === '');
  const stored = whole.length > 0 ? whole : bySubjects(series, 'ceph.stored');
  const raw = bySubjects(series, 'ceph.raw.used');
  const metric = stored.length > 0 ? 'ceph.stored' : raw.length > 0 ? 'ceph.raw.used' : null;
  if (metric === null || F === null || !(F > 0)) return noHistory(ctx, 'ceph.nearfull-after-host-loss', '', label, null);
  const fitted = fitTrend(ctx, 'ceph.nearfull-after-host-loss', metric, peaksOf(metric === 'ceph.stored' ? stored : raw));
  // The data the host-loss figure was computed for: the pools' stored bytes (all known, the history's own
  // rule) or raw used, else the trend now.
  const inInventory = metric === 'ceph.stored' ? poolsStoredTotal(c.pools) : c.usedBytes;
  const V = inInventory !== null && inInventory > 0 ? inInventory : (fitted.figures?.nowBytes ?? 0);
  if (!(V > 0)) return noHistory(ctx, 'ceph.nearfull-after-host-loss', '', label, null);
  const limit = (V * r) / F;
  add('forecast.ceph.nearfull-after-host-loss.limit', t.stepLimitCeph, 'V * r / F', { V, r, F }, limit, 'bytes', 'forecastScaling');
  return crossLimit(ctx, 'ceph.nearfull-after-host-loss', '', label, metric, fitted, limit, (cr) => {
    const high = fitted.figures?.horizonHighBytes ?? 0;
    const H = c.hosts;
    const S = c.largestHost?.rawBytes ?? 0;
    const C = c.inRawBytes;
    if (high <= limit || H < 2 || C - S <= 0) return { kind: 'raw-per-host', bytesPerHost: 0, hosts: H, by: null };
    // Survivors of the loss hold (C − S) + (H − 1)·x when each host gets x more: enough when that is k·(C − S).
    const k = high / limit;
    const x = ((k - 1) * (C - S)) / (H - 1);
    add('forecast.ceph.nearfull-after-host-loss.to-add', t.stepAddRaw, '(k - 1) * (C - S) / (H - 1)', { k, C, S, H }, x, 'bytes', 'cephCapacity');
    return { kind: 'raw-per-host', bytesPerHost: Math.ceil(x), hosts: H, by: byWhen(cr, ctx.now) };
  });
}

/** Each PBS datastore of the inventory: used against size × the backup calculator's fill target. */
export function backupLimits(ctx: FitContext, v: ForecastValues, series: readonly ForecastSeries[]): LimitForecast[] {
  const t = forecastMessages(ctx.lang);
  const add = recorder(ctx);
  const u = BACKUP_DEFAULTS.fillTarget;
  const out: LimitForecast[] = [];
  for (const st of v.inventory.storages.filter((s) => s.type === 'pbs')) {
    const label = t.limit['backup.datastore-fill'](st.id, formatRatio(u, ctx.lang));
    const used = bySubjects(series, 'storage.used', (s) => s === st.id);
    const totals = bySubjects(series, 'storage.total', (s) => s === st.id).flatMap((s) => s.points.filter((p): p is [number, number] => p[1] !== null));
    const T = st.totalBytes ?? totals.at(-1)?.[1] ?? null;
    if (used.length === 0 || T === null || !(T > 0)) {
      out.push(noHistory(ctx, 'backup.datastore-fill', st.id, label, T === null ? null : T * u));
      continue;
    }
    const fitted = fitTrend(ctx, 'backup.datastore-fill', 'storage.used', peaksOf(used));
    const limit = T * u;
    add('forecast.backup.datastore-fill.limit', t.stepLimitBackup, 'T * u', { T, u }, limit, 'bytes', 'backupFill');
    out.push(
      crossLimit(ctx, 'backup.datastore-fill', st.id, label, 'storage.used', fitted, limit, (c) => {
        const high = fitted.trend === null ? 0 : valueAt(fitted.trend, ctx.horizon).high;
        const x = Math.max(0, high / u - T);
        if (x > 0) add('forecast.backup.datastore-fill.to-add', t.stepAddBackup, 'V / u - T', { V: high, u, T }, x, 'bytes', 'backupFill');
        return { kind: 'datastore', bytes: Math.ceil(x), by: x > 0 ? byWhen(c, ctx.now) : null };
      }),
    );
  }
  return out;
}
