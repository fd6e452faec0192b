/**
 * The alert thresholds `capa alerts` writes (core: alerts/thresholds.ts), on the inventories of the
 * promtool test (packages/cli/test/fixtures/alerts). Expected figures:
 * - memory: the N − 1 rule of the Proxmox VE training course, (G + R) ÷ (T − F) ≤ 75 % (docs/memory.md#sources),
 *   so the configured guest RAM may reach u × (T − F) − R and the RAM in use u × (T − F); R counts
 *   osd_memory_target 4 GiB per OSD (ceph/ceph:src/common/options/global.yaml.in);
 * - Ceph: Ceph's ratios apply per OSD (ceph/ceph:src/osd/OSDMap.cc, check_full_status), and the simulated
 *   fills are bytes per PG (pool stored ÷ pg_num) summed per OSD, so they scale with the stored data:
 *   growing every pool by r ÷ K brings the fullest OSD after the worst host loss to nearfull r exactly,
 *   and the healthy fullest OSD to the threshold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as engine from '@capa/crush';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { type AnalysisInput, type AnalysisPlacement, alertThresholds, analyzeInventory, type InventoryAnalysis } from '@capa/core';
import { type Inventory, placementInputFromInventory, readInventory } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const GiB = 2 ** 30;
const TB = 1e12;
const ALERTS = fileURLToPath(new URL('../../cli/test/fixtures/alerts/', import.meta.url));
const read = (path: string): Inventory => readInventory(readFileSync(path, 'utf8'), path);
const PASSING = read(`${ALERTS}passing.json`);
const NEAR = read(`${ALERTS}near-limit.json`);

function placement(inv: Inventory): AnalysisPlacement {
  const p = placementInputFromInventory(inv)!;
  return { engine, crushDump: p.crushDump, osdDump: p.osdDump, fromOsdTree: p.fromOsdTree };
}
function analysis(inv: Inventory, opts: Partial<AnalysisInput> = {}, simulate = true): InventoryAnalysis {
  const out = analyzeInventory({ inventory: inv, ...opts }, simulate ? placement(inv) : undefined);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.value;
}
const byId = (th: ReturnType<typeof alertThresholds>, id: string) => th.thresholds.find((a) => a.id === id);
const level = (th: ReturnType<typeof alertThresholds>, id: string) => th.checks.find((c) => c.id === id)?.level;

describe('alert thresholds: memory N − f', () => {
  it('4 × 256 GiB, 3 OSDs each, 384 GiB of guests (a 64 GiB template left out): 540 GiB configured, 576 GiB in use', () => {
    const th = alertThresholds(analysis(PASSING), 'en');
    // pve1 fails (the largest; ties by name): T − F = 768 GiB; R = 3 survivors × 3 OSDs × 4 GiB = 36 GiB.
    expect(th.failedNodes).toEqual(['pve1']);
    expect(byId(th, 'memory.configured')).toMatchObject({ unit: 'bytes', threshold: 0.75 * 768 * GiB - 36 * GiB, now: 24 * 16 * GiB });
    expect(byId(th, 'memory.in-use')).toMatchObject({ threshold: 0.75 * 768 * GiB, now: null });
    expect(th.checks.filter((c) => c.level !== 'ok')).toEqual([]);
    // What the thresholds assume: the inventory's 4 nodes and 12 in OSDs.
    expect(th.assumed).toEqual({ nodes: 4, inOsds: 12 });
  });

  it('the options analyze takes move the thresholds: --max-utilization 0.8, --failures 2 (then already crossed: warn)', () => {
    expect(byId(alertThresholds(analysis(PASSING, { maxUtilization: 0.8 }), 'en'), 'memory.configured')?.threshold).toBe(Math.floor(0.8 * 768 * GiB - 36 * GiB)); // usable memory is floored to whole bytes
    // Two largest down (pve1, pve2): 512 GiB left, R = 2 × 12 GiB; 0.75 × 512 − 24 = 360 GiB < 384 GiB configured.
    const th = alertThresholds(analysis(PASSING, { failures: 2 }), 'fr');
    expect(byId(th, 'memory.configured')?.threshold).toBe(360 * GiB);
    expect(level(th, 'alerts.crossed')).toBe('warn');
    expect(th.checks.find((c) => c.id === 'alerts.crossed')?.message).toMatch(/^memory\.configured : l’inventaire dépasse déjà le seuil \(384 Gio > 360 Gio\)/);
  });

  it('a Ceph-only inventory has no memory rule, and says so at level ok', () => {
    const th = alertThresholds(analysis(read(`${FIXTURES}/mixed-hosts-inventory.json`)), 'en');
    expect(th.thresholds.map((a) => a.id)).toEqual(['ceph.fullest-osd', 'ceph.stored']);
    expect(level(th, 'alerts.memory.none')).toBe('ok');
  });
});

describe('alert thresholds: the fullest OSD after a host loss', () => {
  it.each([
    ['passing', PASSING],
    ['near the limit', NEAR],
  ])('%s: growing every pool until the worst loss puts an OSD at nearfull puts the healthy fullest OSD at the threshold', (_, inv) => {
    const a = analysis(inv);
    const th = alertThresholds(a, 'en');
    const c = a.ceph!;
    const O = c.fullestOsdFill!;
    const H = c.fullestOsdFillAfterHostLoss!;
    const osd = byId(th, 'ceph.fullest-osd')!;
    expect(osd.threshold).toBeCloseTo((O * 0.85) / Math.max(O, H), 15);
    expect(osd.now).toBe(O);
    // The stored threshold is the same point: threshold ÷ O = crush-safe stored ÷ stored (floor aside).
    const stored = byId(th, 'ceph.stored')!;
    expect(stored.threshold).toBe(c.placement!.crushSafeStoredBytes);
    expect(osd.threshold / O).toBeCloseTo(stored.threshold / c.placement!.storedBytes, 9);
    // Replay: every pool grown to the crush-safe stored (the analysis' --grow).
    const grown = analysis(inv, { grow: 0.85 / Math.max(O, H) - 1 }).ceph!;
    expect(Math.max(grown.fullestOsdFillAfterHostLoss!, grown.fullestOsdFill!)).toBeCloseTo(0.85, 9);
    expect(grown.fullestOsdFill).toBeCloseTo(osd.threshold, 9);
  });

  it('near the limit: 5.6 TB stored, the crush-safe stored a little above; --nearfull 0.8 scales the fill threshold by 0.8 ÷ 0.85', () => {
    const th = alertThresholds(analysis(NEAR), 'en');
    const stored = byId(th, 'ceph.stored')!;
    expect(stored.now).toBe(5.6 * TB);
    expect(stored.threshold).toBeGreaterThan(5.6 * TB);
    expect(stored.threshold).toBeLessThan(6 * TB);
    const lower = alertThresholds(analysis(NEAR, { nearfull: 0.8 }), 'en');
    expect(byId(lower, 'ceph.fullest-osd')!.threshold).toBeCloseTo((byId(th, 'ceph.fullest-osd')!.threshold * 0.8) / 0.85, 12);
    expect(lower.nearfullFrom).toBe('option');
  });

  it('without the simulation: the average model’s safe raw, 0.85 × (48 − 12) TB = 30.6 TB, with a warn saying the fullest OSD is ignored', () => {
    const th = alertThresholds(analysis(PASSING, {}, false), 'en');
    const raw = byId(th, 'ceph.raw-used')!;
    expect(raw.now).toBe(18 * TB); // 3 × 6 TB stored
    expect(Math.abs(raw.threshold - 30.6 * TB)).toBeLessThanOrEqual(1); // floored to whole bytes
    expect(th.thresholds.map((a) => a.id)).not.toContain('ceph.fullest-osd');
    expect(level(th, 'alerts.ceph.average-model')).toBe('warn');
  });

  it('every threshold step recomputes from its numbers (mathjs) and cites a source', () => {
    for (const inv of [PASSING, NEAR])
      for (const s of alertThresholds(analysis(inv), 'en').derivation) {
        expect(Number(evaluate(s.expr, { ...s.vars })), s.id).toBeCloseTo(s.value, 6);
        expect(s.source.ref).not.toBe('');
      }
  });
});
