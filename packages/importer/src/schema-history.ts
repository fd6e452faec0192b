/**
 * Time series kept beside an inventory, for `capa forecast`: what the Proxmox VE API's `rrddata` gives
 * (per node and per storage, up to a year) and the `ceph df` snapshots `capa import ceph` appends over time.
 *
 * Shared contract of the history importers and the forecast (issue 13, point 2). Units: sizes in BYTES,
 * times in Unix SECONDS (UTC). A point's value is null where the source had no sample (an RRD gap).
 */
import * as z from 'zod';

export const HISTORY_SCHEMA = 'capa.history';
export const HISTORY_VERSION = 1;
/** A year of hourly points is 8,784; a decade of daily snapshots 3,653. Beyond that a file is refused. */
export const HISTORY_MAX_POINTS = 20_000;

/**
 * What a series measures. `subject` says of what: a node name (node.*), a storage id (storage.*), a pool
 * name or '' for the whole cluster (ceph.*), '' for the cluster's guests (guests.*).
 */
export const HISTORY_METRICS = ['node.memory.used', 'node.memory.total', 'storage.used', 'storage.total', 'guests.memory.configured', 'ceph.stored', 'ceph.raw.used', 'ceph.raw.total'] as const;
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

const seconds = z
  .number()
  .int()
  .min(0)
  .max(2 ** 40);
const value = z
  .number()
  .min(0)
  .max(2 ** 63)
  .nullable();

export const historySeriesSchema = z.object({
  metric: z.enum(HISTORY_METRICS),
  subject: z.string(),
  /**
   * How the source reduced the samples behind each point: RRD's AVERAGE or MAX over `stepSeconds`
   * (PVE's `rrddata?cf=`), or one SAMPLE taken at that time (a `ceph df` snapshot; stepSeconds null).
   */
  cf: z.enum(['AVERAGE', 'MAX', 'SAMPLE']),
  stepSeconds: z.number().int().positive().nullable(),
  /** What it was read from: an API path (never a token), a file. */
  source: z.string(),
  /** [time, value], sorted by time, one point per time. */
  points: z.array(z.tuple([seconds, value])).max(HISTORY_MAX_POINTS),
});
export type HistorySeries = z.infer<typeof historySeriesSchema>;

/** The `history` section of an inventory. */
export const inventoryHistorySchema = z.object({ series: z.array(historySeriesSchema) });
export type InventoryHistory = z.infer<typeof inventoryHistorySchema>;

/** A history file on its own (`capa import ceph|pve|pvesh --append-history FILE` appends to it; `capa forecast --history FILE` reads it). */
export const historyFileSchema = z.object({
  schema: z.literal(HISTORY_SCHEMA),
  version: z.literal(HISTORY_VERSION),
  series: z.array(historySeriesSchema),
});
export type HistoryFile = z.infer<typeof historyFileSchema>;
