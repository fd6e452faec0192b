// Host failures without recomputing every PG: the property that only PGs touching the failed host move
// (checked against a full recomputation on random maps, for replicated firstn and EC indep rules), and
// hostFailureRemaps giving the full recomputation's up sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureRemaps, hostFailureRemaps, indexPool, ITEM_NONE, loadPlacement, osdsUnder, ruleAllowsIncremental, type OsdMap } from '../src/index.js';
import { crushDump, osdDump } from './fixture.js';

interface Case {
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

const TUNABLES = {
  optimal: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 1, chooseleaf_stable: 1, straw_calc_version: 1 },
  hammer: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 1, chooseleaf_stable: 0, straw_calc_version: 1 },
  bobtail: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 0, chooseleaf_stable: 0, straw_calc_version: 1 },
  argonaut: { choose_local_tries: 2, choose_local_fallback_tries: 5, choose_total_tries: 19, chooseleaf_descend_once: 0, chooseleaf_vary_r: 0, chooseleaf_stable: 0, straw_calc_version: 0 },
};

/** A crush dump of `hosts` straw2 hosts (optionally in racks) with the case's weights, and three rules. */
function buildCrush(c: Case): Record<string, unknown> {
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
    types: [{ type_id: 0, name: 'osd' }, { type_id: 1, name: 'host' }, { type_id: 3, name: 'rack' }, { type_id: 11, name: 'root' }],
    buckets,
    rules: [
      { rule_id: 0, rule_name: 'rep', ruleset: 0, type: 1, min_size: 1, max_size: 10, steps: [take, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }] },
      { rule_id: 1, rule_name: 'ec', ruleset: 1, type: 3, min_size: 1, max_size: 20, steps: [{ op: 'set_chooseleaf_tries', num: 5 }, { op: 'set_choose_tries', num: 100 }, take, { op: 'chooseleaf_indep', num: 0, type: 'host' }, { op: 'emit' }] },
      // rack then host (two choose steps) when there are racks, else OSDs straight from the root.
      c.racks > 1
        ? { rule_id: 2, rule_name: 'rack-host', ruleset: 2, type: 1, min_size: 1, max_size: 10, steps: [take, { op: 'choose_firstn', num: 0, type: 'rack' }, { op: 'chooseleaf_firstn', num: 1, type: 'host' }, { op: 'emit' }] }
        : { rule_id: 2, rule_name: 'osds', ruleset: 2, type: 1, min_size: 1, max_size: 10, steps: [take, { op: 'choose_firstn', num: 0, type: 'osd' }, { op: 'emit' }] },
    ],
    tunables: TUNABLES[c.tunables],
    choose_args: {},
  };
}

function buildOsd(c: Case, extra: Record<string, unknown> = {}, failed: readonly number[] = []): Record<string, unknown> {
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
function upmapsFor(c: Case, crush: Record<string, unknown>): Record<string, unknown> {
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

const caseArb: fc.Arbitrary<Case> = fc
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
    fc.record({
      perHost: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: b.hosts, maxLength: b.hosts }),
    }).chain(({ perHost }) => {
      const n = perHost.reduce((s, k) => s + k, 0);
      const osdArb = fc.integer({ min: 0, max: n - 1 });
      return fc.record({
        weights: fc.array(fc.integer({ min: 0x8000, max: 16 * 0x10000 }), { minLength: n, maxLength: n }),
        out: fc.uniqueArray(osdArb, { maxLength: 2 }),
        partial: fc.uniqueArray(osdArb, { maxLength: 2 }),
        down: fc.uniqueArray(osdArb, { maxLength: 1 }),
      }).map((s): Case => ({ ...b, racks: Math.min(b.racks, b.hosts - 1), perHost, ecK: Math.max(2, b.hosts - b.m - 1 - (b.seed % 2)), ecM: b.m, ...s }));
    }));

const setText = (up: readonly (number | null)[]) => up.map((o) => o ?? ITEM_NONE).join(',');

