// Placement bookkeeping over an OsdMap: what-if marks (OSDs down and out), every PG of the chosen pools
// mapped, and per OSD / per host the PG shards and the bytes they are expected to hold. Pure.
//
// Expected bytes assume every PG of a pool holds the same data: stored bytes per PG = pool stored /
// pg_num; a replicated PG puts that on each OSD of its up set, an EC PG a k-th of it on each shard.
import { CrushInputError } from './errors.js';
import { ITEM_NONE } from './map.js';
import type { OsdDump } from './osd-dump.js';
import type { OsdMap, PgMapping } from './osdmap.js';
import { POOL_ERASURE, pgidText } from './pool.js';

const TiB = 2 ** 40;

/** The OSDs of each host bucket (type `host`, shadow `host~class` buckets left out), by host name. */
export function hostsOf(map: OsdMap): Map<string, number[]> {
  const hostType = map.crush.typeIds.get('host');
  const hosts = new Map<string, number[]>();
  for (const b of map.crush.buckets) {
    if (!b || b.type !== hostType || b.name.includes('~')) continue;
    const osds: number[] = [];
    for (let i = 0; i < b.size; i++) if (b.items[i]! >= 0) osds.push(b.items[i]!);
    hosts.set(
      b.name,
      osds.sort((a, c) => a - c),
    );
  }
  return hosts;
}

/** CRUSH weight of each OSD in its (non-shadow) parent bucket, 16.16. */
function crushWeights(map: OsdMap): Map<number, number> {
  const w = new Map<number, number>();
  for (const b of map.crush.buckets) {
    if (!b || b.name.includes('~')) continue;
    for (let i = 0; i < b.size; i++) if (b.items[i]! >= 0 && !w.has(b.items[i]!)) w.set(b.items[i]!, b.weights[i] ?? 0);
  }
  return w;
}

/**
 * Marks OSDs down and out (reweight 0, not up): the state Ceph converges to once the OSDs are out and
 * backfill is done. Throws CrushInputError naming an OSD that does not exist.
 */
export function markDownOut(map: OsdMap, osds: readonly number[]): void {
  for (const o of osds) {
    if (!Number.isInteger(o) || o < 0 || o >= map.maxOsd || map.exists[o] !== 1) throw new CrushInputError('crush.osd-not-in-map', { field: 'out', osd: o });
    map.weight[o] = 0;
    map.isUp[o] = 0;
  }
}

/** k of each EC pool from the osd dump's erasure_code_profiles (1 for replicated pools; absent when unknown). */
export function dataChunksFromDump(dump: OsdDump): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of dump.pools) {
    if (p.type !== POOL_ERASURE) {
      out.set(p.pool, 1);
      continue;
    }
    const prof = p.erasure_code_profile === undefined ? undefined : dump.erasure_code_profiles?.[p.erasure_code_profile];
    const k = Number(prof?.['k']);
    if (Number.isInteger(k) && k >= 1) out.set(p.pool, k);
  }
  return out;
}

export interface SummaryOptions {
  /** Pools to map (default: all, by id). */
  readonly pools?: readonly number[];
  /** Stored (logical) bytes of each pool; absent or null: unknown, no expected bytes for its PGs. */
  readonly storedBytes?: ReadonlyMap<number, number | null>;
  /** k (data chunks) of each pool: 1 for replicated, k for EC; an EC pool without it gets no expected bytes. */
  readonly dataChunks?: ReadonlyMap<number, number>;
  /** Size of each OSD in bytes; default its CRUSH weight × 1 TiB. */
  readonly osdSizeBytes?: ReadonlyMap<number, number>;
  /** Keep every PG's mapping in the result (default true). */
  readonly keepPgs?: boolean;
}

export interface PoolSummary {
  readonly id: number;
  readonly name: string;
  readonly type: 'replicated' | 'erasure';
  readonly size: number;
  readonly minSize: number;
  readonly pgNum: number;
  readonly pgpNum: number;
  readonly storedBytes: number | null;
  /** Bytes one shard of one PG holds, rounded: stored / pg_num (replicated) or stored / pg_num / k (EC); null when unknown. */
  readonly bytesPerShard: number | null;
  /** PGs whose up set has fewer OSDs than size (holes or a short set). */
  readonly pgsUndersized: number;
  /** PGs whose up set has fewer OSDs than min_size: their I/O blocks. */
  readonly pgsBelowMinSize: number;
  /** PGs with no OSD at all. */
  readonly pgsWithoutOsd: number;
  readonly pgs: readonly PgMapping[];
}

export interface OsdSummary {
  readonly id: number;
  readonly host: string | null;
  readonly up: boolean;
  /** Reweight 0..1 (0 = out). */
  readonly reweight: number;
  readonly crushWeight: number;
  readonly sizeBytes: number;
  /** PG shards (copies or EC chunks) the OSD holds in its up sets, over the chosen pools. */
  readonly pgShards: number;
  readonly primaries: number;
  /** Bytes expected on the OSD from the pools with known stored bytes; fill = that / size. */
  readonly expectedBytes: number;
  readonly expectedFill: number | null;
}

export interface HostSummary {
  readonly name: string;
  readonly osds: readonly number[];
  readonly sizeBytes: number;
  readonly pgShards: number;
  readonly expectedBytes: number;
  readonly expectedFill: number | null;
  /** The host's fullest OSD's expected fill. */
  readonly fullestOsdFill: number | null;
}

