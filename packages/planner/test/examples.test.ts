/**
 * The built-in examples (examples/*.yaml) reproduce the course's worked examples with the slips
 * corrected (docs/course-rules.md §1–2) and run the field clusters (§6) end to end.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import type { PlanResult } from '../src/plan/types.js';
import { catalogue, EXAMPLES, example } from './helpers.js';

const GiB = 2 ** 30;
const run = (name: string): PlanResult => plan(example(name), { lang: 'en', catalogue: catalogue() });
const fig = (r: PlanResult, area: string, key: string): number | null => {
  const f = r.areas.find((a) => a.id === area)?.figures.find((x) => x.key === key);
  if (!f) throw new Error(`no figure ${area}.${key}`);
  return f.value;
};
const failing = (r: PlanResult) => r.checks.filter((c) => c.level === 'fail').map((c) => c.id);

describe('course examples (docs/course-rules.md §1–2), slips corrected', () => {
  it('3 nodes × 512 GiB → 768 GiB usable, 50 %', () => {
    // §1: 512 × (3 − 1) × 0.75 = 768 GB usable out of 1536 (50 %), reservations off as the course states it.
    const r = run('course-3-nodes-512gib');
    expect(r.metrics.usableGuestRamBytes).toBe(768 * GiB);
    expect(r.metrics.totalRamBytes).toBe(1536 * GiB);
    expect(r.verdict).toBe('pass');
  });

  it('5 nodes × 256 GiB → 768 GiB usable, 60 %', () => {
    // §1: 256 × 4 × 0.75 = 768 out of 1280 (60 %).
    const r = run('course-5-nodes-256gib');
    expect(r.metrics.usableGuestRamBytes).toBe(768 * GiB);
    expect(r.metrics.usableGuestRamBytes / r.metrics.totalRamBytes).toBe(0.6);
  });

  it('700 GB on 5 nodes → 233.33 GB per node, buy 256 GiB (the course\'s "700*100/75*(5-1)" is a slip)', () => {
    // §1: 700 / 0.75 / (5 − 1) = 233.33 GB, rounded up to the byte: 233 333 333 334.
    const r = run('course-700gb-5-nodes');
    expect(fig(r, 'memory', 'requiredNodeRamBytes')).toBe(233_333_333_334);
    expect(fig(r, 'memory', 'recommendedNodeRamBytes')).toBe(256 * GiB);
    expect(r.verdict).toBe('pass');
  });

  it("200 TB on 5 nodes with the course's 8 × 16 TB fails: 9 disks by the rule of thumb, 12 by Ceph's refill", () => {
    // §2: 200 × 3 × 1.1 / 5 = 132 TB per node > 8 × 16 = 128 TB (9 disks); safe: 200 × 3 / (0.85 × 4) = 176.5 TB → 12 disks.
    const r = run('course-200tb-8-disks');
    expect(fig(r, 'ceph', 'ruleOfThumbDisksPerNode')).toBe(9);
    expect(fig(r, 'ceph', 'safeDisksPerNode')).toBe(12);
    expect(r.verdict).toBe('fail');
    expect(failing(r)).toContain('ceph.safe-capacity-needed');
    // safe usable 0.85 × (640 − 128) / 3 = 145.07 TB
    expect(fig(r, 'ceph', 'safeUsableBytes@all')).toBe(Math.floor((0.85 * (640e12 - 128e12)) / 3));
  });

  it('200 TB corrected to 12 × 16 TB refills to 78.1 % on average, but its fullest OSD passes backfillfull: fail', () => {
    // 600 TB raw used ÷ (960 − 192) TB of survivors = 0.78125, under nearfull 0.85 (the average model).
    const r = run('course-200tb-12-disks');
    expect(r.metrics.cephFillAfterFailure).toBe(0.78125);
    expect(r.failure.sentence).toContain('Ceph refills to 78.1% on average');
    // CRUSH places 1024 PGs on 60 OSDs (about 51 shards each, balancer off): the fullest OSD is far
    // above the mean, and passes backfillfull 90 % after a host loss (issue 9).
    expect(r.metrics.cephFullestOsdFillAfterFailure).toBeGreaterThan(0.9);
    expect(failing(r)).toEqual(['ceph.fill-after-failure']);
    expect(r.verdict).toBe('fail');
    expect(r.metrics.cephCrushSafeBytes).toBeLessThan(200e12);
  });

  it('replica 3 on 5 × 20 TB → 33.3 TB usable (not the course\'s "20 * (5-2) = 60"), safe 22.67 TB', () => {
    // §2: 100 / 3 = 33.3 TB; safe 0.85 × (100 − 20) / 3 = 22.67 TB (docs/golden-examples.md §2).
    const r = run('course-ceph-5x20tb');
    expect(fig(r, 'ceph', 'usableBytes@all')).toBe(33_333_333_333_333);
    expect(fig(r, 'ceph', 'safeUsableBytes@all')).toBe(22_666_666_666_666);
  });

  it('replica 3 on 3 × 40 TB → 40 TB usable; no spare host, OSD-loss-safe 25.5 TB', () => {
    // §2: 120 / 3 = 40; Thomas-Krenn (docs/golden-examples.md §2): 0.85 × 3/4 × 40 = 25.5 TB.
    const r = run('course-ceph-3x40tb');
    expect(fig(r, 'ceph', 'usableBytes@all')).toBe(40e12);
    expect(fig(r, 'ceph', 'safeUsableBytes@all')).toBe(25.5e12);
    expect(r.checks.map((c) => c.id)).toContain('ceph.cannot-heal');
    expect(r.failure.recoverySeconds).toBeNull();
  });
});

describe('field clusters (docs/course-rules.md §6)', () => {
  it("MX7000 with 8 × MX740c: every rule but the simulated fullest OSD after a host loss (the README's first command)", () => {
    const r = run('field-mx7000-mx740c');
    // Average model 69 % after losing a host; CRUSH's fullest OSD (512 PGs on 24 OSDs, balancer off) above backfillfull 90 %.
    expect(failing(r)).toEqual(['ceph.fill-after-failure']);
    expect(r.metrics.cephFullestOsdFillAfterFailure).toBeGreaterThan(0.9);
    expect(r.verdict).toBe('fail');
    // 512 GiB on 6 channels per socket is not balanced: a procurement warning, not a failure.
    expect(r.checks.find((c) => c.id === 'procurement.dimm-population')?.level).toBe('warn');
    // 8 × 3 × 900 GB = 21.6 TB raw; safe 0.85 × (21.6 − 2.7) / 3 = 5.355 TB.
    expect(fig(r, 'ceph', 'rawBytes@all')).toBe(21.6e12);
    expect(r.metrics.cephSafeBytes).toBe(5_355_000_000_000);
    expect(r.failure.nodes).toEqual(['mx1']);
    expect(r.durability).toHaveLength(1);
  });

  it('FX2 with 4 × FC630 on mixed SSDs: mixed OSD sizes are flagged', () => {
    const r = run('field-fx2-fc630');
    expect(r.verdict).toBe('pass');
    expect(r.checks.map((c) => c.id)).toContain('ceph.mixed-osd-sizes');
  });

  it('M1000e with 16 × M630 on NFS and one 4-node M600 cluster pass, with the even node count flagged', () => {
    for (const name of ['field-m1000e-m630', 'field-m600-nfs']) {
      const r = run(name);
      expect(r.verdict, name).toBe('pass');
      expect(
        r.checks.map((c) => c.id),
        name,
      ).toContain('cluster.even-nodes');
    }
  });
});

describe("issue 11's field clusters: backups, the network budget and the maintenance drain", () => {
  const ids = (r: PlanResult) => r.areas.map((a) => a.id);

  it('the university blades with one PBS: every class on one 2 × 25 GbE bond, a year of daily backups keeps 20 snapshots', () => {
    const r = run('field-university-pbs-blades');
    expect(ids(r)).toEqual(expect.arrayContaining(['backup', 'network', 'drain']));
    for (const id of ['backup', 'network', 'drain']) expect(['pass', 'warn', 'fail'], id).toContain(r.areas.find((a) => a.id === id)?.verdict);
    // keep-last 3, daily 7, weekly 4, monthly 6 over a year of daily runs: 20 snapshots
    // (https://pbs.proxmox.com/docs/maintenance.html#pruning and its prune simulator, proxmox/proxmox-backup:pbs-datastore/src/prune.rs).
    expect(fig(r, 'backup', 'retainedSnapshots')).toBe(20);
    // One 2 × 25 GbE 802.3ad bond: 50 Gb/s every link up, 25 Gb/s with one down (torvalds/linux:Documentation/networking/bonding.rst).
    expect(fig(r, 'network', 'normalCapacityBps@ceph')).toBe(50e9);
    expect(fig(r, 'network', 'linkDownCapacityBps@ceph')).toBe(25e9);
    const net = r.checks.filter((c) => c.id.startsWith('network.'));
    // Corosync on the shared bond with no second link, which saturates with one link down; Ceph shares its network (the course's rule).
    expect(net.find((c) => c.id.startsWith('network.corosync'))?.level).toBe('warn');
    expect(net.find((c) => c.id === 'network.ceph-shared')?.level).toBe('warn');
    expect(r.checks.find((c) => c.id === 'drain.n-minus-1')?.level).toBe('ok');
    expect(r.verdict).toBe('pass');
  });

  it('the 2012 NFS server: RAID 6 with a hot spare behind 4 × 1 Gb/s, weekly full vzdump with 2 kept, on the same server', () => {
    const r = run('field-2012-nfs-vzdump');
    expect(ids(r)).toEqual(expect.arrayContaining(['backup', 'network', 'drain', 'filer']));
    // RAID 6 on 8 − 1 spare = 7 disks keeps 7 − 2 = 5 data disks of 1 TB (torvalds/linux:drivers/md/raid5.c raid5_size).
    expect(fig(r, 'filer', 'usableBytes')).toBe(5e12);
    expect(fig(r, 'filer', 'aggregateBps')).toBe(4e9);
    // vzdump keep-last 2: 2 archives kept, and (2 + 1) × 240 GiB × 0.5 at the peak while the new one is written
    // (https://pve.proxmox.com/pve-docs/chapter-vzdump.html, "Backup Retention").
    expect(fig(r, 'backup', 'retainedSnapshots')).toBe(2);
    expect(fig(r, 'backup', 'peakDatastoreBytes')).toBe(3 * 120 * GiB);
    // No backup.link: the runs arrive over the NFS server's own 4 × 1 Gb/s bond (backup.on), so the window is computed.
    expect(fig(r, 'backup', 'backupWindowSeconds')).toBeGreaterThan(0);
    const level = (id: string) => r.checks.find((c) => c.id === id)?.level;
    expect(level('filer.single-point')).toBe('warn');
    // The report advised mirroring the backups elsewhere than the NFS server.
    expect(level('backup.on-storage')).toBe('warn');
    expect(r.verdict).toBe('pass');
  });
});

describe('every example', () => {
  const names = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.slice(0, -5));
  it('finds them', () => expect(names.length).toBeGreaterThanOrEqual(12));
  for (const name of names) {
    it(`${name} loads and runs`, () => {
      const r = example(name, 'either');
      if (r.nodes.length > 0) {
        const p = plan(r, { lang: 'fr', catalogue: catalogue() });
        expect(p.areas.length).toBeGreaterThan(3);
        // The four that fail only on the CRUSH-simulated fullest OSD after a host loss (issue 9), besides the course's short layout.
        const failsNow = ['course-200tb-8-disks', 'course-200tb-12-disks', 'field-mx7000-mx740c', 'procurement-1s-epyc', 'procurement-2s-xeon6'];
        expect(p.verdict).toBe(failsNow.includes(name) ? 'fail' : 'pass');
      }
    });
  }
});
