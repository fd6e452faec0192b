// simulatePlacement against a brute-force recomputation (every PG mapped again with the failed OSDs
// marked down and out, by placementSummary), and the cases: hosts of 40, 40, 10, 10, 10 TB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostFailureSets, loadPlacement, mapsFromOsdTree, markDownOut, placementSummary, simulatePlacement, type TreeHost, type TreePool } from '../src/index.js';

const TiB = 2 ** 40;
const TB = 1e12;

function build(hosts: TreeHost[], pools: TreePool[]) {
  const { crushDump, osdDump } = mapsFromOsdTree(hosts, pools);
  return () => loadPlacement(crushDump, osdDump);
}

function treeOf(sizesTiB: number[][]): TreeHost[] {
  let id = 0;
  return sizesTiB.map((osds, h) => ({ name: `pve${h + 1}`, osds: osds.map((w) => ({ id: id++, crushWeight: w })) }));
}

describe('simulatePlacement', () => {
  it('matches a full recomputation for every host failure (random mixed hosts, replicated and EC)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.integer({ min: 1, max: 32 }).map((x) => x / 2),
            { minLength: 1, maxLength: 4 },
          ),
          { minLength: 5, maxLength: 8 },
        ),
        fc.constantFrom(32, 64, 100),
        (sizes, pgNum) => {
          const hosts = treeOf(sizes);
          const pools: TreePool[] = [
            { id: 1, name: 'rbd', erasure: false, size: 3, minSize: 2, pgNum },
            { id: 2, name: 'ec', erasure: true, size: 4, minSize: 3, pgNum: pgNum / 2 },
          ];
          const fresh = build(hosts, pools);
          const simPools = [
            { id: 1, storedBytes: 3 * TB, dataChunks: 1 },
            { id: 2, storedBytes: 2 * TB, dataChunks: 2 },
          ];
          const { sets } = hostFailureSets(fresh(), 1, 100);
          const sim = simulatePlacement(fresh(), { pools: simPools, failures: sets });
          sets.forEach((set, i) => {
            const map = fresh();
            markDownOut(map, set.osds);
            const s = placementSummary(map, {
              storedBytes: new Map([
                [1, 3 * TB],
                [2, 2 * TB],
              ]),
              dataChunks: new Map([
                [1, 1],
                [2, 2],
              ]),
            });
            const alive = s.osds.filter((o) => !set.osds.includes(o.id));
            const want = Math.max(...alive.map((o) => o.expectedBytes / o.sizeBytes));
            const got = sim.failures[i]!.after;
            expect(got.fullestOsd!.fill).toBeCloseTo(want, 9);
            expect(got.pgsBelowMinSize).toBe(s.pools.reduce((n, p) => n + p.pgsBelowMinSize, 0));
            expect(got.pgsUndersized).toBe(s.pools.reduce((n, p) => n + p.pgsUndersized, 0));
            expect(got.pgs).toBe(pgNum + pgNum / 2);
          });
        },
      ),
      { numRuns: 25, seed: 9 },
    );
  });

  it('the issue’s cluster: 40, 40, 10, 10, 10 TB, replica 3, 18.67 TB stored — the 10 TB hosts overflow after a 40 TB host fails', () => {
    // Average model: 56 TB raw used ÷ 70 TB left = 80 %. A host holds at most one copy of a PG, so with
    // one 40 TB host gone each PG needs two of the three 10 TB hosts: ≥ 2/3 × 18.67 TB each, > 120 %.
    const hosts = treeOf([[(40 * TB) / TiB], [(40 * TB) / TiB], [(10 * TB) / TiB], [(10 * TB) / TiB], [(10 * TB) / TiB]]);
    const fresh = build(hosts, [{ id: 1, name: 'rbd', erasure: false, size: 3, minSize: 2, pgNum: 128 }]);
    const map = fresh();
    const { sets, total } = hostFailureSets(map, 1, 10);
    expect(total).toBe(5);
    expect(sets[0]!.hosts).toEqual(['pve1']);
    const sim = simulatePlacement(map, { pools: [{ id: 1, storedBytes: 18.67 * TB, dataChunks: 1 }], failures: sets });
    // Sizes here are CRUSH weights (16.16 fixed point), so the mean is within 1e-6 of the exact ratio.
    expect(sim.healthy.meanFill).toBeCloseTo((3 * 18.67) / 110, 6);
    const worst = Math.max(...sim.failures.map((f) => f.after.fullestOsd!.fill));
    expect(worst).toBeGreaterThan(1.2);
    expect(sim.failures[0]!.after.fullestOsd!.host).toMatch(/pve[345]/);
    expect(sim.failures[0]!.now.pgsBelowMinSize).toBe(0);
  });

  it('two hosts of eight failing put the PGs holding two copies on them below min_size', () => {
    const fresh = build(treeOf(Array.from({ length: 8 }, () => [4, 4])), [{ id: 1, name: 'rbd', erasure: false, size: 3, minSize: 2, pgNum: 256 }]);
    const { sets, total } = hostFailureSets(fresh(), 2, 100);
    expect(total).toBe(28);
    const sim = simulatePlacement(fresh(), { pools: [{ id: 1, storedBytes: 10 * TB, dataChunks: 1 }], failures: sets });
    for (const f of sim.failures) {
      // Each such PG has both failed hosts in its up set: count them straight from the healthy map.
      const map = fresh();
      const both = map.mapPool(1).filter((pg) => pg.up.filter((o) => o !== null && f.osds.includes(o)).length >= 2).length;
      expect(f.now.pgsBelowMinSize).toBe(both);
      expect(f.after.pgsBelowMinSize).toBe(0);
    }
    // 3 of the 28 pairs are in each PG: about 256 × 3 / 28 ≈ 27 PGs per pair.
    const mean = sim.failures.reduce((s, f) => s + f.now.pgsBelowMinSize, 0) / sim.failures.length;
    expect(mean).toBeCloseTo((256 * 3) / 28, 6);
  });

  it('refuses an unknown pool or OSD, names the field', () => {
    const fresh = build(treeOf([[1], [1], [1]]), [{ id: 1, name: 'rbd', erasure: false, size: 3, minSize: 2, pgNum: 8 }]);
    expect(() => simulatePlacement(fresh(), { pools: [{ id: 9, storedBytes: 1, dataChunks: 1 }] })).toThrow(/pool 9/);
    expect(() => simulatePlacement(fresh(), { pools: [{ id: 1, storedBytes: Number.NaN, dataChunks: 1 }] })).toThrow(/storedBytes|not a size/);
    expect(() => simulatePlacement(fresh(), { pools: [{ id: 1, storedBytes: 1, dataChunks: 1 }], failures: [{ label: 'x', osds: [7] }] })).toThrow(/osd\.7/);
  });
});
