// The fill histogram of the CRUSH simulation (ceph/fill-histogram.ts): OSDs and hosts per 5 % band,
// healthy and after each host loss. Expected counts come from the rule that a host holds at most one
// copy of a PG (ceph/ceph:src/crush/mapper.c, chooseleaf firstn type host): with 3 hosts and replica 3
// every host holds every PG, so each OSD holds the whole stored data.
import * as engine from '@capa/crush';
import { describe, expect, it } from 'vitest';
import { designedMap, fillHistogram, simulateCeph } from '../src/index.js';

const TB = 1e12;

function sim(hostTB: number[][], storedTB: number, pgNum = 64) {
  const hosts = hostTB.map((osds, i) => ({ name: `pve${i + 1}`, osdBytes: osds.map((t) => t * TB) }));
  const { map, osdSizeBytes } = designedMap(engine, hosts, [{ id: 1, name: 'rbd', erasure: false, size: 3, minSize: 2, pgNum }]);
  return simulateCeph(engine, map, { pools: [{ id: 1, storedBytes: storedTB * TB, dataChunks: 1 }], osdSizeBytes, failures: 1 });
}

const band = (counts: readonly number[]) => counts.flatMap((n, i) => (n === 0 ? [] : [[i, n]]));

describe('fillHistogram', () => {
  it('3 × 10 TB, replica 3, 3 TB stored: every OSD and host at 30 % (band 30–35 %), and still after a loss (nowhere to re-create)', () => {
    const h = fillHistogram(sim([[10], [10], [10]], 3))!;
    // 5 % bands up to 100 %: 20 of them (the header's rule).
    expect([h.binWidth, h.bins]).toEqual([0.05, 20]);
    // 20 bands of 5 % from 0 to 100 %: 21 edges, band i from i × 5 % (the histogram's definition, ceph/fill-histogram.ts).
    expect([h.edges.length, h.edges[0]]).toEqual([21, 0]);
    expect(h.edges[6]).toBeCloseTo(0.3, 12);
    expect(h.edges[20]).toBeCloseTo(1, 12);
    expect(band(h.healthy.osdCounts)).toEqual([[6, 3]]);
    expect(band(h.healthy.hostCounts)).toEqual([[6, 3]]);
    expect(h.healthy.hostFills.map((x) => [x.host, x.fill])).toEqual([
      ['pve1', 0.3],
      ['pve2', 0.3],
      ['pve3', 0.3],
    ]);
    expect(h.afterLoss.map((c) => [c.lost, c.osds, band(c.osdCounts), c.hostFills.map((x) => x.host)])).toEqual([
      ['pve1', 2, [[6, 2]], ['pve2', 'pve3']],
      ['pve2', 2, [[6, 2]], ['pve1', 'pve3']],
      ['pve3', 2, [[6, 2]], ['pve1', 'pve2']],
    ]);
  });

  it('a fill on a band edge (8.5 TB on 10 TB OSDs = 85 %, nearfull) is counted in the band it starts', () => {
    const h = fillHistogram(sim([[10], [10], [10]], 8.5))!;
    expect(band(h.healthy.osdCounts)).toEqual([[17, 3]]);
  });

  it('40/40/10/10/10 TB, 18.67 TB: after losing a 40 TB host some OSD passes 120 %, so the bands go beyond 100 %; the fullest is the simulation’s', () => {
    const s = sim([[40], [40], [10], [10], [10]], 18.67, 128);
    const h = fillHistogram(s)!;
    const worst = s.worstFill!;
    const c = h.afterLoss.find((x) => x.lost === worst.label)!;
    expect(c.fullestOsdFill).toBeCloseTo(worst.after.fullestOsd!.fill, 12);
    expect(h.healthy.fullestOsdFill).toBeCloseTo(s.fullestOsd!.fill, 12);
    expect(h.bins).toBe(Math.floor(worst.after.fullestOsd!.fill / h.binWidth) + 1);
    expect(h.bins).toBeGreaterThan(24);
    for (const k of [h.healthy, ...h.afterLoss]) {
      expect(k.osdCounts.reduce((a, b) => a + b, 0)).toBe(k.osds);
      expect(k.hostCounts.reduce((a, b) => a + b, 0)).toBe(k.hostFills.length);
    }
    expect(h.afterLoss).toHaveLength(5);
  });

  it('nothing stored: no histogram', () => {
    expect(fillHistogram(sim([[10], [10], [10]], 0))).toBeNull();
  });
});
