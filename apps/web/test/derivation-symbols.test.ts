/**
 * Every symbol a derivation's formula uses is defined in its step or an earlier one, and every
 * "from step" names an earlier step (issue 12, item 6; docs/units.md). Walks each page's
 * presets, in both languages, through the same core the CLI runs.
 */
import { type Step, symbolProblems } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import { ENGINE } from '../src/inventory/engine';
import type { RouteId } from '../src/state/page';

/** The pages whose derivations define every symbol; the others are checked for sound "from step" links only. */
const COVERED: readonly RouteId[] = ['ceph', 'failure', 'bond', 'quorum', 'bluestore', 'pg', 'inventory', 'memory'];

describe('derivation symbols over every preset', () => {
  for (const route of Object.keys(PAGES) as RouteId[]) {
    const page = PAGES[route];
    for (const preset of page.presets) {
      for (const lang of ['en', 'fr'] as const) {
        it(`${route} ${preset.id} (${lang})`, () => {
          const out = page.compute({ values: preset.values, rows: preset.rows ?? [] }, lang);
          // Every preset is accepted: a refusal would leave nothing to check.
          if (!out.ok) throw new Error(`${route} ${preset.id} refused`);
          const problems = symbolProblems(out.derivation);
          if (COVERED.includes(route)) {
            expect(out.derivation.length).toBeGreaterThan(0);
            expect(problems).toEqual([]);
          } else expect(problems.filter((p) => p.includes('not an earlier step'))).toEqual([]);
        });
      }
    }
  }
});

/**
 * The inventory page has no presets: its demo inventories instead, through the engine the page runs
 * (the CRUSH simulation included), with and without what-ifs. The memory rule's steps (memory.*)
 * define their letters in packages/core/src/memory; while they define none, their undefined letters
 * are left to that module (a clash with them still counts).
 */
describe('derivation symbols over the inventory page’s demos', () => {
  const problems = (steps: readonly Step[]): string[] => {
    const memoryDefines = steps.some((s) => s.id.startsWith('memory.') && (s.symbols?.length ?? 0) > 0);
    return symbolProblems(steps).filter((p) => memoryDefines || !/^memory\.[\w.-]+: symbol \w+ is not defined$/.test(p));
  };
  const WHAT_IFS: readonly Record<string, string>[] = [{}, { grow: '30%', failures: '2' }, { addNode: 'ram=512GiB,threads=64', nearfull: '0.8' }];
  if (!COVERED.includes('inventory')) return;
  for (const demo of ENGINE.demos)
    for (const values of WHAT_IFS)
      for (const lang of ['en', 'fr'] as const)
        it(`inventory ${demo.id} ${JSON.stringify(values)} (${lang})`, () => {
          const read = ENGINE.readInventories([demo.file], lang);
          if (!read.ok) throw new Error(read.message);
          const out = ENGINE.compute({ values, rows: [] }, lang, read.inventory);
          if (!out.ok) throw new Error(`${demo.id} refused`);
          expect(out.derivation.some((s) => s.id.startsWith('inventory.'))).toBe(true);
          expect(problems(out.derivation)).toEqual([]);
        });

  it('a field left blank is the default, a typed one the input (the host reservations Q)', () => {
    const lab = ENGINE.demos.find((d) => d.id === 'lab');
    if (!lab) throw new Error('no lab demo');
    const read = ENGINE.readInventories([lab.file], 'en');
    if (!read.ok) throw new Error(read.message);
    const q = (values: Record<string, string>) => {
      const out = ENGINE.compute({ values, rows: [] }, 'en', read.inventory);
      return out.ok ? out.derivation.find((s) => s.id === 'inventory.memory.reservations')?.symbols?.find((d) => d.symbol === 'Q')?.from : undefined;
    };
    expect(q({})).toEqual({ kind: 'default', input: 'hostReserve' });
    expect(q({ hostReserve: '2GiB' })).toEqual({ kind: 'input', input: 'hostReserve' });
  });
});
