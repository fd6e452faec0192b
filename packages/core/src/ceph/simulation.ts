/**
 * CRUSH placement applied to capacity, in one place for `capa ceph`, `capa analyze` and `capa plan`:
 * the fullest OSD now, every failure of one host (or f hosts together, or one OSD) played out, the
 * worst one, and the largest stored data for which no OSD crosses a ratio afterwards.
 *
 * The placement itself is Ceph's own algorithm in @capa/crush (LGPL-2.1), handed in by the adapter
 * (`engine`) so the core stays MIT, pure and small where no simulation is wanted (the web page). Only
 * its types are imported here.
 *
 * Assumptions (stated with every result): bytes per PG = pool stored ÷ pg_num (a k-th per EC shard);
 * the balancer adds no upmaps; a failure is played out until Ceph has marked the OSDs out and backfill
 * has ended. Fills scale linearly with the stored bytes (every pool scaled together), so the safe
 * amount is stored × ratio ÷ the worst fill.
 */
import type * as Crush from '@capa/crush';

export type PlacementEngine = Pick<typeof Crush, 'loadPlacement' | 'mapsFromOsdTree' | 'simulatePlacement' | 'hostFailureSets' | 'hostsOf'>;
export type PlacementMap = Crush.OsdMap;
export type FailureImpact = Crush.FailureImpact;
export type OsdFill = Crush.OsdFill;

export interface SimulatedPool {
  readonly id: number;
  readonly storedBytes: number;
  /** 1 for replicated pools, k for EC. */
  readonly dataChunks: number;
}

export interface SimulationSpec {
  readonly pools: readonly SimulatedPool[];
  readonly osdSizeBytes?: ReadonlyMap<number, number>;
  /** Hosts failing together (1 = each host alone). */
  readonly failures: number;
  /** Also play out each single OSD's loss (hosts = width, where a host loss moves nothing). */
  readonly osdFailures?: boolean;
  /** At most this many failure sets are played out (heaviest hosts first); default 256. */
  readonly limit?: number;
}

export interface CephSimulation {
  readonly pgs: number;
  readonly storedBytes: number;
  readonly fullestOsd: OsdFill | null;
  readonly meanFill: number | null;
  /** What was failed: 'host' (one at a time), 'hosts' (f together), 'osd' (one at a time). */
  readonly failureKind: 'host' | 'hosts' | 'osd';
  readonly failuresEvaluated: number;
  readonly failuresPossible: number;
  /** The failure after which the fullest OSD is fullest (after backfill). */
  readonly worstFill: FailureImpact | null;
  /** The failure putting the most PGs below min_size at once (I/O blocked). */
  readonly worstBlocked: FailureImpact | null;
  /** The failure losing the most PGs (no copy, or fewer than k chunks, left). */
  readonly worstLost: FailureImpact | null;
  /** The highest fill any OSD reaches, healthy or after a failure (null when nothing is stored). */
  readonly peakFill: number | null;
  readonly failures: readonly FailureImpact[];
  /** Healthy bytes, size and liveness of each OSD by id, and the hosts' OSDs: fill-histogram.ts's input. */
  readonly osd: { readonly bytes: Float64Array; readonly sizeBytes: Float64Array; readonly live: Uint8Array };
  readonly hosts: ReadonlyMap<string, readonly number[]>;
}

const DEFAULT_LIMIT = 256;

/** The highest by `key`, ties broken by `then` (e.g. more PGs left short); the first on a full tie. */
function worstBy(list: readonly FailureImpact[], key: (f: FailureImpact) => number, then: (f: FailureImpact) => number = () => 0): FailureImpact | null {
  let best: FailureImpact | null = null;
  for (const f of list) if (best === null || key(f) > key(best) || (key(f) === key(best) && then(f) > then(best))) best = f;
  return best;
}

