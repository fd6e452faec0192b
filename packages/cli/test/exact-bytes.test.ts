/**
 * Integer bytes must be the exact decimal result rounded once (down for a capacity, up for a
 * requirement), not binary floating-point noise rounded: 11 TB is 11 000 000 000 000 bytes, not one more.
 * Inputs here are all exact decimals; expected values are worked by hand with their source.
 */
import { describe, expect, it } from 'vitest';
import { type BluestoreJson, type CephCapacityJson, type CephDataTargetJson, runJson, type UsableMemoryJson } from './run-cli.js';

interface ReserveJson extends UsableMemoryJson {
  readonly hostReservePerNodeBytes: number;
}

describe('sizes are parsed exactly (core units/size.ts: decimal scaling, rounded half-up once)', () => {
  it('739.85 GiB, 0.5 TiB and 1.6 TB are exact byte counts', () => {
    // 739.85 × 2^30 = 73985 × 1 073 741 824 / 100 = 794 407 888 486.4 → 794 407 888 486 (half-up), × 4 nodes
    const a = runJson<UsableMemoryJson>(['memory', '--nodes', '4', '--node-ram', '739.85GiB']);
    expect(a.json.totalRamBytes).toBe(4 * 794407888486);
    // 0.5 TiB = 2^39 exactly; 2^39 × 2 × 0.75 = 3 × 2^38
    const b = runJson<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '0.5TiB']);
    expect(b.json.usableGuestRamBytes).toBe(3 * 2 ** 38);
    // pveceph 10 % of 1.6 TB = 160 GB, WAL 1 % = 16 GB on a WAL device (proxmox/pve-manager:PVE/API2/Ceph/OSD.pm)
    const c = runJson<BluestoreJson>(['bluestore', '--osd-size', '1.6TB', '--rule', 'proxmox', '--wal-device']);
    expect([c.json.dbMinBytes, c.json.walBytes]).toEqual([160e9, 16e9]);
  });
});

describe('derived bytes carry no floating-point noise', () => {
  it('data target: 10 TB, replica 3, on 3 nodes → exactly 11 TB of raw per node', () => {
    // docs/course-rules.md §2 (course rule): D × 3 × 1.1 / N = 10 × 3 × 1.1 / 3 = 11 TB = 11 000 000 000 000 bytes.
    // (Float: 10e12 × 3 × 1.1 / 3 = 11000000000000.002, and ceil() of that is one byte too many.)
    const r = runJson<CephDataTargetJson>(['ceph', '--nodes', '3', '--data', '10TB', '--replicas', '3']);
    expect(r.json.ruleOfThumbNodeRawBytes).toBe(11e12);
  });

  it('3 hosts × 4 × 12 TB, replica 3 → safe usable exactly 30.6 TB', () => {
    // docs/golden-examples.md §2 / G14 method (Thomas-Krenn 3-node rule): r × (n − 1)/n × usable = 0.85 × 3/4 × 48 TB = 30.6 TB
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '3', '--osds-per-node', '4', '--osd-size', '12TB', '--replicas', '3']);
    expect(r.json.usableBytes).toBe(48e12);
    expect(r.json.safeUsableBytes).toBe(30.6e12);
  });

  it('G14 at the full ratio: 0.95 × 3/4 × 15.36 TB = exactly 10.944 TB', () => {
    // docs/golden-examples.md G14 with mon_osd_full_ratio 0.95 (§2) instead of nearfull 0.85: 0.95 × 0.75 × 15.36e12 = 10 944 000 000 000
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '3', '--osds-per-node', '4', '--osd-size', '3.84TB', '--replicas', '3']);
    expect(r.json.safeUsableBytes).toBe(9792000000000); // G14 itself (nearfull 0.85)
    expect(r.json.safeUsableFullBytes).toBe(10944000000000);
  });

  it('"1 GB of RAM per TB of disk": 3 OSDs × 9 TB → exactly 27 GB reserved per node, an integer', () => {
    // docs/course-rules.md §1 (course): 1 GB per TB → 3 × 9 TB = 27 TB → 27 GB = 27 000 000 000 bytes, which beats
    // Ceph's osd_memory_target 3 × 4 GiB = 12.88 GB (docs/golden-examples.md G21). The JSON contract wants integer bytes.
    const r = runJson<ReserveJson>(['memory', '--nodes', '3', '--node-ram', '512GiB', '--osds-per-node', '3', '--osd-size', '9TB']);
    expect(r.json.hostReservePerNodeBytes).toBe(27e9);
    // 512 GiB × 2 × 0.75 − 2 × 27 GB = 824 633 720 832 − 54 000 000 000
    expect(r.json.usableGuestRamBytes).toBe(770633720832);
  });

  it('"1 GB of RAM per TB" of a 4.5 TiB OSD is still a whole number of bytes', () => {
    // 4.5 TiB = 4 947 802 324 992 bytes; ÷ 1000 = 4 947 802 324.992 (> osd_memory_target 4 GiB, so it wins).
    // The JSON contract wants integer bytes; a reservation is a requirement, so within one byte of the exact value.
    const r = runJson<ReserveJson>(['memory', '--nodes', '3', '--node-ram', '512GiB', '--osds-per-node', '1', '--osd-size', '4.5TiB']);
    expect(Number.isInteger(r.json.hostReservePerNodeBytes), String(r.json.hostReservePerNodeBytes)).toBe(true);
    expect(Math.abs(r.json.hostReservePerNodeBytes - 4947802324.992)).toBeLessThan(1);
  });
});

describe('rounding direction: capacities down, requirements up, even above 100 TB', () => {
  it('G16: EC 4+2 on 7 hosts × 100 TB → usable 466 666 666 666 666 bytes, never the byte above', () => {
    // docs/golden-examples.md G16: 700 × 4/6 = 466.666… TB = 466 666 666 666 666.67 bytes → floor (a capacity is never overstated)
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '7', '--osds-per-node', '1', '--osd-size', '100TB', '--ec', '4+2']);
    expect(r.json.usableBytes).toBe(466666666666666);
  });

  it('G17: EC 8+3 on 12 hosts × 100 TB → usable 872 727 272 727 272 bytes', () => {
    // docs/golden-examples.md G17: 1200 × 8/11 = 872.727… TB = 872 727 272 727 272.7 bytes → floor
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '12', '--osds-per-node', '1', '--osd-size', '100TB', '--ec', '8+3']);
    expect(r.json.usableBytes).toBe(872727272727272);
    expect(r.json.safeUsableBytes).toBe(680e12); // G17: 0.85 × 1100 × 8/11 = 680 TB
  });

  it('data target, safe rule: 100 TB × 3 on 4 nodes → 117 647 058 823 530 bytes per node, never the byte below', () => {
    // docs/golden-examples.md §2 (safe capacity): D × s / (r × (N − 1)) = 300 TB / (0.85 × 3) = 117 647 058 823 529.41 → ceil
    // (a requirement is never understated)
    const r = runJson<CephDataTargetJson>(['ceph', '--nodes', '4', '--data', '100TB', '--replicas', '3']);
    expect(r.json.safeNodeRawBytes).toBe(117647058823530);
  });
});
