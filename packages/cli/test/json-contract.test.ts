/**
 * Every command, both outputs: human text exits 0 and shows the key figure; --json parses and
 * carries the contract keys with the right types (integer bytes, bits/s, fractions in [0, 1],
 * checks [{ id, level, message }]).
 *
 * Inputs differ from course-values.test.ts on purpose, so the two files cover more ground; each
 * expected figure cites where it comes from.
 */
import { describe, expect, it } from 'vitest';
import {
  type BluestoreJson,
  type BondJson,
  type CephCapacityJson,
  type CephDataTargetJson,
  expectChecks,
  expectExitMatchesChecks,
  expectFraction,
  expectInteger,
  NON_FINITE,
  type PgJson,
  type QuorumJson,
  type RequiredMemoryJson,
  runCli,
  runJson,
  type UsableMemoryJson,
} from './run-cli.js';

const GiB = 2 ** 30;

/** Human output: exit 0, the figure on stdout, nothing on stderr, no NaN/Infinity. */
function expectHuman(args: string[], ...figures: string[]): void {
  const r = runCli(args);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  for (const f of figures) expect(r.stdout).toContain(f);
  expect(r.stdout).not.toMatch(NON_FINITE);
}

describe('memory, usable direction (--node-ram)', () => {
  const args = ['memory', '--nodes', '5', '--node-ram', '256GiB'];
  it('human output shows the usable guest RAM', () => {
    // docs/course-rules.md §1 (Proxmox VE training course): 5 × 256 GB → 256 × 4 × 0.75 = 768 usable (60 %)
    expectHuman(args, '768 GiB', '60%');
  });
  it('--json: usableGuestRamBytes (integer bytes), usableFraction (fraction), checks', () => {
    const r = runJson<UsableMemoryJson>(args);
    expectExitMatchesChecks(r);
    expectInteger(r.json.usableGuestRamBytes);
    expectFraction(r.json.usableFraction);
    expectChecks(r.json.checks);
    // docs/course-rules.md §1: 256 × (5 − 1) × 0.75 = 768 GiB of 1280 GiB = 60 %
    expect(r.json.usableGuestRamBytes).toBe(768 * GiB);
    expect(r.json.usableFraction).toBe(0.6);
  });
});

describe('memory, required direction (--guest-ram)', () => {
  // Host reservation stated: (G ÷ (N − f) + R) ÷ u = (600 GiB ÷ 3 + 2 GiB) ÷ 0.75 = 269.33 GiB → buy 384 GiB
  // (core memory/required.ts formula; 384 GiB is the next size in memory/purchasable.ts's default list).
  const args = ['memory', '--nodes', '4', '--guest-ram', '600GiB', '--host-reserve', '2GiB'];
  it('human output shows the node RAM to buy', () => {
    expectHuman(args, '384 GiB');
  });
  it('--json: requiredNodeRamBytes, recommendedNodeRamBytes, totalRamBytes = N × recommended, checks', () => {
    const r = runJson<RequiredMemoryJson>(args);
    expectExitMatchesChecks(r);
    expectInteger(r.json.requiredNodeRamBytes);
    expectInteger(r.json.recommendedNodeRamBytes);
    expectInteger(r.json.totalRamBytes);
    expectChecks(r.json.checks);
    // ceil((600/3 + 2) / 0.75 GiB) = ceil(269.333… GiB) bytes
    expect(r.json.requiredNodeRamBytes).toBe(Math.ceil((202 * GiB) / 0.75));
    expect(r.json.recommendedNodeRamBytes).toBe(384 * GiB);
    expect(r.json.totalRamBytes).toBe(4 * 384 * GiB);
  });
});

