/**
 * The web bundle swaps the core's mathjs-based decimal module for src/core-shims/decimal.ts
 * (vite/core-decimal.ts). Both must give the same number for every input the core's grammars admit.
 */
import fc from 'fast-check';
import { BINARY_UNITS, DECIMAL_UNITS } from '@capa/core';
import { describe, expect, it } from 'vitest';
import * as core from '../../../packages/core/dist/units/decimal.js';
import * as shim from '../src/core-shims/decimal';

const FACTORS = [...BINARY_UNITS, ...DECIMAL_UNITS].map((u) => u.factor).flatMap((f) => [f, f * 8]).concat([1e3, 1e6, 1e9, 1e12, 2 ** 10 * 8]);

describe('core-shims/decimal is the core\'s decimal module, without mathjs', () => {
  it('exports the same functions', () => {
    expect(Object.keys(shim).sort()).toEqual(Object.keys(core).sort());
  });

  it('gives the same values on the course\'s inputs', () => {
    for (const digits of ['512', '739.85', '0.5', '16', '3.84', '1.2345678901234567', '.5', '1e3', '2.5e-3', '1.5e+2']) {
      for (const f of FACTORS) {
        expect(shim.scaleDecimal(digits, f)).toBe(core.scaleDecimal(digits, f));
        expect(shim.scaleDecimalExact(digits, f)).toBe(core.scaleDecimalExact(digits, f));
      }
    }
  });

  it('gives the same values on random decimals', () => {
    const digits = fc.tuple(fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,30}$/)), fc.option(fc.integer({ min: -30, max: 30 })))
      .map(([i, f, e]) => `${i}${f === null ? '' : `.${f}`}${e === null ? '' : `e${e}`}`);
    fc.assert(fc.property(digits, fc.constantFrom(...FACTORS), (d, f) => {
      expect(shim.scaleDecimal(d, f)).toBe(core.scaleDecimal(d, f));
      expect(shim.scaleDecimalExact(d, f)).toBe(core.scaleDecimalExact(d, f));
    }), { numRuns: 2000 });
  });
});
