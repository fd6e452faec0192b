/**
 * The inventory's Ceph judged on Ceph's own placement (ceph/simulation.ts) instead of the average
 * model: the fullest OSD now and after the worst loss of `failures` hosts together, the PGs below
 * min_size, and the stored data for which no OSD crosses nearfull. Ceph's ratios apply per OSD, so a
 * 10 TB host that must take a third of every PG's copies fills up long before the mean does.
 *
 * The maps and the placement engine (@capa/crush, LGPL) are handed in by the adapter; only their types
 * are named here. What-ifs: `--grow` has already scaled each pool's stored bytes; the OSDs of removed
 * nodes are marked out in the OSD map (as `ceph osd out` would); added nodes carrying OSDs are not in
 * the CRUSH map, so the simulation is refused with that reason rather than run on the wrong map.
 */
import type * as Crush from '@capa/crush';
import type { Check, Lang, SymbolOrigin } from '../explain/types.js';
import { type CephSimulation, crushSafeStored, type PlacementEngine, simulateCeph, type SimulatedPool } from '../ceph/simulation.js';
import { type FillHistogram, fillHistogram } from '../ceph/fill-histogram.js';
import { fillAfterFailureCheck, fullestOsdCheck, ioBlockedChecks, simulationMessages, type Ratios } from '../ceph/simulation-checks.js';
import { formatRatio } from '../units/format.js';
import { checkMaker } from '../spec/messages.js';
import type { Params } from '../spec/types.js';
import { INVENTORY_MESSAGES } from './check-messages.js';
import { crushMessages } from './crush-messages.js';
import type { Add } from './steps.js';
import type { Ceph } from './types.js';

/**
 * What the adapter hands `analyzeInventory` for the simulation: the engine and the maps, or why it
 * could not build the maps (said in a warn check, the average model's verdict standing).
 */
export type AnalysisPlacement = PlacementMaps | { readonly refused: string };

export interface PlacementMaps {
  readonly engine: PlacementEngine;
  readonly crushDump: Crush.CrushDump;
  readonly osdDump: Crush.OsdDump;
  /** True when the maps were built from the OSD tree (Ceph's own dumps not captured). */
  readonly fromOsdTree: boolean;
  /** With fromOsdTree: which of the two dumps the inventory lacks, or that both were refused (absent: neither captured). */
  readonly mapsMissing?: { readonly noCrushDump: boolean; readonly noOsdDump: boolean; readonly refused: boolean };
  /** The adapter's notes on how it built the maps (OSDs without host, weights from sizes...). */
  readonly warnings?: readonly { readonly code: string; readonly message: string }[];
}

export interface OsdFillFigure {
  readonly id: number;
  readonly host: string | null;
  readonly fill: number;
}

/** `ceph.placement` in the JSON contract. */
export interface CephPlacementAnalysis {
  readonly mapSource: 'captured' | 'osd-tree';
  readonly pgs: number;
  /** Stored bytes the simulation placed (after --grow). */
  readonly storedBytes: number;
  /** Hosts failing together. */
  readonly failures: number;
  readonly failuresEvaluated: number;
  readonly failuresPossible: number;
  readonly fullestOsd: OsdFillFigure | null;
  /** The loss after which an OSD is fullest (label: host names joined by " + "), and that OSD. */
  readonly worstHostLoss: { readonly hosts: string; readonly fullestOsd: OsdFillFigure | null; readonly movedBytes: number } | null;
  /** The most PGs below min_size (I/O blocked) any loss played out causes, and which. */
  readonly pgsBelowMinSize: number;
  readonly worstBlockedLoss: string | null;
  readonly pgsLost: number;
  /** Stored bytes (every pool scaled together) for which no OSD crosses nearfull: crushSafeStored. */
  readonly crushSafeStoredBytes: number | null;
  /** OSDs and hosts per 5 % band of fill, healthy and after each loss played out (ceph/fill-histogram.ts); null when nothing is stored. */
  readonly fillHistogram: FillHistogram | null;
  /** OSDs marked out for the what-if (removed nodes). */
  readonly markedOut: readonly number[];
  readonly assumptions: readonly string[];
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
}

