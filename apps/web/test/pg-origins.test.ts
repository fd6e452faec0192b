/**
 * Issue 12 item 6 on the PG page: the pools are rows, not a field, so a value typed in a row is an
 * input in the "where" lines and one left blank the default the core used (size 3, bias 1), never
 * a default because the pool list has no field of its own (spec-page.ts, markDefaults).
 */
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';

const origin = (steps: readonly { id: string; symbols?: readonly { symbol: string; from?: unknown }[] }[], id: string, sym: string) =>
  steps.find((s) => s.id === id)?.symbols?.find((d) => d.symbol === sym)?.from;

describe('the PG page names where a pool’s values come from', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`a size typed in its row is an input, a size left blank a default (${lang})`, () => {
      const rows = [
        { name: 'rbd', protection: 'replicated', size: '2', ratio: '1', bias: '' },
        { name: 'data', protection: 'replicated', size: '', ratio: '1', bias: '4' },
      ];
      const out = PAGES.pg.compute({ values: { osds: '12' }, rows }, lang);
      if (!out.ok) throw new Error('refused');
      const steps = out.derivation;
      expect(origin(steps, 'pg.pool.rbd.target', 'z')).toEqual({ kind: 'input', input: 'pool' });
      expect(origin(steps, 'pg.pool.rbd.target', 'b')).toEqual({ kind: 'default', input: 'pool' });
      expect(origin(steps, 'pg.pool.data.target', 'z')).toEqual({ kind: 'default', input: 'pool' });
      expect(origin(steps, 'pg.pool.data.target', 'b')).toEqual({ kind: 'input', input: 'pool' });
      // The page's own fields: OSDs typed, the target per OSD left empty.
      expect(origin(steps, 'pg.budget', 'O')).toEqual({ kind: 'input', input: 'osds' });
      expect(origin(steps, 'pg.budget', 'T')).toEqual({ kind: 'default', input: 'targetPerOsd' });
    });
  }
});
