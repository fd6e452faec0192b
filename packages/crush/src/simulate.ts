// What a placement means for capacity and failures: per-OSD bytes when healthy, and for each set of
// failed OSDs (a host, or several hosts) what breaks at once (PGs degraded, below min_size, lost) and
// what Ceph converges to once they are marked out and backfill ends (bytes moved, fullest OSD). Pure.
//
// Assumptions, which callers must state: every PG of a pool holds the same bytes (stored ÷ pg_num, a
// k-th of that per EC shard); the map's upmaps stay as they are and the balancer adds none; every shard
// written to an OSD that was not in the PG's up set is a shard rebuilt (read once from a surviving
// replica, or from k surviving chunks for EC), arriving over the target host's network.
import { CrushInputError } from './errors.js';
import { failureRemaps, indexPool, type PoolIndex } from './failure.js';
import { ITEM_NONE } from './map.js';
import type { OsdMap } from './osdmap.js';
import { POOL_ERASURE } from './pool.js';
import { hostsOf } from './summary.js';

const TiB = 2 ** 40;

export interface SimPool {
  readonly id: number;
  /** Logical bytes stored in the pool (ceph df STORED); 0 when unknown, then only PG counts are meaningful. */
  readonly storedBytes: number;
  /** k: 1 for replicated pools, the data chunks for EC. */
  readonly dataChunks: number;
}

export interface OsdFill {
  readonly id: number;
  readonly host: string | null;
  readonly bytes: number;
  readonly sizeBytes: number;
  readonly fill: number;
}

export interface PgCounts {
  readonly pgs: number;
  /** PGs with fewer live shards than size. */
  readonly pgsUndersized: number;
  /** PGs with fewer live shards than min_size: their I/O blocks. */
  readonly pgsBelowMinSize: number;
  /** PGs that cannot be rebuilt: no live copy (replicated) or fewer than k live chunks (EC). */
  readonly pgsLost: number;
}

export interface FailureImpact {
  readonly label: string;
  readonly osds: readonly number[];
  /** At the moment of failure, before any mark-out. */
  readonly now: PgCounts & {
    /** PGs with a shard on a failed OSD. */
    readonly pgsDegraded: number;
    /** Shards (object copies or EC chunks) on failed OSDs, and all shards. */
    readonly shardsLost: number;
    readonly shards: number;
  };
  /** Once the failed OSDs are out and backfill has ended. */
  readonly after: PgCounts & {
    /** PGs whose up set changed. */
    readonly pgsRemapped: number;
    /** Bytes written to OSDs that newly hold a shard. */
    readonly movedBytes: number;
    /** The OSD with the most recovery disk work (bytes written to it + bytes read from it). */
    readonly busiestOsd: { readonly id: number; readonly writeBytes: number; readonly readBytes: number } | null;
    /** The host receiving the most recovery traffic (per shard written: its bytes × 1, or × k for EC). */
    readonly busiestHost: { readonly name: string; readonly inboundBytes: number } | null;
    readonly fullestOsd: OsdFill | null;
    /** Bytes on each OSD (by id) once backfill has ended: a fill histogram's input. */
    readonly osdBytes: Float64Array;
  };
}

export interface PlacementSimulation {
  readonly healthy: PgCounts & {
    readonly fullestOsd: OsdFill | null;
    readonly meanFill: number | null;
    readonly osdBytes: Float64Array;
    /** Each OSD's size (osdSizes), and 1 where it is in the map, up and weighted in (it holds data). */
    readonly osdSizeBytes: Float64Array;
    readonly osdLive: Uint8Array;
  };
  readonly failures: readonly FailureImpact[];
}

export interface SimulationOptions {
  readonly pools: readonly SimPool[];
  /** OSD sizes in bytes; default CRUSH weight × 1 TiB. */
  readonly osdSizeBytes?: ReadonlyMap<number, number>;
  /** Sets of OSDs that fail together, each with a label (e.g. the host names). */
  readonly failures?: readonly { readonly label: string; readonly osds: readonly number[] }[];
  /** Pool indexes already built for this map (reused across calls). */
  readonly indexes?: ReadonlyMap<number, PoolIndex>;
}

/** Each OSD's size: the given one, else its CRUSH weight (first non-shadow bucket holding it) × 1 TiB. */
export function osdSizes(map: OsdMap, given?: ReadonlyMap<number, number>): Float64Array {
  const size = new Float64Array(map.maxOsd);
  for (const b of map.crush.buckets) {
    if (!b || b.name.includes('~')) continue;
    for (let i = 0; i < b.size; i++) {
      const o = b.items[i]!;
      if (o >= 0 && o < map.maxOsd && size[o] === 0) size[o] = ((b.weights[i] ?? 0) / 0x10000) * TiB;
    }
  }
  if (given) for (const [o, s] of given) if (o >= 0 && o < map.maxOsd && s > 0) size[o] = s;
  return size;
}