describe('ceph capacity', () => {
  // docs/golden-examples.md G16 (Ceph erasure-code docs): EC 4+2 on 7 hosts × 100 TB → usable 466.67 TB, safe 340 TB
  const ec = ['ceph', '--nodes', '7', '--osds-per-node', '4', '--osd-size', '25TB', '--ec', '4+2'];
  it('replicated: human output shows usable and safe figures', () => {
    // docs/golden-examples.md G15: 4 × 16 TB replica 3 → usable 64/3 = 21.33 TB, safe 0.85 × 48 / 3 = 13.6 TB
    expectHuman(['ceph', '--nodes', '4', '--osds-per-node', '1', '--osd-size', '16TB', '--replicas', '3'], '21.33 TB', '13.6 TB');
  });
  it('erasure coded: human output shows usable and safe figures', () => {
    expectHuman(ec, '466.67 TB', '340 TB');
  });
  it('--json: rawBytes, usableBytes, safeUsableBytes, checks, hostFailure { fractions, rebuildBytes }', () => {
    const r = runJson<CephCapacityJson>(ec);
    expectExitMatchesChecks(r);
    for (const k of ['rawBytes', 'usableBytes', 'safeUsableBytes'] as const) expectInteger(r.json[k]);
    expectChecks(r.json.checks);
    expectFraction(r.json.hostFailure.degradedPgFraction);
    expectFraction(r.json.hostFailure.degradedObjectFraction);
    expectInteger(r.json.hostFailure.rebuildBytes);
    // G16: raw 700 TB; usable 700 × 4/6 = 466.67 TB (its exact byte rounding: exact-bytes.test.ts); safe 0.85 × 600 × 4/6 = 340 TB
    expect(r.json.rawBytes).toBe(700e12);
    expect(Math.abs(r.json.usableBytes - (700e12 * 4) / 6)).toBeLessThan(1);
    expect(r.json.safeUsableBytes).toBe(340e12);
    // ceph/failure.ts: a PG spans k + m = 6 of 7 hosts → 6/7 degraded; 1/7 of the chunks lost
    expect(r.json.hostFailure.degradedPgFraction).toBeCloseTo(6 / 7, 12);
    expect(r.json.hostFailure.degradedObjectFraction).toBeCloseTo(1 / 7, 12);
    // At the safe fill (340 TB logical × 6/4 = 510 TB raw), one host of 7 held 510/7 TB, rounded up
    expect(r.json.hostFailure.rebuildBytes).toBe(Math.ceil(510e12 / 7));
    // No --link-speed: no recovery time, so nothing is a lower bound
    expect([r.json.hostFailure.recoverySeconds, r.json.hostFailure.recoveryIsLowerBound]).toEqual([null, false]);
  });
  it('--json with --link-speed: recoverySeconds with recoveryIsLowerBound, recoveryNetworkBps, recoveryTransferBps, recoveryDiskBps', () => {
    const r = runJson<CephCapacityJson>([...ec, '--link-speed', '25Gb/s', '--osd-write', '150MB/s']);
    expectExitMatchesChecks(r);
    const h = r.json.hostFailure;
    // osd_max_backfills / mClock not modelled (ceph/ceph:doc/rados/configuration/mclock-config-ref.rst): a lower bound
    expect(h.recoveryIsLowerBound).toBe(true);
    // 6 survivors × 2 × 25 Gb/s LACP layer3+4 with 4 × 4 × 5 flows each: ≈ 300 Gb/s long-lived, less for equal transfers (docs/bond.md)
    expect(h.recoveryNetworkBps ?? 0).toBeLessThanOrEqual(300e9);
    expect(h.recoveryTransferBps ?? 0).toBeLessThanOrEqual(h.recoveryNetworkBps ?? 0);
    // Disks: 6 × 4 OSDs × 1.2 Gb/s read k = 4 chunks and write 1 per chunk rebuilt (ceph/ceph:doc/rados/operations/erasure-code-clay.rst)
    expect(h.recoveryDiskBps).toBe(6 * 4 * 1.2e9);
    expect(h.recoverySeconds ?? 0).toBeCloseTo(600 + (h.rebuildBytes * 5 * 8) / 28.8e9, -2);
    // The timeline's backfill phase: the recovery time without the mark-out wait (issue 12, docs/ceph-recovery-time.md)
    expect(h.backfillSeconds ?? 0).toBeCloseTo((h.recoverySeconds ?? 0) - 600, 6);
    const human = runCli([...ec, '--link-speed', '25Gb/s', '--osd-write', '150MB/s']);
    expect(human.stdout).toMatch(/Recovery time\s+≥ \d/);
  });
});