export interface CrushPart {
  readonly sim: CephSimulation;
  readonly placement: CephPlacementAnalysis;
}

export interface CrushWhatIf {
  readonly grow: number;
  readonly removed: readonly string[];
  /** Added node names that carry OSDs. */
  readonly addedWithOsds: readonly string[];
  /** The OSDs of the removed nodes (ids), from the inventory before the what-if. */
  readonly removedOsds: readonly number[];
}

const fig = (o: { id: number; host: string | null; fill: number } | null | undefined): OsdFillFigure | null => (o ? { id: o.id, host: o.host, fill: o.fill } : null);

/**
 * Runs the simulation for `c` (the inventory after the what-ifs). Returns null, with a warn check
 * saying why, when it cannot be run honestly; null silently when there is nothing to place.
 */
export function simulateInventoryCeph(c: Ceph, p: AnalysisPlacement, w: CrushWhatIf, failures: number, checks: Check[], lang: Lang): CrushPart | null {
  const t = crushMessages(lang);
  if (c.pools.length === 0 || c.osds.length === 0) return null;
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  // Why not: the maps refused (the placement library's words), added nodes with OSDs, or no stored bytes.
  const refuse = (code: string, params: Params = {}): null => {
    checks.push(check('inventory.ceph.placement-not-simulated', 'warn', code, params));
    return null;
  };
  const refused = (reason: string): null => refuse('inventory.ceph.placement-not-simulated.refused', { reason });
  if ('refused' in p) return refused(p.refused);
  if (w.addedWithOsds.length > 0) return refuse('inventory.ceph.placement-not-simulated.added', { nodes: w.addedWithOsds.join(', ') });

  // Removed nodes: their OSDs down and out, the state Ceph reaches after `ceph osd out` and backfill.
  const out = new Set(w.removedOsds);
  const osdDump: Crush.OsdDump = out.size === 0 ? p.osdDump : { ...p.osdDump, osds: p.osdDump.osds.map((o) => (out.has(o.osd) ? { ...o, up: 0, in: 0, weight: 0 } : o)) };
  let map: Crush.OsdMap;
  try {
    map = p.engine.loadPlacement(p.crushDump, osdDump);
  } catch (e) {
    return refused(e instanceof Error ? e.message : String(e));
  }

  const warnings = [...(p.warnings ?? []).filter((x) => x.code !== 'placement.map-from-osd-tree')];
  const pools: SimulatedPool[] = [];
  const noBytes: string[] = [];
  const notInMap: string[] = [];
  for (const pool of c.pools) {
    if (!map.pools.has(pool.id)) {
      notInMap.push(pool.name);
      continue;
    }
    const k = pool.type === 'erasure' ? pool.k : 1;
    const known = pool.storedBytes !== null && k !== null && k >= 1;
    if (!known) noBytes.push(pool.name);
    pools.push({ id: pool.id, storedBytes: known ? (pool.storedBytes ?? 0) : 0, dataChunks: k !== null && k >= 1 ? k : 1 });
  }
  if (pools.length === 0) return null;
  if (noBytes.length === pools.length) return refuse('inventory.ceph.placement-not-simulated.no-bytes');
  if (noBytes.length > 0) warnings.push({ code: 'placement.pool-without-bytes', message: t.poolsWithoutBytes(noBytes.join(', ')) });
  if (notInMap.length > 0) warnings.push({ code: 'placement.pool-not-in-map', message: t.poolsNotInMap(notInMap.join(', ')) });

  const osdSizeBytes = new Map<number, number>();
  for (const o of c.osds) if (o.sizeBytes > 0) osdSizeBytes.set(o.id, o.sizeBytes);
  let sim: CephSimulation;
  try {
    sim = simulateCeph(p.engine, map, { pools, osdSizeBytes, failures });
  } catch (e) {
    return refused(e instanceof Error ? e.message : String(e));
  }
  if (p.fromOsdTree) checks.push(check('inventory.ceph.placement-from-osd-tree', 'warn', 'inventory.ceph.placement-from-osd-tree', { ...(p.mapsMissing ?? {}) }));

  const assumptions = [
    t.a1,
    t.a2,
    ...(failures >= 1 ? [t.a3(failures)] : []),
    ...(p.fromOsdTree ? [t.a4] : []),
    ...(w.removed.length > 0 && out.size > 0 ? [t.a5(w.removed.join(', '))] : []),
    ...(w.grow !== 0 ? [t.a6(formatRatio(w.grow, lang))] : []),
  ];
  const wf = sim.worstFill;
  return {
    sim,
    placement: {
      mapSource: p.fromOsdTree ? 'osd-tree' : 'captured',
      pgs: sim.pgs,
      storedBytes: sim.storedBytes,
      failures,
      failuresEvaluated: sim.failuresEvaluated,
      failuresPossible: sim.failuresPossible,
      fullestOsd: fig(sim.fullestOsd),
      worstHostLoss: wf ? { hosts: wf.label, fullestOsd: fig(wf.after.fullestOsd), movedBytes: wf.after.movedBytes } : null,
      pgsBelowMinSize: sim.worstBlocked?.now.pgsBelowMinSize ?? 0,
      worstBlockedLoss: sim.worstBlocked && sim.worstBlocked.now.pgsBelowMinSize > 0 ? sim.worstBlocked.label : null,
      pgsLost: sim.worstLost?.now.pgsLost ?? 0,
      crushSafeStoredBytes: null,
      fillHistogram: fillHistogram(sim),
      markedOut: [...out].sort((a, b) => a - b),
      assumptions,
      warnings,
    },
  };
}

