import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { analyzeInventory, toJson } from '@capa/core';
import { buildInventory, type Inventory, type InventoryGuest, type InventoryNode, parseCephJson, Warnings } from '../src/index.js';
import { fixtureJson } from './helpers.js';

const GiB = 2 ** 30;
const node = (name: string, ramGiB: number, threads = 32, online = true): InventoryNode => ({ name, online, sockets: 1, cores: threads / 2, threads, cpuModel: null, ramTotalBytes: ramGiB * GiB, ramUsedBytes: null, ramAvailableBytes: null, version: null });
let vmid = 100;
const guest = (nodeName: string | null, ramGiB: number, vcpus = 2, extra: Partial<InventoryGuest> = {}): InventoryGuest => ({ id: `qemu/${vmid}`, type: 'qemu', vmid: vmid++, name: `vm${vmid}`, node: nodeName, status: 'running', template: false, memoryBytes: ramGiB * GiB, balloonMinBytes: null, vcpus, sockets: 1, cores: vcpus, disks: [], haState: 'started', ...extra });
const inv = (nodes: InventoryNode[], guests: InventoryGuest[], ceph: Inventory['ceph'] = null): Inventory => buildInventory({ nodes, guests, ceph }, { kind: 'synthetic', origin: null }, '2026-01-01T00:00:00.000Z');

function value<T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
}

