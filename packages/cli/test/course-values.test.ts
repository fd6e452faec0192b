/**
 * The figures Capa must reproduce exactly, through the real binary:
 * - "the course" = the Proxmox VE training course, as transcribed in docs/course-rules.md
 *   (with its arithmetic slips corrected there);
 * - the Ceph golden examples G1–G19 of docs/golden-examples.md §6, worked from Ceph's own
 *   code and docs (pg_autoscaler module.py, pgcalc.js, mon-config-ref "Storage Capacity", bluestore-config-ref).
 */
import { describe, expect, it } from 'vitest';
import {
  type BluestoreJson,
  type BondJson,
  type CephCapacityJson,
  type CephDataTargetJson,
  expectChecks,
  type PgJson,
  type RequiredMemoryJson,
  runCli,
  runJson,
  type UsableMemoryJson,
} from './run-cli.js';

const GiB = 2 ** 30;
const pgNums = (r: { json: PgJson }) => r.json.pools.map((p) => p.pgNum);

describe('memory: the N − 1 rule (course, docs/course-rules.md §1)', () => {
  it('3 nodes × 512 GiB → 768 GiB usable, 50 %', () => {
    // docs/course-rules.md §1: 512 × (3 − 1) × 0.75 = 768 GiB = 824 633 720 832 bytes, out of 1536 (50 %)
    const r = runJson<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '512GiB']);
    expect(r.code).toBe(0);
    expect(r.json.usableGuestRamBytes).toBe(824633720832);
    expect(r.json.usableGuestRamBytes).toBe(768 * GiB);
    expect(r.json.usableFraction).toBe(0.5);
  });

  it('700 GB of guests on 5 nodes → 233.33 GB per node, buy 256 GiB', () => {
    // docs/course-rules.md §1: 700 / 0.75 / (5 − 1) = 233.33 GB; rounded up to the byte: ceil(700e9 / 0.75 / 4) = 233 333 333 334
    // (the course's "700*100/75*(5-1)" is a slip for a division by 5 − 1). The course buys "256 GB" per node:
    // the smallest standard size ≥ 233.33 GB is 256 GiB = 274 877 906 944 bytes; 5 × 256 GiB in total.
    const r = runJson<RequiredMemoryJson>(['memory', '--nodes', '5', '--guest-ram', '700GB']);
    expect(r.code).toBe(0);
    expect(r.json.requiredNodeRamBytes).toBe(233333333334);
    expect(r.json.recommendedNodeRamBytes).not.toBeNull();
    expect(r.json.recommendedNodeRamBytes).toBeGreaterThanOrEqual(r.json.requiredNodeRamBytes);
    expect(r.json.recommendedNodeRamBytes).toBeLessThanOrEqual(274877906944);
    expect(r.json.totalRamBytes).toBe(5 * (r.json.recommendedNodeRamBytes ?? Number.NaN));
  });

  it('human output shows the course figures', () => {
    // docs/course-rules.md §1: "768 GB usable out of 1536 GB raw (50 %)"; "233.3 GB, so buy 256 GB per node"
    const usable = runCli(['memory', '--nodes', '3', '--node-ram', '512GiB']);
    expect(usable.code).toBe(0);
    expect(usable.stdout).toContain('768 GiB');
    expect(usable.stdout).toContain('50%');
    const required = runCli(['memory', '--nodes', '5', '--guest-ram', '700GB']);
    expect(required.code).toBe(0);
    expect(required.stdout).toContain('233.33 GB');
    expect(required.stdout).toContain('256 GiB');
  });
});

describe('ceph: replicas plus margin (course, docs/course-rules.md §2)', () => {
  it('5 nodes × 20 TB, replica 3 → 33.33 TB usable', () => {
    // docs/course-rules.md §2: 100 / 3 = 33.3 TB usable, floored to the byte (the course's "20 * (5-2) = 60" is not it)
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '20TB', '--replicas', '3']);
    expect(r.code).toBe(0);
    expect(r.json.rawBytes).toBe(100e12);
    expect(r.json.usableBytes).toBe(33333333333333);
  });

  it('data target: 200 TB on 5 nodes, 16 TB disks → 132 TB per node, 9 disks (not the course’s 8)', () => {
    // docs/course-rules.md §2: 200 × 3 × 1.1 / 5 = 132 TB per node; 8 × 16 TB = 128 TB is short → 9 disks
    const r = runJson<CephDataTargetJson>(['ceph', '--nodes', '5', '--data', '200TB', '--replicas', '3', '--disk-size', '16TB']);
    expect(r.code).toBe(0);
    expect(r.json.ruleOfThumbNodeRawBytes).toBe(132e12);
    expect(r.json.ruleOfThumbDisksPerNode).toBe(9);
  });
});

