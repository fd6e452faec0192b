/**
 * Derivation symbols (issue 12, item 6; docs/units.md): every letter of a formula is
 * defined in its step or an earlier one, every "from step" names an earlier step, and the recovery
 * rate the recovery time uses traces back to the bond step that derives it.
 */
import * as engine from '@capa/crush';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bond, cephCapacity, cephCapacitySimulated, cephDataTarget, type Protection, symbolProblems } from '../src/index.js';
import { value, stepOf, symbolIn as symbolOf } from './support/steps.js';

const SEED = 20261130;

describe('symbolProblems can fail', () => {
  const steps = value(cephCapacity({ hosts: 4, osdsPerHost: 4, osdSizeBytes: 4e12, protection: { kind: 'replicated', size: 3 }, storedBytes: 10e12 })).derivation;

  it('a sound derivation has none', () => {
    expect(symbolProblems(steps)).toEqual([]);
  });

  it('a step whose formula uses an undefined letter is named', () => {
    // Deliberately broken: ceph.raw (H × n × S) loses its definition of S, and no earlier step defines it.
    const broken = steps.map((s) => (s.id === 'ceph.raw' ? { ...s, symbols: (s.symbols ?? []).filter((d) => d.symbol !== 'S') } : s));
    expect(symbolProblems(broken)).toContain('ceph.raw: symbol S is not defined');
  });

  it('a letter defined by an earlier step counts as defined', () => {
    // ceph.host-raw (n × S) without its own S: ceph.raw, just before, defines S.
    const lean = steps.map((s) => (s.id === 'ceph.host-raw' ? { ...s, symbols: (s.symbols ?? []).filter((d) => d.symbol !== 'S') } : s));
    expect(symbolProblems(lean)).toEqual([]);
  });

  it('an origin naming a later (or unknown) step is named', () => {
    const wrong = steps.map((s) =>
      s.id === 'ceph.raw' ? { ...s, symbols: (s.symbols ?? []).map((d) => (d.symbol === 'H' ? { ...d, from: { kind: 'step' as const, step: 'ceph.usable' } } : d)) } : s,
    );
    expect(symbolProblems(wrong)).toContain('ceph.raw: symbol H comes from ceph.usable, not an earlier step');
  });

  it('a letter defined again with another meaning or unit is named', () => {
    // Deliberately broken: ceph.fill-now's R (raw capacity, bytes, as ceph.usable defines it) turned into a rate.
    const rate = steps.map((s) =>
      s.id === 'ceph.fill-now' ? { ...s, symbols: (s.symbols ?? []).map((d) => (d.symbol === 'R' ? { ...d, meaning: 'recovery transfer rate', unit: 'bits/s' as const } : d)) } : s,
    );
    expect(symbolProblems(rate)).toContain('ceph.fill-now: symbol R means "recovery transfer rate" (bits/s), but ceph.usable defined it as "raw capacity of the cluster" (bytes)');
    const unit = steps.map((s) => (s.id === 'ceph.fill-now' ? { ...s, symbols: (s.symbols ?? []).map((d) => (d.symbol === 'R' ? { ...d, unit: 'bits/s' as const } : d)) } : s));
    expect(symbolProblems(unit).some((p) => p.startsWith('ceph.fill-now: symbol R means'))).toBe(true);
  });

  it('a meaning left empty is named', () => {
    const blank = steps.map((s) => (s.id === 'ceph.raw' ? { ...s, symbols: (s.symbols ?? []).map((d) => ({ ...d, meaning: ' ' })) } : s));
    expect(symbolProblems(blank)).toContain('ceph.raw: symbol H has no meaning');
  });
});

