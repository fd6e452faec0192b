/** capa analyze refuses inventory values by field and value (never computes with them), and says which pool the PG rule refuses. */
import { describe, expect, it } from 'vitest';
import { analyzeInventory } from '@capa/core';
import { type Inventory, parseCephJson, Warnings } from '../src/index.js';
import { fixtureJson } from './helpers.js';
import { guest, inv, node, value } from './synthetic-inventory.js';

describe('capa analyze: inventory values refused by field and value, never computed with', () => {
  const osdDf = { nodes: [0, 1, 2, 3].map((id) => ({ id, name: `osd.${id}`, type: 'osd', kb: 1024 ** 2, kb_used: 0, reweight: 1 })), summary: { total_kb_used: 0 } };
  const tree = { nodes: [0, 1, 2, 3].map((id) => ({ id: -2 - id, name: `h${id}`, type: 'host', children: [id] })) };
  const base = () => inv([node('a', 64), node('b', 64), node('c', 64)], [guest('a', 8)], parseCephJson({ osdDf, osdTree: tree }));
  const issues = (i: Inventory, extra: Partial<Parameters<typeof analyzeInventory>[0]> = {}) => {
    const r = analyzeInventory({ inventory: i, ...extra });
    return r.ok ? [] : r.issues.map((x) => [x.field, x.value, x.message]);
  };

  it('a node of 0 threads: nodes[i].threads (null is "unknown", never 0: packages/importer/src/schema.ts)', () => {
    const i = base();
    i.nodes[0] = { ...node('a', 64), threads: 0 };
    expect(issues(i)).toEqual([['inventory.nodes.0.threads', 0, 'nodes[0].threads = 0: a node’s hardware thread count must be a whole number of at least 1 (null when unknown)']]);
    expect(issues({ ...i, nodes: i.nodes.map((n) => ({ ...n, threads: 0 })) })).toHaveLength(3); // before: "cpu.overcommit would not be a finite number"
  });

  it('an in OSD of 0 bytes: ceph.osds[i].sizeBytes; an out one may be 0 (it holds no data)', () => {
    const i = base();
    const osds = i.ceph?.osds ?? [];
    osds[3] = { ...(osds[3] as (typeof osds)[number]), sizeBytes: 0 };
    expect(issues(i)).toEqual([['inventory.ceph.osds.3.sizeBytes', 0, 'ceph.osds[3].sizeBytes = 0: an OSD that is in must have a size greater than 0 bytes (only an out OSD may be 0)']]);
    osds[3] = { ...(osds[3] as (typeof osds)[number]), in: false };
    expect(issues(i)).toEqual([]);
    // An osd df row with kb 0 and no crush_weight is imported as 0 bytes, with a warning that says so.
    const warnings = new Warnings();
    const c = parseCephJson(
      { osdDf: { nodes: [...osdDf.nodes.slice(0, 3), { id: 3, name: 'osd.3', type: 'osd', kb: 0, kb_used: 0, reweight: 1 }], summary: { total_kb_used: 0 } }, osdTree: tree },
      warnings,
    );
    expect(warnings.list.map((w) => w.message).join('\n')).toMatch(/osd\.3 reports neither a size nor a CRUSH weight: recorded as 0 bytes \(it is in: capa analyze refuses an in OSD of 0 bytes/);
    expect(issues({ ...base(), ceph: c }).map((x) => x[0])).toEqual(['inventory.ceph.osds.3.sizeBytes']);
  });

  it('fill ratios: each in (0, 1], and nearfull ≤ backfillfull ≤ full (ceph/ceph:src/osd/OSDMap.cc, OSDMap::check_health, OSD_OUT_OF_ORDER_FULL)', () => {
    const withRatios = (nearfullRatio: number | null, backfillfullRatio: number | null, fullRatio: number | null) => {
      const i = base();
      return { ...i, ceph: i.ceph && { ...i.ceph, nearfullRatio, backfillfullRatio, fullRatio } };
    };
    // Before: nearfull −1 gave "Ceph safe raw −3 GiB" (−1 × (4 − 1) GiB).
    expect(issues(withRatios(-1, 0.9, 0.95))).toEqual([['inventory.ceph.nearfullRatio', -1, 'ceph.nearfullRatio = -1: a Ceph fill ratio must be greater than 0 and at most 1']]);
    expect(issues(withRatios(0.85, 0.9, 1.5)).map((x) => x[0])).toEqual(['inventory.ceph.fullRatio']);
    expect(issues(withRatios(0, 0.9, 0.95)).map((x) => x[0])).toEqual(['inventory.ceph.nearfullRatio']);
    expect(issues(withRatios(0.95, 0.9, 0.97))).toEqual([
      [
        'inventory.ceph.nearfullRatio',
        0.95,
        'ceph.nearfullRatio = 0.95: must not be above ceph.backfillfullRatio = 0.9 (Ceph needs nearfull ≤ backfillfull ≤ full and raises OSD_OUT_OF_ORDER_FULL otherwise)',
      ],
    ]);
    // Against Ceph's default (backfillfull 0.90: ceph/ceph:src/common/options/global.yaml.in), the file's value is named.
    expect(issues(withRatios(null, null, 0.88))).toEqual([
      [
        'inventory.ceph.fullRatio',
        0.88,
        'ceph.fullRatio = 0.88: must not be below backfillfull 0.9 (Ceph’s default) (Ceph needs nearfull ≤ backfillfull ≤ full and raises OSD_OUT_OF_ORDER_FULL otherwise)',
      ],
    ]);
    // A what-if ratio is named as the option, not the file.
    expect(issues(withRatios(0.85, 0.9, 0.95), { nearfull: 0.97 }).map((x) => [x[0], x[1]])).toEqual([['nearfull', 0.97]]);
    // osd dump prints Ceph's 32-bit floats (0.9 → 0.8999999761581421, sandbox/osd-dump.json): 0.9 is not above it.
    expect(issues(withRatios(0.8500000238418579, 0.8999999761581421, 0.949999988079071), { nearfull: 0.9 })).toEqual([]);
    const fr = analyzeInventory({ inventory: withRatios(-1, 0.9, 0.95), lang: 'fr' });
    expect(fr.ok ? '' : fr.issues[0]?.message).toBe('ceph.nearfullRatio = -1 : un ratio de remplissage Ceph doit être supérieur à 0 et au plus égal à 1');
  });
});

describe('capa analyze: a pool the PG rule refuses is said, not skipped', () => {
  it('pg_num_min 100 (not a power of two): a warning names the pool and the field, no silent gap', () => {
    // The real sandbox capture (fixtures/README.md), its pools' pg_num_min set to 100: Capa's PG rule only
    // takes powers of two (ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py rounds to one).
    const base = fixtureJson('sandbox-inventory.json') as Inventory;
    const pools = base.ceph!.pools.map((p) => ({ ...p, pgNumMin: 100 }));
    const a = value(analyzeInventory({ inventory: { ...base, ceph: { ...base.ceph!, pools } } }));
    const w = a.checks.filter((c) => c.id === 'inventory.ceph.pg-not-compared');
    expect(w.map((c) => c.level)).toEqual(['warn']);
    expect(w[0]?.message).toContain('sandbox-rep');
    expect(w[0]?.message).toMatch(/pgNumMin = 100/);
    expect(a.ceph?.pools.every((p) => p.autoscalerPgNum === null)).toBe(true);
  });
});
