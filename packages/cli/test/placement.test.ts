/**
 * `capa placement` through the real binary, against Ceph's own tools: the fixture cluster
 * (test/fixtures/placement, 5 hosts of 40/40/10/10/10 TB, pool rbd size 3, 88 PGs) was made with
 * Debian's crushtool and osdmaptool 16.2.15 by make.sh, and every expected up set below is
 * `osdmaptool om --test-map-pgs-dump --pool 1` of that map, with the OSDs marked out
 * (`osdmaptool om --mark-out N --import-crush map.bin`, one call per OSD) for the what-ifs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapsFromOsdTree } from '@capa/crush';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, cliJson, CRUSH, FIX, OSDMAP, SANDBOX_INVENTORY } from './placement-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'capa-placement-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Pg {
  pgid: string;
  up: (number | null)[];
  primary: number;
}
interface PlacementJson {
  source: { kind: string; mapFromOsdTree: boolean };
  marked: { osds: number[]; failedHosts: string[] };
  pools: { id: number; name: string; pgNum: number; storedBytes: number | null; bytesPerShard: number | null; pgsUndersized: number; pgsBelowMinSize: number; pgs: Pg[] }[];
  osds: { id: number; host: string | null; up: boolean; reweight: number; sizeBytes: number; pgShards: number; primaries: number; expectedBytes: number; expectedFill: number | null }[];
  hosts: { name: string; osds: number[]; pgShards: number; expectedFill: number | null }[];
  fullestOsds: number[];
  assumptions: string[];
  warnings: { code: string; message: string }[];
}

/** osdmaptool --test-map-pgs-dump: "1.1f\t[3,1,7]\t3" lines, then the per-OSD "osd.N count first primary" table. */
function osdmaptoolDump(file: string): { pgs: Pg[]; counts: Map<number, { count: number; primary: number }> } {
  const text = readFileSync(join(FIX, file), 'utf8');
  const pgs = text
    .split('\n')
    .filter((l) => /^\d+\.[0-9a-f]+\t/.test(l))
    .map((l) => {
      const [pgid, set, primary] = l.split('\t') as [string, string, string];
      return { pgid, up: JSON.parse(set) as number[], primary: Number(primary) };
    });
  const counts = new Map<number, { count: number; primary: number }>();
  for (const m of text.matchAll(/^osd\.(\d+)\t(\d+)\t(\d+)\t(\d+)\t/gm)) counts.set(Number(m[1]), { count: Number(m[2]), primary: Number(m[4]) });
  return { pgs, counts };
}

function expectLikeOsdmaptool(j: PlacementJson, file: string): void {
  const ceph = osdmaptoolDump(file);
  expect(ceph.pgs).toHaveLength(88);
  expect(j.pools).toHaveLength(1);
  expect(j.pools[0]!.pgNum).toBe(88);
  expect(j.pools[0]!.pgs).toEqual(ceph.pgs);
  // osdmaptool counts only OSDs that are in; ours lists all, the out ones at 0.
  for (const o of j.osds) expect({ id: o.id, count: o.pgShards, primary: o.primaries }).toEqual({ id: o.id, count: ceph.counts.get(o.id)?.count ?? 0, primary: ceph.counts.get(o.id)?.primary ?? 0 });
}