/** Plays out the spec's failures on `map` (Ceph's own or one built by designedMap). */
export function simulateCeph(engine: PlacementEngine, map: PlacementMap, spec: SimulationSpec): CephSimulation {
  const limit = spec.limit ?? DEFAULT_LIMIT;
  let sets: { label: string; osds: number[] }[];
  let total: number;
  let failureKind: CephSimulation['failureKind'];
  if (spec.osdFailures) {
    failureKind = 'osd';
    // The largest OSDs first: their loss moves the most data onto their host's others.
    const sizeOf = (o: number): number => spec.osdSizeBytes?.get(o) ?? 0;
    const osds = [...engine.hostsOf(map).values()].flat().sort((a, b) => sizeOf(b) - sizeOf(a) || a - b);
    total = osds.length;
    sets = osds.slice(0, limit).map((o) => ({ label: `osd.${o}`, osds: [o] }));
  } else {
    failureKind = spec.failures > 1 ? 'hosts' : 'host';
    const r = engine.hostFailureSets(map, spec.failures, limit);
    sets = r.sets;
    total = r.total;
  }
  const sim = engine.simulatePlacement(map, { pools: spec.pools, failures: sets, ...(spec.osdSizeBytes ? { osdSizeBytes: spec.osdSizeBytes } : {}) });
  const fillOf = (f: FailureImpact): number => f.after.fullestOsd?.fill ?? 0;
  const worstFill = worstBy(sim.failures, fillOf, (f) => f.after.pgsUndersized);
  const stored = spec.pools.reduce((s, p) => s + p.storedBytes, 0);
  const healthyFill = sim.healthy.fullestOsd?.fill ?? null;
  const peak = healthyFill === null ? null : Math.max(healthyFill, worstFill ? fillOf(worstFill) : 0);
  return {
    pgs: sim.healthy.pgs,
    storedBytes: stored,
    fullestOsd: sim.healthy.fullestOsd,
    meanFill: sim.healthy.meanFill,
    failureKind,
    failuresEvaluated: sets.length,
    failuresPossible: total,
    worstFill,
    worstBlocked: worstBy(sim.failures, (f) => f.now.pgsBelowMinSize),
    worstLost: worstBy(sim.failures, (f) => f.now.pgsLost),
    peakFill: peak,
    failures: sim.failures,
    osd: { bytes: sim.healthy.osdBytes, sizeBytes: sim.healthy.osdSizeBytes, live: sim.healthy.osdLive },
    hosts: engine.hostsOf(map),
  };
}

/** Host failures, and each OSD's too where a host loss moves nothing; `fill` is the one that fills an OSD most. */
export interface FailurePlay {
  readonly hosts: CephSimulation;
  readonly osds: CephSimulation | null;
  readonly fill: CephSimulation;
}

/**
 * The failures a verdict weighs, in one place for `capa ceph` and `capa plan`: every set of
 * `spec.failures` hosts and, when `withOsds` (hosts = the pool's width: a host loss cannot be
 * re-created elsewhere, while an OSD loss refills onto its own host), every single OSD too. The
 * fill verdict and the safe amount come from whichever leaves the fullest OSD fuller.
 */
export function playFailures(engine: PlacementEngine, map: PlacementMap, spec: Omit<SimulationSpec, 'osdFailures'> & { readonly withOsds: boolean }): FailurePlay {
  const { withOsds, ...rest } = spec;
  const hosts = simulateCeph(engine, map, rest);
  const osds = withOsds ? simulateCeph(engine, map, { ...rest, failures: 1, osdFailures: true }) : null;
  const worst = (x: CephSimulation): number => x.worstFill?.after.fullestOsd?.fill ?? -1;
  return { hosts, osds, fill: osds !== null && worst(osds) > worst(hosts) ? osds : hosts };
}

/** crushSafeStored over every failure a play weighed (the smallest). */
export function crushSafeOfPlay(play: FailurePlay, ratio: number): number | null {
  const safes = [play.hosts, ...(play.osds ? [play.osds] : [])].map((x) => crushSafeStored(x, ratio)).filter((x): x is number => x !== null);
  return safes.length === 0 ? null : Math.min(...safes);
}

/**
 * The largest stored data (all pools scaled together) for which no OSD crosses `ratio`, healthy or
 * after any failure played out: stored × ratio ÷ peak fill. Null when nothing is stored.
 */
export function crushSafeStored(sim: CephSimulation, ratio: number): number | null {
  if (sim.peakFill === null || !(sim.peakFill > 0) || !(sim.storedBytes > 0)) return null;
  return Math.floor((sim.storedBytes * ratio) / sim.peakFill);
}

/** A designed host: its name and the size of each OSD, bytes. */
export interface DesignedHost {
  readonly name: string;
  readonly osdBytes: readonly number[];
}

/** A designed pool: @capa/crush's tree pool (id, name, erasure, size, min_size, pg_num). */
export type DesignedPool = Crush.TreePool;

const TiB = 2 ** 40;

/**
 * The map Proxmox VE builds for a new cluster: one straw2 host bucket per host under root `default`,
 * OSD weight = size in TiB, `chooseleaf firstn 0 type host` for replicated pools and `indep` for EC,
 * every OSD up and in. OSD ids run from 0 in host order.
 */
export function designedMap(engine: PlacementEngine, hosts: readonly DesignedHost[], pools: readonly DesignedPool[]): { map: PlacementMap; osdSizeBytes: Map<number, number> } {
  let id = 0;
  const osdSizeBytes = new Map<number, number>();
  const tree = hosts.map((h) => ({
    name: h.name,
    osds: h.osdBytes.map((b) => {
      osdSizeBytes.set(id, b);
      return { id: id++, crushWeight: b / TiB };
    }),
  }));
  const { crushDump, osdDump } = engine.mapsFromOsdTree(tree, pools);
  return { map: engine.loadPlacement(crushDump, osdDump), osdSizeBytes };
}