function fullest(bytes: Float64Array, size: Float64Array, hostOf: ReadonlyMap<number, string>, live: (o: number) => boolean): OsdFill | null {
  let best: OsdFill | null = null;
  for (let o = 0; o < bytes.length; o++) {
    if (!live(o) || !(size[o]! > 0)) continue;
    const fill = bytes[o]! / size[o]!;
    if (best === null || fill > best.fill) best = { id: o, host: hostOf.get(o) ?? null, bytes: Math.round(bytes[o]!), sizeBytes: Math.round(size[o]!), fill };
  }
  return best;
}

interface Tally {
  pgs: number;
  pgsUndersized: number;
  pgsBelowMinSize: number;
  pgsLost: number;
}
const tally = (): Tally => ({ pgs: 0, pgsUndersized: 0, pgsBelowMinSize: 0, pgsLost: 0 });
function add(t: Tally, u: Tally, sign: 1 | -1): void {
  t.pgs += sign * u.pgs;
  t.pgsUndersized += sign * u.pgsUndersized;
  t.pgsBelowMinSize += sign * u.pgsBelowMinSize;
  t.pgsLost += sign * u.pgsLost;
}
function count(t: Tally, live: number, size: number, minSize: number, k: number): void {
  t.pgs++;
  if (live < size) t.pgsUndersized++;
  if (live < minSize) t.pgsBelowMinSize++;
  if (live < k) t.pgsLost++;
}

/** Healthy per-OSD bytes and fullest OSD, and the impact of each failure set. */
export function simulatePlacement(map: OsdMap, o: SimulationOptions): PlacementSimulation {
  const size = osdSizes(map, o.osdSizeBytes);
  const hostOf = new Map<number, string>();
  for (const [name, osds] of hostsOf(map)) for (const x of osds) if (!hostOf.has(x)) hostOf.set(x, name);
  const pools = o.pools.map((p) => {
    const pool = map.pools.get(p.id);
    if (!pool) throw new CrushInputError('crush.no-pool', { field: 'pool', pool: p.id });
    if (!(p.storedBytes >= 0) || !Number.isFinite(p.storedBytes)) throw new CrushInputError('crush.stored-bytes', { field: 'storedBytes', pool: p.id, value: p.storedBytes });
    if (!Number.isInteger(p.dataChunks) || p.dataChunks < 1) throw new CrushInputError('crush.data-chunks', { field: 'dataChunks', pool: p.id });
    const index = o.indexes?.get(p.id) ?? indexPool(map, p.id);
    const erasure = pool.type === POOL_ERASURE;
    const k = erasure ? p.dataChunks : 1;
    return { pool, k, erasure, shardBytes: p.storedBytes / pool.pgNum / k, index, healthy: tally(), shards: 0 };
  });
  const bytes = new Float64Array(map.maxOsd);
  const healthy = tally();
  for (const st of pools) {
    const { pool, k, shardBytes, index } = st;
    for (let ps = 0; ps < index.pgNum; ps++) {
      let live = 0;
      for (let i = 0; i < index.upLen[ps]!; i++) {
        const x = index.up[ps * index.width + i]!;
        if (x === ITEM_NONE) continue;
        live++;
        bytes[x]! += shardBytes;
      }
      count(healthy, live, pool.size, pool.minSize, k);
      count(st.healthy, live, pool.size, pool.minSize, k);
      st.shards += live;
    }
  }
  const isLive = (x: number): boolean => map.exists[x] === 1 && map.isUp[x] === 1 && map.weight[x]! > 0;
  let used = 0;
  let cap = 0;
  for (let x = 0; x < map.maxOsd; x++)
    if (isLive(x)) {
      used += bytes[x]!;
      cap += size[x]!;
    }
  const anyBytes = pools.some((p) => p.shardBytes > 0);
  const failures = (o.failures ?? []).map((f) => impactOf(map, pools, f, bytes, size, hostOf, isLive, anyBytes));
  const live = new Uint8Array(map.maxOsd);
  for (let x = 0; x < map.maxOsd; x++) live[x] = isLive(x) ? 1 : 0;
  return {
    healthy: { ...healthy, fullestOsd: anyBytes ? fullest(bytes, size, hostOf, isLive) : null, meanFill: anyBytes && cap > 0 ? used / cap : null, osdBytes: bytes, osdSizeBytes: size, osdLive: live },
    failures,
  };
}

type SimPoolState = { pool: { size: number; minSize: number }; k: number; erasure: boolean; shardBytes: number; index: PoolIndex; healthy: Tally; shards: number };