export interface PlacementSummary {
  readonly pools: readonly PoolSummary[];
  readonly osds: readonly OsdSummary[];
  readonly hosts: readonly HostSummary[];
  /** True when at least one chosen pool's bytes per shard is known: the fills count those pools only. */
  readonly bytesKnown: boolean;
  /** Pools whose stored bytes (or EC k) are unknown: their PGs count as shards but add no bytes. */
  readonly poolsWithoutBytes: readonly string[];
}

/** Maps every PG of the chosen pools and adds up, per OSD and per host, shards, primaries and expected bytes. */
export function placementSummary(map: OsdMap, o: SummaryOptions = {}): PlacementSummary {
  const ids = o.pools ?? [...map.pools.keys()].sort((a, b) => a - b);
  const shards = new Float64Array(map.maxOsd);
  const primaries = new Float64Array(map.maxOsd);
  const bytes = new Float64Array(map.maxOsd);
  const out = new Int32Array(map.maxSetSize);
  const pools: PoolSummary[] = [];
  let bytesKnown = false;
  const poolsWithoutBytes: string[] = [];
  for (const id of ids) {
    const pool = map.pools.get(id);
    if (!pool) throw new CrushInputError('crush.no-pool', { field: 'pool', pool: id });
    const stored = o.storedBytes?.get(id) ?? null;
    const k = o.dataChunks?.get(id) ?? (pool.type === POOL_ERASURE ? null : 1);
    const bytesPerShard = stored === null || k === null ? null : stored / pool.pgNum / k;
    if (bytesPerShard === null) poolsWithoutBytes.push(pool.name);
    else bytesKnown = true;
    const pgs: PgMapping[] = [];
    let undersized = 0;
    let belowMin = 0;
    let empty = 0;
    for (let ps = 0; ps < pool.pgNum; ps++) {
      const n = map.upInto(pool, ps, out);
      const primary = map.lastPrimary;
      let live = 0;
      for (let i = 0; i < n; i++) {
        const osd = out[i]!;
        if (osd === ITEM_NONE) continue;
        live++;
        shards[osd]! += 1;
        if (bytesPerShard !== null) bytes[osd]! += bytesPerShard;
      }
      if (primary >= 0) primaries[primary]! += 1;
      if (live < pool.size) undersized++;
      if (live < pool.minSize) belowMin++;
      if (live === 0) empty++;
      if (o.keepPgs !== false) {
        const up: (number | null)[] = [];
        for (let i = 0; i < n; i++) up.push(out[i] === ITEM_NONE ? null : out[i]!);
        pgs.push({ pgid: pgidText(id, ps), up, primary });
      }
    }
    pools.push({
      id,
      name: pool.name,
      type: pool.type === POOL_ERASURE ? 'erasure' : 'replicated',
      size: pool.size,
      minSize: pool.minSize,
      pgNum: pool.pgNum,
      pgpNum: pool.pgpNum,
      storedBytes: stored,
      bytesPerShard: bytesPerShard === null ? null : Math.round(bytesPerShard),
      pgsUndersized: undersized,
      pgsBelowMinSize: belowMin,
      pgsWithoutOsd: empty,
      pgs,
    });
  }
  const hostMap = hostsOf(map);
  const hostOf = new Map<number, string>();
  for (const [name, osds] of hostMap) for (const osd of osds) if (!hostOf.has(osd)) hostOf.set(osd, name);
  const weights = crushWeights(map);
  const osds: OsdSummary[] = [];
  for (let id = 0; id < map.maxOsd; id++) {
    if (map.exists[id] !== 1) continue;
    const crushWeight = (weights.get(id) ?? 0) / 0x10000;
    const sizeBytes = o.osdSizeBytes?.get(id) ?? Math.round(crushWeight * TiB);
    const expectedBytes = Math.round(bytes[id]!);
    osds.push({
      id,
      host: hostOf.get(id) ?? null,
      up: map.isUp[id] === 1,
      reweight: map.weight[id]! / 0x10000,
      crushWeight,
      sizeBytes,
      pgShards: shards[id]!,
      primaries: primaries[id]!,
      expectedBytes,
      expectedFill: bytesKnown && sizeBytes > 0 ? expectedBytes / sizeBytes : null,
    });
  }
  const byId = new Map(osds.map((s) => [s.id, s]));
  const hosts: HostSummary[] = [...hostMap].map(([name, ids2]) => {
    const list = ids2.map((i) => byId.get(i)).filter((s): s is OsdSummary => s !== undefined);
    const sizeBytes = list.reduce((s, x) => s + x.sizeBytes, 0);
    const expectedBytes = list.reduce((s, x) => s + x.expectedBytes, 0);
    const fills = list.map((x) => x.expectedFill).filter((f): f is number => f !== null);
    return {
      name,
      osds: ids2,
      sizeBytes,
      pgShards: list.reduce((s, x) => s + x.pgShards, 0),
      expectedBytes,
      expectedFill: bytesKnown && sizeBytes > 0 ? expectedBytes / sizeBytes : null,
      fullestOsdFill: bytesKnown && fills.length > 0 ? Math.max(...fills) : null,
    };
  });
  return { pools, osds, hosts, bytesKnown, poolsWithoutBytes };
}

/** The n OSDs with the highest expected fill (or, when bytes are unknown, the most PG shards). */
export function fullestOsds(s: PlacementSummary, n: number): OsdSummary[] {
  const key = (x: OsdSummary) => (s.bytesKnown ? (x.expectedFill ?? 0) : x.pgShards);
  return [...s.osds].sort((a, b) => key(b) - key(a) || a.id - b.id).slice(0, n);
}
