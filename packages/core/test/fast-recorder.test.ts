/**
 * One implementation per rule (issue 10): the planner's optimizer runs the very calculators the plan
 * explains, through the FAST recorder. On random inputs the fast run gives the same numbers and the same
 * checks (id, level, area) as the explained run, and builds no step and no message. Expected values are
 * the explained calculators' own (the validated public API), so this test has no external figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CephCapacityResult,
  cephCapacity,
  cephCapacityOf,
  type CephCapacityValues,
  explaining,
  FAST,
  hostReservation,
  projectedDemand,
  type Step,
  usableMemory,
  usableMemoryOf,
  type UsableMemoryResult,
  type UsableMemoryValues,
} from '../src/index.js';
import { protection } from './support/arbitraries.js';
import { value } from './support/steps.js';

const SEED = 20261123;
const GiB = 2 ** 30;

/** The result without what only the explained run carries (derivation, messages). */
function figures(r: UsableMemoryResult | CephCapacityResult): Record<string, unknown> {
  const { derivation: _d, checks, ...rest } = r;
  return { ...rest, checks: checks.map((c) => ({ id: c.id, level: c.level, area: c.area })) };
}

const memoryValues: fc.Arbitrary<UsableMemoryValues> = fc
  .record({
    groups: fc.array(fc.record({ count: fc.integer({ min: 1, max: 16 }), ramGiB: fc.constantFrom(32, 64, 128, 256, 512, 1536) }), { minLength: 1, maxLength: 3 }),
    failures: fc.integer({ min: 0, max: 2 }),
    u: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
    reserveGiB: fc.integer({ min: 0, max: 8 }),
    osds: fc.integer({ min: 0, max: 12 }),
    osdTb: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    arcGiB: fc.integer({ min: 0, max: 16 }),
    ksm: fc.option(fc.double({ min: 0.05, max: 0.5, noNaN: true }), { nil: undefined }),
    guestGiB: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
    vcpus: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    threads: fc.integer({ min: 8, max: 256 }),
    qdevice: fc.boolean(),
    lang: fc.constantFrom('en' as const, 'fr' as const),
  })
  .filter((x) => x.failures < x.groups.reduce((n, g) => n + g.count, 0))
  .map((x) => ({
    nodeGroups: x.groups.map((g) => ({ count: g.count, ramBytes: g.ramGiB * GiB })),
    failures: x.failures,
    maxUtilization: x.u,
    hostReserveBytes: x.reserveGiB * GiB,
    osdsPerNode: x.osds,
    osdMemoryBytes: 4 * GiB,
    zfsArcBytes: x.arcGiB * GiB,
    maxOvercommit: 4,
    qdevice: x.qdevice,
    system: 'binary' as const,
    lang: x.lang,
    ...(x.osdTb !== undefined ? { osdSizeBytes: x.osdTb * 1e12 } : {}),
    ...(x.ksm !== undefined ? { ksmSavings: x.ksm } : {}),
    ...(x.guestGiB !== undefined ? { guestRamBytes: x.guestGiB * GiB } : {}),
    ...(x.vcpus !== undefined ? { vcpus: x.vcpus, cpuThreadsPerNode: x.threads } : {}),
  }));

const cephValues: fc.Arbitrary<CephCapacityValues> = fc
  .record({
    hosts: fc.integer({ min: 1, max: 40 }),
    osdsPerHost: fc.integer({ min: 1, max: 24 }),
    osdTb: fc.integer({ min: 1, max: 30 }),
    protection,
    nearfull: fc.double({ min: 0.5, max: 0.85, noNaN: true }),
    storedTb: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    link: fc.option(fc.constantFrom(10e9, 25e9, 100e9), { nil: undefined }),
    lang: fc.constantFrom('en' as const, 'fr' as const),
  })
  .map((x) => ({
    hosts: x.hosts,
    osdsPerHost: x.osdsPerHost,
    osdSizeBytes: x.osdTb * 1e12,
    protection: x.protection,
    nearfull: x.nearfull,
    backfillfull: 0.9,
    full: 0.95,
    system: 'decimal' as const,
    lang: x.lang,
    ...(x.storedTb !== undefined ? { storedBytes: x.storedTb * 1e12 } : {}),
    ...(x.link !== undefined ? { recovery: { links: 2, speedBps: x.link, mode: 'lacp' as const, hash: 'layer3+4' as const, osdWriteBps: 1e9, markOutSeconds: 600 } } : {}),
  }));

describe('the FAST recorder runs the same rule as the explained calculator', () => {
  it('usable memory: same figures and checks, no step, no message', () => {
    fc.assert(
      fc.property(memoryValues, (v) => {
        const explained = value(usableMemory(v));
        const fast = usableMemoryOf(v, FAST);
        expect(figures(fast)).toEqual(figures(explained));
        expect(fast.derivation).toEqual([]);
        expect(fast.checks.every((c) => c.message === '')).toBe(true);
        expect(explained.checks.every((c) => c.message !== '' && c.area !== undefined)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('Ceph capacity: same figures and checks, no step, no message', () => {
    fc.assert(
      fc.property(cephValues, (v) => {
        const explained = value(cephCapacity(v));
        const fast = cephCapacityOf(v, FAST);
        expect(figures(fast)).toEqual(figures(explained));
        expect(fast.derivation).toEqual([]);
        expect(explained.checks.every((c) => c.area !== undefined)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reservations and growth: the same figure either way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (k, tb, x, g, y) => {
          const r = { hostReserveBytes: 2 * GiB, osdsPerNode: k, osdMemoryBytes: 4 * GiB, osdSizeBytes: tb * 1e12, zfsArcBytes: 0 };
          expect(hostReservation(r, FAST).perNodeBytes).toBe(hostReservation(r, explaining('en')).perNodeBytes);
          const steps: Step[] = [];
          const none: Step[] = [];
          expect(projectedDemand('d', 'd', x, { perYear: g, years: y }, 'count', FAST, none)).toBe(projectedDemand('d', 'd', x, { perYear: g, years: y }, 'count', explaining('fr'), steps));
          expect(none).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a count grown to the horizon stays whole: 100 × 1.1² is 121 (float noise forgiven), bytes unchanged without growth', () => {
    // 100 × 1.1² = 121.00000000000003 in binary floating point (IEEE 754): the demand is 121, not 122.
    expect(projectedDemand('v', 'v', 100, { perYear: 0.1, years: 2 }, 'count', FAST, [])).toBe(121);
    expect(projectedDemand('d', 'd', 100, undefined, 'bytes', FAST, [])).toBe(100);
  });
});
