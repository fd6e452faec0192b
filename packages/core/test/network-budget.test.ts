/**
 * capa network (issue 11, item 2): one bond's traffic classes against its capacity, every link up,
 * one link down and during a recovery. Capacities are the bond model's (bonding.rst); the sharing is
 * max-min (no QoS), stated in docs/network.md. Worked examples cite their source; properties hold for any input.
 */
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { okButNegative } from './support/negative-wording.js';
import { type BudgetInput, type BudgetResult, networkBudget, parseClasses, shareCapacity, TRAFFIC_CLASSES } from '../src/index.js';

const G = 1e9;
const SEED = 20261130;

const ok = (input: BudgetInput): BudgetResult => {
  const o = networkBudget(input);
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const ids = (r: BudgetResult) => r.checks.map((c) => `${c.id}:${c.level}`);

// The issue's blade: 2 × 25 GbE 802.3ad, administration (with corosync), Ceph, guests and backup VLANs.
const blade: BudgetInput = {
  links: 2,
  speedBps: 25 * G,
  mode: 'lacp',
  classes: [
    { name: 'admin', bps: 1 * G },
    { name: 'corosync', bps: 0.01 * G },
    { name: 'ceph-public', bps: 12 * G },
    { name: 'guests', bps: 7 * G },
    { name: 'backup', bps: 10 * G },
  ],
};

describe('worked examples', () => {
  it('the blade: 50 Gb/s with both links, 25 Gb/s with one (802.3ad aggregates its active links: torvalds/linux:Documentation/networking/bonding.rst)', () => {
    const r = ok(blade);
    expect([r.normal.capacityBps, r.linkDown.capacityBps, r.recovery]).toEqual([50 * G, 25 * G, null]);
    // 1 + 0.01 + 12 + 7 + 10 = 30.01 Gb/s.
    expect(r.normal.demandBps).toBeCloseTo(30.01 * G, 0);
    expect(r.normal.utilisation).toBeCloseTo(30.01 / 50, 12);
    expect(r.normal.starving).toBeNull();
    // One link down: 25 Gb/s max-min shared; admin, corosync and guests (7 ≤ the 23.99 ÷ 3 share) get theirs, ceph-public and backup (25 − 8.01) ÷ 2 = 8.495 each: ceph-public is cut most (derived).
    expect(r.linkDown.utilisation).toBeCloseTo(30.01 / 25, 12);
    expect(r.linkDown.starving).toBe('ceph-public');
    const g = Object.fromEntries(r.linkDown.grants.map((x) => [x.name, x.grantedBps]));
    expect(g['guests']).toBe(7 * G);
    expect(g['ceph-public']).toBeCloseTo(8.495 * G, 0);
    // Corosync on a bond that saturates with one link down and no second knet link (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_cluster_network).
    expect(ids(r)).toEqual(expect.arrayContaining(['network.normal:ok', 'network.link-down:warn', 'network.corosync-shared:warn', 'network.ceph-shared:warn', 'network.single-flow:ok']));
  });
  it('a second knet link makes corosync on the blade ok (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_redundancy)', () => {
    expect(ids(ok({ ...blade, corosyncLinks: 2 }))).toContain('network.corosync-shared:ok');
  });
  it('recovery counts only during recovery, and a saturated normal state fails', () => {
    const r = ok({
      links: 2,
      speedBps: 10 * G,
      classes: [
        { name: 'ceph-cluster', bps: 12 * G },
        { name: 'recovery', bps: 10 * G },
      ],
    });
    expect([r.normal.demandBps, r.recovery?.demandBps]).toEqual([12 * G, 22 * G]);
    expect(ids(r)).toEqual(expect.arrayContaining(['network.normal:ok', 'network.link-down:warn', 'network.recovery:warn', 'network.ceph-shared:ok']));
    expect(ids(ok({ links: 1, speedBps: 10 * G, classes: [{ name: 'guests', bps: 11 * G }] }))).toEqual(expect.arrayContaining(['network.normal:fail', 'network.link-down:fail']));
  });
  it('NVMe OSDs under 25 Gb/s warn, as the planner’s network.nvme-speed (https://pve.proxmox.com/pve-docs/chapter-pveceph.html)', () => {
    expect(ids(ok({ links: 2, speedBps: 10 * G, classes: [{ name: 'ceph-public', bps: G }], nvme: true }))).toContain('network.nvme-speed:warn');
    expect(ids(ok({ links: 1, speedBps: 25 * G, classes: [{ name: 'ceph-public', bps: G }], nvme: true }))).toContain('network.nvme-speed:ok');
  });
  it('active-backup keeps one link’s capacity with a link down (bonding.rst: one slave active)', () => {
    const r = ok({ links: 2, speedBps: 10 * G, mode: 'active-backup', classes: [{ name: 'guests', bps: G }] });
    expect([r.normal.capacityBps, r.linkDown.capacityBps]).toEqual([10 * G, 10 * G]);
  });
});

describe('max-min sharing (derived)', () => {
  it('gives small classes all they ask and splits the rest equally', () => {
    const g = shareCapacity(
      [
        { name: 'a', bps: 1 },
        { name: 'b', bps: 10 },
        { name: 'c', bps: 10 },
      ],
      9,
    );
    expect(g.map((x) => x.grantedBps)).toEqual([1, 4, 4]);
  });
});

const cls = fc.uniqueArray(fc.record({ name: fc.constantFrom(...TRAFFIC_CLASSES, 'admin', 'storage-nfs'), bps: fc.integer({ min: 1, max: 100_000 }).map((m) => m * 1e6) }), {
  minLength: 1,
  maxLength: 9,
  selector: (c) => c.name,
});
const bondArb = fc.record({
  links: fc.integer({ min: 1, max: 8 }),
  speedBps: fc.constantFrom(1e9, 10e9, 25e9, 100e9),
  mode: fc.constantFrom('lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb') as fc.Arbitrary<BudgetInput['mode']>,
});

describe('properties', () => {
  it('adding a class never lowers utilisation; one link down never raises capacity; no NaN; steps evaluate', () => {
    fc.assert(
      fc.property(bondArb, cls, (b, classes) => {
        const r = ok({ ...b, classes });
        expect(r.linkDown.capacityBps).toBeLessThanOrEqual(r.normal.capacityBps);
        for (const s of [r.normal, r.linkDown, r.recovery]) {
          if (s === null) continue;
          expect(Number.isFinite(s.demandBps) && s.demandBps >= 0).toBe(true);
          if (s.utilisation !== null) expect(Number.isFinite(s.utilisation)).toBe(true);
          const granted = s.grants.reduce((a, x) => a + x.grantedBps, 0);
          expect(granted).toBeLessThanOrEqual(Math.max(s.capacityBps, 0) * (1 + 1e-12) + 1);
          for (const x of s.grants) expect(x.grantedBps).toBeLessThanOrEqual(x.demandBps);
        }
        const more = ok({ ...b, classes: [...classes, { name: 'extra', bps: 1e6 }] });
        expect(more.normal.utilisation ?? 0).toBeGreaterThanOrEqual(r.normal.utilisation ?? 0);
        for (const s of r.derivation) expect(Math.abs(Number(evaluate(s.expr, { ...s.vars })) - s.value)).toBeLessThanOrEqual(Math.abs(s.value) * 1e-12 + 1e-9);
        for (const lang of ['en', 'fr'] as const) expect(okButNegative(ok({ ...b, classes, lang }).checks)).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('refusals name the field', () => {
  it.each([
    [{ ...blade, links: 0 }, 'links'],
    [{ ...blade, classes: [] }, 'classes'],
    [
      {
        ...blade,
        classes: [
          { name: 'guests', bps: G },
          { name: 'guests', bps: G },
        ],
      },
      'classes.1.name',
    ],
    [{ ...blade, classes: [{ name: 'guests', bps: 0 }] }, 'classes.0.bps'],
    [{ ...blade, classes: [{ name: 'Guests!', bps: G }] }, 'classes.0.name'],
    [{ ...blade, corosyncLinks: 9 }, 'corosyncLinks'],
  ])('%#: %s', (input, field) => {
    const o = networkBudget(input as BudgetInput);
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.issues.map((i) => i.field)).toContain(field);
  });
  it('the class list parser refuses a bad pair, a bad rate and a name twice, and keeps a French decimal comma', () => {
    expect(parseClasses('ceph-public=10Gb/s,guests=2,5Gb/s', 'fr')).toEqual({
      ok: true,
      value: [
        { name: 'ceph-public', bps: 10e9 },
        { name: 'guests', bps: 2.5e9 },
      ],
    });
    for (const bad of ['guests', 'guests=fast', 'a=1Gb/s,a=2Gb/s', '']) expect(parseClasses(bad).ok).toBe(false);
  });
});
