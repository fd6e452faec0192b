/**
 * Issue 8, item 11: a check's level agrees with its words. Every preset of every page is computed in
 * both languages, and no 'ok' check may read as a problem ("short of", "Safe usable 0 B"…).
 */
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import { ROUTES } from '../src/state/page';
import { okButNegative } from '../../../packages/core/test/support/negative-wording';

const cases = ROUTES.flatMap((route) => PAGES[route].presets.map((preset) => ({ route, preset })));

describe('every preset: ok checks say nothing negative', () => {
  it('there are presets to check', () => expect(cases.length).toBeGreaterThan(15));
  for (const { route, preset } of cases) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${route}/${preset.id} (${lang})`, () => {
        const out = PAGES[route].compute({ values: preset.values, rows: preset.rows ?? [] }, lang);
        // A preset is valid input by construction; an invalid one is a defect of its own.
        expect(out.ok ? [] : out.issues).toEqual([]);
        if (out.ok) expect(okButNegative(out.checks)).toEqual([]);
      });
    }
  }
});
