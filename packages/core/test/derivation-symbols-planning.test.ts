/**
 * Derivation symbols of the planning models (issue 12, item 6; docs/README.md#derivation-symbols):
 * the recovery after a host or an OSD loss, the OSD's recovery followed by the durability chain (one
 * derivation in the plan: a letter keeps one meaning across both), the CPU reservation, the cost,
 * a demand's growth, the memory after a failure and a ZFS pool. Each defines every letter it uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOND_MODES,
  clusterCost,
  cpuReservation,
  fromInput,
  fromStep,
  HASH_POLICIES,
  hostRecovery,
  memoryAfterFailure,
  MODEL,
  osdRecovery,
  poolDurability,
  projectGrowth,
  type Step,
  symbolProblems,
  zfsCapacity,
} from '../src/index.js';

const SEED = 20261201;
const RUNS = { seed: SEED, numRuns: 150 };

const symbolOf = (steps: readonly Step[], id: string, sym: string) => steps.find((s) => s.id === id)?.symbols?.find((d) => d.symbol === sym);
/** Sound, and every step defines symbols of its own (a step left without them would pass on an earlier step's letters). */
const sound = (steps: readonly Step[]) => {
  expect(symbolProblems(steps)).toEqual([]);
  for (const s of steps) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
};

const link = fc.record({ links: fc.integer({ min: 1, max: 4 }), speedBps: fc.constantFrom(1e9, 10e9, 25e9), mode: fc.constantFrom(...BOND_MODES), hash: fc.constantFrom(...HASH_POLICIES) });
const protection = fc.oneof(
  fc.integer({ min: 2, max: 4 }).map((size) => ({ kind: 'replicated' as const, size })),
  fc.record({ k: fc.integer({ min: 2, max: 6 }), m: fc.integer({ min: 1, max: 3 }) }).map(({ k, m }) => ({ kind: 'erasure' as const, k, m })),
);

