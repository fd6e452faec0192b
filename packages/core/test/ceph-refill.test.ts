import { describe, expect, it } from 'vitest';
import { cephCapacity, cephCapacityOf, cephDataTarget, FAST, type Protection } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const rep = (size: number): Protection => ({ kind: 'replicated', size });
const TB = 1e12;

// Issue 8, item 1. With hosts = pool width and a host failure domain, CRUSH has no other host to
// re-create a lost host's copies on; a lost OSD's PGs remap inside its own host only
// (https://docs.ceph.com/en/latest/rados/operations/crush-map/ : one replica per failure domain;
// https://www.thomas-krenn.com/en/wiki/Determine_the_optimal_nearfull_ratio_in_the_Proxmox_Ceph_3-node_cluster).
// With one OSD per host a lost OSD is a lost host: nothing moves, and since the full ratios are per
// OSD (https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#storage-capacity) the safe
// capacity is nearfull × usable.
describe('hosts = width, one OSD per host: nothing refills', () => {
  it('3 × 1 × 40 TB, replica 3: safe usable = 0.85 × 40 TB = 34 TB (was 0 B)', () => {
    const r = ok(cephCapacity({ hosts: 3, osdsPerHost: 1, osdSizeBytes: 40 * TB, protection: rep(3) }));
    expect(r.healing).toBe('cannot-heal');
    expect(r.usableBytes).toBe(40 * TB);
    expect(r.safeUsableBytes).toBe(34 * TB);
    expect(r.safeUsableBackfillfullBytes).toBe(36 * TB);
    const safe = r.checks.find((c) => c.id === 'ceph.safe-capacity');
    expect(safe?.level).toBe('ok');
    expect(safe?.message).toContain('nothing is refilled');
    expect(r.derivation.find((s) => s.id === 'ceph.safe')?.expr).toBe('r * U');
  });
  it('the fill after losing the lone OSD is the fill now', () => {
    const r = ok(cephCapacity({ hosts: 3, osdsPerHost: 1, osdSizeBytes: 40 * TB, protection: rep(3), storedBytes: 30 * TB }));
    expect(r.fillNow).toBe(0.75);
    expect(r.fillAfterFailure).toBe(0.75);
    expect(r.checks.find((c) => c.id === 'ceph.fill-after-failure')?.level).toBe('ok');
  });
  it('two OSDs per host still refill onto the partner: 0.85 × 1/2 × usable', () => {
    const r = ok(cephCapacity({ hosts: 3, osdsPerHost: 2, osdSizeBytes: 20 * TB, protection: rep(3) }));
    expect(r.safeUsableBytes).toBe(17 * TB);
  });
  it('the planner fast path (the same calculator, recording nothing) agrees to the byte', () => {
    const v = { hosts: 3, osdsPerHost: 1, osdSizeBytes: 40 * TB, protection: rep(3), nearfull: 0.85, backfillfull: 0.9, full: 0.95, system: 'binary', lang: 'en' } as const;
    const f = cephCapacityOf(v, FAST);
    expect(f.safeUsableBytes).toBe(34 * TB);
    expect(f.safeUsableBackfillfullBytes).toBe(36 * TB);
    expect(f.derivation).toEqual([]);
    expect(cephCapacityOf({ ...v, storedBytes: 30 * TB }, FAST).fillAfterFailure).toBe(0.75);
  });
  it('the data target needs one 40 TB disk per node for 30 TB (share 30 TB ≤ 0.85 × 40 TB)', () => {
    const r = ok(cephDataTarget({ hosts: 3, dataBytes: 30 * TB, protection: rep(3), diskSizeBytes: 40 * TB }));
    expect(r.safeDisksPerNode).toBe(1);
    // The forward rule confirms it: 34 TB safe ≥ 30 TB.
    expect(ok(cephCapacity({ hosts: 3, osdsPerHost: 1, osdSizeBytes: 40 * TB, protection: rep(3) })).safeUsableBytes).toBeGreaterThanOrEqual(30 * TB);
    // 35 TB does not fit one disk; two disks refill onto one: 3 disks (0.85 × 2 × 40 ≥ 35).
    expect(ok(cephDataTarget({ hosts: 3, dataBytes: 35 * TB, protection: rep(3), diskSizeBytes: 40 * TB })).safeDisksPerNode).toBe(3);
  });
});
