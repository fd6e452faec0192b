// Random CRUSH maps for the failure tests (failure.test.ts): straw2 hosts, optionally in racks, with
// random weights, tunable profiles, out, down and partially reweighted OSDs, and balancer-like upmaps.
import fc from 'fast-check';
import { loadPlacement } from '../src/index.js';
import { osdDump } from './fixture.js';

export interface Case {
  hosts: number;
  perHost: number[];
  racks: number;
  weights: number[];
  tunables: 'optimal' | 'hammer' | 'bobtail' | 'argonaut';
  out: number[];
  partial: number[];
  down: number[];
  upmaps: boolean;
  ecK: number;
  ecM: number;
  pgNum: number;
  seed: number;
}

// biome-ignore format: a table, several short entries per line as it reads
const TUNABLES = {
  optimal: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 1, chooseleaf_stable: 1, straw_calc_version: 1 },
  hammer: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 1, chooseleaf_stable: 0, straw_calc_version: 1 },
  bobtail: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 0, chooseleaf_stable: 0, straw_calc_version: 1 },
  argonaut: { choose_local_tries: 2, choose_local_fallback_tries: 5, choose_total_tries: 19, chooseleaf_descend_once: 0, chooseleaf_vary_r: 0, chooseleaf_stable: 0, straw_calc_version: 0 },
};

/** A crush dump of `hosts` straw2 hosts (optionally in racks) with the case's weights, and three rules. */
export function buildCrush(c: Case): Record<string, unknown> {
  const devices = [];
  const hostBuckets = [];
  let osd = 0;
  const hostWeight: number[] = [];
  for (let h = 0; h < c.hosts; h++) {
    const items = [];
    for (let i = 0; i < c.perHost[h]!; i++, osd++) {
      devices.push({ id: osd, name: `osd.${osd}`, class: 'hdd' });
      items.push({ id: osd, weight: c.weights[osd]!, pos: i });
    }
    hostWeight.push(items.reduce((s, it) => s + it.weight, 0));
    hostBuckets.push({ id: -2 - h, name: `host${h}`, type_id: 1, type_name: 'host', weight: 0, alg: 'straw2', hash: 'rjenkins1', items });
  }
  const buckets: Record<string, unknown>[] = [...hostBuckets];
  let rootItems: { id: number; weight: number; pos: number }[];
  if (c.racks > 1) {
    rootItems = [];
    for (let r = 0; r < c.racks; r++) {
      const id = -2 - c.hosts - r;
      const members = [...Array(c.hosts).keys()].filter((h) => h % c.racks === r);
      const items = members.map((h, pos) => ({ id: -2 - h, weight: hostWeight[h]!, pos }));
      buckets.push({ id, name: `rack${r}`, type_id: 3, type_name: 'rack', weight: 0, alg: 'straw2', hash: 'rjenkins1', items });
      rootItems.push({ id, weight: items.reduce((s, it) => s + it.weight, 0), pos: r });
    }
  } else {
    rootItems = hostWeight.map((w, h) => ({ id: -2 - h, weight: w, pos: h }));
  }
  buckets.unshift({ id: -1, name: 'default', type_id: 11, type_name: 'root', weight: 0, alg: 'straw2', hash: 'rjenkins1', items: rootItems });
  const take = { op: 'take', item: -1, item_name: 'default' };
  return {
    devices,
    types: [
      { type_id: 0, name: 'osd' },
      { type_id: 1, name: 'host' },
      { type_id: 3, name: 'rack' },
      { type_id: 11, name: 'root' },
    ],
    buckets,
    rules: [
      { rule_id: 0, rule_name: 'rep', ruleset: 0, type: 1, min_size: 1, max_size: 10, steps: [take, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }] },
      {
        rule_id: 1,
        rule_name: 'ec',
        ruleset: 1,
        type: 3,
        min_size: 1,
        max_size: 20,
        steps: [{ op: 'set_chooseleaf_tries', num: 5 }, { op: 'set_choose_tries', num: 100 }, take, { op: 'chooseleaf_indep', num: 0, type: 'host' }, { op: 'emit' }],
      },
      // rack then host (two choose steps) when there are racks, else OSDs straight from the root.
      c.racks > 1
        ? {
            rule_id: 2,
            rule_name: 'rack-host',
            ruleset: 2,
            type: 1,
            min_size: 1,
            max_size: 10,
            steps: [take, { op: 'choose_firstn', num: 0, type: 'rack' }, { op: 'chooseleaf_firstn', num: 1, type: 'host' }, { op: 'emit' }],
          }
        : { rule_id: 2, rule_name: 'osds', ruleset: 2, type: 1, min_size: 1, max_size: 10, steps: [take, { op: 'choose_firstn', num: 0, type: 'osd' }, { op: 'emit' }] },
    ],
    tunables: TUNABLES[c.tunables],
    choose_args: {},
  };
}

