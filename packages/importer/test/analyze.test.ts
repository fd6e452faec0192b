import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { analyzeInventory, toJson } from '@capa/core';
import { parseCephJson } from '../src/index.js';
import { fixtureJson } from './helpers.js';
import { GiB, guest, inv, node, value } from './synthetic-inventory.js';

describe('capa analyze: memory N − f', () => {
  it('worst case = (Σ configured RAM + reservations) ÷ RAM of the survivors, the largest node failing; not clamped', () => {
    // 3 nodes: 512, 256, 256 GiB; guests 100 + 100 + 200 GiB (+ a template of 64 GiB, excluded; a stopped VM of 8 GiB, included).
    const a = value(
      analyzeInventory({
        inventory: inv(
          [node('a', 512), node('b', 256), node('c', 256)],
          [guest('a', 100), guest('b', 100), guest('c', 200), guest('a', 64, 2, { template: true }), guest('b', 8, 2, { status: 'stopped', haState: null })],
        ),
      }),
    );
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
    const ceph = parseCephJson({
      osdDf: { nodes: [0, 1, 2, 3].map((id) => ({ id, name: `osd.${id}`, type: 'osd', kb: 1024 ** 3, kb_used: 0, reweight: 1 })), summary: { total_kb_used: 0 } },
      osdTree: {
        nodes: [
          { id: -2, name: 'a', type: 'host', children: [0, 1] },
          { id: -3, name: 'b', type: 'host', children: [2] },
          { id: -4, name: 'c', type: 'host', children: [3] },
        ],
      },
    });
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
    expect(a.memory.placement.moved.map((p) => [p.ramBytes / GiB, p.to, p.withinLimit])).toEqual([
      [40, 'b', true],
      [30, 'c', true],
    ]);
    expect(a.memory.perNode.find((n) => n.name === 'b')?.afterFailureUtilization).toBe(45 / 64);
    const tight = value(analyzeInventory({ inventory: inv([node('a', 128), node('b', 64), node('c', 64)], [guest('a', 40), guest('a', 30), guest('b', 10), guest('c', 10)]) }));
    expect(tight.memory.placement.moved.map((p) => [p.ramBytes / GiB, p.to, p.withinLimit])).toEqual([
      [30, 'b', true],
      [40, 'c', false],
    ]);
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
  const ceph = parseCephJson({
    osdDf: s('osd-df'),
    osdTree: s('osd-tree'),
    df: s('df-detail'),
    poolLsDetail: s('osd-pool-ls-detail'),
    crushRules: s('osd-crush-rule-dump'),
    autoscaleStatus: s('osd-pool-autoscale-status'),
    osdDump: s('osd-dump'),
    ecProfiles: { 'sandbox-k2m1': s('osd-erasure-code-profile-get-sandbox-k2m1') },
  });
  const a = value(analyzeInventory({ inventory: inv([], [], ceph) }));

  it('raw = Σ OSD sizes, used = TOTAL RAW USE, pools with STORED', () => {
    expect(a.ceph).toMatchObject({ osdCount: 3, rawBytes: 32212254720, usedBytes: 951115776, hosts: 1, healing: 'single-host' });
    expect(a.ceph?.pools.map((p) => [p.name, p.storedBytes])).toEqual([
      ['device_health_metrics', 0],
      ['sandbox-rep', 8421376],
      ['sandbox-ec', 8454144],
    ]);
    expect(a.checks.find((c) => c.id === 'inventory.ceph.single-host')?.level).toBe('fail');
  });

  it('Ceph only (no guest, no node): memory is not applicable, neither passing nor failing; the Ceph checks decide', () => {
    // The capture is Ceph alone (packages/importer/test/fixtures/README.md, sandbox/): nothing to place, nowhere to place it.
    expect(a.memory.applicable).toBe(false);
    expect(a.memory.passes).toBeNull();
    expect(a.memory.worstCaseUtilization).toBeNull();
    expect(a.checks.filter((c) => c.id.startsWith('inventory.memory.'))).toEqual([
      {
        id: 'inventory.memory.not-applicable',
        level: 'ok',
        message: expect.stringMatching(/^Memory N − f: not applicable\. The inventory has no guest and no node with a known RAM size/),
        code: 'inventory.memory.not-applicable',
        params: {},
      },
    ]);
    expect(a.derivation.filter((d) => d.id.startsWith('inventory.memory.'))).toEqual([]);
    // The overall verdict is the Ceph one: one CRUSH host fails it (ceph/ceph:doc/rados/operations/crush-map.rst, failure domains).
    expect(a.passes).toBe(false);
    const fr = value(analyzeInventory({ inventory: inv([], [], ceph), lang: 'fr' }));
    expect(fr.checks[0]?.message).toMatch(/^Mémoire N − f : sans objet\./);
    // Its level (ok) agrees with its words: nothing that reads as a problem (packages/core/test/support/negative-wording.ts).
    expect(`${a.checks[0]?.message} ${fr.checks[0]?.message}`).not.toMatch(/\bfails?\b|\bcannot\b|\bmissing\b|insuffisant|impossible|\bne peut\b/i);
  });

  it('PG counts: the autoscaler rule agrees with Ceph’s own autoscale-status (1, 32, 32)', () => {
    expect(a.ceph?.pools.map((p) => [p.pgNum, p.autoscalerPgNum, p.cephPgNumFinal])).toEqual([
      [1, 1, 1],
      [32, 32, 32],
      [32, 32, 32],
    ]);
    expect(a.checks.filter((c) => c.id === 'inventory.ceph.pg-vs-ceph')).toEqual([]);
  });

  it('several hosts: fill after losing the largest host = used ÷ (raw − largest host)', () => {
    const osdDf = { nodes: [0, 1, 2, 3].map((id) => ({ id, name: `osd.${id}`, type: 'osd', kb: 1000, kb_used: 500, reweight: 1 })), summary: { total_kb_used: 2000 } };
    const tree = {
      nodes: [
        { id: -2, name: 'h1', type: 'host', children: [0] },
        { id: -3, name: 'h2', type: 'host', children: [1] },
        { id: -4, name: 'h3', type: 'host', children: [2] },
        { id: -5, name: 'h4', type: 'host', children: [3] },
      ],
    };
    const c = parseCephJson({
      osdDf,
      osdTree: tree,
      poolLsDetail: [{ pool_id: 1, pool_name: 'rbd', type: 1, size: 3, min_size: 2, pg_num: 32, crush_rule: 0, options: {} }],
      crushRules: [
        {
          rule_id: 0,
          rule_name: 'r',
          steps: [
            { op: 'take', item_name: 'default' },
            { op: 'chooseleaf_firstn', type: 'host' },
          ],
        },
      ],
    });
    const r = value(analyzeInventory({ inventory: inv([], [], c) }));
    expect(r.memory.applicable).toBe(false); // Ceph only: no memory verdict, and nothing fails
    expect(r.passes).toBe(true);
    expect(r.ceph?.healing).toBe('heals');
    expect(r.ceph?.fillAfterHostLoss).toBe(2000 / 3000);
    expect(r.checks.find((x) => x.id === 'inventory.ceph.fill-after-host-loss')?.level).toBe('ok');
    expect(r.ceph?.pools[0]?.safeStoredBytes).toBe(Math.floor((0.85 * 3000 * 1024) / 3));
  });
});
