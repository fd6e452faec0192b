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
    // The ZFS ARC defaults to the course's 1 GB per TB of ZFS disk: 24 GB per node reserved.
    expect(p.areas.find((x) => x.id === 'memory')?.figures.find((f) => f.key === 'hostReservePerNodeBytes')?.value).toBe(24e9);
    // No shared storage: HA cannot restart guests elsewhere without replication.
    expect(p.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['zfs.local', 'cluster.ha-storage']));
  });
  it('too much data per node fails', () => {
    expect(planOf(zfs.replace('data: 10TB', 'data: 14TB')).verdict).toBe('fail');
  });
});

describe('external storage', () => {
  it('NFS holding the workloads\' data: 40 TB × 1.1^2 = 48.4 TB within 80 % of 80 TB', () => {
    const p = planOf(`name: nfs\nworkloads: { data: 40TB, growth: { perYear: 10%, years: 2 } }\nnodes: { count: 3, cores: 16, ram: 128GiB }\nstorage: { external: [{ name: san, kind: nfs, capacity: 80TB }] }\n`);
    expect(p.verdict).toBe('pass');
    expect(p.checks.find((c) => c.id === 'external.capacity')?.message).toContain('48.4 TB');
  });
});
