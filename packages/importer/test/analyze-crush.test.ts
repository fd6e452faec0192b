/**
 * `capa analyze` on Ceph's placement simulated (issue 9, item 4): the host-loss verdict judges the
 * fullest OSD, not the mean. Expected figures come from the rule that a host holds at most one copy of
 * a PG (ceph/ceph:src/crush/mapper.c, chooseleaf firstn type host): with hosts of 40, 40, 10, 10, 10 TB
 * and pve1 lost, each PG keeps at most one copy on pve2, so at least 2 of its 3 copies land on the
 * three 10 TB hosts: ≥ 2 × 18.67 TB over 30 TB, 124.5 % on average there, while the average model says
 * 3 × 18.67 ÷ 70 = 80 %. Ceph's ratios are per OSD (ceph/ceph:src/osd/OSDMap.cc, check_full_status).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as engine from '@capa/crush';
import { evaluate } from 'mathjs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInventory } from '@capa/core';
import { placementInputFromInventory, readInventory } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../cli/dist/capa.js', import.meta.url));
const CAPTURE = fileURLToPath(new URL('../../cli/test/fixtures/placement/capture', import.meta.url));
const MIXED = join(FIXTURES, 'mixed-hosts-inventory.json');
const TB = 1e12;
const STORED = 18_670_000_000_000; // 18.67 TB, a whole number of bytes

function capa(args: readonly string[]) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm -r run build\` first`);
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = mkdtempSync(join(tmpdir(), 'capa-analyze-crush-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
interface Check {
  id: string;
  level: string;
  message: string;
}
const level = (j: { checks: Check[] }, id: string) => j.checks.find((c) => c.id === id)?.level;

describe('capa analyze: the CRUSH placement simulated', () => {
  it('hosts of 40, 40, 10, 10, 10 TB, replica 3, 18.67 TB stored: the average model says 80 %, the fullest OSD passes 120 %: FAIL, exit 1', () => {
    const r = capa(['analyze', MIXED, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.ceph.fillAfterHostLoss).toBeCloseTo((3 * 18.67) / 70, 12); // the average model, kept
    expect(j.ceph.fullestOsdFillAfterHostLoss).toBeGreaterThan(1.2);
    expect(j.ceph.fullestOsdFillAfterHostLoss).toBeGreaterThanOrEqual((2 * 18.67) / 30);
    expect(j.ceph.fullestOsdFill).toBeGreaterThan(j.ceph.fillNow); // the fullest OSD sits above the mean
    expect(level(j, 'inventory.ceph.fill-after-host-loss')).toBe('fail');
    expect(j.checks.find((c: Check) => c.id === 'inventory.ceph.fill-after-host-loss').message).toMatch(
      /^After losing pve[12] and backfill, the fullest OSD \(osd\.[234] on pve[345]\) reaches 1\d\d\.\d% \(the average model says 80%\); above backfillfull 90%/,
    );
    expect(level(j, 'inventory.ceph.fullest-osd')).toBeDefined();
    expect(level(j, 'failure.ceph-io-blocked')).toBe('ok');
    expect(level(j, 'inventory.ceph.placement-from-osd-tree')).toBe('warn');
    const p = j.ceph.placement;
    expect(p).toMatchObject({ mapSource: 'osd-tree', pgs: 128, storedBytes: 18.67 * TB, failures: 1, failuresEvaluated: 5, failuresPossible: 5, pgsBelowMinSize: 0, pgsLost: 0, markedOut: [] });
    expect(p.worstHostLoss.hosts).toMatch(/^pve[12]$/);
    expect(p.worstHostLoss.fullestOsd.fill).toBe(j.ceph.fullestOsdFillAfterHostLoss);
    // Safe stored: stored × nearfull ÷ the worst fill (simulation.ts, crushSafeStored), far below the average model's.
    expect(p.crushSafeStoredBytes).toBe(Math.floor((18.67 * TB * 0.85) / j.ceph.fullestOsdFillAfterHostLoss));
    expect(p.crushSafeStoredBytes).toBeLessThan(j.ceph.safeRawBytes / 3);
    expect(p.assumptions.join('\n')).toMatch(/map built from the OSD tree/);
  });

  it('the same raw on five equal hosts of 22 TB passes (average 3 × 18.67 ÷ 88 = 63.6 %)', () => {
    const inv = JSON.parse(readFileSync(MIXED, 'utf8'));
    for (const o of inv.ceph.osds) {
      o.sizeBytes = 22 * TB;
      o.crushWeight = (22 * TB) / 2 ** 40;
    }
    const f = join(tmp, 'equal.json');
    writeFileSync(f, JSON.stringify(inv));
    const r = capa(['analyze', f, '--json']);
    expect(r.code, r.stdout).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ceph.fillAfterHostLoss).toBeCloseTo((3 * 18.67) / 88, 12);
    expect(j.ceph.fullestOsdFillAfterHostLoss).toBeLessThan(0.85);
    expect(level(j, 'inventory.ceph.fill-after-host-loss')).toBe('ok');
  });

  it('captured maps are used (mapSource captured, no OSD-tree warning): the same 40/40/10/10/10 cluster fails there too', () => {
    // packages/cli/test/fixtures/placement/README.md: 5 hosts of 40, 40, 10, 10, 10 TB, Ceph 16.2.15 maps.
    const out = join(tmp, 'captured.json');
    expect(capa(['import', 'ceph', '--dir', CAPTURE, '--out', out]).code).toBe(0);
    const inv = JSON.parse(readFileSync(out, 'utf8'));
    inv.ceph.pools[0].storedBytes = STORED;
    inv.ceph.rawUsedBytes = 3 * STORED;
    writeFileSync(out, JSON.stringify(inv));
    const r = capa(['analyze', out, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.ceph.placement.mapSource).toBe('captured');
    expect(level(j, 'inventory.ceph.placement-from-osd-tree')).toBeUndefined();
    expect(j.ceph.fullestOsdFillAfterHostLoss).toBeGreaterThan(1.2);
    expect(level(j, 'inventory.ceph.fill-after-host-loss')).toBe('fail');
  });

  it('French output: the figures and the verdict', () => {
    const r = capa(['analyze', MIXED, '--lang', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Placement Ceph\s+carte construite d’après l’arbre des OSD, 128 PG, 5 pertes d’hôte jouées sur 5/);
    expect(r.stdout).toMatch(/Ceph OSD le plus plein après perte d’hôte\s+1\d\d,\d\u202f% \(osd\.\d sur pve\d, perte de pve[12] ; modèle moyen 80\u202f%\)/);
    expect(r.stdout).toMatch(/Après la perte de pve[12] et le backfill, l’OSD le plus plein \(osd\.\d sur pve\d\) atteint 1\d\d,\d\u202f% \(le modèle moyen dit 80\u202f%\)/);
  });

  it('what-ifs: --grow scales the stored bytes; --remove-node marks its OSDs out; --add-node with OSDs is not simulated, and says why', () => {
    const grown = JSON.parse(capa(['analyze', MIXED, '--json', '--grow', '50%']).stdout);
    const base = JSON.parse(capa(['analyze', MIXED, '--json']).stdout);
    expect(grown.ceph.placement.storedBytes).toBe(Math.ceil(18.67 * TB * 1.5));
    // Fills scale linearly with the stored bytes (every PG of a pool holds stored ÷ pg_num).
    expect(grown.ceph.fullestOsdFill).toBeCloseTo(base.ceph.fullestOsdFill * 1.5, 9);
    const removed = JSON.parse(capa(['analyze', MIXED, '--json', '--remove-node', 'pve3']).stdout);
    expect(removed.ceph.placement.markedOut).toEqual([2]);
    // A host whose OSDs are all out has nothing left to lose: 4 host losses, not 5.
    expect(removed.ceph.placement.failuresPossible).toBe(4);
    // 40, 40, 10, 10 left, pve1 lost: every PG has a copy on pve2, pve4 and pve5: 18.67 TB on 10 TB.
    expect(removed.ceph.fullestOsdFillAfterHostLoss).toBeCloseTo(1.867, 9);
    const added = JSON.parse(capa(['analyze', MIXED, '--json', '--add-node', 'ram=64GiB,osds=1x40TB,name=pve6']).stdout);
    expect(added.ceph.placement).toBeNull();
    expect(added.ceph.fullestOsdFillAfterHostLoss).toBeNull();
    expect(added.checks.find((c: Check) => c.id === 'inventory.ceph.placement-not-simulated')).toMatchObject({ level: 'warn', message: expect.stringMatching(/the added node pve6 carries OSDs/) });
  });

  it('two hosts together (--failures 2): PGs with two copies there fall below min_size: failure.ceph-io-blocked fails', () => {
    const j = JSON.parse(capa(['analyze', MIXED, '--json', '--failures', '2']).stdout);
    expect(j.ceph.placement.failuresPossible).toBe(10); // C(5, 2)
    expect(j.ceph.placement.pgsBelowMinSize).toBeGreaterThan(0);
    expect(level(j, 'failure.ceph-io-blocked')).toBe('fail');
  });

  it('core: every derivation step recomputes with mathjs, the simulated ones included', () => {
    const inv = readInventory(readFileSync(MIXED, 'utf8'), MIXED);
    const input = placementInputFromInventory(inv)!;
    const out = analyzeInventory({ inventory: inv }, { engine, crushDump: input.crushDump, osdDump: input.osdDump, fromOsdTree: input.fromOsdTree });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const ids = out.value.derivation.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['inventory.ceph.fullest-osd', 'inventory.ceph.fullest-osd-after', 'inventory.ceph.crush-safe-stored']));
    for (const s of out.value.derivation) {
      const got = Number(evaluate(s.expr, { ...s.vars }));
      expect(Math.abs(got - s.value), `${s.id}: ${s.expr}`).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(s.value) * 1e-12));
    }
    // Without the engine (the web page's first load), the average model's verdict and no simulated key.
    const plain = analyzeInventory({ inventory: inv });
    if (!plain.ok) throw new Error('refused');
    expect(plain.value.ceph?.placement).toBeNull();
    expect(plain.value.checks.find((c) => c.id === 'inventory.ceph.fill-after-host-loss')?.level).toBe('ok');
  });
});
