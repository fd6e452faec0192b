import { describe, expect, it } from 'vitest';
import { inventorySchema, parseCephJson, ruleInfo, Warnings, cephVersionFrom, buildInventory } from '../src/index.js';
import { fixtureJson } from './helpers.js';

const sandbox = (f: string) => fixtureJson(`sandbox/${f}.json`);

describe('Ceph CLI JSON: the sandbox capture (Ceph 16.2.15 pacific, scripts/ceph-sandbox, captured/)', () => {
  const w = new Warnings();
  const ceph = parseCephJson(
    {
      osdDf: sandbox('osd-df'),
      osdTree: sandbox('osd-tree'),
      df: sandbox('df-detail'),
      poolLsDetail: sandbox('osd-pool-ls-detail'),
      crushRules: sandbox('osd-crush-rule-dump'),
      autoscaleStatus: sandbox('osd-pool-autoscale-status'),
      osdDump: sandbox('osd-dump'),
      status: sandbox('status'),
      versions: sandbox('versions'),
      ecProfiles: { 'sandbox-k2m1': sandbox('osd-erasure-code-profile-get-sandbox-k2m1') },
    },
    w,
  );

  it('reads 3 OSDs: osd df kb 10485760 KiB × 1024 = 10737418240 bytes each, host from osd tree', () => {
    expect(ceph.osds).toHaveLength(3);
    for (const o of ceph.osds) {
      expect(o.sizeBytes).toBe(10485760 * 1024);
      expect(o.usedBytes).toBe(309608 * 1024); // kb_used 309608
      expect(o.host).toBe('sandbox-host');
      expect(o.deviceClass).toBe('hdd');
      expect(o.pgs).toBe(65);
      expect(o.up).toBe(true);
      expect(o.in).toBe(true);
    }
  });

  it('totals: Σ sizes = ceph df total_bytes 32212254720; osd df TOTAL RAW USE total_kb_used 928824 KiB = df total_used_raw_bytes 951115776', () => {
    expect(ceph.osds.reduce((s, o) => s + o.sizeBytes, 0)).toBe(32212254720);
    expect(ceph.totalBytes).toBe(31457280 * 1024);
    expect(ceph.rawUsedBytes).toBe(951115776);
    expect(ceph.availBytes).toBe(30528456 * 1024);
  });

  it('pools: STORED from ceph df, protection from ls detail + EC profile (strings "2"/"1"), failure domain from the CRUSH rule', () => {
    const by = Object.fromEntries(ceph.pools.map((p) => [p.name, p]));
    expect(Object.keys(by)).toEqual(['device_health_metrics', 'sandbox-rep', 'sandbox-ec']);
    expect(by['sandbox-rep']).toMatchObject({
      id: 2,
      type: 'replicated',
      size: 3,
      minSize: 2,
      k: null,
      m: null,
      pgNum: 32,
      storedBytes: 8421376,
      usedBytes: 25264128,
      maxAvailBytes: 9883507712,
      objects: 16,
      crushRuleName: 'sandbox-rep-osd',
      failureDomain: 'osd',
      crushRoot: 'default',
    });
    expect(by['sandbox-ec']).toMatchObject({
      id: 3,
      type: 'erasure',
      size: 3,
      minSize: 2,
      k: 2,
      m: 1,
      ecProfile: 'sandbox-k2m1',
      storedBytes: 8454144,
      usedBytes: 12681216,
      maxAvailBytes: 19767015424,
      failureDomain: 'osd',
    });
    expect(by['device_health_metrics']).toMatchObject({ pgNum: 1, pgNumMin: 1, pgNumMax: 32, storedBytes: 0, applications: ['mgr_devicehealth'] });
    expect(by['sandbox-ec']?.autoscale).toMatchObject({ pgNumFinal: 32, rawUsedRate: 1.5, subtreeCapacityBytes: 32212254720, wouldAdjust: false });
  });

  it('ratios from osd dump, version from ceph versions, fsid from status', () => {
    expect(ceph.nearfullRatio).toBeCloseTo(0.85, 6);
    expect(ceph.backfillfullRatio).toBeCloseTo(0.9, 6);
    expect(ceph.fullRatio).toBeCloseTo(0.95, 6);
    expect(ceph.version).toBe('16.2.15 pacific');
    expect(ceph.fsid).toBe('ed21e3e5-e0fd-4bf1-bbe7-b61b8f6b24a4');
    // The sandbox capture predates `ceph osd crush dump`: the one warning says placement falls back.
    expect(w.list.map((x) => x.code)).toEqual(['ceph.no-crush-map']);
    expect(ceph.placementMaps).toBeNull();
  });

  it('forms a valid inventory', () => {
    const inv = buildInventory({ ceph }, { kind: 'ceph-dir', origin: 'x' }, '2026-11-23T06:06:30.000Z');
    expect(inventorySchema.safeParse(inv).success).toBe(true);
  });
});

