/**
 * Issue 12 item 6 for the small calculators: capa quorum, capa bluestore and capa pg define every
 * letter of their formulas, in English and French, with where its number comes from. A property over
 * the inputs (fixed seed) checks symbolProblems; the `from` assertions pin the origins.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quorum, type Step, symbolProblems } from '../src/index.js';

const SEED = 20261201;
const langs = fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>;

function value<T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!o.ok) throw new Error(`rejected: ${JSON.stringify(o.issues)}`);
  return o.value;
}
const stepOf = (steps: readonly Step[], id: string): Step => {
  const s = steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${steps.map((x) => x.id).join(', ')}`);
  return s;
};
const fromOf = (steps: readonly Step[], id: string, sym: string) => stepOf(steps, id).symbols?.find((d) => d.symbol === sym)?.from;
/** Sound, and every step defines at least one letter (a step left without symbols is not covered). */
function expectDefined(steps: readonly Step[]): void {
  expect(steps.length).toBeGreaterThan(0);
  expect(symbolProblems(steps)).toEqual([]);
  for (const s of steps) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
}

describe('capa quorum defines its symbols', () => {
  it('any node count, with or without a QDevice and monitors, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 70 }), { nil: undefined }), fc.boolean(), langs, (nodes, qdevice, mons, sharedStorage, lang) => {
        const r = value(quorum({ nodes, qdevice, sharedStorage, lang, ...(mons === undefined ? {} : { mons }) }));
        expectDefined(r.derivation);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('N and M are the inputs, Q the QDevice flag, V the votes step', () => {
    const steps = value(quorum({ nodes: 3, qdevice: true, mons: 3 })).derivation;
    // pvecm.adoc (proxmox/pve-docs): on an odd node count the QDevice's lms algorithm gives it N − 1 votes.
    expect(stepOf(steps, 'quorum.votes').vars).toEqual({ N: 3, Q: 2 });
    expect(fromOf(steps, 'quorum.votes', 'N')).toEqual({ kind: 'input', input: 'nodes' });
    expect(fromOf(steps, 'quorum.votes', 'Q')).toEqual({ kind: 'input', input: 'qdevice' });
    expect(fromOf(steps, 'quorum.quorum', 'V')).toEqual({ kind: 'step', step: 'quorum.votes' });
    expect(fromOf(steps, 'quorum.tolerated', 'V')).toEqual({ kind: 'step', step: 'quorum.votes' });
    expect(fromOf(steps, 'quorum.mons', 'M')).toEqual({ kind: 'input', input: 'mons' });
  });

  it('French meanings', () => {
    const steps = value(quorum({ nodes: 4, lang: 'fr' })).derivation;
    expect(stepOf(steps, 'quorum.votes').symbols?.find((d) => d.symbol === 'N')?.meaning).toBe('nœuds du cluster, un vote corosync chacun');
  });
});
