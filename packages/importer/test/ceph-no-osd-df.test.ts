/**
 * A Ceph capture without `ceph osd df` (issue 13 point 1, "only a source with nothing usable fails"):
 * the OSDs come from `ceph osd tree`, sized from their CRUSH weight, used unknown, with a warning
 * naming the missing file. Fixture: the sandbox capture (test/fixtures/sandbox, fixtures/README.md)
 * copied without osd-df.json.
 */
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInventory } from '@capa/core';
import { ImportError, warningText } from '../src/index.js';
import { importCephDir } from '../src/node/index.js';
import { FIXTURES } from './helpers.js';
import { value } from './synthetic-inventory.js';

const tmp = mkdtempSync(join(tmpdir(), 'capa-ceph-no-osd-df-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const NOW = () => new Date('2026-01-01T00:00:00Z');
const TiB = 2 ** 40;

/** The sandbox capture minus `drop`, plus `write` (file → text). */
function capture(name: string, drop: readonly string[], write: Readonly<Record<string, string>> = {}): string {
  const dir = join(tmp, name);
  cpSync(join(FIXTURES, 'sandbox'), dir, { recursive: true });
  for (const f of drop) unlinkSync(join(dir, f));
  for (const [f, text] of Object.entries(write)) writeFileSync(join(dir, f), text);
  return dir;
}

describe('capa import ceph --dir without osd-df.json', () => {
  it('OSDs from osd-tree.json: hosts and states as the tree says, size = crush_weight × 1024⁴, used unknown; a warning names the file', async () => {
    const inv = await importCephDir(capture('tree-only', ['osd-df.json']), NOW);
    const c = inv.ceph!;
    // fixtures/sandbox/osd-tree.json: osd.0-2 on sandbox-host, hdd, up, reweight 1, crush_weight 0.009796142578125.
    // CRUSH weight is the device size in TiB by convention (https://docs.ceph.com/en/latest/rados/operations/crush-map/#crush-structure):
    // 0.009796142578125 × 2^40 = 10 770 972 672 bytes (osd df said 10 485 760 KiB = 10 737 418 240: the tree's figure is the weight's, not the device's).
    expect(c.osds.map((o) => [o.name, o.host, o.deviceClass, o.up, o.in, o.sizeBytes, o.usedBytes, o.pgs])).toEqual([
      ['osd.0', 'sandbox-host', 'hdd', true, true, 10770972672, null, null],
      ['osd.1', 'sandbox-host', 'hdd', true, true, 10770972672, null, null],
      ['osd.2', 'sandbox-host', 'hdd', true, true, 10770972672, null, null],
    ]);
    expect(c.osds[0]!.sizeBytes).toBe(0.009796142578125 * TiB);
    // No osd df: no summary and no OSD use, so raw used is unknown (not 0).
    expect([c.totalBytes, c.rawUsedBytes, c.availBytes]).toEqual([null, null, null]);
    // The pools still come from the capture's other files.
    expect(c.pools.map((p) => p.name)).toEqual(['device_health_metrics', 'sandbox-rep', 'sandbox-ec']);
    const w = inv.warnings.find((x) => x.code === 'ceph.osds-from-tree')!;
    expect(w.params).toEqual({ n: 3, sized: 3, bytes: 3 * 10770972672 });
    expect([warningText(w, 'en'), warningText(w, 'fr')]).toEqual([
      'ceph osd df (osd-df.json) not imported: the 3 OSDs come from ceph osd tree (osd-tree.json); sizes from crush_weight × 1024⁴ (TiB by convention: 32312918016 bytes for 3 OSDs), used bytes and PGs per OSD unknown, raw used unknown',
      'ceph osd df (osd-df.json) non importé : les 3 OSD viennent de ceph osd tree (osd-tree.json) ; tailles tirées du crush_weight × 1024⁴ (Tio par convention : 32312918016 octets pour 3 OSD), octets utilisés et PG par OSD inconnus, brut utilisé inconnu',
    ]);
    // The missing file is also said as any optional file is.
    expect(inv.warnings.find((x) => x.key === 'ceph.capture-missing')?.params).toMatchObject({ label: 'ceph osd df', file: 'osd-df.json' });
    // capa analyze: the fill is not computed, and says why.
    const a = value(analyzeInventory({ inventory: inv }));
    expect(a.checks.map((k) => k.code)).toContain('inventory.ceph.used-unknown');
  });

  it('an osd-df.json that is not JSON, with the tree there: a warning, the OSDs from the tree', async () => {
    const inv = await importCephDir(capture('df-broken', [], { 'osd-df.json': '{"nodes": [' }), NOW);
    expect(inv.ceph!.osds).toHaveLength(3);
    expect(inv.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['ceph.invalid-json', 'ceph.osds-from-tree']));
  });

  it('neither osd-df.json nor osd-tree.json: nothing lists the OSDs, the import is refused naming both', async () => {
    const e = await importCephDir(capture('nothing', ['osd-df.json', 'osd-tree.json']), NOW).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).code).toBe('ceph.command-required');
    expect((e as ImportError).message).toMatch(/^ceph osd df failed \(no osd-df\.json in .*\), and ceph osd tree could not be read either: one of the two is required to list the OSDs$/);
  });
});