describe('Ceph CLI JSON: public fixtures', () => {
  it('osd df tree (canonical/juju-verify docs): hosts from the tree, out osd.1 (kb 0) sized from crush_weight 0.001495 TiB, with a warning', () => {
    const w = new Warnings();
    const c = parseCephJson({ osdDf: fixtureJson('public/ceph/osd-df-tree.juju-verify.json') }, w);
    expect(c.osds.map((o) => [o.name, o.host])).toEqual([
      ['osd.0', 'juju-0c0b8f-ceph-2'],
      ['osd.1', 'juju-0c0b8f-ceph-1'],
      ['osd.2', 'juju-0c0b8f-ceph-0'],
    ]);
    expect(c.osds[0]?.sizeBytes).toBe(1568768 * 1024);
    expect(c.osds[1]).toMatchObject({ sizeBytes: Math.round(0.001495 * 1024 ** 4), in: false, usedBytes: 0 });
    expect(c.rawUsedBytes).toBe(2778944 * 1024); // summary total_kb_used
    expect(w.list.map((x) => x.code)).toContain('ceph.osd-size-from-crush-weight');
    expect(w.list.map((x) => x.code)).toContain('ceph.no-df');
  });

  it('osd df inside the Checkmk {df, perf} wrapper: kb 7501447168 KiB per NVMe OSD, no host (plain osd df) → warning', () => {
    const w = new Warnings();
    const c = parseCephJson({ osdDf: fixtureJson('public/ceph/osd-df-and-perf.nvme.checkmk.json') }, w);
    expect(c.osds.length).toBeGreaterThan(3);
    expect(c.osds[0]).toMatchObject({ id: 0, deviceClass: 'nvme', sizeBytes: 7501447168 * 1024, usedBytes: 2549415696 * 1024, pgs: 29, up: true, host: null });
    expect(w.list.map((x) => x.code)).toContain('ceph.osd-host-unknown');
  });

  it('ceph df detail Octopus 15.2.1 (Checkmk): stored of the EC 3+2 pool, stored_raw/stored = 5/3', () => {
    const df = fixtureJson('public/ceph/df-detail.octopus-15.2.1.checkmk.json') as { pools: { name: string; stats: { stored: number } }[] };
    const w = new Warnings();
    const c = parseCephJson({ osdDf: { nodes: [], summary: {} }, df }, w);
    const ec = c.pools.find((p) => p.name === 'ceph-customer-ec32');
    expect(ec?.storedBytes).toBe(df.pools.find((p) => p.name === 'ceph-customer-ec32')?.stats.stored);
    expect(c.pools.find((p) => p.name === 'ceph-customer')?.storedBytes).toBe(1851559191360);
    expect(w.list.map((x) => x.code)).toContain('ceph.no-pool-detail');
  });

  it('EC profile values are strings (digitalocean/ceph_exporter): k "4", m "2", failure domain host', () => {
    const c = parseCephJson({
      osdDf: { nodes: [] },
      poolLsDetail: [{ pool_id: 7, pool_name: 'ec', type: 3, size: 6, min_size: 5, erasure_code_profile: 'ec42', pg_num: 128, options: {} }],
      ecProfiles: { ec42: fixtureJson('public/ceph/ec-profile-get.ec-4-2.ceph_exporter.json') },
    });
    expect(c.pools[0]).toMatchObject({ type: 'erasure', k: 4, m: 2, failureDomain: 'host', size: 6 });
  });

  it('pre-Nautilus ceph df (no stored): bytes_used is logical, raw_bytes_used raw, with a warning', () => {
    const w = new Warnings();
    const c = parseCephJson({ osdDf: { nodes: [] }, df: { pools: [{ name: 'rbd', id: 1, stats: { bytes_used: 1000, raw_bytes_used: 3000, max_avail: 5 } }] } }, w);
    expect(c.pools[0]).toMatchObject({ storedBytes: 1000, usedBytes: 3000 });
    expect(w.list.map((x) => x.code)).toContain('ceph.df-pre-nautilus');
  });

  it('osd dump pools (field `pool`) and embedded EC profiles are a fallback for ls detail', () => {
    const c = parseCephJson({ osdDf: sandbox('osd-df'), osdDump: sandbox('osd-dump') });
    expect(c.pools.map((p) => [p.id, p.name, p.k, p.m])).toEqual([
      [1, 'device_health_metrics', null, null],
      [2, 'sandbox-rep', null, null],
      [3, 'sandbox-ec', 2, 1],
    ]);
  });

  it('untrusted input: a wrong shape names the command and field', () => {
    expect(() => parseCephJson({ osdDf: { nodes: [{ id: 'x', name: 'osd.0' }] } })).toThrow(/ceph osd df: unexpected shape at nodes\.0\.id/);
    expect(() => parseCephJson({ osdDf: [] })).toThrow(/ceph osd df/);
    expect(() => parseCephJson({ osdDf: { nodes: [] }, df: { pools: 'no' } })).toThrow(/ceph df: unexpected shape at pools/);
  });

  it('numbers as strings are accepted (Perl-era tools)', () => {
    const c = parseCephJson({ osdDf: { nodes: [{ id: '4', name: 'osd.4', type: 'osd', kb: '1024', kb_used: '10', reweight: '1', pgs: '3' }], summary: { total_kb: '1024', total_kb_used: '10' } } });
    expect(c.osds[0]).toMatchObject({ id: 4, sizeBytes: 1048576, usedBytes: 10240, pgs: 3, in: true });
  });

  it('rule info: device-class shadow root and first choose step', () => {
    expect(ruleInfo({ rule_name: 'ssd', steps: [{ op: 'take', item: -2, item_name: 'default~ssd' }, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }] })).toEqual({
      name: 'ssd',
      root: 'default~ssd',
      deviceClass: 'ssd',
      failureDomain: 'host',
      ruleset: null,
    });
    expect(cephVersionFrom({ overall: { 'ceph version 18.2.4 (e7ad5345525c7aa95470c26863873b581076945d) reef (stable)': 9 } })).toBe('18.2.4 reef');
  });
});
