/**
 * How full the OSDs and hosts are in a CRUSH simulation (simulation.ts), as counts per 5 % band of
 * fill: healthy, and after each failure played out (the failed hosts out, backfill ended). Ceph's
 * ratios (nearfull, backfillfull, full) apply to each OSD (ceph/ceph:doc/rados/configuration/mon-config-ref.rst,
 * "Storage Capacity"), so the spread matters, not only the mean: the histogram shows it.
 *
 * An OSD counts when it holds data in that case: in the map, up and in, with a size, and not failed.
 * A host's fill is its counted OSDs' bytes over their sizes. Counts only, so the JSON stays small
 * (bins + hosts per case) whatever the number of OSDs.
 */
import type { CephSimulation } from './simulation.js';

/** The band width: 5 % of an OSD. */
export const FILL_BIN = 0.05;
/** At least 0–100 %; more bins when an OSD would overfill. */
const MIN_BINS = 20;
// Fills that are a band edge in decimal (0.85) are just under it in binary floating point.
const EDGE = 1e-9;

export interface FillCase {
  /** null: healthy; else the failed hosts ("pve1", "pve1 + pve2"), the simulation's label. */
  readonly lost: string | null;
  /** OSDs counted (holding data in this case). */
  readonly osds: number;
  /** OSDs per band: osdCounts[i] OSDs fill between i × binWidth (included) and (i + 1) × binWidth. */
  readonly osdCounts: readonly number[];
  /** Hosts per band, by the host's fill. */
  readonly hostCounts: readonly number[];
  /** Each counted host's fill, in the map's order. */
  readonly hostFills: readonly { readonly host: string; readonly fill: number }[];
  readonly fullestOsdFill: number | null;
}

export interface FillHistogram {
  readonly binWidth: number;
  readonly bins: number;
  /** The bands' edges, bins + 1 of them: band i runs from edges[i] (included) to edges[i + 1]. */
  readonly edges: readonly number[];
  readonly healthy: FillCase;
  /** One per failure the simulation played out, in its order. */
  readonly afterLoss: readonly FillCase[];
}

interface Raw {
  readonly lost: string | null;
  readonly osdFills: number[];
  readonly hostFills: { host: string; fill: number }[];
}

function fills(sim: CephSimulation, bytes: Float64Array, failed: ReadonlySet<number>, lost: string | null): Raw {
  const { sizeBytes, live } = sim.osd;
  const counted = (x: number) => live[x] === 1 && (sizeBytes[x] ?? 0) > 0 && !failed.has(x);
  const osdFills: number[] = [];
  for (let x = 0; x < bytes.length; x++) if (counted(x)) osdFills.push((bytes[x] ?? 0) / (sizeBytes[x] ?? 1));
  const hostFills: { host: string; fill: number }[] = [];
  for (const [host, osds] of sim.hosts) {
    let b = 0;
    let size = 0;
    for (const x of osds)
      if (counted(x)) {
        b += bytes[x] ?? 0;
        size += sizeBytes[x] ?? 0;
      }
    if (size > 0) hostFills.push({ host, fill: b / size });
  }
  return { lost, osdFills, hostFills };
}

const band = (fill: number, bins: number) => Math.min(bins - 1, Math.max(0, Math.floor(fill / FILL_BIN + EDGE)));

function counts(values: readonly number[], bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  for (const v of values) out[band(v, bins)]! += 1;
  return out;
}

/** The histogram of `sim`; null when nothing is stored (every fill would be 0). */
export function fillHistogram(sim: CephSimulation): FillHistogram | null {
  if (sim.fullestOsd === null) return null;
  const healthy = fills(sim, sim.osd.bytes, new Set(), null);
  const after = sim.failures.map((f) => fills(sim, f.after.osdBytes, new Set(f.osds), f.label));
  let max = 0;
  for (const r of [healthy, ...after]) for (const v of r.osdFills) max = Math.max(max, v);
  // The fullest OSD's band, unclamped: the histogram grows to hold it.
  const bins = Math.max(MIN_BINS, Math.floor(max / FILL_BIN + EDGE) + 1);
  const toCase = (r: Raw): FillCase => ({
    lost: r.lost,
    osds: r.osdFills.length,
    osdCounts: counts(r.osdFills, bins),
    hostCounts: counts(
      r.hostFills.map((h) => h.fill),
      bins,
    ),
    hostFills: r.hostFills,
    fullestOsdFill: r.osdFills.length === 0 ? null : r.osdFills.reduce((a, b) => Math.max(a, b), 0),
  });
  const edges = Array.from({ length: bins + 1 }, (_, i) => i * FILL_BIN);
  return { binWidth: FILL_BIN, bins, edges, healthy: toCase(healthy), afterLoss: after.map(toCase) };
}