/** For each host of the case and each pool: the full recomputation against the index and remaps. */
function checkCase(c: Case): { changed: number; affected: number } {
  const crush = buildCrush(c);
  const extra = upmapsFor(c, crush);
  const base = loadPlacement(crush, buildOsd(c, extra));
  let changed = 0;
  let affected = 0;
  for (let h = 0; h < c.hosts; h++) {
    const osds = osdsUnder(base.crush, `host${h}`);
    const full: OsdMap = loadPlacement(crush, buildOsd(c, extra, osds));
    for (const poolId of [1, 2, 3]) {
      const index = indexPool(base, poolId);
      expect(index.incremental).toBe(true);
      // The replicated chooseleaf firstn pool resumes CRUSH at the failed position; the rack-then-host
      // rule (two choose steps) and the EC indep pool rerun it from the start.
      if (poolId === 1) expect(index.resume).not.toBeNull();
      if (poolId === 2 || (poolId === 3 && c.racks > 1)) expect(index.resume).toBeNull();
      const r = hostFailureRemaps(base, poolId, `host${h}`, index);
      const byPs = new Map(r.pgs.map((pg) => [pg.ps, pg]));
      affected += r.pgs.length;
      for (let ps = 0; ps < index.pgNum; ps++) {
        const before = base.mapPg(poolId, ps);
        const after = full.mapPg(poolId, ps);
        const moved = setText(before.up) !== setText(after.up) || before.primary !== after.primary;
        const remap = byPs.get(ps);
        const where = `pool ${poolId} pg ${after.pgid}, host${h} failed (${JSON.stringify({ ...c, weights: undefined })})`;
        // The property: a PG that moves is one the failed host touches.
        if (moved) {
          changed++;
          expect(remap, `${where}: moved but not among the PGs touching the host`).toBeDefined();
        }
        if (remap) {
          expect(setText(remap.up), where).toBe(setText(after.up));
          expect(remap.primary, where).toBe(after.primary);
          expect(remap.changed, where).toBe(moved);
          expect(setText(remap.before), where).toBe(setText(before.up));
        }
      }
    }
  }
  // Failures that are not a whole host: a few OSD pairs from different places.
  const n = c.weights.length;
  for (let j = 0; j < 3; j++) {
    const osds = [...new Set([(c.seed + j * 7) % n, (c.seed * 3 + j * 11 + 1) % n])];
    const full = loadPlacement(crush, buildOsd(c, extra, osds));
    for (const poolId of [1, 2, 3]) {
      const r = failureRemaps(base, poolId, osds);
      const byPs = new Map(r.pgs.map((pg) => [pg.ps, pg]));
      for (let ps = 0; ps < base.pools.get(poolId)!.pgNum; ps++) {
        const after = full.mapPg(poolId, ps);
        const before = base.mapPg(poolId, ps);
        const remap = byPs.get(ps);
        const where = `pool ${poolId} pg ${after.pgid}, osds ${osds.join(',')} failed`;
        if (setText(before.up) !== setText(after.up) || before.primary !== after.primary) expect(remap, where).toBeDefined();
        if (remap) expect(`${setText(remap.up)} p${remap.primary}`, where).toBe(`${setText(after.up)} p${after.primary}`);
      }
    }
  }
  // The OsdMap was left as it was.
  const again = loadPlacement(crush, buildOsd(c, extra));
  for (let ps = 0; ps < c.pgNum; ps++) expect(setText(base.mapPg(1, ps).up)).toBe(setText(again.mapPg(1, ps).up));
  return { changed, affected };
}

describe('only PGs touching a failed host move', () => {
  it('on a healthy map, the PGs that move after a host goes out are a subset of those with an OSD on it (replicated firstn and EC indep)', () => {
    const crush = crushDump(8, 3);
    const base = loadPlacement(crush, osdDump(24));
    for (let h = 0; h < 8; h++) {
      const osds = osdsUnder(base.crush, `host${h}`);
      const full = loadPlacement(crush, osdDump(24, Object.fromEntries(osds.map((o) => [o, { weight: 0 }]))));
      for (const pool of [1, 2]) {
        let moved = 0;
        for (let ps = 0; ps < base.pools.get(pool)!.pgNum; ps++) {
          const before = base.mapPg(pool, ps);
          const after = full.mapPg(pool, ps);
          const touches = before.up.some((o) => o !== null && osds.includes(o));
          if (setText(before.up) !== setText(after.up)) {
            moved++;
            expect(touches, `pool ${pool} ${before.pgid}`).toBe(true);
          }
          // And every PG with an OSD there moves (it loses that OSD).
          if (touches) expect(after.up.some((o) => o !== null && osds.includes(o))).toBe(false);
        }
        expect(moved).toBeGreaterThan(0);
      }
    }
  });

  it('property: on random maps (racks, tunable profiles, partial reweights, out and down OSDs, upmaps), hostFailureRemaps (and failureRemaps of OSD pairs) equals a full recomputation and no other PG moves', async () => {
    let cases = 0;
    let changed = 0;
    let affected = 0;
    // Asynchronous, one map per turn of the event loop, so long runs (CRUSH_FAILURE_RUNS) do not starve
    // the test worker's messages to vitest.
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        await new Promise((r) => setImmediate(r));
        const r = checkCase(c);
        cases++;
        changed += r.changed;
        affected += r.affected;
      }),
      { numRuns: Number(process.env['CRUSH_FAILURE_RUNS'] ?? 30), seed: 0x0fa11ed },
    );
    console.log(`failure property: ${cases} maps, ${affected} PG remaps checked against full recomputation, ${changed} moved PGs, all among the PGs touching the host`);
    expect(changed).toBeGreaterThan(0);
  }, 900_000);

  it('refuses the shortcut for a rule that feeds devices into a further choose step, and then recomputes every PG', () => {
    const crush = crushDump(6, 2) as { rules: Record<string, unknown>[] };
    crush.rules[0] = { rule_id: 0, rule_name: 'odd', ruleset: 0, type: 1, min_size: 1, max_size: 10, steps: [{ op: 'take', item: -1 }, { op: 'choose_firstn', num: 0, type: 'osd' }, { op: 'chooseleaf_firstn', num: 1, type: 'host' }, { op: 'emit' }] };
    const p = loadPlacement(crush, osdDump(12));
    expect(ruleAllowsIncremental(p.crush.rules[0]!)).toBe(false);
    const index = indexPool(p, 1);
    expect(index.incremental).toBe(false);
    expect(failureRemaps(p, 1, [0, 1], index).pgs).toHaveLength(64);
    expect(ruleAllowsIncremental(p.crush.rules[1]!)).toBe(true);
  });

  it('names the OSDs of a host and refuses an unknown one', () => {
    const p = loadPlacement(crushDump(4, 3), osdDump(12));
    expect(osdsUnder(p.crush, 'host2')).toEqual([6, 7, 8]);
    expect(osdsUnder(p.crush, 'default')).toHaveLength(12);
    expect(() => osdsUnder(p.crush, 'nohost')).toThrow(/no CRUSH bucket nohost/);
  });
});