describe('capa placement --osdmap --crush: the up sets of osdmaptool', () => {
  it('healthy: every PG, its up set and primary; per-OSD shards and primaries as osdmaptool counts them', async () => {
    const r = await cliJson<PlacementJson>(['placement', '--osdmap', OSDMAP, '--crush', CRUSH]);
    expect(r.code, r.stderr).toBe(0);
    expectLikeOsdmaptool(r.json, 'pgs-healthy.txt');
    expect(r.json.pools[0]).toMatchObject({ id: 1, name: 'rbd', pgNum: 88, storedBytes: null, bytesPerShard: null, pgsUndersized: 0 });
    expect(r.json.pools[0]!.pgs.slice(0, 2)).toEqual([
      { pgid: '1.0', up: [7, 0, 9], primary: 7 },
      { pgid: '1.1', up: [9, 8, 6], primary: 9 },
    ]);
    expect(r.json.pools[0]!.pgs.map((p) => p.pgid)).toContain('1.1f');
    // The small hosts carry far more than their weight share: the fullest OSDs are theirs.
    expect(r.json.fullestOsds.slice(0, 3)).toEqual([9, 10, 8]);
    expect(r.json.osds.every((o) => o.expectedFill === null)).toBe(true);
    expect(r.json.hosts.map((h) => [h.name, h.pgShards])).toEqual([
      ['pve1', 78],
      ['pve2', 77],
      ['pve3', 33],
      ['pve4', 41],
      ['pve5', 35],
    ]);
  });

  it('--out 5: the placement of osdmaptool --mark-out 5', async () => {
    const r = await cliJson<PlacementJson>(['placement', '--osdmap', OSDMAP, '--crush', CRUSH, '--out', '5']);
    expect(r.code, r.stderr).toBe(0);
    expectLikeOsdmaptool(r.json, 'pgs-out-5.txt');
    expect(r.json.osds.find((o) => o.id === 5)).toMatchObject({ up: false, reweight: 0, pgShards: 0 });
  });

  it('--fail-host pve1 --out osd.9: osdmaptool with osd.0-3 and osd.9 marked out; every PG then lives on pve2, pve3, pve5', async () => {
    const r = await cliJson<PlacementJson>(['placement', '--osdmap', OSDMAP, '--crush', CRUSH, '--fail-host', 'pve1', '--out', 'osd.9']);
    expect(r.code, r.stderr).toBe(0);
    expectLikeOsdmaptool(r.json, 'pgs-fail-pve1-out-9.txt');
    expect(r.json.marked).toMatchObject({ osds: [0, 1, 2, 3, 9], failedHosts: ['pve1'] });
    expect(r.json.hosts.find((h) => h.name === 'pve3')?.pgShards).toBe(88);
  });

  it('--fail-host pve3: osdmaptool with osd.8 marked out', async () => {
    const r = await cliJson<PlacementJson>(['placement', '--osdmap', OSDMAP, '--crush', CRUSH, '--fail-host', 'pve3']);
    expectLikeOsdmaptool(r.json, 'pgs-fail-pve3.txt');
  });

  it('--pool by name or id; the terminal shows the first 16 PGs unless --all, the host and OSD tables and the fullest OSDs', async () => {
    expect((await cliJson<PlacementJson>(['placement', '--osdmap', OSDMAP, '--crush', CRUSH, '--pool', 'rbd'])).json.pools).toHaveLength(1);
    expect((await cliJson<PlacementJson>(['placement', '--osdmap', OSDMAP, '--crush', CRUSH, '--pool', '1'])).json.pools[0]!.name).toBe('rbd');
    const h = await cli(['placement', '--osdmap', OSDMAP, '--crush', CRUSH]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^ {2}1\.0 +\[7,0,9\] +7$/m);
    expect(h.stdout).not.toMatch(/^ {2}1\.10 /m);
    expect(h.stdout).toContain('16 of 88 PGs shown');
    expect(h.stdout).toMatch(/^ {2}pve4 +9 +9\.09 TiB +41 /m);
    expect(h.stdout).toMatch(/^ {2}osd\.9 +pve4 +up +9\.09 TiB +41 +14 /m);
    expect(h.stdout).toMatch(/Fullest OSDs: osd\.9 \(pve4\) 41 PG shards/);
    expect(h.stdout).toContain('stored bytes per PG = pool stored / pg_num');
    const all = await cli(['placement', '--osdmap', OSDMAP, '--crush', CRUSH, '--all']);
    expect(all.stdout).toMatch(/^ {2}1\.57 +\[5,3,9\] +5$/m);
    expect(all.stdout).not.toContain('PGs shown');
  });
});

