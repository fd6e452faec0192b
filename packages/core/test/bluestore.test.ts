import { describe, expect, it } from 'vitest';
import { bluestore } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};

describe('BlueStore DB/WAL', () => {
  it('G19: 16 TB OSD under each rule', () => {
    // course 2–5 % / 1 %; Ceph RBD 1–2 %, RGW 4 %; pveceph 10 % / 1 % (ceph-formulas.md G19)
    const r = ok(bluestore({ osdSizeBytes: 16e12 }));
    expect([r.dbMinBytes, r.dbMaxBytes, r.walBytes]).toEqual([320e9, 800e9, 160e9]);
    const by = Object.fromEntries(r.rules.map((x) => [x.rule, x]));
    expect([by['ceph-rbd']?.dbMinBytes, by['ceph-rbd']?.dbMaxBytes]).toEqual([160e9, 320e9]);
    expect(by['ceph-rgw']?.dbMinBytes).toBe(640e9);
    expect([by['proxmox']?.dbMinBytes, by['proxmox']?.walBytes]).toEqual([1.6e12, 160e9]);
    expect(by['ceph-rbd']?.walBytes).toBe(2 ** 30); // max_total_wal_size
  });
  it('8 TB OSD: 80 / 160 / 320 GB (G19)', () => {
    const r = ok(bluestore({ osdSizeBytes: 8e12, rule: 'ceph-rgw' }));
    expect(r.dbMinBytes).toBe(320e9);
  });
  it('DB device sharing: capacity and blast radius', () => {
    // 4 × (320 GB + 160 GB) = 1.92 TB > 1.6 TB device → fail
    const r = ok(bluestore({ osdSizeBytes: 16e12, osdsPerDbDevice: 4, dbDeviceBytes: 1.6e12 }));
    expect(r.sharedDbNeedBytes).toBe(1.92e12);
    expect(r.checks.find((c) => c.id === 'bluestore.shared-capacity')?.level).toBe('fail');
    expect(r.blastRadiusOsds).toBe(4);
  });
  it('SSD wear from DWPD', () => {
    // 3 DWPD × 1.6 TB × 365 × 5 = 8.76 PB; 40 MB/s = 1.26144 PB/yr → 6.94 years
    const r = ok(bluestore({ osdSizeBytes: 16e12, dbDeviceBytes: 1.6e12, dwpd: 3, dbWriteBps: 320e6 }));
    expect(r.ssdLifeYears).toBeCloseTo(8.76e15 / (40e6 * 31536000), 10);
  });
});
