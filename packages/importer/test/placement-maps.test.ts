// ceph.placementMaps in the inventory: captured from osd-crush-dump.json + osd-dump.json, validated by
// @capa/crush's readers, versioned on its own; inventories without it stay valid.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCephJson, placementInputFromInventory, readInventory, Warnings, warningText } from '../src/index.js';

const CAPTURE = fileURLToPath(new URL('../../cli/test/fixtures/placement/capture/', import.meta.url));
const SANDBOX_INVENTORY = fileURLToPath(new URL('./fixtures/sandbox-inventory.json', import.meta.url));
const read = (f: string): unknown => JSON.parse(readFileSync(`${CAPTURE}${f}`, 'utf8'));
const inputs = () => ({
  osdDf: read('osd-df.json'),
  osdTree: read('osd-tree.json'),
  df: read('df-detail.json'),
  poolLsDetail: read('osd-pool-ls-detail.json'),
  crushRules: read('osd-crush-rule-dump.json'),
  osdDump: read('osd-dump.json'),
  crushDump: read('osd-crush-dump.json'),
});

function inventoryWith(ceph: ReturnType<typeof parseCephJson>) {
  return {
    schema: 'capa.inventory',
    version: 1,
    source: { kind: 'ceph-dir', origin: null, versions: {}, cluster: null },
    collectedAt: '2026-11-30T00:00:00.000Z',
    nodes: [],
    guests: [],
    storages: [],
    ceph,
    bonds: [],
    warnings: [],
  };
}

describe('ceph.placementMaps', () => {
  it('both dumps: stored trimmed to what placement reads, no warning about them', () => {
    const w = new Warnings();
    const ceph = parseCephJson(inputs(), w);
    expect(w.list.map((x) => x.code)).not.toContain('ceph.no-crush-map');
    const maps = ceph.placementMaps!;
    expect(maps).toMatchObject({ format: 'capa.ceph-placement-maps', version: 1 });
    expect(maps.osdDump.pools).toHaveLength(1);
    // Fields placement does not read (epoch, fsid, pg_temp, blocklist ...) are not kept.
    expect(Object.keys(maps.osdDump)).not.toContain('epoch');
    expect(maps.crushDump.buckets.length).toBeGreaterThan(5);
  });

  it('one dump missing: null and the warning ceph.no-crush-map naming the file', () => {
    const w = new Warnings();
    const { crushDump: _drop, ...rest } = inputs();
    expect(parseCephJson(rest, w).placementMaps).toBeNull();
    expect(w.list.find((x) => x.code === 'ceph.no-crush-map')?.message).toMatch(/^ceph osd crush dump \(osd-crush-dump\.json\) not imported: placement will use a map built from the OSD tree/);
  });

  it('a dump Capa cannot read: null and ceph.crush-map-unusable naming the field', () => {
    const w = new Warnings();
    const bad = inputs();
    (bad.crushDump as { buckets: { alg: string }[] }).buckets[0]!.alg = 'nope';
    expect(parseCephJson(bad, w).placementMaps).toBeNull();
    const found = w.list.find((x) => x.code === 'ceph.crush-map-unusable')!;
    expect(found.message).toContain('nope');
    // Coded (issue 13 item 5): the same params render in French, naming the same value.
    expect(warningText(found, 'fr')).toContain('nope');
    expect(warningText(found, 'fr')).not.toBe(found.message);
  });

  it('readInventory validates the maps and names the field; another version is refused; an inventory without them is valid', () => {
    const inv = inventoryWith(parseCephJson(inputs()));
    const bad = structuredClone(inv) as { ceph: { placementMaps: { version: number; crushDump: { buckets: { items: { weight: number }[] }[] } } } };
    bad.ceph.placementMaps.crushDump.buckets[0]!.items[0]!.weight = -1;
    expect(() => readInventory(JSON.stringify(bad), 'x.json')).toThrow('ceph.placementMaps.crushDump.buckets.0.items.0.weight: must be 0 or more');
    bad.ceph.placementMaps.crushDump.buckets[0]!.items[0]!.weight = 0x10000;
    bad.ceph.placementMaps.version = 2;
    expect(() => readInventory(JSON.stringify(bad), 'x.json')).toThrow('ceph.placementMaps.version');
    const old = readInventory(readFileSync(SANDBOX_INVENTORY, 'utf8'), 'sandbox-inventory.json');
    expect(old.ceph?.placementMaps).toBeUndefined();
    const input = placementInputFromInventory(old)!;
    expect(input.fromOsdTree).toBe(true);
    expect(input.warnings[0]!.code).toBe('placement.map-from-osd-tree');
    expect(placementInputFromInventory(readInventory(JSON.stringify(inv), 'x.json'))!.fromOsdTree).toBe(false);
  });
});
