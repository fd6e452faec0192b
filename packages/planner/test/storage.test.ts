/** Local ZFS and external storage in a plan (the scenario format's storage.zfs and storage.external). */
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { catalogue } from './helpers.js';

const GiB = 2 ** 30;
const planOf = (text: string) => {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return plan(r.scenario, { lang: 'en', catalogue: catalogue() });
};

const zfs = `
name: two-node ZFS with replication
nodes:
  count: 3
  cores: 16
  ram: 128GiB
  disks: [{ class: ssd, count: 6, size: 4TB, role: zfs }]
storage:
  zfs:
    - { name: local, layout: raidz2, data: 10TB }
rules: { hostReserve: 0 }
`;

describe('local ZFS', () => {
  it('RAIDZ2 of 6 × 4 TB: 16 TB − 128 GiB slop per node; 10 TB fits under 80 %', () => {
    // OpenZFS: (6 − 2) × 4 TB; slop min(128 GiB, 1/32); 0.8 × 15.86 TB = 12.69 TB ≥ 10 TB.
    const p = planOf(zfs);
    const a = p.areas.find((x) => x.id === 'storage');
    expect(a?.figures[0]?.value).toBe(16e12 - 128 * GiB);
    expect(a?.checks.find((c) => c.id === 'zfs.capacity')?.level).toBe('ok');
    // The ZFS ARC defaults to what the Proxmox VE 8.1+ installer writes: 10 % of RAM, at most 16 GiB
    // (https://pve.proxmox.com/pve-docs/chapter-sysadmin.html#sysadmin_zfs_limit_memory_usage): ⌊0.1 × 128 GiB⌋.
    expect(p.areas.find((x) => x.id === 'memory')?.figures.find((f) => f.key === 'hostReservePerNodeBytes')?.value).toBe(Math.floor(0.1 * 128 * GiB));
    // The course's 1 GB per TB of ZFS disk only when stated: 6 × 4 TB → 24 GB per node.
    const course = planOf(zfs.replace('data: 10TB }', 'data: 10TB, arc: course }'));
    expect(course.areas.find((x) => x.id === 'memory')?.figures.find((f) => f.key === 'hostReservePerNodeBytes')?.value).toBe(24e9);
    // No shared storage: HA cannot restart guests elsewhere without replication.
    expect(p.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['zfs.local', 'cluster.ha-storage']));
  });
  it('512 GiB nodes: the ARC is capped at 16 GiB; a stated size replaces the rule', () => {
    // pve-docs local-zfs.adoc "Limit ZFS Memory Usage": min(10 % × 512 GiB = 51.2 GiB, 16 GiB) = 16 GiB.
    const big = planOf(zfs.replace('ram: 128GiB', 'ram: 512GiB'));
    expect(big.areas.find((x) => x.id === 'memory')?.figures.find((f) => f.key === 'hostReservePerNodeBytes')?.value).toBe(16 * GiB);
    expect(big.areas.find((x) => x.id === 'memory')?.derivation.find((s) => s.id === 'memory.zfs-arc')?.value).toBe(16 * GiB);
    const stated = planOf(zfs.replace('data: 10TB }', 'data: 10TB, arc: 8GiB }'));
    expect(stated.areas.find((x) => x.id === 'memory')?.figures.find((f) => f.key === 'hostReservePerNodeBytes')?.value).toBe(8 * GiB);
  });
  it("volblocksize and ashift are the pool's: RAIDZ2 ×6 with 4K blocks keeps 1/3, with 128K 32/48", () => {
    // openzfs/zfs:module/zfs/vdev_raidz.c: 4K = 1 sector + 2 parity = 3 → 1/3 of 24 TB; 128K = 32 + 2·⌈32/4⌉ = 48 → 32/48.
    const small = planOf(zfs.replace('data: 10TB }', 'data: 1TB, volblocksize: 4K }'));
    expect(small.areas.find((x) => x.id === 'storage')?.figures[0]?.value).toBe(8e12 - 128 * GiB);
    const large = planOf(zfs.replace('data: 10TB }', 'data: 1TB, volblocksize: 128KiB, ashift: 12 }'));
    expect(large.areas.find((x) => x.id === 'storage')?.figures[0]?.value).toBe(16e12 - 128 * GiB);
  });
  it('a volblocksize that is not a power of 2 is refused, naming the field', () => {
    const r = parseScenarioText(zfs.replace('data: 10TB }', 'data: 10TB, volblocksize: 16KB }'), { require: 'nodes' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.issues)).toMatch(/volblocksize.*power of 2/);
  });
  it('too much data per node fails', () => {
    expect(planOf(zfs.replace('data: 10TB', 'data: 14TB')).verdict).toBe('fail');
  });
});

