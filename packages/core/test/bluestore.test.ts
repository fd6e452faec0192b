import { describe, expect, it } from 'vitest';
import { bluestore } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};

describe('BlueStore DB/WAL', () => {
  it('G19: 16 TB OSD under each rule', () => {
    // course 2–5 % / 1 %; Ceph RBD 1–2 %, RGW 4 %; pveceph 10 % / 1 % (docs/golden-examples.md G19)
    const r = ok(bluestore({ osdSizeBytes: 16e12 }));
    expect([r.dbMinBytes, r.dbMaxBytes, r.walBytes]).toEqual([320e9, 800e9, 160e9]);
    const by = Object.fromEntries(r.rules.map((x) => [x.rule, x]));
    expect([by['ceph-rbd']?.dbMinBytes, by['ceph-rbd']?.dbMaxBytes]).toEqual([160e9, 320e9]);
    expect(by['ceph-rgw']?.dbMinBytes).toBe(640e9);
    // pveceph without -wal_dev: the WAL is inside block.db (proxmox/pve-docs:pveceph.adoc), RocksDB's 1 GiB
    expect([by['proxmox']?.dbMinBytes, by['proxmox']?.walBytes]).toEqual([1.6e12, 2 ** 30]);
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

// Issue 8, item 8. pveceph creates a WAL volume only when a WAL device is given: "The WAL is placed
// with the DB, if not specified separately" (proxmox/pve-docs:pveceph.adoc); createosd makes
// block.wal only `if $devs->{wal_dev}`, sized bluestore_block_wal_size or 1 % of the OSD
// (proxmox/pve-manager:PVE/API2/Ceph/OSD.pm).
describe('pveceph rule: the WAL lives with the DB unless a WAL device is given', () => {
  it('4 × 16 TB OSDs on one DB device need 4 × 1.6 TB = 6.4 TB (was 7.04 TB)', () => {
    const r = ok(bluestore({ osdSizeBytes: 16e12, rule: 'proxmox', osdsPerDbDevice: 4 }));
    expect(r.dbMinBytes).toBe(1.6e12);
    expect(r.walInDb).toBe(true);
    expect(r.walBytes).toBe(2 ** 30); // inside block.db, capped by RocksDB max_total_wal_size (ceph/ceph:src/common/options/global.yaml.in)
    expect(r.sharedDbNeedBytes).toBe(6.4e12);
    expect(r.checks.find((c) => c.id === 'bluestore.wal')?.message).toContain('-wal_dev');
  });
  it('with a WAL device, the WAL is 1 % of the OSD on that device: the DB device still needs 6.4 TB', () => {
    const r = ok(bluestore({ osdSizeBytes: 16e12, rule: 'proxmox', walDevice: true, osdsPerDbDevice: 4 }));
    expect(r.walInDb).toBe(false);
    expect(r.walBytes).toBe(160e9);
    expect(r.sharedDbNeedBytes).toBe(6.4e12);
  });
  it('a WAL device with another rule is refused, naming the field', () => {
    const r = bluestore({ osdSizeBytes: 16e12, rule: 'course', walDevice: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.field).toBe('walDevice');
  });
  it('Ceph rules: the WAL is inside block.db, so a shared DB device holds n × DB', () => {
    // https://docs.ceph.com/en/latest/rados/configuration/bluestore-config-ref/#devices : with a DB
    // device and no WAL device, the WAL is placed on the DB device.
    const r = ok(bluestore({ osdSizeBytes: 16e12, rule: 'ceph-rbd', osdsPerDbDevice: 4 }));
    expect(r.sharedDbNeedBytes).toBe(4 * 160e9);
  });
});
