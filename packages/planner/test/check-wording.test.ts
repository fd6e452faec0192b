/**
 * Issue 8, item 11: a check's level agrees with its words. Every built-in example is planned in both
 * languages, and no 'ok' check may read as a problem ("short of", "no longer sold", "Safe usable 0 B"…).
 */
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { okButNegative } from '../../core/test/support/negative-wording.js';
import { catalogue, example, plannedExamples } from './helpers.js';

// Needs without nodes (optimize-*.yaml) have no plan of their own: `capa optimize` plans its candidates.
const names = plannedExamples();

describe('every example: ok checks say nothing negative', () => {
  it('there are examples to check', () => expect(names.length).toBeGreaterThan(10));
  for (const name of names) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${name} (${lang})`, () => {
        const r = plan(example(name), { lang, catalogue: catalogue() });
        const every = [...r.checks, ...r.areas.flatMap((a) => a.checks)];
        expect(okButNegative(every)).toEqual([]);
      });
    }
  }
});

describe('the wording detector itself', () => {
  it("flags the audit's examples and passes plain ok messages", () => {
    const flagged = okButNegative([
      { id: 'a', level: 'ok', message: 'Safe usable 0 B (0 B) under nearfull 85%.' },
      { id: 'b', level: 'ok', message: 'This DIMM is no longer sold.' },
      { id: 'c', level: 'ok', message: '12 GiB short of the target.' },
      { id: 'd', level: 'warn', message: 'short of the target' },
      { id: 'e', level: 'ok', message: 'Safe usable 22.67 TB (20.62 TiB) under nearfull 85%.' },
    ]);
    expect(flagged.map((l) => l.split(':')[0])).toEqual(['a', 'b', 'c']);
  });
});