describe('external storage', () => {
  it("NFS holding the workloads' data: 40 TB × 1.1^2 = 48.4 TB within 80 % of 80 TB", () => {
    const p = planOf(
      `name: nfs\nworkloads: { data: 40TB, growth: { perYear: 10%, years: 2 } }\nnodes: { count: 3, cores: 16, ram: 128GiB }\nstorage: { external: [{ name: san, kind: nfs, capacity: 80TB }] }\n`,
    );
    expect(p.verdict).toBe('pass');
    expect(p.checks.find((c) => c.id === 'external.capacity')?.message).toContain('48.4 TB');
  });
});

describe('the Workloads line counts the data stated in the storage (issue 8, item 12)', () => {
  // Without workloads.data, the data is what the storage states: ZFS `data` is per node
  // (docs/scenario.md#storage), so 10 TB × 3 nodes; before, the line read "— of data".
  it('ZFS: 10 TB per node × 3 nodes = 30 TB', () => {
    const p = planOf(zfs);
    const w = p.areas.find((a) => a.id === 'workloads');
    expect(w?.figures.find((x) => x.key === 'dataBytes')?.value).toBe(30e12);
    expect(w?.summary).toContain('30 TB');
    expect(w?.summary).not.toContain('— of data');
    expect(w?.checks.some((c) => c.id === 'workloads.none')).toBe(false);
    expect(w?.derivation.find((s) => s.id === 'workloads.stored-data')?.formula).toBe('z1 × n1');
  });

  it('ZFS and NFS with 10 %/year over 2 years: (500 GB × 3 + 4 TB) × 1.1² = 6.655 TB', () => {
    // Compound growth x × (1 + g)^years (docs/scenario.md#workloads), each term rounded up to the byte:
    // 1.1² is 1.2100000000000002 in IEEE 754 doubles, so 605 GB + 1 B per node and 4.84 TB + 1 B.
    const p = planOf(`
name: ZFS and NFS
workloads: { guestRam: 100GiB, growth: { perYear: 10%, years: 2 } }
nodes: { count: 3, cores: 16, ram: 256GiB, disks: [{ class: ssd, count: 2, size: 1.92TB, role: zfs }] }
storage:
  zfs: [{ name: local-zfs, layout: mirror, data: 500GB }]
  external: [{ name: nfs, kind: nfs, capacity: 20TB, data: 4TB }]
`);
    const w = p.areas.find((a) => a.id === 'workloads');
    expect(w?.figures.find((x) => x.key === 'dataBytes')?.value).toBe((605e9 + 1) * 3 + 4.84e12 + 1);
    expect(w?.summary).toMatch(/6\.66 TB .* of data at the horizon/);
  });

  it('workloads.data, when given, is what the line shows (field-m1000e-m630: 40 TB on NFS)', () => {
    const p = planOf(`
name: stated
workloads: { data: 40TB }
nodes: { count: 3, cores: 16, ram: 256GiB }
storage:
  external: [{ name: nfs, kind: nfs, capacity: 80TB }]
`);
    expect(p.areas.find((a) => a.id === 'workloads')?.figures.find((x) => x.key === 'dataBytes')?.value).toBe(40e12);
  });
});