describe('ceph data target (--data)', () => {
  // docs/course-rules.md §2 (course rule "3 times plus 10 %"): 100 TB × 3 × 1.1 / 4 = 82.5 TB per node; 82.5/12 → 7 disks.
  // Safe (ceph/data-target.ts, Ceph Storage Capacity docs): 300 / (0.85 × 3) = 117.65 TB per node → 10 disks of 12 TB.
  const args = ['ceph', '--nodes', '4', '--data', '100TB', '--replicas', '3', '--disk-size', '12TB'];
  it('human output shows raw per node', () => {
    expectHuman(args, '82.5 TB', '117.65 TB');
  });
  it('--json: ruleOfThumbNodeRawBytes, safeNodeRawBytes, ruleOfThumbDisksPerNode, safeDisksPerNode, checks', () => {
    const r = runJson<CephDataTargetJson>(args);
    expectExitMatchesChecks(r);
    expectInteger(r.json.ruleOfThumbNodeRawBytes);
    expectInteger(r.json.safeNodeRawBytes);
    expectInteger(r.json.ruleOfThumbDisksPerNode);
    expectInteger(r.json.safeDisksPerNode);
    expectChecks(r.json.checks);
    expect(r.json.ruleOfThumbNodeRawBytes).toBe(82.5e12);
    expect(r.json.ruleOfThumbDisksPerNode).toBe(7);
    // 300 TB / 2.55 = 117.647… TB (its exact byte rounding: exact-bytes.test.ts)
    expect(Math.abs((r.json.safeNodeRawBytes ?? 0) - 300e12 / 2.55)).toBeLessThan(1);
    expect(r.json.safeDisksPerNode).toBe(10);
  });
});

describe('bluestore', () => {
  const args = ['bluestore', '--osd-size', '8TB', '--rule', 'ceph-rgw'];
  it('human output shows the DB size', () => {
    // docs/golden-examples.md §3 (Ceph bluestore-config-ref "Sizing"): RGW at least 4 % → 8 TB × 4 % = 320 GB
    expectHuman(args, '320 GB');
  });
  it('--json: dbMinBytes, dbMaxBytes, walBytes, checks', () => {
    const r = runJson<BluestoreJson>(args);
    expectExitMatchesChecks(r);
    for (const k of ['dbMinBytes', 'dbMaxBytes', 'walBytes'] as const) expectInteger(r.json[k]);
    expectChecks(r.json.checks);
    expect(r.json.dbMinBytes).toBe(320e9);
    expect(r.json.dbMaxBytes).toBe(320e9);
    // docs/golden-examples.md §3: the WAL lives on the DB device, capped by max_total_wal_size = 1 GiB
    expect(r.json.walBytes).toBe(GiB);
  });
});