describe('capa analyze: memory N − f', () => {
  it('worst case = (Σ configured RAM + reservations) ÷ RAM of the survivors, the largest node failing; not clamped', () => {
    // 3 nodes: 512, 256, 256 GiB; guests 100 + 100 + 200 GiB (+ a template of 64 GiB, excluded; a stopped VM of 8 GiB, included).
    const a = value(analyzeInventory({ inventory: inv([node('a', 512), node('b', 256), node('c', 256)], [guest('a', 100), guest('b', 100), guest('c', 200), guest('a', 64, 2, { template: true }), guest('b', 8, 2, { status: 'stopped', haState: null })]) }));
    expect(a.memory.failedNodes).toEqual(['a']);
    expect(a.memory.guestRamBytes).toBe(408 * GiB);
    expect(a.memory.worstCaseUtilization).toBe((408 * GiB) / (512 * GiB));
    expect(a.memory.passes).toBe(false); // 0.797 > 0.75
    expect(a.memory.counted).toEqual({ guests: 4, stopped: 1, templatesExcluded: 1, unknownMemory: 0, notHaManaged: 1 });
    expect(a.memory.runningOnlyUtilization).toBe((400 * GiB) / (512 * GiB));
    expect(a.checks.find((c) => c.id === 'inventory.memory.n-minus-f')?.level).toBe('fail');
    expect(a.memory.nodesToAdd).toBe(1);
    const over = value(analyzeInventory({ inventory: inv([node('a', 64), node('b', 64)], [guest('a', 60), guest('b', 60)]) }));
    expect(over.memory.worstCaseUtilization).toBe(120 / 64); // > 1: not clamped
  });

  it('balloon floors are ignored: the configured maximum counts', () => {
    const a = value(analyzeInventory({ inventory: inv([node('a', 64), node('b', 64), node('c', 64)], [guest('a', 32, 2, { balloonMinBytes: 4 * GiB })]) }));
    expect(a.memory.guestRamBytes).toBe(32 * GiB);
  });

  it('host reservations: --host-reserve per survivor and 4 GiB per OSD on the survivors', () => {
    const ceph = parseCephJson({ osdDf: { nodes: [0, 1, 2, 3].map((id) => ({ id, name: `osd.${id}`, type: 'osd', kb: 1024 ** 3, kb_used: 0, reweight: 1 })), summary: { total_kb_used: 0 } }, osdTree: { nodes: [{ id: -2, name: 'a', type: 'host', children: [0, 1] }, { id: -3, name: 'b', type: 'host', children: [2] }, { id: -4, name: 'c', type: 'host', children: [3] }] } });
    const a = value(analyzeInventory({ inventory: inv([node('a', 256), node('b', 128), node('c', 128)], [guest('b', 50)], ceph), hostReserveBytes: 2 * GiB }));
    // a (largest) fails; survivors b and c: 2 × 2 GiB + 2 × max(4 GiB, 1 TiB × 1 GB/TB) reserve
    const osd = Math.max(4 * GiB, (1024 ** 4 * 1e9) / 1e12);
    expect(a.memory.hostReservationBytes).toBe(2 * 2 * GiB + 2 * osd);
    expect(a.memory.worstCaseUtilization).toBeCloseTo((50 * GiB + 4 * GiB + 2 * osd) / (256 * GiB), 12);
    // the same capacity through the memory rule: u × S − R
    expect(a.memory.usableGuestRamBytes).toBe(Math.floor(0.75 * 256 * GiB - a.memory.hostReservationBytes));
  });

  it('placement: first-fit decreasing of the failed node’s guests; unplaceable ones fail', () => {
    const a = value(analyzeInventory({ inventory: inv([node('a', 128), node('b', 64), node('c', 64)], [guest('a', 40), guest('a', 30), guest('b', 5), guest('c', 5)]) }));
    expect(a.memory.placement.moved.map((p) => [p.ramBytes / GiB, p.to, p.withinLimit])).toEqual([[40, 'b', true], [30, 'c', true]]);
    expect(a.memory.perNode.find((n) => n.name === 'b')?.afterFailureUtilization).toBe(45 / 64);
    const tight = value(analyzeInventory({ inventory: inv([node('a', 128), node('b', 64), node('c', 64)], [guest('a', 40), guest('a', 30), guest('b', 10), guest('c', 10)]) }));
    expect(tight.memory.placement.moved.map((p) => [p.ramBytes / GiB, p.to, p.withinLimit])).toEqual([[30, 'b', true], [40, 'c', false]]);
    expect(tight.checks.find((c) => c.id === 'inventory.memory.placement')?.level).toBe('warn');
    const big = value(analyzeInventory({ inventory: inv([node('a', 256), node('b', 64), node('c', 64)], [guest('a', 100)]) }));
    expect(big.memory.placement.unplaced.map((p) => p.ramBytes / GiB)).toEqual([100]);
    expect(big.checks.find((c) => c.id === 'inventory.memory.placement')?.level).toBe('fail');
  });

  it('offline nodes count as failed; unknown guest memory is warned, not silently 0', () => {
    const a = value(analyzeInventory({ inventory: inv([node('a', 64), node('b', 64), node('c', 64), node('d', 64, 32, false)], [guest('d', 10), guest('a', 10, 2, { memoryBytes: null })]) }));
    expect(a.memory.failedNodes).toHaveLength(1);
    expect(a.memory.offlineNodes).toEqual(['d']);
    expect(a.memory.survivingRamBytes).toBe(128 * GiB);
    expect(a.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['inventory.memory.offline-nodes', 'inventory.memory.unknown-guest-memory']));
    expect(a.memory.placement.moved.map((p) => p.from)).toEqual(['d']);
  });

  it('CPU overcommit and headroom (8 GiB / 4 vCPU)', () => {
    const a = value(analyzeInventory({ inventory: inv([node('a', 128, 16), node('b', 128, 16), node('c', 128, 16)], [guest('a', 16, 8), guest('b', 16, 8)]) }));
    expect(a.cpu.overcommit).toBe(16 / 32);
    // memory: floor((0.75 × 256 − 32) / 8) = 20; cpu: floor((4 × 32 − 16) / 4) = 28
    expect(a.headroom).toEqual({ guestRamBytes: 8 * GiB, guestVcpus: 4, byMemory: 20, byCpu: 28 });
    expect(a.headroomGuests).toBe(20);
  });

  it('what-ifs: --grow 30 %, --add-node, --remove-node', () => {
    const base = inv([node('a', 128), node('b', 128), node('c', 128)], [guest('a', 60), guest('b', 60), guest('c', 60)]);
    const g = value(analyzeInventory({ inventory: base, grow: 0.3 }));
    expect(g.memory.guestRamBytes).toBe(Math.ceil(60 * GiB * 1.3) * 3);
    const add = value(analyzeInventory({ inventory: base, addNodes: [{ name: 'new', ramBytes: 128 * GiB, threads: 32 }] }));
    expect(add.memory.worstCaseUtilization).toBe(180 / 384);
    expect(add.whatIf.addedNodes).toEqual(['new']);
    const rm = value(analyzeInventory({ inventory: base, removeNodes: ['c'] }));
    expect(rm.memory.worstCaseUtilization).toBe(180 / 128);
    expect(rm.memory.placement.moved.length + rm.memory.placement.unplaced.length).toBe(2);
  });

  it('every derivation step recomputes with mathjs; the JSON has no non-finite number', () => {
    const a = value(analyzeInventory({ inventory: inv([node('a', 512), node('b', 256), node('c', 384)], [guest('a', 100), guest('b', 100), guest('c', 200)]), grow: 0.3, hostReserveBytes: 2 * GiB }));
    for (const s of a.derivation) {
      const got = Number(evaluate(s.expr, { ...s.vars }));
      expect(Math.abs(got - s.value), `${s.id}: ${s.expr}`).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(s.value) * 1e-12));
    }
    expect(() => toJson(a)).not.toThrow();
  });

  it('no survivor, no node: fails with a message, no crash', () => {
    const a = value(analyzeInventory({ inventory: inv([node('a', 64)], [guest('a', 10)]) }));
    expect(a.memory.worstCaseUtilization).toBeNull();
    expect(a.passes).toBe(false);
    const b = value(analyzeInventory({ inventory: inv([], [guest(null, 10)]) }));
    expect(b.checks.find((c) => c.id === 'inventory.memory.no-nodes')?.level).toBe('fail');
  });
});

