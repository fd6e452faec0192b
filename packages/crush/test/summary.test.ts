// Placement bookkeeping (summary.ts) and the map built from an OSD tree (synth.ts).
import { describe, expect, it } from 'vitest';
import { CrushInputError, dataChunksFromDump, fullestOsds, hostsOf, loadPlacement, mapsFromOsdTree, markDownOut, parseOsdDump, placementSummary } from '../src/index.js';
import { crushDump, osdDump } from './fixture.js';

const TiB = 2 ** 40;

describe('mapsFromOsdTree: the map Proxmox VE builds', () => {
  const hosts = [
    {
      name: 'pve1',
      osds: [
        { id: 1, crushWeight: 14.55 },
        { id: 0, crushWeight: 14.55 },
      ],
    },
    {
      name: 'pve2',
      osds: [
        { id: 2, crushWeight: 7.277 },
        { id: 3, crushWeight: 7.277, reweight: 0 },
      ],
    },
    { name: 'pve3', osds: [{ id: 4, crushWeight: 3.638, up: false }] },
  ];
  const pools = [
    { id: 1, name: 'rbd', erasure: false, size: 3, minSize: 2, pgNum: 64 },
    { id: 2, name: 'ec', erasure: true, size: 3, minSize: 2, pgNum: 32 },
  ];
  const { crushDump: c, osdDump: o } = mapsFromOsdTree(hosts, pools);

  it('straw2 host buckets under root default, weights in 16.16 TiB, the default rules and tunables', () => {
    expect(c.buckets.map((b) => [b.id, b.name, b.alg, b.items.map((i) => [i.id, i.weight])])).toEqual([
      [
        -1,
        'default',
        'straw2',
        [
          [-2, 2 * Math.round(14.55 * 65536)],
          [-3, 2 * Math.round(7.277 * 65536)],
          [-4, Math.round(3.638 * 65536)],
        ],
      ],
      [
        -2,
        'pve1',
        'straw2',
        [
          [0, Math.round(14.55 * 65536)],
          [1, Math.round(14.55 * 65536)],
        ],
      ],
      [
        -3,
        'pve2',
        'straw2',
        [
          [2, Math.round(7.277 * 65536)],
          [3, Math.round(7.277 * 65536)],
        ],
      ],
      [-4, 'pve3', 'straw2', [[4, Math.round(3.638 * 65536)]]],
    ]);
    expect(c.rules[0]!.steps).toEqual([{ op: 'take', item: -1, item_name: 'default' }, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }]);
    expect(c.rules[1]!.steps.map((s) => s.op)).toContain('chooseleaf_indep');
    expect(c.tunables).toMatchObject({ choose_total_tries: 50, chooseleaf_vary_r: 1, chooseleaf_stable: 1 });
    expect(o.pools.map((p) => [p.pool, p.type, p.crush_rule, p.flags])).toEqual([
      [1, 1, 0, 1],
      [2, 3, 1, 1],
    ]);
    expect(o.osds.map((x) => [x.osd, x.up, x.in, x.weight])).toEqual([
      [0, 1, 1, 1],
      [1, 1, 1, 1],
      [2, 1, 1, 1],
      [3, 1, 0, 0],
      [4, 0, 1, 1],
    ]);
  });

  it('places: every replicated PG on distinct hosts, the down OSD in no up set', () => {
    const map = loadPlacement(c, o);
    expect([...hostsOf(map)]).toEqual([
      ['pve1', [0, 1]],
      ['pve2', [2, 3]],
      ['pve3', [4]],
    ]);
    const hostOf = new Map([
      [0, 'pve1'],
      [1, 'pve1'],
      [2, 'pve2'],
      [3, 'pve2'],
      [4, 'pve3'],
    ]);
    for (const pg of map.mapPool(1)) {
      expect(pg.up).not.toContain(4);
      expect(pg.up).not.toContain(3);
      expect(new Set(pg.up.map((x) => hostOf.get(x!))).size).toBe(pg.up.length);
    }
  });
});

describe('placementSummary', () => {
  const dump = osdDump(8, {}, { erasure_code_profiles: { k3m2: { k: '3', m: '2' } } });
  (dump['pools'] as Record<string, unknown>[])[1]!['erasure_code_profile'] = 'k3m2';

  it('counts every shard once, primaries once per PG, and expected bytes = stored / pg_num (÷ k for EC) per shard', () => {
    const map = loadPlacement(crushDump(4, 2), dump);
    const k = dataChunksFromDump(parseOsdDump(dump));
    expect([...k]).toEqual([
      [1, 1],
      [2, 3],
    ]);
    const stored = new Map([
      [1, 64e9],
      [2, 96e9],
    ]);
    const s = placementSummary(map, { storedBytes: stored, dataChunks: k });
    expect(s.bytesKnown).toBe(true);
    const shards = s.osds.reduce((n, x) => n + x.pgShards, 0);
    const holes = s.pools[1]!.pgs.reduce((n, pg) => n + pg.up.filter((x) => x === null).length, 0);
    expect(shards).toBe(64 * 3 + 32 * 5 - holes);
    expect(s.osds.reduce((n, x) => n + x.primaries, 0)).toBe(64 + 32);
    expect(s.pools.map((p) => p.bytesPerShard)).toEqual([1e9, 1e9]);
    expect(s.osds.reduce((n, x) => n + x.expectedBytes, 0)).toBeCloseTo(shards * 1e9, -3);
    // Size from the CRUSH weight (1, 2 or 3 TiB in the fixture).
    const o0 = s.osds[0]!;
    expect(o0.sizeBytes).toBe(o0.crushWeight * TiB);
    expect(o0.expectedFill).toBeCloseTo(o0.expectedBytes / o0.sizeBytes, 12);
    expect(fullestOsds(s, 1)[0]!.expectedFill).toBe(Math.max(...s.osds.map((x) => x.expectedFill!)));
  });

  it('an EC pool without k counts shards but no bytes; no stored bytes at all: no fill', () => {
    const map = loadPlacement(crushDump(4, 2), osdDump(8));
    const s = placementSummary(map, {
      storedBytes: new Map([
        [1, 64e9],
        [2, 96e9],
      ]),
    });
    expect(s.poolsWithoutBytes).toEqual(['ec']);
    expect(s.bytesKnown).toBe(true);
    const none = placementSummary(map);
    expect(none.bytesKnown).toBe(false);
    expect(none.osds.every((x) => x.expectedFill === null)).toBe(true);
  });

  it('markDownOut: the OSDs leave every up set; an unknown OSD is refused by name', () => {
    const map = loadPlacement(crushDump(4, 2), osdDump(8));
    markDownOut(map, [0, 1]);
    const s = placementSummary(map, { pools: [1] });
    expect(s.pools).toHaveLength(1);
    expect(s.osds.filter((x) => x.id < 2).map((x) => [x.up, x.reweight, x.pgShards])).toEqual([
      [false, 0, 0],
      [false, 0, 0],
    ]);
    expect(s.pools[0]!.pgsUndersized).toBe(0);
    expect(() => markDownOut(map, [8])).toThrow(CrushInputError);
    expect(() => markDownOut(map, [8])).toThrow('osd.8 is not in the OSD map');
  });
});