describe('pg', () => {
  // docs/golden-examples.md G4 (pg_autoscaler module.py, order dependence): 24 OSDs, rbd 0.8 first → 512, fs 0.2 → 32
  const autoscaler = ['pg', '--osds', '24', '--pool', 'rbd:ratio=0.8', '--pool', 'fs:ratio=0.2'];
  it('autoscaler: human output shows each pg_num (labelled as on the web: "rbd: pg_num")', () => {
    expectHuman(autoscaler, 'rbd: pg_num        512\n', 'fs: pg_num         32\n');
  });
  it('--json: pools [{ name, pgNum, wouldChange }], pgPerOsd, checks', () => {
    const r = runJson<PgJson>([...autoscaler, '--pool', 'old:ratio=0.0001:current=256']);
    expectExitMatchesChecks(r);
    expectChecks(r.json.checks);
    expect(r.json.pools.map((p) => p.name)).toEqual(['rbd', 'fs', 'old']);
    for (const p of r.json.pools) {
      expectInteger(p.pgNum);
      expect(Math.log2(p.pgNum) % 1).toBe(0); // a power of two (module.py nearest_power_of_two)
      expect(p.wouldChange === null || typeof p.wouldChange === 'boolean').toBe(true);
    }
    // A tiny third ratio barely changes the shares: rbd 0.8/1.0001 × 2400 = 1919.8 → 639.9 → 512, fs → 32
    expect(r.json.pools.map((p) => p.pgNum)).toEqual([512, 32, 32]);
    // docs/golden-examples.md G9 (threshold 3): current 256, recommended 32 < 256/3 → the autoscaler would change it
    expect(r.json.pools[2]?.wouldChange).toBe(true);
    expect(r.json.pools[0]?.wouldChange).toBeNull(); // no current= given
    expect(typeof r.json.pgPerOsd).toBe('number');
    // (512 + 32 + 32) × 3 / 24 = 72 PG shards per OSD
    expect(r.json.pgPerOsd).toBe(72);
  });
  it('pgcalc: human output shows the PGCalc figure', () => {
    // docs/golden-examples.md G10 (pgcalc.js RGW preset): target 200, 100 OSDs, 94.8 %, size 3 → 6320 → 8192
    // (8192 × 3 / 100 = 245.8 shards per OSD, under mon_max_pg_per_osd 250, so exit 0)
    expectHuman(['pg', '--osds', '100', '--pool', 'rgw:ratio=0.948', '--method', 'pgcalc', '--target-per-osd', '200'], 'rgw: pg_num        8192\n', 'PGCalc');
  });
});

describe('bond', () => {
  // docs/course-rules.md §5 field test: a 4 × 1 Gb/s 802.3ad bond → 4 Gb/s, one link down → 3 Gb/s, one flow → 1 Gb/s
  const args = ['bond', '--links', '4', '--speed', '1Gb/s', '--mode', 'lacp'];
  it('human output shows aggregate and degraded rates', () => {
    expectHuman(args, '4 Gb/s', '3 Gb/s');
  });
  it('--json: aggregateBps, degradedBps, singleFlowBps, expectedBps (bits/s), checks', () => {
    const r = runJson<BondJson>(args);
    expectExitMatchesChecks(r);
    for (const k of ['aggregateBps', 'degradedBps', 'singleFlowBps', 'expectedBps', 'transferBps'] as const) expectInteger(r.json[k]);
    expectChecks(r.json.checks);
    expect(r.json.aggregateBps).toBe(4e9);
    expect(r.json.degradedBps).toBe(3e9);
    expect(r.json.singleFlowBps).toBe(1e9);
    // One flow hashes onto one link (docs/course-rules.md §5, Linux bonding.rst)
    expect(r.json.expectedBps).toBe(1e9);
    // One flow: its link sets the end of a transfer too (docs/bond.md, equal transfers)
    expect(r.json.transferBps).toBe(1e9);
    expect(r.json.singleFlowIsUpperBound).toBe(false);
    // 4 Gb/s < the 10 Gb/s storage minimum (docs/course-rules.md §5) → a warning, not a failure
    expect(r.json.checks.find((c) => c.id === 'bond.storage-speed')?.level).toBe('warn');
  });
});

describe('quorum', () => {
  // Proxmox VE cluster manager docs (pvecm): 2 nodes + QDevice = 3 votes, quorum 2, one node may fail, HA possible
  const args = ['quorum', '--nodes', '2', '--qdevice'];
  it('human output shows votes and quorum', () => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Corosync votes\s+3/);
    expect(r.stdout).toMatch(/Quorum\s+2/);
  });
  it('--json: votes, quorumVotes, toleratedNodeFailures, haPossible, checks', () => {
    const r = runJson<QuorumJson>(args);
    expectExitMatchesChecks(r);
    expectChecks(r.json.checks);
    expect(r.json).toMatchObject({ votes: 3, quorumVotes: 2, toleratedNodeFailures: 1, haPossible: true });
  });
});
