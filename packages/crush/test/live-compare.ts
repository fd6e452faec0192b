// The live oracle's comparison (live-sandbox.test.ts): the JSON of `ceph osd dump`, `ceph osd crush
// dump` and `ceph pg dump pgs_brief` of one settled OSD map, and every PG against @capa/crush.
import { ITEM_NONE, loadPlacement } from '../src/index.js';

export interface OsdDumpJson {
  epoch: number;
  pools: { pool: number; pool_name: string; type: number; size: number; pg_num: number }[];
  osds: { osd: number; up: number; in: number; weight: number }[];
  pg_upmap_items?: { pgid: string; mappings: { from: number; to: number }[] }[];
}
export interface CrushDumpJson {
  buckets: { id: number; name: string; type_name: string; items: { id: number }[] }[];
}
export interface PgBrief {
  pgid: string;
  state: string;
  up: number[];
  up_primary: number;
}

export interface Snapshot {
  osd: OsdDumpJson;
  crush: CrushDumpJson;
  pgs: PgBrief[];
  polls: number;
  seconds: number;
}

export interface Comparison {
  pgs: number;
  byPool: Record<string, number>;
  mismatches: string[];
}

/** Every PG of the pg dump against @capa/crush on the two dumps of the same epoch. */
export function compare(s: Snapshot): Comparison {
  const placement = loadPlacement(s.crush, s.osd);
  const names = new Map(s.osd.pools.map((p) => [p.pool, p.pool_name]));
  const byPool: Record<string, number> = {};
  const mismatches: string[] = [];
  for (const pg of s.pgs) {
    const [pool, ps] = pg.pgid.split('.') as [string, string];
    const got = placement.mapPg(Number(pool), parseInt(ps, 16));
    const ours = got.up.map((o) => o ?? ITEM_NONE);
    const name = names.get(Number(pool)) ?? pool;
    byPool[name] = (byPool[name] ?? 0) + 1;
    if (got.pgid !== pg.pgid || ours.join(',') !== pg.up.join(',') || got.primary !== pg.up_primary) {
      mismatches.push(`${pg.pgid} (${name}, ${pg.state}): ceph up [${pg.up.join(',')}] primary ${pg.up_primary}; @capa/crush [${ours.join(',')}] primary ${got.primary}`);
    }
  }
  return { pgs: s.pgs.length, byPool, mismatches };
}

export function report(label: string, s: Snapshot, c: Comparison): void {
  const pools = Object.entries(c.byPool)
    .map(([n, k]) => `${n} ${k}`)
    .join(', ');
  console.log(`live oracle [${label}]: epoch ${s.osd.epoch}, ${c.pgs} PGs compared (${pools}), ${c.mismatches.length} mismatches`);
  for (const m of c.mismatches.slice(0, 20)) console.log(`  ${m}`);
}

/** OSD id -> host name, from the host buckets of the crush dump (shadow buckets left out). */
export function hostsOf(crush: CrushDumpJson): Map<number, string> {
  const m = new Map<number, string>();
  for (const b of crush.buckets) {
    if (b.type_name !== 'host' || b.name.includes('~')) continue;
    for (const it of b.items) if (it.id >= 0) m.set(it.id, b.name);
  }
  return m;
}
