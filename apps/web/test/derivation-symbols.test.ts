/**
 * Every symbol a derivation's formula uses is defined in its step or an earlier one, and every
 * "from step" names an earlier step (issue 12, item 6; docs/units.md). Walks each page's
 * presets, in both languages, through the same core the CLI runs.
 */
import { symbolProblems } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import type { RouteId } from '../src/state/page';

/** The pages whose derivations define every symbol; the others are checked for sound "from step" links only. */
const COVERED: readonly RouteId[] = ['ceph', 'failure', 'bond', 'quorum', 'bluestore', 'pg'];

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