describe('capa placement on an inventory', () => {
  const capture = join(FIX, 'capture');

  it('capa import ceph --dir with osd-crush-dump.json and osd-dump.json: the maps are in the inventory, placement equals osdmaptool, the fill comes from ceph df', async () => {
    const inv = join(tmp, 'with-maps.json');
    const imp = await cli(['import', 'ceph', '--dir', capture, '--out', inv]);
    expect(imp.code, imp.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(inv, 'utf8'));
    expect(doc.ceph.placementMaps).toMatchObject({ format: 'capa.ceph-placement-maps', version: 1 });
    expect(doc.warnings.map((w: { code: string }) => w.code)).not.toContain('ceph.no-crush-map');
    const r = await cliJson<PlacementJson>(['placement', inv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.source).toMatchObject({ kind: 'inventory', mapFromOsdTree: false });
    expectLikeOsdmaptool(r.json, 'pgs-healthy.txt');
    // 6 TB stored in 88 PGs, a full copy on each of the 3 OSDs of a PG; each OSD is 10 TB (osd df kb).
    const perPg = 6e12 / 88;
    expect(r.json.pools[0]).toMatchObject({ storedBytes: 6e12, bytesPerShard: Math.round(perPg) });
    const osd9 = r.json.osds.find((o) => o.id === 9)!;
    expect(osd9.sizeBytes).toBe(9_765_625_000 * 1024);
    expect(osd9.expectedBytes).toBe(Math.round(41 * perPg));
    expect(osd9.expectedFill).toBeCloseTo((41 * perPg) / 1e13, 9);
    expect(r.json.fullestOsds[0]).toBe(9);
    // After losing pve1 and osd.9, pve3's one OSD holds a copy of every PG: 6 TB of its 10 TB.
    const f = await cliJson<PlacementJson>(['placement', inv, '--fail-host', 'pve1', '--out', '9']);
    expectLikeOsdmaptool(f.json, 'pgs-fail-pve1-out-9.txt');
    expect(f.json.osds.find((o) => o.id === 8)!.expectedFill).toBeCloseTo(0.6, 9);
    const h = await cli(['placement', inv]);
    expect(h.stdout).toMatch(/^ {2}osd\.9 +pve4 +up +9\.09 TiB +41 +14 +2\.54 TiB +28%$/m);
  });

  it('without osd-crush-dump.json: the import warns, placement builds the map from the OSD tree and says so', async () => {
    const dir = join(tmp, 'no-crush');
    cpSync(capture, dir, { recursive: true });
    unlinkSync(join(dir, 'osd-crush-dump.json'));
    const inv = join(tmp, 'no-maps.json');
    const imp = await cli(['import', 'ceph', '--dir', dir, '--out', inv]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stderr).toMatch(/ceph osd crush dump \(osd-crush-dump\.json\) not imported: placement will use a map built from the OSD tree/);
    const doc = JSON.parse(readFileSync(inv, 'utf8'));
    expect(doc.ceph.placementMaps).toBeNull();
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain('ceph.no-crush-map');
    const r = await cliJson<PlacementJson>(['placement', inv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.source.mapFromOsdTree).toBe(true);
    expect(r.json.warnings.map((w) => w.code)).toContain('placement.map-from-osd-tree');
    const hostOf = new Map(r.json.osds.map((o) => [o.id, o.host]));
    expect(r.json.pools[0]!.pgs).toHaveLength(88);
    // The default rule: three OSDs on three different hosts for every PG.
    for (const pg of r.json.pools[0]!.pgs) expect(new Set(pg.up.map((o) => hostOf.get(o!))).size).toBe(3);
    // The capture has osd-dump.json: the warning names the one map missing, never "no Ceph maps" (issue 13).
    const text = (await cli(['placement', inv])).stdout;
    expect(text).toMatch(/⚠ the inventory has no ceph osd crush dump \(osd-crush-dump\.json not captured; ceph osd dump was, but both maps are needed\)/);
    expect(text).not.toMatch(/no Ceph maps/);
    expect((await cli(['placement', inv, '--lang', 'fr'])).stdout).toMatch(/l’inventaire n’a pas de ceph osd crush dump \(osd-crush-dump\.json non capturé ; ceph osd dump l’a été/);
    // capa analyze says the same in its check.
    const a = await cliJson<{ checks: { code: string; message: string }[] }>(['analyze', inv]);
    expect(a.json.checks.find((c) => c.code === 'inventory.ceph.placement-from-osd-tree')?.message).toMatch(
      /^The inventory has no ceph osd crush dump \(ceph osd dump was captured, but both maps are needed\)/,
    );
  });

  it('without osd-dump.json: the warning names that map', async () => {
    const dir = join(tmp, 'no-osd-dump');
    cpSync(capture, dir, { recursive: true });
    unlinkSync(join(dir, 'osd-dump.json'));
    const inv = join(tmp, 'no-osd-dump.json');
    const imp = await cli(['import', 'ceph', '--dir', dir, '--out', inv]);
    expect(imp.code, imp.stderr).toBe(0);
    const r = await cliJson<PlacementJson>(['placement', inv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.warnings.find((w) => w.code === 'placement.map-from-osd-tree')?.message).toMatch(/^the inventory has no ceph osd dump \(osd-dump\.json not captured; ceph osd crush dump was/);
  });

  it('an inventory from before the capture (no placementMaps key) is still read, with the warning', async () => {
    const r = await cliJson<PlacementJson>(['placement', SANDBOX_INVENTORY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.source.mapFromOsdTree).toBe(true);
    expect(r.json.warnings[0]!.code).toBe('placement.map-from-osd-tree');
    // Neither dump in that inventory: here "no Ceph maps" is true.
    expect(r.json.warnings[0]!.message).toMatch(/^the inventory has no Ceph maps \(ceph osd crush dump and ceph osd dump not captured\)/);
    expect(r.json.pools.map((p) => p.name)).toEqual(['device_health_metrics', 'sandbox-rep', 'sandbox-ec']);
  });
});

describe('capa placement: EC holes', () => {
  it('an EC pool with a host down and out keeps its shard positions: the hole is null', async () => {
    // 5 hosts of one OSD, EC 3+2 over chooseleaf indep host: with a host out, no fifth host is left.
    // The maps are the synthesiser's (the rule `ceph osd pool create … erasure` makes), plus the pool's profile.
    const synth = mapsFromOsdTree(
      [0, 1, 2, 3, 4].map((id) => ({ name: `h${id}`, osds: [{ id, crushWeight: 1 }] })),
      [{ id: 2, name: 'ec', erasure: true, size: 5, minSize: 4, pgNum: 32 }],
    );
    const crush = synth.crushDump;
    const osdmap = { ...synth.osdDump, pools: synth.osdDump.pools.map((p) => ({ ...p, erasure_code_profile: 'k3m2' })), erasure_code_profiles: { k3m2: { k: '3', m: '2' } } };
    writeFileSync(join(tmp, 'ec-crush.json'), JSON.stringify(crush));
    writeFileSync(join(tmp, 'ec-osd.json'), JSON.stringify(osdmap));
    const healthy = await cliJson<PlacementJson>(['placement', '--osdmap', join(tmp, 'ec-osd.json'), '--crush', join(tmp, 'ec-crush.json')]);
    const failed = await cliJson<PlacementJson>(['placement', '--osdmap', join(tmp, 'ec-osd.json'), '--crush', join(tmp, 'ec-crush.json'), '--fail-host', 'h2']);
    expect(healthy.json.pools[0]!.pgsUndersized).toBe(0);
    expect(failed.json.pools[0]).toMatchObject({ pgsUndersized: 32, pgsBelowMinSize: 0 });
    let holeWhereOsd2Was = 0;
    failed.json.pools[0]!.pgs.forEach((pg, i) => {
      // Five shards, one hole; the four live hosts each hold one shard.
      expect(pg.up).toHaveLength(5);
      expect(pg.up.filter((o) => o === null)).toHaveLength(1);
      expect(new Set(pg.up.filter((o) => o !== null))).toEqual(new Set([0, 1, 3, 4]));
      if (pg.up.indexOf(null) === healthy.json.pools[0]!.pgs[i]!.up.indexOf(2)) holeWhereOsd2Was++;
    });
    // indep keeps positions: the hole is mostly where osd.2 was (a shard that had to retry may move).
    expect(holeWhereOsd2Was).toBeGreaterThan(16);
    expect(failed.stdout).toMatch(/"up": \[\s*(\d+,\s*)*null/);
  });
});