describe('ceph: safe capacity (docs/golden-examples.md §2 and §6)', () => {
  it('G15: 4 hosts × 16 TB, replica 3 → safe 13.6 TB', () => {
    // G15 (Ceph mon-config-ref "Storage Capacity"): 0.85 × (64 − 16) / 3 = 13.6 TB
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '4', '--osds-per-node', '1', '--osd-size', '16TB', '--replicas', '3']);
    expect(r.code).toBe(0);
    expect(r.json.safeUsableBytes).toBe(13.6e12);
  });

  it('G14: 3 hosts × 4 × 3.84 TB, replica 3 → cannot heal (warn), safe 9.792 TB', () => {
    // G14 (Thomas-Krenn 3-node nearfull): no 4th host to heal onto; an OSD loss refills its own host:
    // 0.85 × 3/4 × 15.36 TB = floor(9.792e12) = 9 792 000 000 000
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '3', '--osds-per-node', '4', '--osd-size', '3.84TB', '--replicas', '3']);
    expect(r.code).toBe(0); // a warning is not a failure
    expect(r.json.usableBytes).toBe(15.36e12);
    expect(r.json.checks).toContainEqual(expect.objectContaining({ id: 'ceph.cannot-heal', level: 'warn' }));
    expect(r.json.safeUsableBytes).toBe(9792000000000);
  });

  it('EC 4+2 on 5 hosts cannot be placed: fail check ceph.failure-domains, exit 1, JSON still printed', () => {
    // docs/golden-examples.md §2 (erasure-code.rst): k + m = 6 failure domains needed, 5 given
    const r = runCli(['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB', '--ec', '4+2', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = r.json as CephCapacityJson;
    expectChecks(json.checks);
    expect(json.checks).toContainEqual(expect.objectContaining({ id: 'ceph.failure-domains', level: 'fail' }));
  });
});

describe('bluestore DB/WAL (docs/golden-examples.md G19, docs/course-rules.md §3)', () => {
  it('16 TB, rule ceph-rbd → DB 160–320 GB', () => {
    // G19 (bluestore-config-ref "Sizing"): RBD 1–2 % of 16 TB = 160–320 GB
    const r = runJson<BluestoreJson>(['bluestore', '--osd-size', '16TB', '--rule', 'ceph-rbd']);
    expect(r.code).toBe(0);
    expect(r.json.dbMinBytes).toBe(160e9);
    expect(r.json.dbMaxBytes).toBe(320e9);
  });
  it('16 TB, rule proxmox → DB 1.6 TB, WAL inside the DB; with --wal-device WAL 160 GB', () => {
    // proxmox/pve-docs:pveceph.adoc: DB 10 %; "The WAL is placed with the DB, if not specified separately";
    // a WAL device gets 1 % of the OSD (proxmox/pve-manager:PVE/API2/Ceph/OSD.pm, createosd)
    const r = runJson<BluestoreJson>(['bluestore', '--osd-size', '16TB', '--rule', 'proxmox']);
    expect(r.code).toBe(0);
    expect(r.json.dbMinBytes).toBe(1.6e12);
    expect(r.json.dbMaxBytes).toBe(1.6e12);
    expect(r.json.walBytes).toBe(2 ** 30); // RocksDB max_total_wal_size inside block.db (ceph/ceph:src/common/options/global.yaml.in)
    const w = runJson<BluestoreJson>(['bluestore', '--osd-size', '16TB', '--rule', 'proxmox', '--wal-device']);
    expect(w.json.walBytes).toBe(160e9);
    // 4 OSDs on one DB device: 4 × 1.6 TB = 6.4 TB (was 7.04 TB with a 1 % WAL added)
    const s = runJson<BluestoreJson & { sharedDbNeedBytes: number }>(['bluestore', '--osd-size', '16TB', '--rule', 'proxmox', '--osds-per-db', '4']);
    expect(s.json.sharedDbNeedBytes).toBe(6.4e12);
  });
  it('16 TB, course rule (default) → DB 320–800 GB, WAL 160 GB', () => {
    // docs/course-rules.md §3 (course): DB 2 % to 5 %, WAL 1 %
    const r = runJson<BluestoreJson>(['bluestore', '--osd-size', '16TB']);
    expect(r.code).toBe(0);
    expect([r.json.dbMinBytes, r.json.dbMaxBytes, r.json.walBytes]).toEqual([320e9, 800e9, 160e9]);
  });
});

