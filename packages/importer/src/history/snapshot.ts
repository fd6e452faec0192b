/**
 * `capa import … --append-history FILE`: one SAMPLE point per series, taken from the inventory just
 * imported at its `collectedAt`, appended to a standalone history file (schema-history.ts). Pure: the
 * file is read and written by node/history-file.ts.
 *
 * - Ceph (`capa import ceph`): `ceph.stored` per pool (ceph df STORED) and for the cluster ('' = the
 *   pools' sum, core's poolsStoredTotal), `ceph.raw.used` and `ceph.raw.total` (osd df summary).
 * - Proxmox VE (`capa import pve|pvesh`): `guests.memory.configured` ('' = the RAM the memory verdict
 *   counts, core's configuredGuestRam) and `node.memory.used` / `node.memory.total` per node.
 */
import { configuredGuestRam, poolsStoredTotal } from '@capa/core';
import { HISTORY_MAX_POINTS, HISTORY_SCHEMA, HISTORY_VERSION, type HistoryFile, type HistoryMetric, type HistorySeries, historyFileSchema } from '../schema-history.js';
import type { Inventory } from '../schema.js';
import { ImportError, issueParams } from '../error-messages.js';
import { parseJsonText } from '../util.js';

export type SnapshotKind = 'ceph' | 'pve';

export interface SnapshotValue {
  readonly metric: HistoryMetric;
  readonly subject: string;
  readonly value: number | null;
}

/** The values a snapshot of `inv` records (see the header). */
export function snapshotValues(inv: Inventory, kind: SnapshotKind): SnapshotValue[] {
  if (kind === 'ceph') {
    const c = inv.ceph;
    if (c === null) return [];
    const pools = [...c.pools].sort((a, b) => a.name.localeCompare(b.name));
    return [
      { metric: 'ceph.stored', subject: '', value: poolsStoredTotal(pools) },
      ...pools.map((p): SnapshotValue => ({ metric: 'ceph.stored', subject: p.name, value: p.storedBytes })),
      { metric: 'ceph.raw.used', subject: '', value: c.rawUsedBytes },
      { metric: 'ceph.raw.total', subject: '', value: c.totalBytes },
    ];
  }
  const nodes = [...inv.nodes].sort((a, b) => a.name.localeCompare(b.name));
  return [
    { metric: 'guests.memory.configured', subject: '', value: inv.guests.length > 0 ? configuredGuestRam(inv.guests) : null },
    ...nodes.flatMap((n): SnapshotValue[] => [
      { metric: 'node.memory.used', subject: n.name, value: n.ramUsedBytes },
      { metric: 'node.memory.total', subject: n.name, value: n.ramTotalBytes },
    ]),
  ];
}

/** Unix seconds of an ISO 8601 time; null when it is not one. */
export function unixSeconds(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1000) : null;
}

/** Reads a history file's text (untrusted): a clear refusal naming the first bad field, never the content. */
export function parseHistoryFile(text: string, what: string): HistoryFile {
  const r = historyFileSchema.safeParse(parseJsonText(text, what));
  if (!r.success) {
    const issue = issueParams(r.error.issues[0]);
    throw new ImportError('history.not-history', { what, schema: HISTORY_SCHEMA, version: HISTORY_VERSION, ...issue, path: issue['path'] ?? '(top level)' }, what);
  }
  return r.data;
}

export interface AppendResult {
  readonly file: HistoryFile;
  /** Points written (one per value). */
  readonly appended: number;
  /** Points that replaced one at the same time. */
  readonly replaced: number;
  /** Oldest points dropped to keep a series within HISTORY_MAX_POINTS. */
  readonly dropped: number;
}

const same = (s: HistorySeries, v: SnapshotValue) => s.metric === v.metric && s.subject === v.subject && s.cf === 'SAMPLE';

/**
 * Adds one point at `time` to each value's SAMPLE series (created when missing): a point already at
 * that time is replaced (the same import run twice), points stay sorted by time, and a series over
 * HISTORY_MAX_POINTS loses its oldest. Series of other kinds (rrddata) are left as they are.
 */
export function appendSnapshot(file: HistoryFile | null, values: readonly SnapshotValue[], time: number, source: string): AppendResult {
  const series: HistorySeries[] = (file?.series ?? []).map((s) => ({ ...s, points: [...s.points] }));
  let replaced = 0;
  let dropped = 0;
  for (const v of values) {
    let s = series.find((x) => same(x, v));
    if (s === undefined) {
      s = { metric: v.metric, subject: v.subject, cf: 'SAMPLE', stepSeconds: null, source, points: [] };
      series.push(s);
    }
    s.source = source;
    const kept = s.points.filter(([t]) => t !== time);
    replaced += s.points.length - kept.length;
    kept.push([time, v.value]);
    kept.sort((a, b) => a[0] - b[0]);
    const over = Math.max(0, kept.length - HISTORY_MAX_POINTS);
    dropped += over;
    s.points = kept.slice(over);
  }
  return { file: { schema: HISTORY_SCHEMA, version: HISTORY_VERSION, series }, appended: values.length, replaced, dropped };
}

/** The file's text: one series per line, so a long history stays compact and still readable. */
export function historyFileText(file: HistoryFile): string {
  const head = JSON.stringify({ schema: file.schema, version: file.version });
  if (file.series.length === 0) return `${head.slice(0, -1)},"series":[]}\n`;
  return `${head.slice(0, -1)},"series":[\n${file.series.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}
