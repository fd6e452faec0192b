/**
 * Derivation symbols (issue 12, item 6) of capa network's traffic budget and capa filer: every letter
 * defined, one meaning per letter (the budget's three states, the filer's RAID and links), each figure
 * traced to its step, typed inputs told from defaults, the bond's n and L worded as capa bond words them
 * (the plan shows both side by side).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOND_MODES, bond, filer, filerLinks, HASH_POLICIES, minGroupSize, networkBudget, RAID_LEVELS, type Step, symbolProblems, TRAFFIC_CLASSES } from '../src/index.js';
import { value, stepOf, originIn as fromOf } from './support/steps.js';

const SEED = 20261201;

// Known class names, and custom ones (a lone n would take the member links' letter).
const className = fc.oneof(fc.constantFrom(...TRAFFIC_CLASSES), fc.constantFrom('n', 'k', 'vlan-42', 'dmz'));
const budgetArb = fc.record({
  links: fc.integer({ min: 1, max: 8 }),
  speedBps: fc.constantFrom(1e9, 10e9, 25e9, 100e9),
  mode: fc.constantFrom(...BOND_MODES),
  hash: fc.constantFrom(...HASH_POLICIES),
  classes: fc.uniqueArray(fc.record({ name: className, bps: fc.integer({ min: 1, max: 200 }).map((g) => g * 1e9) }), { minLength: 1, maxLength: 6, selector: (c) => c.name }),
  corosyncLinks: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
  nvme: fc.boolean(),
  lang: fc.constantFrom('en' as const, 'fr' as const),
});

describe('capa network defines its symbols', () => {
  it('every letter is defined, once, in both languages', () => {
    fc.assert(
      fc.property(budgetArb, (input) => {
        const steps = value(networkBudget(input)).derivation;
        expect(symbolProblems(steps)).toEqual([]);
        for (const s of steps) if (/[A-Za-z]/.test(s.expr)) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('each utilisation divides its state’s demand by its state’s capacity, from their steps', () => {
    const r = value(
      networkBudget({
        links: 2,
        speedBps: 25e9,
        classes: [
          { name: 'ceph-public', bps: 10e9 },
          { name: 'recovery', bps: 20e9 },
          { name: 'corosync', bps: 1e8 },
        ],
      }),
    );
    const steps = r.derivation;
    expect(fromOf(stepOf(steps, 'network.normal.utilisation'), 'C')).toEqual({ kind: 'step', step: 'network.capacity' });
    expect(fromOf(stepOf(steps, 'network.link-down.utilisation'), 'C')).toEqual({ kind: 'step', step: 'network.capacity-down' });
    expect(fromOf(stepOf(steps, 'network.recovery.utilisation'), 'C')).toEqual({ kind: 'step', step: 'network.capacity' });
    expect(fromOf(stepOf(steps, 'network.recovery.utilisation'), 'D')).toEqual({ kind: 'step', step: 'network.recovery.demand' });
    expect(fromOf(stepOf(steps, 'network.capacity'), 'n')).toEqual({ kind: 'input', input: 'links' });
    expect(fromOf(stepOf(steps, 'network.capacity'), 'L')).toEqual({ kind: 'input', input: 'speed' });
    expect(fromOf(stepOf(steps, 'network.normal.demand'), 'ceph_public')).toEqual({ kind: 'input', input: 'class' });
    // Left out, the corosync links are the default 1; typed, the input.
    expect(fromOf(stepOf(steps, 'network.corosync-links'), 'R')).toEqual({ kind: 'default', input: 'corosyncLinks' });
    const typed = value(networkBudget({ links: 2, speedBps: 25e9, classes: [{ name: 'corosync', bps: 1e8 }], corosyncLinks: 2 })).derivation;
    expect(fromOf(stepOf(typed, 'network.corosync-links'), 'R')).toEqual({ kind: 'input', input: 'corosyncLinks' });
  });

  it('a class named n keeps n for the member links', () => {
    const steps = value(networkBudget({ links: 2, speedBps: 10e9, classes: [{ name: 'n', bps: 1e9 }] })).derivation;
    expect(stepOf(steps, 'network.normal.demand').vars).toEqual({ n_class: 1e9 });
    expect(symbolProblems(steps)).toEqual([]);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`n and L mean what capa bond says they mean (${lang})`, () => {
      const b = value(bond({ links: 2, speedBps: 10e9, lang })).derivation;
      const net = value(networkBudget({ links: 2, speedBps: 10e9, classes: [{ name: 'guests', bps: 1e9 }], lang })).derivation;
      const meaning = (steps: readonly Step[], sym: string) => steps.flatMap((s) => s.symbols ?? []).find((d) => d.symbol === sym)?.meaning;
      for (const sym of ['n', 'L']) expect(meaning(net, sym), sym).toBe(meaning(b, sym));
      // One derivation, as the plan's network area shows them.
      expect(symbolProblems([...b, ...net])).toEqual([]);
    });
  }
});

const filerArb = fc
  .record({
    raid: fc.constantFrom(...RAID_LEVELS),
    extra: fc.integer({ min: 0, max: 20 }),
    spares: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    diskBytes: fc.constantFrom(1.2e12, 4e12, 16e12),
    overhead: fc.option(fc.constantFrom(0, 0.05, 0.2), { nil: undefined }),
    dataBytes: fc.option(fc.constantFrom(1e12, 100e12), { nil: undefined }),
    maxFill: fc.option(fc.constantFrom(0.7, 0.8), { nil: undefined }),
    speedBps: fc.option(fc.constantFrom(1e9, 10e9, 25e9), { nil: undefined }),
    links: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    mode: fc.constantFrom(...BOND_MODES),
    hash: fc.constantFrom(...HASH_POLICIES),
    clients: fc.integer({ min: 1, max: 16 }),
    lang: fc.constantFrom('en' as const, 'fr' as const),
  })
  // Enough disks for one group once the spares are set aside (filer.ts refuses fewer).
  .map(({ extra, spares, ...r }) => ({ ...r, spares, disks: minGroupSize(r.raid) + (spares ?? 0) + extra }));

describe('capa filer defines its symbols', () => {
  it('every letter is defined, once, in both languages', () => {
    fc.assert(
      fc.property(filerArb, (input) => {
        const steps = value(filer(input)).derivation;
        expect(symbolProblems(steps)).toEqual([]);
        for (const s of steps) if (/[A-Za-z]/.test(s.expr)) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('each figure names its step, each input whether it was typed', () => {
    // RAID 5, 8 × 4 TB, no spare given: one group of 8 (docs/filer.md's layout rules).
    const steps = value(filer({ raid: '5', disks: 8, diskBytes: 4e12, speedBps: 10e9, links: 2, clients: 3 })).derivation;
    expect(fromOf(stepOf(steps, 'filer.raw'), 'n')).toEqual({ kind: 'input', input: 'disks' });
    expect(fromOf(stepOf(steps, 'filer.raw'), 'S')).toEqual({ kind: 'input', input: 'diskSize' });
    expect(fromOf(stepOf(steps, 'filer.groups'), 's')).toEqual({ kind: 'default', input: 'spares' });
    expect(fromOf(stepOf(steps, 'filer.groups'), 'W')).toEqual({ kind: 'default', input: 'groupSize' });
    expect(fromOf(stepOf(steps, 'filer.array'), 'G')).toEqual({ kind: 'step', step: 'filer.groups' });
    expect(fromOf(stepOf(steps, 'filer.array'), 'd')).toEqual({ kind: 'step', step: 'filer.data-disks' });
    expect(fromOf(stepOf(steps, 'filer.usable'), 'A')).toEqual({ kind: 'step', step: 'filer.array' });
    expect(fromOf(stepOf(steps, 'filer.max-data'), 'U')).toEqual({ kind: 'step', step: 'filer.usable' });
    expect(fromOf(stepOf(steps, 'filer.max-data'), 'f')).toEqual({ kind: 'default', input: 'maxFill' });
    expect(fromOf(stepOf(steps, 'filer.rebuild-ure'), 'B')).toEqual({ kind: 'step', step: 'filer.rebuild-read' });
    expect(fromOf(stepOf(steps, 'filer.rebuild-ure'), 'E')).toEqual({ kind: 'default', input: 'ure' });
    expect(fromOf(stepOf(steps, 'filer.aggregate'), 'N')).toEqual({ kind: 'input', input: 'links' });
    expect(fromOf(stepOf(steps, 'filer.aggregate'), 'L')).toEqual({ kind: 'input', input: 'speed' });
    const typed = value(filer({ raid: '5', disks: 8, diskBytes: 4e12, spares: 1, groupSize: 7, ureRate: 1e-15, maxFill: 0.7, speedBps: 10e9 })).derivation;
    expect(fromOf(stepOf(typed, 'filer.groups'), 's')).toEqual({ kind: 'input', input: 'spares' });
    expect(fromOf(stepOf(typed, 'filer.groups'), 'W')).toEqual({ kind: 'input', input: 'groupSize' });
    expect(fromOf(stepOf(typed, 'filer.rebuild-ure'), 'E')).toEqual({ kind: 'input', input: 'ure' });
    expect(fromOf(stepOf(typed, 'filer.max-data'), 'f')).toEqual({ kind: 'input', input: 'maxFill' });
    expect(fromOf(stepOf(typed, 'filer.aggregate'), 'N')).toEqual({ kind: 'default', input: 'links' });
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`the links alone define theirs, L as capa bond words it (${lang})`, () => {
      const steps = value(filerLinks({ speedBps: 10e9, links: 2, clients: 4, lang })).derivation;
      expect(symbolProblems(steps)).toEqual([]);
      expect(fromOf(stepOf(steps, 'filer.clients'), 'M')).toEqual({ kind: 'model' });
      const l = (s: readonly Step[]) => s.flatMap((x) => x.symbols ?? []).find((d) => d.symbol === 'L')?.meaning;
      expect(l(steps)).toBe(l(value(bond({ links: 2, speedBps: 10e9, lang })).derivation));
    });
  }
});