/**
 * The checks and steps drawn from the simulation: the healthy fullest OSD, the fill after the worst
 * loss under the existing id (judging the fullest OSD, the average model's figure in its words), I/O
 * blocked and PGs lost. Returns the crush-safe stored bytes (also a step). `nearfullFrom`: where the
 * nearfull ratio comes from (its option, the osd dump, Ceph's default).
 */
export function crushChecks(
  part: CrushPart,
  r: Ratios,
  averageFill: number | null,
  failures: number,
  add: Add,
  checks: Check[],
  lang: Lang,
  nearfullFrom: SymbolOrigin,
): { fullest: number | null; afterLoss: number | null; safe: number | null } {
  const t = crushMessages(lang);
  const ts = simulationMessages(lang);
  const { sim } = part;
  const o = sim.fullestOsd;
  if (o) add('inventory.ceph.fullest-osd', t.stepFullest(ts.osd(o)), 'Y', { Y: o.fill }, o.fill, 'ratio', 'crushSimulation');
  const healthy = fullestOsdCheck(sim, r, lang);
  if (healthy) checks.push({ ...healthy, id: 'inventory.ceph.fullest-osd' });
  const wo = sim.worstFill?.after.fullestOsd ?? null;
  if (sim.worstFill && wo) add('inventory.ceph.fullest-osd-after', t.stepFullestAfter(sim.worstFill.label, ts.osd(wo)), 'J', { J: wo.fill }, wo.fill, 'ratio', 'crushSimulation');
  const after = fillAfterFailureCheck('inventory.ceph.fill-after-host-loss', sim, r, averageFill, lang);
  if (after) checks.push(after);
  checks.push(...ioBlockedChecks(sim, failures, lang));
  const safe = crushSafeStored(sim, r.nearfull);
  if (safe !== null && sim.peakFill !== null)
    add('inventory.ceph.crush-safe-stored', t.stepSafe, 'floor(r * D / K)', { r: r.nearfull, D: sim.storedBytes, K: sim.peakFill }, safe, 'bytes', 'crushSimulation', { r: nearfullFrom });
  return { fullest: o?.fill ?? null, afterLoss: wo?.fill ?? null, safe };
}
