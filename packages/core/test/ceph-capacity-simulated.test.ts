// `capa ceph`'s CRUSH simulation (capacity-simulated.ts) over the average model. Placement is Ceph's
// own (@capa/crush, checked PG for PG against osdmaptool in packages/crush/test); pg_num comes from the
// released pg_autoscaler (ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py).
import * as engine from '@capa/crush';
import { describe, expect, it } from 'vitest';
import { cephCapacity, cephCapacitySimulated } from '../src/index.js';

const TB = 1e12;
const ok = <T>(o: { ok: true; value: T } | { ok: false }): T => {
  if (!o.ok) throw new Error('refused');
  return o.value;
};

describe('cephCapacitySimulated', () => {
  it('keeps every average-model figure and adds the simulated ones', () => {
    const input = { hosts: 5, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: { kind: 'replicated' as const, size: 3 }, storedBytes: 15 * TB };
    const avg = ok(cephCapacity(input));
    const sim = ok(cephCapacitySimulated(input, engine));
    for (const key of ['rawBytes', 'usableBytes', 'safeUsableBytes', 'safeUsableBackfillfullBytes', 'fillAfterFailure', 'fillNow'] as const) expect(sim[key]).toBe(avg[key]);
    // 20 OSDs × 100 ÷ 3 = 666.7 → the autoscaler's nearest power of two, 512 (module.py nearest_power_of_two).
    expect(sim.placement.pgNum).toBe(512);
    expect(sim.placement.failuresEvaluated).toBe(5);
    // Straw2 is a random draw: the fullest OSD is above the mean (15 × 3 ÷ 80 TB = 56.25 %).
    expect(sim.fullestOsdFill!).toBeGreaterThan(0.5625);
    expect(sim.hostFailure.fullestOsdFill!).toBeGreaterThan(avg.fillAfterFailure!);
    expect(sim.crushSafeUsableBytes!).toBeLessThan(avg.safeUsableBytes);
    expect(sim.checks.find((c) => c.id === 'ceph.fill-after-failure')!.message).toMatch(/fullest OSD \(osd\.\d+ on node\d\)/);
    expect(sim.checks.find((c) => c.id === 'ceph.safe-capacity')!.message).toMatch(/CRUSH simulated.*average model says/);
    expect(sim.derivation.map((s) => s.id)).toEqual(expect.arrayContaining(['ceph.crush-pg-num', 'ceph.crush-safe', 'ceph.crush-fullest', 'ceph.crush-fill-after']));
  });

  it('without --stored: a safe amount, no fills', () => {
    const sim = ok(cephCapacitySimulated({ hosts: 4, osdsPerHost: 2, osdSizeBytes: 8 * TB, protection: { kind: 'erasure', k: 2, m: 1 } }, engine));
    expect(sim.fullestOsdFill).toBeNull();
    expect(sim.hostFailure.fullestOsdFill).toBeNull();
    expect(sim.crushSafeUsableBytes!).toBeGreaterThan(0);
    expect(sim.checks.some((c) => c.id === 'ceph.fullest-osd')).toBe(false);
    expect(sim.checks.find((c) => c.id === 'failure.ceph-io-blocked')!.level).toBe('ok');
  });

  it('hosts = width with several OSDs per host: the OSD losses are played out', () => {
    const sim = ok(cephCapacitySimulated({ hosts: 3, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: { kind: 'replicated', size: 3 }, storedBytes: 8 * TB, lang: 'fr' }, engine));
    expect(sim.placement.failureKind).toBe('osd');
    expect(sim.placement.failuresEvaluated).toBe(12);
    expect(sim.checks.find((c) => c.id === 'ceph.safe-capacity')!.message).toMatch(/pire perte d’OSD/);
  });

  it('a pool that cannot be placed: nothing is safe, nothing is simulated', () => {
    const sim = ok(cephCapacitySimulated({ hosts: 2, osdsPerHost: 2, osdSizeBytes: TB, protection: { kind: 'replicated', size: 3 } }, engine));
    expect(sim.crushSafeUsableBytes).toBe(0);
    expect(sim.placement.failuresEvaluated).toBe(0);
  });

  it('refuses what cephCapacity refuses', () => {
    expect(cephCapacitySimulated({ hosts: 0, osdsPerHost: 1, osdSizeBytes: TB, protection: { kind: 'replicated', size: 3 } }, engine).ok).toBe(false);
  });
});