describe('the recovery rate traces back to its step', () => {
  // 4 hosts × 4 OSDs, 2 × 10 Gb/s LACP layer3+4: each survivor receives 4 × 4 × 2 = 32 flows from its
  // 2 peers (planning/recovery-flows.ts), hashed onto 2 links (torvalds/linux:Documentation/networking/bonding.rst).
  const r = value(
    cephCapacity({
      hosts: 4,
      osdsPerHost: 4,
      osdSizeBytes: 4e12,
      protection: { kind: 'replicated', size: 3 },
      storedBytes: 10e12,
      recovery: { speedBps: 10e9, links: 2, mode: 'lacp', hash: 'layer3+4' },
    }),
  );
  const steps = r.derivation;

  it('the bond step derives X = b × L ÷ M, with the busiest link of 32 flows on 2 links', () => {
    const bt = stepOf(steps, 'failure.bond-transfer');
    expect(bt.expr).toBe('b * L / M');
    expect(bt.vars['b']).toBe(32);
    // E[max(B, 32 − B)] for B ~ Binomial(32, 1/2): the busiest of 2 links
    // (https://en.wikipedia.org/wiki/Binomial_distribution), summed here independently of max-load.ts.
    let choose = 1;
    let m = 0;
    for (let j = 0; j <= 32; j++) {
      m += (choose / 2 ** 32) * Math.max(j, 32 - j);
      choose = (choose * (32 - j)) / (j + 1);
    }
    expect(bt.vars['M']).toBeCloseTo(m, 9);
    expect(bt.value / 1e9).toBeCloseTo((32 * 10) / m, 9);
    expect(bt.value / 1e9).toBeCloseTo(17.54, 2);
    expect(symbolOf(bt, 'b')?.from).toEqual({ kind: 'step', step: 'failure.flows' });
    expect(symbolOf(bt, 'L')?.from).toEqual({ kind: 'input', input: 'linkSpeed' });
  });

  it('the survivors’ transfer rate takes X from the bond step, the recovery time V from the transfer step', () => {
    const tr = stepOf(steps, 'failure.transfer');
    expect(symbolOf(tr, 'X')?.from).toEqual({ kind: 'step', step: 'failure.bond-transfer' });
    const rt = stepOf(steps, 'failure.recovery-time');
    expect(symbolOf(rt, 'V')?.from).toEqual({ kind: 'step', step: 'failure.transfer' });
    expect(symbolOf(rt, 'B')?.from).toEqual({ kind: 'step', step: 'failure.rebuild' });
    expect(symbolOf(rt, 'T')?.from).toEqual({ kind: 'input', input: 'markOut' });
    expect(symbolProblems(steps)).toEqual([]);
  });

  it('French meanings too', () => {
    const fr = value(cephCapacity({ hosts: 4, osdsPerHost: 4, osdSizeBytes: 4e12, protection: { kind: 'replicated', size: 3 }, lang: 'fr' })).derivation;
    expect(symbolOf(stepOf(fr, 'ceph.raw'), 'H')?.meaning).toBe('hôtes (domaines de panne)');
  });
});

describe('the data the failure and the simulation play out is named where it comes from', () => {
  const input = { hosts: 5, osdsPerHost: 2, osdSizeBytes: 4e12, protection: { kind: 'replicated' as const, size: 3 }, recovery: { speedBps: 10e9, osdWriteBps: 1e9 } };

  it('without stored data, W is the safe usable capacity × s, from a ceph.raw-used step', () => {
    const steps = value(cephCapacity(input)).derivation;
    const safe = stepOf(steps, 'ceph.safe');
    const used = stepOf(steps, 'ceph.raw-used');
    expect(used.expr).toBe('Z * s');
    // W = Z × s: replica 3 holds three copies of each byte (https://docs.ceph.com/en/latest/rados/operations/pools/).
    expect(used.value).toBeCloseTo(safe.value * 3, 3);
    expect(symbolOf(used, 'Z')?.from).toEqual({ kind: 'step', step: 'ceph.safe' });
    const rebuild = stepOf(steps, 'failure.rebuild');
    expect(rebuild.vars['W']).toBe(used.value);
    expect(symbolOf(rebuild, 'W')?.from).toEqual({ kind: 'step', step: 'ceph.raw-used' });
    expect(symbolProblems(steps)).toEqual([]);
  });

  it('a pool that cannot be placed still names W’s step; its safe capacity comes from the model', () => {
    const steps = value(cephCapacity({ ...input, hosts: 2 })).derivation;
    expect(symbolOf(stepOf(steps, 'ceph.raw-used'), 'Z')?.from).toEqual({ kind: 'model' });
    expect(symbolProblems(steps)).toEqual([]);
  });

  it('the simulation’s safe capacity divides the stored data (D, typed) or else the usable capacity (U, from its step)', () => {
    const without = value(cephCapacitySimulated(input, engine)).derivation;
    const u = stepOf(without, 'ceph.crush-safe');
    expect(u.expr).toBe('r * U / F');
    expect(symbolOf(u, 'U')?.from).toEqual({ kind: 'step', step: 'ceph.usable' });
    expect(symbolProblems(without)).toEqual([]);
    const stored = value(cephCapacitySimulated({ ...input, storedBytes: 5e12 }, engine)).derivation;
    const d = stepOf(stored, 'ceph.crush-safe');
    expect(d.expr).toBe('r * D / F');
    expect(symbolOf(d, 'D')?.from).toEqual({ kind: 'input', input: 'stored' });
    // One letter, one meaning: the recovery letters of the average model and of the simulation do not clash.
    expect(stepOf(stored, 'failure.crush-recovery-time').expr).toBe('T + max(I * 8 / X, O * 8 / y)');
    expect(symbolProblems(stored)).toEqual([]);
  });
});

