// The OSDMap steps osdmaptool cannot set up (down OSDs, pg_upmap, primary affinity), checked against
// the rules of Ceph's OSDMap.cc, and the refusals of bad or unsupported input.
import { describe, expect, it } from 'vitest';
import { CrushInputError, CrushUnsupportedError, loadPlacement, parseOsdDump } from '../src/index.js';
import { crushDump, osdDump } from './fixture.js';

const crush = crushDump(6, 3);

describe('up sets', () => {
  it('names PGs as Ceph does and fills every replicated PG from distinct hosts', () => {
    const p = loadPlacement(crush, osdDump(18));
    const pgs = p.mapPool(1);
    expect(pgs).toHaveLength(64);
    expect(pgs[31]!.pgid).toBe('1.1f');
    for (const pg of pgs) {
      expect(pg.up).toHaveLength(3);
      expect(new Set(pg.up.map((o) => Math.floor(o! / 3))).size).toBe(3);
      expect(pg.primary).toBe(pg.up[0]);
    }
  });

  it('drops a down OSD from a replicated set and shifts the rest; an EC set keeps a null hole', () => {
    const healthy = loadPlacement(crush, osdDump(18));
    const down = loadPlacement(crush, osdDump(18, { 4: { up: 0 } }));
    let seenRep = 0;
    let seenEc = 0;
    for (let ps = 0; ps < 64; ps++) {
      const before = healthy.mapPg(1, ps);
      if (!before.up.includes(4)) continue;
      seenRep++;
      // Down but still in: CRUSH still picks it, the up set leaves it out.
      expect(down.mapPg(1, ps).up).toEqual(before.up.filter((o) => o !== 4));
    }
    for (let ps = 0; ps < 32; ps++) {
      const before = healthy.mapPg(2, ps);
      const i = before.up.indexOf(4);
      if (i < 0) continue;
      seenEc++;
      const after = down.mapPg(2, ps);
      expect(after.up).toEqual(before.up.map((o) => (o === 4 ? null : o)));
      if (i === 0) expect(after.primary).toBe(after.up[1]);
    }
    expect(seenRep).toBeGreaterThan(0);
    expect(seenEc).toBeGreaterThan(0);
  });

  it('applies pg_upmap, and ignores it when a target is out', () => {
    const upmap = { pg_upmap: [{ pgid: '1.0', osds: [17, 16, 15] }] };
    expect(loadPlacement(crush, osdDump(18, {}, upmap)).mapPg(1, 0).up).toEqual([17, 16, 15]);
    const out = loadPlacement(crush, osdDump(18, { 16: { weight: 0 } }, upmap)).mapPg(1, 0);
    expect(out.up).not.toEqual([17, 16, 15]);
  });

  it('applies pg_upmap_items in order, skipping a target already in the set', () => {
    const base = loadPlacement(crush, osdDump(18)).mapPg(1, 5);
    const [a, b] = base.up as [number, number, number];
    const free = [...Array(18).keys()].find((o) => !base.up.includes(o))!;
    const items = {
      pg_upmap_items: [
        {
          pgid: '1.5',
          mappings: [
            { from: a, to: free },
            { from: b, to: free },
          ],
        },
      ],
    };
    const got = loadPlacement(crush, osdDump(18, {}, items)).mapPg(1, 5).up;
    expect(got).toEqual([free, ...base.up.slice(1)]);
  });

  it('moves the primary away from an OSD with primary affinity 0', () => {
    const p = loadPlacement(crush, osdDump(18, { 0: { primary_affinity: 0 }, 1: { primary_affinity: 0 }, 2: { primary_affinity: 0 } }));
    const plain = loadPlacement(crush, osdDump(18));
    let moved = 0;
    for (let ps = 0; ps < 64; ps++) {
      const pg = p.mapPg(1, ps);
      expect([0, 1, 2]).not.toContain(pg.primary);
      // Replicated pools move the new primary to the front; the members stay the same.
      expect(pg.up[0]).toBe(pg.primary);
      expect([...pg.up].sort()).toEqual([...plain.mapPg(1, ps).up].sort());
      if (pg.primary !== plain.mapPg(1, ps).primary) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });
});

describe('refusals', () => {
  it('names the bad field of a crush dump', () => {
    const bad = structuredClone(crush) as { buckets: { items: { weight: unknown }[] }[] };
    bad.buckets[1]!.items[2]!.weight = 'heavy';
    expect(() => loadPlacement(bad, osdDump(18))).toThrow(CrushInputError);
    expect(() => loadPlacement(bad, osdDump(18))).toThrow(/crush dump\.buckets\[1\]\.items\[2\]\.weight/);
  });

  it('names the bad field of an osd dump', () => {
    const bad = osdDump(18) as { pools: { pg_num: unknown }[] };
    bad.pools[0]!.pg_num = 0;
    expect(() => loadPlacement(crush, bad)).toThrow(/osd dump\.pools\[0\]\.pg_num/);
  });

  it('places legacy straw buckets but says what it assumed, naming the bucket', () => {
    const legacy = crushDump(3, 2, { alg: 'straw' });
    const p = loadPlacement(legacy, osdDump(6));
    expect(p.crush.warnings.map((w) => w.message).join('\n')).toMatch(/bucket host0 is a legacy straw bucket/);
    // straw_calc_version 1: the fixture's tunables (packages/crush/test/fixture.ts)
    expect(p.crush.warnings[0]).toMatchObject({ code: 'crush.legacy-straw', params: { bucket: 'host0', strawCalcVersion: 1 } });
    expect(p.mapPg(1, 0).up).toHaveLength(3);
  });

  it('refuses an unknown bucket algorithm by name, as a typed error', () => {
    const odd = crushDump(3, 2, { alg: 'straw3' });
    expect(() => loadPlacement(odd, osdDump(6))).toThrow(CrushUnsupportedError);
    expect(() => loadPlacement(odd, osdDump(6))).toThrow(/bucket host0 uses the unknown algorithm "straw3"/);
  });
});

describe('live input', () => {
  it("reads the osd dump of a live Pacific cluster (a copy of the importer's sandbox capture)", async () => {
    const { readFileSync } = await import('node:fs');
    const live: unknown = JSON.parse(readFileSync(new URL('./fixtures/sandbox-osd-dump.json', import.meta.url), 'utf8'));
    const dump = parseOsdDump(live);
    expect(dump.pools.map((p) => [p.pool, p.type, p.size, p.pg_num])).toEqual([
      [1, 1, 3, 1],
      [2, 1, 3, 32],
      [3, 3, 3, 32],
    ]);
    expect(dump.osds.length).toBeGreaterThan(0);
  });
});
