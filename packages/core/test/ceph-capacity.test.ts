import { describe, expect, it } from 'vitest';
import { cephCapacity, cephDataTarget, defaultMinSize, type Protection } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const rep = (size: number): Protection => ({ kind: 'replicated', size });
const ec = (k: number, m: number): Protection => ({ kind: 'erasure', k, m });
const TB = 1e12;

describe('Ceph capacity', () => {
  it('course: 5 nodes × 20 TB replica 3 → 33.3 TB usable', () => {
    // docs/course-rules.md §2: 100 / 3 = 33.3 TB (the course's "20 * (5-2) = 60" is not the usable figure)
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 1, osdSizeBytes: 20 * TB, protection: rep(3) }));
    expect(r.rawBytes).toBe(100 * TB);
    expect(r.usableBytes).toBe(33333333333333);
  });
  it('course: 3 nodes × 40 TB → 40 TB usable', () => {
    // docs/course-rules.md §2: 120 / 3 = 40
    expect(ok(cephCapacity({ hosts: 3, osdsPerHost: 1, osdSizeBytes: 40 * TB, protection: rep(3) })).usableBytes).toBe(40 * TB);
  });
  it('G14: 3 hosts × 4 × 3.84 TB cannot heal a host; OSD-loss-safe 9.792 TB', () => {
    // docs/golden-examples.md G14: usable 15.36, 0.85 × 3/4 × 15.36 = 9.792
    const r = ok(cephCapacity({ hosts: 3, osdsPerHost: 4, osdSizeBytes: 3.84 * TB, protection: rep(3) }));
    expect(r.usableBytes).toBe(15.36 * TB);
    expect(r.nearfullUsableBytes).toBe(13.056 * TB);
    expect(r.safeUsableBytes).toBe(9.792 * TB);
    expect(r.checks.find((c) => c.id === 'ceph.cannot-heal')?.level).toBe('warn');
    expect(r.hostFailure.recoverySeconds).toBeNull();
  });
  it('G15: 4 hosts × 16 TB → safe 13.6 TB', () => {
    // docs/golden-examples.md G15: 0.85 × (64 − 16) / 3 = 13.6
    const r = ok(cephCapacity({ hosts: 4, osdsPerHost: 1, osdSizeBytes: 16 * TB, protection: rep(3) }));
    expect(r.safeUsableBytes).toBe(13.6 * TB);
    expect(r.usableBytes).toBe(21333333333333);
  });
  it('G16: EC 4+2 on 7 hosts × 100 TB → usable 466.67, safe 340; on 6 hosts cannot heal', () => {
    // docs/golden-examples.md G16
    const r = ok(cephCapacity({ hosts: 7, osdsPerHost: 1, osdSizeBytes: 100 * TB, protection: ec(4, 2) }));
    expect(r.usableBytes).toBe(466666666666666);
    expect(r.safeUsableBytes).toBe(340 * TB);
    const six = ok(cephCapacity({ hosts: 6, osdsPerHost: 1, osdSizeBytes: 100 * TB, protection: ec(4, 2) }));
    expect(six.usableBytes).toBe(400 * TB);
    expect(six.checks.map((c) => c.id)).toContain('ceph.cannot-heal');
  });
  it('G17: EC 8+3 on 12 hosts × 100 TB → usable 872.73, safe 680', () => {
    // docs/golden-examples.md G17
    const r = ok(cephCapacity({ hosts: 12, osdsPerHost: 1, osdSizeBytes: 100 * TB, protection: ec(8, 3) }));
    expect(r.usableBytes).toBe(872727272727272);
    expect(r.safeUsableBytes).toBe(680 * TB);
    expect(r.checks.map((c) => c.id)).not.toContain('ceph.ec-k'); // k > 8 is what Ceph discourages; 8 is fine
  });
  it('too few hosts for the pool fails with ceph.failure-domains', () => {
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 2, osdSizeBytes: 4 * TB, protection: ec(4, 2) }));
    expect(r.checks.find((c) => c.id === 'ceph.failure-domains')?.level).toBe('fail');
    expect(r.safeUsableBytes).toBe(0);
    expect(r.passes).toBe(false);
  });
  it('G18: default min_size', () => {
    // docs/golden-examples.md G18 (config.h, OSDMonitor.cc)
    expect([2, 3, 4, 5].map((s) => defaultMinSize(rep(s)))).toEqual([1, 2, 2, 3]);
    expect(
      [
        [2, 1],
        [2, 2],
        [4, 2],
        [8, 3],
      ].map(([k, m]) => defaultMinSize(ec(k as number, m as number))),
    ).toEqual([2, 3, 5, 9]);
  });
  it('host failure: degraded fractions and rebuild bytes', () => {
    // 5 hosts, size 3: PGs degraded 3/5, objects 1/5; 10 TB stored × 3 / 5 = 6 TB to rebuild
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: rep(3), storedBytes: 10 * TB }));
    expect(r.hostFailure.degradedPgFraction).toBe(0.6);
    expect(r.hostFailure.degradedObjectFraction).toBe(0.2);
    expect(r.hostFailure.rebuildBytes).toBe(6 * TB);
    // fill after a host loss: 30 TB raw used / 64 TB survivors = 46.9 %
    expect(r.fillAfterFailure).toBeCloseTo(30 / 64, 12);
  });
  it('recovery time: mark-out + slower of network and disk reads + writes, a lower bound', () => {
    // 6 TB over 4 survivors; LACP 2 × 25 Gb/s layer3+4 with 16 × 3 = 48 flows per host: far below the disks.
    // Disks: each lost copy is read once and written once (replicated pool; ceph/ceph:doc/rados/operations/erasure-code-clay.rst
    // counts the reads of a repair), 12 TB of disk work at 4 × 4 OSDs × 100 MB/s = 1.6 GB/s → 7500 s; + 600 s mark-out
    // (ceph/ceph:src/common/options/mon.yaml.in mon_osd_down_out_interval) = 8100 s.
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: rep(3), storedBytes: 10 * TB, recovery: { speedBps: 25e9, osdWriteBps: 800e6 } }));
    expect(r.hostFailure.recoverySeconds).toBeCloseTo(8100, 6);
    expect(r.hostFailure.recoveryIsLowerBound).toBe(true);
  });
  it('EC recovery reads k chunks per rebuilt chunk: EC 4+2 disk time is (4 + 1) × the write-only time', () => {
    // 7 hosts × 12 × 16 TB, EC 4+2 at the safe fill; 150 MB/s per OSD. Write-only disk time would be B × 8 ÷ D;
    // reading k = 4 chunks (ceph/ceph:doc/rados/operations/erasure-code-clay.rst: "losing one OSD requires reading
    // from the d=8 others" for k = 8) makes it B × (4 + 1) × 8 ÷ D. Mark-out 0 to compare the transfer alone.
    const r = ok(cephCapacity({ hosts: 7, osdsPerHost: 12, osdSizeBytes: 16 * TB, protection: ec(4, 2), recovery: { speedBps: 100e9, osdWriteBps: 1.2e9, markOutSeconds: 0 } }));
    const B = r.hostFailure.rebuildBytes;
    const D = 6 * 12 * 1.2e9;
    expect(r.hostFailure.recoverySeconds ?? 0).toBeCloseTo((B * 5 * 8) / D, -1);
  });
  it("balance-tlb receives on one link: recovery into a survivor is one link, recoveryNetworkBps the survivors' inbound", () => {
    // torvalds/linux:Documentation/networking/bonding.rst, balance-tlb: "Incoming traffic is received by the current slave."
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: rep(3), storedBytes: 10 * TB, recovery: { speedBps: 25e9, mode: 'balance-tlb' } }));
    expect(r.hostFailure.recoveryNetworkBps).toBe(4 * 25e9);
    expect(r.hostFailure.recoveryTransferBps).toBe(4 * 25e9);
    // 6 TB × 8 ÷ 100 Gb/s = 480 s + 600 s mark-out
    expect(r.hostFailure.recoverySeconds).toBeCloseTo(1080, 6);
  });
  it('no recovery time, no lower-bound flag', () => {
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: rep(3), storedBytes: 10 * TB }));
    expect([r.hostFailure.recoverySeconds, r.hostFailure.recoveryIsLowerBound]).toEqual([null, false]);
  });
  it('stored data above what a host loss can absorb fails', () => {
    // 5 × 4 × 4 TB = 80 TB raw; 20 TB × 3 = 60 TB; after loss 60 / 64 = 93.75 % > backfillfull 90 %
    const r = ok(cephCapacity({ hosts: 5, osdsPerHost: 4, osdSizeBytes: 4 * TB, protection: rep(3), storedBytes: 20 * TB }));
    expect(r.checks.find((c) => c.id === 'ceph.fill-after-failure')?.level).toBe('fail');
  });
});

