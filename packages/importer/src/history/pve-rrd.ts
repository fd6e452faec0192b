/**
 * Proxmox VE `rrddata` → history series (schema-history.ts), for `capa import pve --history TIMEFRAME`
 * and the rrddata files of a pvesh dump.
 *
 * What the API answers (proxmox/pve-manager:PVE/API2/Nodes.pm and PVE/API2/Storage/Status.pm `rrddata`, proxmox/pve-cluster:src/PVE/RRD.pm create_rrd_data): an
 * array of rows `{ time, <data source>: value, … }`, one per RRD step, a data source LEFT OUT of the row
 * where the RRD has no sample ("leave empty fields undefined"). The data sources are pmxcfs's
 * (proxmox/pve-cluster:src/pmxcfs/status.c, rrd_def_node / rrd_def_storage): a node has `memtotal` and
 * `memused` (bytes), a storage `total` and `used` (bytes). AVERAGE rows hold fractions of a byte: rounded.
 * On PVE 9 a year can mix the old 7-day RRD with the new 6-hour one, so the step is read from the rows.
 */
import { HISTORY_MAX_POINTS, type HistoryMetric, type HistorySeries } from '../schema-history.js';
import type { InventoryNode, InventoryStorage } from '../schema.js';
import type { Getter } from '../pve-collect.js';
import { failureReason } from '../reason-messages.js';
import { isRecord, mapLimit, num, type Warnings } from '../util.js';

/** `timeframe` values of the rrddata endpoints (pve-manager's API schema: hour, day, week, month, year). */
export const RRD_TIMEFRAMES = ['hour', 'day', 'week', 'month', 'year'] as const;
export type RrdTimeframe = (typeof RRD_TIMEFRAMES)[number];

export interface HistoryOptions {
  /** null for a pvesh dump: the files say what they hold, the request is not made. */
  readonly timeframe: RrdTimeframe | null;
  /** Peaks (MAX) are what a capacity limit is crossed by. */
  readonly cf: 'MAX' | 'AVERAGE';
  /** A pvesh dump without rrddata files has no history: a missing file is not worth a warning there. */
  readonly missingIsSilent?: boolean;
}

const MAX_SECONDS = 2 ** 40;
const MAX_VALUE = 2 ** 63;

export interface RrdParse {
  readonly series: HistorySeries[];
  /** Values that were negative, non-finite or not numbers (kept as null). */
  readonly bad: number;
  /** Rows without a usable time (dropped). */
  readonly untimed: number;
  /** Oldest points beyond HISTORY_MAX_POINTS (dropped). */
  readonly trimmed: number;
}

/** The most frequent gap between consecutive times; null below two points. */
function stepOf(times: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const d = (times[i] as number) - (times[i - 1] as number);
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: number | null = null;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && best !== null && d < best)) [best, n] = [d, c];
  return best;
}

/**
 * Rows of one rrddata answer → one series per field (`fields`: data source → metric). Not an array →
 * null (the caller warns). A row holding a field twice over (PVE 9's old and new RRD meet at one time)
 * keeps the later row's sample.
 */
export function parseRrdRows(data: unknown, fields: Readonly<Record<string, HistoryMetric>>, subject: string, cf: 'MAX' | 'AVERAGE', source: string): RrdParse | null {
  if (!Array.isArray(data)) return null;
  let bad = 0;
  let untimed = 0;
  const byTime = new Map<number, Record<string, number | null>>();
  for (const row of data) {
    const t = isRecord(row) ? num(row['time']) : null;
    if (!isRecord(row) || t === null || !Number.isInteger(t) || t < 0 || t > MAX_SECONDS) {
      untimed += 1;
      continue;
    }
    const prev = byTime.get(t) ?? {};
    const values: Record<string, number | null> = {};
    for (const field of Object.keys(fields)) {
      const raw = row[field];
      if (raw === undefined || raw === null) {
        values[field] = prev[field] ?? null;
        continue;
      }
      const v = num(raw);
      if (v === null || v < 0 || v > MAX_VALUE) {
        bad += 1;
        values[field] = prev[field] ?? null;
      } else values[field] = Math.round(v);
    }
    byTime.set(t, values);
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  const trimmed = Math.max(0, times.length - HISTORY_MAX_POINTS);
  const kept = times.slice(trimmed);
  const stepSeconds = stepOf(kept);
  const series = Object.entries(fields).map(([field, metric]): HistorySeries => ({ metric, subject, cf, stepSeconds, source, points: kept.map((t) => [t, byTime.get(t)?.[field] ?? null]) }));
  return { series, bad, untimed, trimmed };
}

const NODE_FIELDS = { memused: 'node.memory.used', memtotal: 'node.memory.total' } as const;
const STORAGE_FIELDS = { used: 'storage.used', total: 'storage.total' } as const;

interface Target {
  readonly kind: 'node' | 'storage';
  /** The inventory's name for it: a node name, a storage id (`id` when shared, `node/id` when local). */
  readonly subject: string;
  readonly path: string;
  readonly fields: Readonly<Record<string, HistoryMetric>>;
}

/** Which endpoints to read: every online node, and every storage once through an online node that has it. */
export function rrdTargets(nodes: readonly InventoryNode[], storages: readonly InventoryStorage[], o: HistoryOptions): Target[] {
  const enc = encodeURIComponent;
  const query = o.timeframe === null ? '' : `?timeframe=${o.timeframe}&cf=${o.cf}`;
  const online = new Set(nodes.filter((n) => n.online).map((n) => n.name));
  const targets: Target[] = [...online].sort().map((n) => ({ kind: 'node', subject: n, path: `/nodes/${enc(n)}/rrddata${query}`, fields: NODE_FIELDS }));
  for (const s of storages) {
    // A local storage's id is `node/storage` (pve-resources.ts); a shared one is read once, through the first online node.
    const slash = s.id.indexOf('/');
    const node = s.shared ? [...s.nodes].sort().find((n) => online.has(n)) : slash > 0 ? s.id.slice(0, slash) : undefined;
    const name = s.shared || slash < 0 ? s.id : s.id.slice(slash + 1);
    if (node === undefined || !online.has(node) || name === '') continue;
    targets.push({ kind: 'storage', subject: s.id, path: `/nodes/${enc(node)}/storage/${enc(name)}/rrddata${query}`, fields: STORAGE_FIELDS });
  }
  return targets;
}

/** Reads every rrddata endpoint (optional, each failure a warning naming it) → the series, in target order. */
export async function collectRrd(get: Getter, nodes: readonly InventoryNode[], storages: readonly InventoryStorage[], o: HistoryOptions, warnings: Warnings, limit: number): Promise<HistorySeries[]> {
  const lists = await mapLimit(rrdTargets(nodes, storages, o), limit, async (t) => {
    const r = await get(t.path);
    const named = { kind: t.kind, name: t.subject, path: t.path };
    if (!r.ok) {
      if (o.missingIsSilent === true && r.reason?.why === 'no-file') return [];
      warnings.add('pve.rrddata-unreadable', { ...named, ...failureReason(r) }, t.path);
      return [];
    }
    const parsed = parseRrdRows(r.data, t.fields, t.subject, o.cf, t.path);
    if (parsed === null) {
      warnings.add('pve.rrddata-invalid', named, t.path);
      return [];
    }
    if (parsed.bad + parsed.untimed + parsed.trimmed > 0) warnings.add('pve.rrddata-values-dropped', { ...named, bad: parsed.bad, untimed: parsed.untimed, trimmed: parsed.trimmed }, t.path);
    return parsed.series;
  });
  return lists.flat();
}
