/**
 * Issue 10, item 3: every calculator's --json carries `used`, the inputs the computation used after
 * defaults, so no adapter restates a default. Without options: the defaults. Ceph's ratios
 * mon_osd_nearfull_ratio 0.85, mon_osd_backfillfull_ratio 0.90, mon_osd_full_ratio 0.95
 * (ceph/ceph:src/common/options/global.yaml.in), mon_osd_down_out_interval 600 s
 * (ceph/ceph:src/common/options/mon.yaml.in), mon_target_pg_per_osd 100 and mon_max_pg_per_osd 250
 * (ceph/ceph:src/common/options/global.yaml.in), the autoscaler's threshold 3.0
 * (ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py), osd_memory_target 4 GiB
 * (ceph/ceph:src/common/options/global.yaml.in), the course's 75 % with one node down and DB 2–5 %
 * rule, 5-year SSD warranty (docs/memory.md#sources, docs/bluestore.md#sources). With options: the
 * values given, whatever their spelling (75% → 0.75).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

type Used = Record<string, unknown>;
const GiB = 2 ** 30;
const json = (args: string[]) => {
  const r = runCli<{ used: Used; pools?: { used: Used }[] }>([...args, '--json']);
  expect(r.code, r.stderr).not.toBe(2);
  if (r.json === undefined) throw new Error(r.stderr);
  return r.json;
};

describe('--json echoes the values used', () => {
  it('ceph: the default ratios; no recovery, so no mark-out interval; the autoscaler settings of the simulated pg_num', () => {
    expect(json(['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB']).used).toMatchObject({
      hosts: 5,
      osdsPerHost: 4,
      osdSizeBytes: 4e12,
      protection: 'replicated',
      size: 3,
      nearfull: 0.85,
      backfillfull: 0.9,
      full: 0.95,
      markOutSeconds: null,
      links: null,
      targetPerOsd: 100,
      threshold: 3,
      system: 'decimal',
    });
    // Mixed hosts: the host count; OSD count and size per host only when every host is equal.
    expect(json(['ceph', '--host-osds', '4x16TB,4x16TB,2x8TB+1x16TB']).used).toMatchObject({ hosts: 3, osdsPerHost: null, osdSizeBytes: null, nearfull: 0.85 });
    expect(json(['ceph', '--host-osds', '4x16TB,4x16TB,4x16TB']).used).toMatchObject({ hosts: 3, osdsPerHost: 4, osdSizeBytes: 16e12 });
  });

  it('ceph with a link speed: the bond defaults (2 × LACP, layer3+4) and 600 s; given values replace them', () => {
    const base = ['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB', '--link-speed', '10Gb/s'];
    expect(json(base).used).toMatchObject({ links: 2, mode: 'lacp', hash: 'layer3+4', speedBps: 10e9, markOutSeconds: 600, osdWriteBps: null });
    expect(json([...base, '--nearfull', '80%', '--backfillfull', '0.85', '--full', '0.9', '--mark-out', '300', '--links', '4', '--ec', '4+2']).used).toMatchObject({
      nearfull: 0.8,
      backfillfull: 0.85,
      full: 0.9,
      markOutSeconds: 300,
      links: 4,
      protection: 'erasure',
      size: null,
      k: 4,
      m: 2,
    });
  });

  it('ceph --data: the ratios and the course margin 1.1 (docs/ceph-capacity.md#sources)', () => {
    expect(json(['ceph', '--nodes', '5', '--data', '200TB']).used).toMatchObject({ hosts: 5, dataBytes: 200e12, nearfull: 0.85, backfillfull: 0.9, full: 0.95, margin: 1.1, diskSizeBytes: null });
    expect(json(['ceph', '--nodes', '5', '--data', '200TB', '--nearfull', '0.8']).used).toMatchObject({ nearfull: 0.8 });
  });

  it('memory, both directions: f = 1, u = 0.75, 4 GiB per OSD, vCPU:pCPU 4; given values replace them', () => {
    const usable = json(['memory', '--nodes', '3', '--node-ram', '512GiB']).used;
    expect(usable).toEqual({
      failures: 1,
      maxUtilization: 0.75,
      hostReserveBytes: 0,
      osdsPerNode: 0,
      osdMemoryBytes: 4 * GiB,
      osdSizeBytes: null,
      zfsArcBytes: 0,
      ksmSavings: null,
      vcpus: null,
      cpuThreadsPerNode: null,
      maxOvercommit: 4,
      qdevice: false,
      guestRamBytes: null,
      system: 'binary',
    });
    expect(json(['memory', '--nodes', '5', '--node-ram', '512GiB', '--failures', '2', '--max-utilization', '80%', '--osd-memory', '8GiB', '--osds-per-node', '4']).used).toMatchObject({
      failures: 2,
      maxUtilization: 0.8,
      osdMemoryBytes: 8 * GiB,
      osdsPerNode: 4,
    });
    expect(json(['memory', '--nodes', '5', '--guest-ram', '700GB']).used).toMatchObject({ nodes: 5, guestRamBytes: 700e9, failures: 1, maxUtilization: 0.75, purchasable: 'default' });
  });

  it('pg: 100 per OSD, threshold 3, autoscaler, 250 per OSD; each pool its bias 1 and size 3', () => {
    const d = json(['pg', '--osds', '12', '--pool', 'rbd:ratio=1']);
    expect(d.used).toEqual({ osds: 12, osdSizeBytes: null, targetPerOsd: 100, threshold: 3, method: 'autoscaler', maxPgPerOsd: 250 });
    expect(d.pools?.[0]?.used).toMatchObject({ protection: 'replicated', size: 3, bias: 1, bulk: false, targetRatio: 1 });
    const g = json(['pg', '--osds', '12', '--pool', 'rbd:ratio=1:bias=4:bulk', '--target-per-osd', '200', '--threshold', '2', '--max-pg-per-osd', '300', '--method', 'pgcalc']);
    expect(g.used).toMatchObject({ targetPerOsd: 200, threshold: 2, maxPgPerOsd: 300, method: 'pgcalc' });
    expect(g.pools?.[0]?.used).toMatchObject({ bias: 4, bulk: true });
  });

  it('bluestore: the course rule, 5 years, decimal units; given values replace them', () => {
    expect(json(['bluestore', '--osd-size', '16TB']).used).toEqual({
      osdSizeBytes: 16e12,
      rule: 'course',
      walDevice: false,
      osdsPerDbDevice: null,
      dbDeviceBytes: null,
      enduranceBytes: null,
      dwpd: null,
      warrantyYears: 5,
      dbWriteBps: null,
      system: 'decimal',
    });
    expect(json(['bluestore', '--osd-size', '16TB', '--rule', 'ceph-rbd', '--warranty-years', '3']).used).toMatchObject({ rule: 'ceph-rbd', warrantyYears: 3 });
  });

  it('analyze: the options after defaults, and each ratio with where it came from (option, osd dump, Ceph default)', () => {
    const mixed = fileURLToPath(new URL('../../importer/test/fixtures/mixed-hosts-inventory.json', import.meta.url));
    const sandbox = fileURLToPath(new URL('../../importer/test/fixtures/sandbox-inventory.json', import.meta.url));
    // mixed-hosts-inventory.json states no ratio: Ceph's defaults.
    expect(json(['analyze', mixed]).used).toMatchObject({
      failures: 1,
      maxUtilization: 0.75,
      hostReserveBytes: 0,
      osdMemoryBytes: 4 * GiB,
      maxOvercommit: 4,
      guestRamBytes: 8 * GiB,
      guestVcpus: 4,
      grow: 0,
      nearfull: 0.85,
      nearfullFrom: 'default',
      backfillfull: 0.9,
      backfillfullFrom: 'default',
      full: 0.95,
      fullFrom: 'default',
    });
    // sandbox-inventory.json carries osd dump's nearfull_ratio as Ceph stores it, a 32-bit float (0.8500000238418579).
    expect(json(['analyze', sandbox]).used).toMatchObject({ nearfull: 0.8500000238418579, nearfullFrom: 'inventory' });
    expect(json(['analyze', mixed, '--nearfull', '0.8', '--failures', '2', '--grow', '30%']).used).toMatchObject({ nearfull: 0.8, nearfullFrom: 'option', failures: 2, grow: 0.3 });
  });
});