describe('Ceph data target', () => {
  it('course: 200 TB on 5 nodes → 132 TB per node; 9 disks of 16 TB, not 8', () => {
    // docs/course-rules.md §2: 200 × 3 × 1.1 / 5 = 132 TB; 8 × 16 = 128 TB is 4 TB short
    const r = ok(cephDataTarget({ hosts: 5, dataBytes: 200 * TB, protection: rep(3), diskSizeBytes: 16 * TB }));
    expect(r.ruleOfThumbNodeRawBytes).toBe(132 * TB);
    expect(r.ruleOfThumbDisksPerNode).toBe(9);
    // safe: 600 / (0.85 × 4) = 176.47 TB per node → 12 disks of 16 TB
    expect(r.safeNodeRawBytes).toBe(Math.ceil((600 * TB) / 3.4));
    expect(r.safeDisksPerNode).toBe(12);
  });
  it('3 hosts: the OSD-loss rule sizes the disks', () => {
    // 30 TB × 3 / 3 = 30 TB per host; n ≥ 30 / (0.85 × 4) + 1 = 9.82 → 10 disks of 4 TB
    const r = ok(cephDataTarget({ hosts: 3, dataBytes: 30 * TB, protection: rep(3), diskSizeBytes: 4 * TB }));
    expect(r.safeDisksPerNode).toBe(10);
    expect(r.safeNodeRawBytes).toBe(40 * TB);
  });
  it('cannot place: safe figures are null and the check fails', () => {
    const r = ok(cephDataTarget({ hosts: 2, dataBytes: 10 * TB, protection: rep(3), diskSizeBytes: 4 * TB }));
    expect(r.safeNodeRawBytes).toBeNull();
    expect(r.safeDisksPerNode).toBeNull();
    expect(r.passes).toBe(false);
  });
});