describe('placement groups (docs/golden-examples.md §6)', () => {
  it('G1: 12 OSDs, rbd size 3 ratio 1 → 512', () => {
    // G1 (module.py): 1200 / 3 = 400 → nearest power of two 512
    expect(pgNums(runJson<PgJson>(['pg', '--osds', '12', '--pool', 'rbd:size=3:ratio=1']))).toEqual([512]);
  });
  it('G3: 60 OSDs, EC 4+2 bulk → 1024', () => {
    // G3 (module.py, PR ceph/ceph#32592: divide by size k + m = 6): 6000 / 6 = 1000 → 1024
    expect(pgNums(runJson<PgJson>(['pg', '--osds', '60', '--pool', 'ec:ec=4+2:bulk']))).toEqual([1024]);
  });
  it('G6: 85 OSDs, ratio 1 → 2048 with the autoscaler, 4096 with PGCalc', () => {
    // G6: autoscaler 8500/3 = 2833.33 → 2048 (linear midpoint); PGCalc round(log2 2833) → 2048 < 0.75 × 2833 → 4096
    expect(pgNums(runJson<PgJson>(['pg', '--osds', '85', '--pool', 'rbd:ratio=1']))).toEqual([2048]);
    expect(pgNums(runJson<PgJson>(['pg', '--osds', '85', '--pool', 'rbd:ratio=1', '--method', 'pgcalc']))).toEqual([4096]);
  });
  it('G5: meta ratio 0.1 bias 4, then data ratio 0.9, on 12 OSDs → 128 and 256', () => {
    // G5 (module.py, order dependence): meta 120/3 × 4 = 160 → 128; data 0.9 × 1080 / 3 = 324 → 256
    const r = runJson<PgJson>(['pg', '--osds', '12', '--pool', 'meta:ratio=0.1:bias=4', '--pool', 'data:ratio=0.9']);
    expect(r.json.pools.map((p) => [p.name, p.pgNum])).toEqual([
      ['meta', 128],
      ['data', 256],
    ]);
  });
  it('G13: two 512-PG pools on 12 OSDs exceed mon_max_pg_per_osd × OSDs → fail, exit 1', () => {
    // G13 (OSDMonitor::check_pg_num): 512 × 3 + 512 × 3 = 3072 > 250 × 12 = 3000
    const r = runCli(['pg', '--osds', '12', '--pool', 'a:ratio=1:min=512', '--pool', 'b:ratio=1:min=512', '--json']);
    expect(r.code).toBe(1);
    expect(pgNums({ json: r.json as PgJson })).toEqual([512, 512]);
    expect((r.json as PgJson).checks).toContainEqual(expect.objectContaining({ id: 'pg.create-limit', level: 'fail' }));
  });
});

describe('bonds (course, docs/course-rules.md §5)', () => {
  it('2 × 10 Gb/s LACP → 20 Gb/s aggregate, 10 Gb/s degraded, 10 Gb/s per flow', () => {
    // docs/course-rules.md §5: "With LACP (802.3ad): 20 Gb/s aggregate, 10 Gb/s degraded"; one flow ≤ one link
    const r = runJson<BondJson>(['bond', '--links', '2', '--speed', '10Gb/s', '--mode', 'lacp']);
    expect(r.code).toBe(0);
    expect([r.json.aggregateBps, r.json.degradedBps, r.json.singleFlowBps]).toEqual([20e9, 10e9, 10e9]);
  });
  it('2 × 10 Gb/s active-backup → 10 / 10 / 10 Gb/s', () => {
    // docs/course-rules.md §5: "Two 10 Gb/s links without LACP (active-backup): 10 Gb/s, and 10 Gb/s degraded"
    const r = runJson<BondJson>(['bond', '--links', '2', '--speed', '10Gb/s', '--mode', 'active-backup']);
    expect(r.code).toBe(0);
    expect([r.json.aggregateBps, r.json.degradedBps, r.json.singleFlowBps]).toEqual([10e9, 10e9, 10e9]);
  });
});