describe('capa analyze: Ceph (sandbox capture)', () => {
  const s = (f: string) => fixtureJson(`sandbox/${f}.json`);
  const ceph = parseCephJson({ osdDf: s('osd-df'), osdTree: s('osd-tree'), df: s('df-detail'), poolLsDetail: s('osd-pool-ls-detail'), crushRules: s('osd-crush-rule-dump'), autoscaleStatus: s('osd-pool-autoscale-status'), osdDump: s('osd-dump'), ecProfiles: { 'sandbox-k2m1': s('osd-erasure-code-profile-get-sandbox-k2m1') } });
  const a = value(analyzeInventory({ inventory: inv([], [], ceph) }));

  it('raw = Σ OSD sizes, used = TOTAL RAW USE, pools with STORED', () => {
    expect(a.ceph).toMatchObject({ osdCount: 3, rawBytes: 32212254720, usedBytes: 951115776, hosts: 1, healing: 'single-host' });
    expect(a.ceph?.pools.map((p) => [p.name, p.storedBytes])).toEqual([['device_health_metrics', 0], ['sandbox-rep', 8421376], ['sandbox-ec', 8454144]]);
    expect(a.checks.find((c) => c.id === 'inventory.ceph.single-host')?.level).toBe('fail');
  });

  it('Ceph only (no guest, no node): memory is not applicable, neither passing nor failing; the Ceph checks decide', () => {
    // The capture is Ceph alone (packages/importer/test/fixtures/README.md, sandbox/): nothing to place, nowhere to place it.
    expect(a.memory.applicable).toBe(false);
    expect(a.memory.passes).toBeNull();
    expect(a.memory.worstCaseUtilization).toBeNull();
    expect(a.checks.filter((c) => c.id.startsWith('inventory.memory.'))).toEqual([{ id: 'inventory.memory.not-applicable', level: 'ok', message: expect.stringMatching(/^Memory N − f: not applicable\. The inventory has no guest and no node with a known RAM size/) }]);
    expect(a.derivation.filter((d) => d.id.startsWith('inventory.memory.'))).toEqual([]);
    // The overall verdict is the Ceph one: one CRUSH host fails it (ceph/ceph:doc/rados/operations/crush-map.rst, failure domains).
    expect(a.passes).toBe(false);
    const fr = value(analyzeInventory({ inventory: inv([], [], ceph), lang: 'fr' }));
    expect(fr.checks[0]?.message).toMatch(/^Mémoire N − f : sans objet\./);
    // Its level (ok) agrees with its words: nothing that reads as a problem (packages/core/test/support/negative-wording.ts).
    expect(`${a.checks[0]?.message} ${fr.checks[0]?.message}`).not.toMatch(/\bfails?\b|\bcannot\b|\bmissing\b|insuffisant|impossible|\bne peut\b/i);
  });

  it('PG counts: the autoscaler rule agrees with Ceph’s own autoscale-status (1, 32, 32)', () => {
    expect(a.ceph?.pools.map((p) => [p.pgNum, p.autoscalerPgNum, p.cephPgNumFinal])).toEqual([[1, 1, 1], [32, 32, 32], [32, 32, 32]]);
    expect(a.checks.filter((c) => c.id === 'inventory.ceph.pg-vs-ceph')).toEqual([]);
  });

  it('several hosts: fill after losing the largest host = used ÷ (raw − largest host)', () => {
    const osdDf = { nodes: [0, 1, 2, 3].map((id) => ({ id, name: `osd.${id}`, type: 'osd', kb: 1000, kb_used: 500, reweight: 1 })), summary: { total_kb_used: 2000 } };
    const tree = { nodes: [{ id: -2, name: 'h1', type: 'host', children: [0] }, { id: -3, name: 'h2', type: 'host', children: [1] }, { id: -4, name: 'h3', type: 'host', children: [2] }, { id: -5, name: 'h4', type: 'host', children: [3] }] };
    const c = parseCephJson({ osdDf, osdTree: tree, poolLsDetail: [{ pool_id: 1, pool_name: 'rbd', type: 1, size: 3, min_size: 2, pg_num: 32, crush_rule: 0, options: {} }], crushRules: [{ rule_id: 0, rule_name: 'r', steps: [{ op: 'take', item_name: 'default' }, { op: 'chooseleaf_firstn', type: 'host' }] }] });
    const r = value(analyzeInventory({ inventory: inv([], [], c) }));
    expect(r.memory.applicable).toBe(false); // Ceph only: no memory verdict, and nothing fails
    expect(r.passes).toBe(true);
    expect(r.ceph?.healing).toBe('heals');
    expect(r.ceph?.fillAfterHostLoss).toBe(2000 / 3000);
    expect(r.checks.find((x) => x.id === 'inventory.ceph.fill-after-host-loss')?.level).toBe('ok');
    expect(r.ceph?.pools[0]?.safeStoredBytes).toBe(Math.floor((0.85 * 3000 * 1024) / 3));
  });
});

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
    const c = parseCephJson({ osdDf: { nodes: [...osdDf.nodes.slice(0, 3), { id: 3, name: 'osd.3', type: 'osd', kb: 0, kb_used: 0, reweight: 1 }], summary: { total_kb_used: 0 } }, osdTree: tree }, warnings);
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
    expect(issues(withRatios(0.95, 0.9, 0.97))).toEqual([['inventory.ceph.nearfullRatio', 0.95, 'ceph.nearfullRatio = 0.95: must not be above ceph.backfillfullRatio = 0.9 (Ceph needs nearfull ≤ backfillfull ≤ full and raises OSD_OUT_OF_ORDER_FULL otherwise)']]);
    // Against Ceph's default (backfillfull 0.90: ceph/ceph:src/common/options/global.yaml.in), the file's value is named.
    expect(issues(withRatios(null, null, 0.88))).toEqual([['inventory.ceph.fullRatio', 0.88, 'ceph.fullRatio = 0.88: must not be below backfillfull 0.9 (Ceph’s default) (Ceph needs nearfull ≤ backfillfull ≤ full and raises OSD_OUT_OF_ORDER_FULL otherwise)']]);
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