describe('recovery', () => {
  it('one OSD’s recovery then the durability chain read one meaning per letter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.boolean(),
        fc.option(link, { nil: undefined }),
        protection,
        (hosts, osdsPerHost, fill, heals, l, p) => {
          const o = osdRecovery(
            {
              hosts,
              osdsPerHost,
              osdSizeBytes: 4e12,
              fill,
              heals,
              pgShardsPerOsd: 100,
              readAmplification: p.kind === 'erasure' ? p.k : 1,
              link: l,
              osdWriteBps: 4e8,
              markOutSeconds: 600,
              replaceSeconds: 72 * 3600,
            },
            'en',
          );
          const d = poolDurability(
            { protection: p, hosts, osdsPerHost, pgNum: 128, osdExposureSeconds: Math.max(1, o.value.seconds), osdDataBytes: o.value.bytes, lang: 'en' },
            { osdExposureSeconds: fromStep('recovery.osd.time'), osdDataBytes: fromStep('recovery.osd.bytes') },
          );
          if (!d.ok) return;
          sound([...o.steps, ...d.value.derivation]);
        },
      ),
      RUNS,
    );
  });

  it('the host’s recovery defines its letters, with or without a transfer to time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1e15, noNaN: true }), link, (hosts, osdsPerHost, raw, l) => {
        sound(hostRecovery({ hosts, osdsPerHost, pools: [{ rawUsedBytes: raw, readAmplification: 1 }], link: l, osdWriteBps: 4e8, markOutSeconds: 600 }, 'fr').steps);
      }),
      RUNS,
    );
  });

  const link10 = { links: 2, speedBps: 10e9, mode: 'lacp', hash: 'layer3+4' } as const;
  it('names where each figure comes from (the spec’s fields by default, the caller’s names when given)', () => {
    const o = osdRecovery(
      { hosts: 5, osdsPerHost: 4, osdSizeBytes: 4e12, fill: 0.5, heals: true, pgShardsPerOsd: 100, readAmplification: 1, link: link10, osdWriteBps: 4e8, markOutSeconds: 600, replaceSeconds: 1 },
      'en',
      'binary',
      { markOut: fromInput('storage.ceph.markOut') },
    ).steps;
    expect(symbolOf(o, 'recovery.osd.bytes', 'S')?.from).toEqual(fromInput('osdSizeBytes'));
    expect(symbolOf(o, 'recovery.osd.bytes', 'f')?.from).toBeUndefined();
    expect(symbolOf(o, 'recovery.osd.time', 'M')?.from).toEqual(fromInput('storage.ceph.markOut'));
    expect(symbolOf(o, 'recovery.osd.time', 'D')?.from).toEqual(fromStep('recovery.osd.bytes'));
    expect(symbolOf(o, 'recovery.osd.time', 'W')?.from).toEqual(fromStep('recovery.osd.declustering'));
    expect(symbolOf(o, 'recovery.osd.time', 'I')?.from).toEqual(MODEL);
    expect(symbolOf(o, 'recovery.osd.time', 'o')?.from).toEqual(fromInput('osdWriteBps'));
    // The old letters are gone: T, B, a, N, R, r mean the durability's figures in the same derivation.
    expect(o.flatMap((s) => Object.keys(s.vars)).filter((v) => ['T', 'B', 'a', 'N', 'R', 'r'].includes(v))).toEqual([]);
    // One OSD per host on as many hosts as shards: nothing heals, the disk is replaced first.
    const wait = osdRecovery(
      { hosts: 3, osdsPerHost: 1, osdSizeBytes: 4e12, fill: 0.5, heals: false, pgShardsPerOsd: 100, readAmplification: 1, osdWriteBps: 4e8, markOutSeconds: 600, replaceSeconds: 72 * 3600 },
      'en',
    ).steps;
    expect(symbolOf(wait, 'recovery.osd.time', 'X')?.from).toEqual(fromInput('replaceSeconds'));
    const h = hostRecovery({ hosts: 4, osdsPerHost: 4, pools: [{ rawUsedBytes: 30e12, readAmplification: 1 }], link: link10, osdWriteBps: 4e8, markOutSeconds: 600 }, 'en', 'binary', {
      hosts: fromInput('nodes.count'),
    }).steps;
    expect(symbolOf(h, 'recovery.host.rebuild', 'H')?.from).toEqual(fromInput('nodes.count'));
    expect(symbolOf(h, 'recovery.host.network', 'P')?.from).toEqual(MODEL);
    expect(symbolOf(h, 'recovery.host.time', 'N')?.from).toEqual(fromStep('recovery.host.network'));
    expect(symbolOf(h, 'recovery.host.time', 'B')?.from).toEqual(fromStep('recovery.host.rebuild'));
    expect(symbolOf(h, 'recovery.host.time', 'D')?.from).toEqual(fromStep('recovery.host.disk'));
    expect(symbolOf(h, 'recovery.host.bond-rate', 'X')?.from).toEqual(fromStep('recovery.host.time'));
  });
});