const protection: fc.Arbitrary<Protection> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((size) => ({ kind: 'replicated' as const, size })),
  fc.record({ k: fc.integer({ min: 2, max: 10 }), m: fc.integer({ min: 1, max: 4 }) }).map(({ k, m }) => ({ kind: 'erasure' as const, k, m })),
);
const modes = fc.constantFrom('lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb') as fc.Arbitrary<'lacp'>;
const hashes = fc.constantFrom('layer2', 'layer2+3', 'layer3+4') as fc.Arbitrary<'layer3+4'>;

describe('every Ceph and host-failure derivation defines its symbols', () => {
  it('capacity, stored data and recovery, any protection and bond', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 16 }),
        protection,
        fc.boolean(),
        fc.option(fc.integer({ min: 200, max: 4000 }), { nil: undefined }),
        modes,
        hashes,
        (hosts, osdsPerHost, p, stored, osdWriteMBs, mode, hash) => {
          const raw = hosts * osdsPerHost * 4e12;
          const factor = p.kind === 'replicated' ? p.size : (p.k + p.m) / p.k;
          const r = cephCapacity({
            hosts,
            osdsPerHost,
            osdSizeBytes: 4e12,
            protection: p,
            ...(stored ? { storedBytes: Math.floor((0.3 * raw) / factor) } : {}),
            recovery: { speedBps: 25e9, links: 2, mode, hash, ...(osdWriteMBs === undefined ? {} : { osdWriteBps: osdWriteMBs * 8e6 }) },
          });
          expect(r.ok).toBe(true);
          if (r.ok) expect(symbolProblems(r.value.derivation)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('hosts of different sizes: each host shape, the sum and the largest host (hosts.ts)', () => {
    const size = fc.constantFrom(2e12, 4e12, 8e12, 16e12);
    const host = fc.array(size, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(host, { minLength: 2, maxLength: 7 }), protection, fc.boolean(), (hostOsds, p, stored) => {
        const r = cephCapacity({ hostOsds, protection: p, ...(stored ? { storedBytes: 1e12 } : {}), recovery: { speedBps: 25e9, links: 2, mode: 'lacp', hash: 'layer3+4' } });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(symbolProblems(r.value.derivation)).toEqual([]);
        // The sum's h1 is the first host shape's step (hosts all alike take the H × n × S form instead).
        const alike = hostOsds.every((h) => h.length === hostOsds[0]?.length && h.every((b) => b === hostOsds[0]?.[0]));
        if (!alike) expect(symbolOf(stepOf(r.value.derivation, 'ceph.raw'), 'h1')?.from).toEqual({ kind: 'step', step: 'ceph.host-raw.1' });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('data target, with and without a disk size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), protection, fc.boolean(), (hosts, p, disk) => {
        const r = cephDataTarget({ hosts, dataBytes: 200e12, protection: p, ...(disk ? { diskSizeBytes: 16e12 } : {}) });
        expect(r.ok).toBe(true);
        if (r.ok) expect(symbolProblems(r.value.derivation)).toEqual([]);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('capa bond defines its symbols', () => {
  it('every mode and hash, with flows, peers and links down', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        modes,
        hashes,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 16 }),
        fc.nat(8),
        fc.constantFrom('en', 'fr') as fc.Arbitrary<'en'>,
        (links, mode, hash, flows, peers, down, lang) => {
          const r = bond({ links, speedBps: 25e9, mode, hash, flows, peers, down: Math.min(down, links), lang });
          expect(r.ok).toBe(true);
          if (r.ok) expect(symbolProblems(r.value.derivation)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('shares the host failure’s meanings: L and b as capa ceph defines them, the busiest link M from its step', () => {
    const steps = value(bond({ links: 2, speedBps: 10e9, mode: 'lacp', hash: 'layer3+4', flows: 8, peers: 3 })).derivation;
    const fail = value(
      cephCapacity({ hosts: 4, osdsPerHost: 4, osdSizeBytes: 4e12, protection: { kind: 'replicated', size: 3 }, recovery: { speedBps: 10e9, links: 2, mode: 'lacp', hash: 'layer3+4' } }),
    ).derivation;
    const bt = stepOf(fail, 'failure.bond-transfer');
    const tr = stepOf(steps, 'bond.transfer');
    expect(tr.expr).toBe(bt.expr);
    for (const sym of ['b', 'L', 'M']) expect(symbolOf(tr, sym)?.meaning).toBe(symbolOf(bt, sym)?.meaning);
    expect(symbolOf(tr, 'M')?.from).toEqual({ kind: 'step', step: 'bond.busiest' });
    expect(symbolOf(tr, 'b')?.from).toEqual({ kind: 'input', input: 'flows' });
    expect(symbolOf(tr, 'L')?.from).toEqual({ kind: 'input', input: 'speed' });
    expect(symbolOf(stepOf(steps, 'bond.expected'), 'B')?.from).toEqual({ kind: 'step', step: 'bond.busy-links' });
    expect(symbolOf(stepOf(steps, 'bond.degraded'), 'k')?.from).toEqual({ kind: 'input', input: 'down' });
  });
});
