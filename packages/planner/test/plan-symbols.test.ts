/**
 * Issue 12 item 6: the plan's derivation steps define their symbols. Every example is planned in
 * English and French and each area's derivation is checked with symbolProblems, for the step groups
 * covered so far (add a group here as its steps gain symbols).
 */
import { readdirSync } from 'node:fs';
import { symbolProblems } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { catalogue, EXAMPLES, example } from './helpers.js';

/** Step id prefixes whose steps must define every symbol they use. */
const COVERED = ['durability.'];

/** The catalogue's examples that describe nodes (optimize-only ones are no plan). */
const NAMES = readdirSync(EXAMPLES)
  .filter((n) => n.endsWith('.yaml') && !n.startsWith('optimize-'))
  .map((n) => n.slice(0, -5));

describe('plan derivations define their symbols', () => {
  it('plans every example', () => expect(NAMES.length).toBeGreaterThan(10));
  for (const name of NAMES) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${name} (${lang})`, () => {
        const r = plan(example(name), { lang, catalogue: catalogue() });
        for (const a of r.areas) {
          const problems = symbolProblems(a.derivation).filter((p) => COVERED.some((c) => p.startsWith(c)));
          expect(problems, `${a.id}`).toEqual([]);
          for (const s of a.derivation) if (COVERED.some((c) => s.id.startsWith(c))) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
        }
      });
    }
  }
});