describe('cost', () => {
  const spec = fc.record({
    nodes: fc.integer({ min: 1, max: 40 }),
    socketsPerNode: fc.integer({ min: 1, max: 4 }),
    hardwarePerNode: fc.integer({ min: 0, max: 100_000 }),
    chassis: fc.integer({ min: 0, max: 3 }),
    chassisPrice: fc.integer({ min: 0, max: 20_000 }),
    subscriptionPerSocketYear: fc.integer({ min: 0, max: 2000 }),
    years: fc.integer({ min: 1, max: 10 }),
    escalation: fc.constantFrom(0, 0.03, 0.1),
  });
  it('every variant defines its letters', () => {
    fc.assert(
      fc.property(spec, fc.option(fc.integer({ min: 1, max: 1e13 }), { nil: undefined }), fc.option(fc.integer({ min: 1, max: 1e15 }), { nil: undefined }), (c, ram, ceph) => {
        sound(clusterCost(c, { ramBytes: ram, cephBytes: ceph }, 'fr').derivation);
      }),
      RUNS,
    );
  });
  it('names each figure’s origin', () => {
    const steps = clusterCost(
      { nodes: 4, socketsPerNode: 2, hardwarePerNode: 10_000, chassis: 1, chassisPrice: 5000, subscriptionPerSocketYear: 500, years: 5, escalation: 0.05 },
      { ramBytes: 512 * 2 ** 30, cephBytes: 20e12 },
      'en',
      { nodes: fromInput('nodes.count'), chassis: null },
    ).derivation;
    expect(symbolOf(steps, 'cost.hardware', 'N')?.from).toEqual(fromInput('nodes.count'));
    expect(symbolOf(steps, 'cost.hardware', 'h')?.from).toEqual(fromInput('hardwarePerNode'));
    expect(symbolOf(steps, 'cost.hardware', 'C')?.from).toBeUndefined();
    expect(symbolOf(steps, 'cost.hardware', 'c')?.from).toEqual(fromInput('chassisPrice'));
    expect(symbolOf(steps, 'cost.subscription', 'F')?.from).toEqual(fromStep('cost.years-factor'));
    expect(symbolOf(steps, 'cost.total', 'H')?.from).toEqual(fromStep('cost.hardware'));
    expect(symbolOf(steps, 'cost.total', 'S')?.from).toEqual(fromStep('cost.subscription'));
    expect(symbolOf(steps, 'cost.per-tb', 'T')?.from).toEqual(fromStep('cost.total'));
    expect(symbolOf(steps, 'cost.per-gib', 'G')?.from).toBeUndefined();
  });
});

describe('the other planning steps', () => {
  it('the CPU reservation, growth and memory after a failure define their letters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 512 }), fc.integer({ min: 0, max: 24 }), fc.nat({ max: 24 }), fc.constantFrom('bytes' as const, 'count' as const), (threads, hdd, sys, unit) => {
        const by = { hdd, ssd: 2, nvme: 1 };
        const cpu = cpuReservation(threads, sys, by, { hdd: 1, ssd: 2, nvme: 4 }, 'fr').steps;
        sound(cpu);
        // cpu.overcommit, beside it in the plan's CPU area, uses P for the guests' threads.
        expect(Object.keys(cpu[0]?.vars ?? {})).not.toContain('P');
        sound([projectGrowth('workloads.guest-ram', 'g', 1e12, 0.1, 3, 'bytes', 'en').step, projectGrowth('workloads.vcpus', 'v', 100, 0.1, 3, unit, 'en').step]);
        sound([memoryAfterFailure(1e12, 3, 8e9, 2e12, 'fr').step]);
      }),
      RUNS,
    );
  });

  it('a ZFS pool defines its letters, every layout', () => {
    const layout = fc.oneof(
      fc.integer({ min: 2, max: 3 }).map((width) => ({ kind: 'mirror' as const, width })),
      fc.record({ parity: fc.constantFrom(1 as const, 2 as const, 3 as const), width: fc.integer({ min: 4, max: 12 }) }).map((x) => ({ kind: 'raidz' as const, ...x })),
      fc
        .record({ parity: fc.constantFrom(1 as const, 2 as const, 3 as const), data: fc.integer({ min: 2, max: 8 }), spares: fc.integer({ min: 0, max: 2 }) })
        .map((x) => ({ kind: 'draid' as const, ...x })),
    );
    fc.assert(
      fc.property(layout, fc.integer({ min: 2, max: 24 }), (l, disks) => sound(zfsCapacity(l, disks, 4e12, 'en').steps)),
      RUNS,
    );
    // dRAID's data disks per group are G: g is a demand's growth, which the plan's storage area shows beside it.
    const draid = zfsCapacity({ kind: 'draid', parity: 2, data: 4, spares: 1 }, 12, 4e12, 'en').steps;
    expect(draid.find((s) => s.id === 'zfs.allocated')?.expr).toBe('ceil(d / G) * (G + p)');
    expect(symbolOf(draid, 'zfs.usable', 'D')?.from).toEqual(fromStep('zfs.data'));
  });
});
