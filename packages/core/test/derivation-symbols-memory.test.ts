/**
 * Derivation symbols of the memory rule (issue 12, item 6): over many inputs, both questions and
 * both languages, every letter of capa memory's formulas is defined once, with one meaning, and its
 * "from step" names an earlier step; a few origins are checked exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredMemory, symbolProblems, usableMemory } from '../src/index.js';
import { value, stepOf, originIn as fromOf } from './support/steps.js';

const SEED = 20261201;
const GiB = 2 ** 30;

/** The inputs both questions share: reservations, OSDs, ZFS, KSM, vCPUs, each sometimes left out. */
const common = fc.record(
  {
    hostReserveBytes: fc.constantFrom(0, 2 * GiB, 8 * GiB, 200 * GiB),
    osdsPerNode: fc.integer({ min: 0, max: 12 }),
    osdMemoryBytes: fc.constantFrom(2 * GiB, 4 * GiB, 8 * GiB),
    osdSizeBytes: fc.constantFrom(1e12, 4e12, 16e12),
    zfsArcBytes: fc.constantFrom(0, 16 * GiB),
    ksmSavings: fc.constantFrom(0, 0.1, 0.3),
    vcpus: fc.integer({ min: 1, max: 2000 }),
    cpuThreadsPerNode: fc.integer({ min: 1, max: 256 }),
    maxUtilization: fc.constantFrom(0.5, 0.8, 1),
    lang: fc.constantFrom('en' as const, 'fr' as const),
    system: fc.constantFrom('binary' as const, 'decimal' as const),
  },
  { requiredKeys: ['lang', 'maxUtilization'] },
);

const ram = fc.constantFrom(32, 64, 128, 256, 384, 512, 1024).map((g) => g * GiB);
const groups = fc.array(fc.record({ count: fc.integer({ min: 1, max: 4 }), ramBytes: ram }), { minLength: 1, maxLength: 4 });

describe('every memory derivation defines its letters', () => {
  it('usable guest RAM: one or several node sizes, any failures below the node count', () => {
    fc.assert(
      fc.property(groups, common, fc.nat(), fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }), (g, c, fSeed, guestGiB) => {
        const nodes = g.reduce((n, x) => n + x.count, 0);
        const r = value(usableMemory({ nodeGroups: g, failures: fSeed % nodes, ...c, ...(guestGiB === undefined ? {} : { guestRamBytes: guestGiB * GiB }) }));
        expect(r.derivation.length).toBeGreaterThan(0);
        expect(symbolProblems(r.derivation)).toEqual([]);
        for (const s of r.derivation) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('RAM needed per node: with the default sizes or a typed list', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8000 }), common, fc.nat(), fc.boolean(), (nodes, guestGiB, c, fSeed, list) => {
        const purchasable = list ? { purchasableBytes: [256 * GiB, 512 * GiB, 1024 * GiB] } : {};
        const r = value(requiredMemory({ nodes, guestRamBytes: guestGiB * GiB, failures: fSeed % nodes, ...c, ...purchasable }));
        expect(symbolProblems(r.derivation)).toEqual([]);
        for (const s of r.derivation) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('where the memory letters come from', () => {
  it('the reservation chain: O from the OSD step, R from the reservation step, U from the usable step', () => {
    const steps = value(usableMemory({ nodeGroups: [{ count: 4, ramBytes: 512 * GiB }], failures: 1, hostReserveBytes: 2 * GiB, osdsPerNode: 4, osdSizeBytes: 4e12, ksmSavings: 0.1 })).derivation;
    const osd = stepOf(steps, 'memory.osd-reserve');
    expect(osd.expr).toBe('max(m * k, k * d / 1000)');
    expect(fromOf(osd, 'm')).toEqual({ kind: 'input', input: 'osdMemory' });
    expect(fromOf(osd, 'd')).toEqual({ kind: 'input', input: 'osdSize' });
    expect(fromOf(stepOf(steps, 'memory.reserve-per-node'), 'O')).toEqual({ kind: 'step', step: 'memory.osd-reserve' });
    expect(fromOf(stepOf(steps, 'memory.usable'), 'R')).toEqual({ kind: 'step', step: 'memory.reserve-per-node' });
    expect(fromOf(stepOf(steps, 'memory.usable-fraction'), 'U')).toEqual({ kind: 'step', step: 'memory.usable' });
    expect(fromOf(stepOf(steps, 'memory.ksm'), 'K')).toEqual({ kind: 'input', input: 'ksm' });
  });

  it('different nodes: T and F from their steps; a group keeps its number when the group before it failed', () => {
    // One 512 GiB node fails; the two 64 GiB survivors hold 0.8 × 64 = 51.2 GiB under a 60 GiB
    // reservation, so the clamped sum runs on group 2 alone (memory/per-node.ts survivingRoom).
    const steps = value(
      usableMemory({
        nodeGroups: [
          { count: 1, ramBytes: 512 * GiB },
          { count: 2, ramBytes: 64 * GiB },
        ],
        failures: 1,
        hostReserveBytes: 60 * GiB,
      }),
    ).derivation;
    const total = stepOf(steps, 'memory.total');
    const usable = stepOf(steps, 'memory.usable');
    expect(usable.expr).toBe('S2 * max(0, u * M2 - R)');
    expect(usable.vars['M2']).toBe(total.vars['M2']);
    expect(usable.vars['S2']).toBe(2);
    expect(fromOf(stepOf(steps, 'memory.usable-fraction'), 'T')).toEqual({ kind: 'step', step: 'memory.total' });
    expect(fromOf(usable, 'R')).toEqual({ kind: 'step', step: 'memory.reserve-per-node' });
  });

  it('the size to buy: B from the default list, then from its step; vCPU:pCPU from the inputs', () => {
    const steps = value(requiredMemory({ nodes: 5, guestRamBytes: 700e9, failures: 1, vcpus: 400, cpuThreadsPerNode: 64, lang: 'fr' })).derivation;
    expect(fromOf(stepOf(steps, 'memory.recommended'), 'B')).toEqual({ kind: 'default', input: 'purchasable' });
    expect(fromOf(stepOf(steps, 'memory.total-recommended'), 'B')).toEqual({ kind: 'step', step: 'memory.recommended' });
    const oc = stepOf(steps, 'cpu.overcommit');
    expect(fromOf(oc, 'P')).toEqual({ kind: 'input', input: 'threadsPerNode' });
    expect(oc.symbols?.find((d) => d.symbol === 'S')?.meaning).toBe('nœuds survivants (N − f)');
    const typed = value(requiredMemory({ nodes: 5, guestRamBytes: 700e9, failures: 1, purchasableBytes: [512 * GiB] })).derivation;
    expect(fromOf(stepOf(typed, 'memory.recommended'), 'B')).toEqual({ kind: 'input', input: 'purchasable' });
  });
});
