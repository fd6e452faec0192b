// Host failures without recomputing every PG: the property that only PGs touching the failed host move
// (checked against a full recomputation on random maps, for replicated firstn and EC indep rules), and
// hostFailureRemaps giving the full recomputation's up sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureRemaps, hostFailureRemaps, indexPool, ITEM_NONE, loadPlacement, osdsUnder, ruleAllowsIncremental, type OsdMap } from '../src/index.js';
import { crushDump, osdDump } from './fixture.js';
import { buildCrush, buildOsd, type Case, caseArb, upmapsFor } from './random-maps.js';

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
    crush.rules[0] = {
      rule_id: 0,
      rule_name: 'odd',
      ruleset: 0,
      type: 1,
      min_size: 1,
      max_size: 10,
      steps: [{ op: 'take', item: -1 }, { op: 'choose_firstn', num: 0, type: 'osd' }, { op: 'chooseleaf_firstn', num: 1, type: 'host' }, { op: 'emit' }],
    };
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