export function buildOsd(c: Case, extra: Record<string, unknown> = {}, failed: readonly number[] = []): Record<string, unknown> {
  const n = c.weights.length;
  const state: Record<number, { up?: number; weight?: number }> = {};
  for (const o of c.partial) state[o] = { weight: 0.5 };
  for (const o of c.out) state[o] = { weight: 0 };
  for (const o of c.down) state[o] = { ...state[o], up: 0 };
  for (const o of failed) state[o] = { up: 0, weight: 0 };
  const dump = osdDump(n, state, extra) as { pools: Record<string, unknown>[] };
  dump.pools = [
    { pool: 1, pool_name: 'rep', type: 1, size: 3, min_size: 2, crush_rule: 0, flags: 1, pg_num: c.pgNum, pg_placement_num: c.pgNum },
    { pool: 2, pool_name: 'ec', type: 3, size: c.ecK + c.ecM, min_size: c.ecK, crush_rule: 1, flags: 1, pg_num: c.pgNum, pg_placement_num: c.pgNum },
    { pool: 3, pool_name: 'alt', type: 1, size: 2, min_size: 1, crush_rule: 2, flags: 1, pg_num: c.pgNum >> 1, pg_placement_num: c.pgNum >> 1 },
  ];
  return dump;
}

/** pg_upmap_items that move one member of some PGs to another OSD (as the balancer would), seeded. */
export function upmapsFor(c: Case, crush: Record<string, unknown>): Record<string, unknown> {
  if (!c.upmaps) return {};
  const p = loadPlacement(crush, buildOsd(c));
  const n = c.weights.length;
  const items: { pgid: string; mappings: { from: number; to: number }[] }[] = [];
  for (const pool of [1, 2]) {
    for (let ps = c.seed % 5; ps < c.pgNum; ps += 5) {
      const pg = p.mapPg(pool, ps);
      const from = pg.up.find((o): o is number => o !== null);
      if (from === undefined) continue;
      const to = (from + 1 + ((c.seed + ps) % (n - 1))) % n;
      if (!pg.up.includes(to)) items.push({ pgid: pg.pgid, mappings: [{ from, to }] });
    }
  }
  return { pg_upmap_items: items };
}

export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    hosts: fc.integer({ min: 4, max: 10 }),
    racks: fc.constantFrom(0, 0, 2, 3),
    tunables: fc.constantFrom('optimal', 'optimal', 'hammer', 'bobtail', 'argonaut') as fc.Arbitrary<Case['tunables']>,
    upmaps: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1 << 30 }),
    pgNum: fc.constantFrom(64, 128, 200),
    m: fc.integer({ min: 1, max: 2 }),
  })
  .chain((b) =>
    fc
      .record({
        perHost: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: b.hosts, maxLength: b.hosts }),
      })
      .chain(({ perHost }) => {
        const n = perHost.reduce((s, k) => s + k, 0);
        const osdArb = fc.integer({ min: 0, max: n - 1 });
        return fc
          .record({
            weights: fc.array(fc.integer({ min: 0x8000, max: 16 * 0x10000 }), { minLength: n, maxLength: n }),
            out: fc.uniqueArray(osdArb, { maxLength: 2 }),
            partial: fc.uniqueArray(osdArb, { maxLength: 2 }),
            down: fc.uniqueArray(osdArb, { maxLength: 1 }),
          })
          .map((s): Case => ({ ...b, racks: Math.min(b.racks, b.hosts - 1), perHost, ecK: Math.max(2, b.hosts - b.m - 1 - (b.seed % 2)), ecM: b.m, ...s }));
      }),
  );