function impactOf(
  map: OsdMap,
  pools: readonly SimPoolState[],
  f: { readonly label: string; readonly osds: readonly number[] },
  healthyBytes: Float64Array,
  size: Float64Array,
  hostOf: ReadonlyMap<number, string>,
  isLive: (o: number) => boolean,
  anyBytes: boolean,
): FailureImpact {
  for (const x of f.osds) if (!Number.isInteger(x) || x < 0 || x >= map.maxOsd || map.exists[x] !== 1) throw new CrushInputError('crush.osd-not-in-map', { field: 'failures', osd: x });
  const failed = new Uint8Array(map.maxOsd);
  for (const x of f.osds) failed[x] = 1;
  const bytes = Float64Array.from(healthyBytes);
  const write = new Float64Array(map.maxOsd);
  const read = new Float64Array(map.maxOsd);
  const inbound = new Map<string, number>();
  const now = { ...tally(), pgsDegraded: 0, shardsLost: 0, shards: 0 };
  const after = { ...tally(), pgsRemapped: 0, movedBytes: 0 };
  for (const { pool, k, erasure, shardBytes, index, healthy, shards } of pools) {
    const remaps = failureRemaps(map, index.poolId, f.osds, index);
    // PGs not in the remap list keep their up set: start from the healthy counts and correct only the
    // remapped PGs, so a failure costs what it touches, not the pool's size.
    add(now, healthy, 1);
    add(after, healthy, 1);
    now.shards += shards;
    for (const r of remaps.pgs) {
      let live = 0;
      for (const x of r.before) if (x !== null) live++;
      const one = tally();
      count(one, live, pool.size, pool.minSize, k);
      add(now, one, -1);
      add(after, one, -1);
      now.shards -= live;
    }
    // Replicated pools are sets (an OSD's position does not matter); EC shards are positional.
    const replicated = !erasure;
    for (const r of remaps.pgs) {
      let liveNow = 0;
      let lost = 0;
      for (const x of r.before) {
        if (x === null) continue;
        now.shards++;
        if (failed[x]) lost++;
        else liveNow++;
      }
      if (lost > 0) now.pgsDegraded++;
      now.shardsLost += lost;
      count(now, liveNow, pool.size, pool.minSize, k);
      let liveAfter = 0;
      for (const x of r.up) if (x !== null) liveAfter++;
      count(after, liveAfter, pool.size, pool.minSize, k);
      if (!r.changed) continue;
      after.pgsRemapped++;
      for (const x of r.before) if (x !== null) bytes[x]! -= shardBytes;
      for (const x of r.up) if (x !== null) bytes[x]! += shardBytes;
      // Shards that are new on their OSD are written there; their sources read them.
      const sources = r.before.filter((x): x is number => x !== null && !failed[x] && r.up.includes(x));
      for (let i = 0; i < r.up.length; i++) {
        const x = r.up[i];
        if (x === null || x === undefined) continue;
        const isNew = replicated ? !r.before.includes(x) : r.before[i] !== x;
        if (!isNew) continue;
        write[x]! += shardBytes;
        after.movedBytes += shardBytes;
        const host = hostOf.get(x) ?? `osd.${x}`;
        inbound.set(host, (inbound.get(host) ?? 0) + shardBytes * k);
        if (sources.length === 0) continue;
        if (replicated) {
          const src = sources.includes(r.primary) ? r.primary : sources[0]!;
          read[src]! += shardBytes;
        } else {
          const readers = sources.slice(0, k);
          for (const s of readers) read[s]! += (shardBytes * k) / readers.length;
        }
      }
    }
  }
  let busiestOsd: FailureImpact['after']['busiestOsd'] = null;
  for (let x = 0; x < map.maxOsd; x++) {
    const work = write[x]! + read[x]!;
    if (work > 0 && (busiestOsd === null || work > busiestOsd.writeBytes + busiestOsd.readBytes)) busiestOsd = { id: x, writeBytes: Math.round(write[x]!), readBytes: Math.round(read[x]!) };
  }
  let busiestHost: FailureImpact['after']['busiestHost'] = null;
  for (const [name, b] of [...inbound].sort((p, q) => p[0].localeCompare(q[0]))) if (busiestHost === null || b > busiestHost.inboundBytes) busiestHost = { name, inboundBytes: Math.round(b) };
  const liveAfter = (x: number): boolean => !failed[x] && isLive(x);
  return {
    label: f.label,
    osds: [...new Set(f.osds)].sort((p, q) => p - q),
    now,
    after: { ...after, movedBytes: Math.round(after.movedBytes), busiestOsd, busiestHost, fullestOsd: anyBytes ? fullest(bytes, size, hostOf, liveAfter) : null, osdBytes: bytes },
  };
}
