/**
 * The web bundle swaps the core's mathjs-based decimal module for src/core-shims/decimal.ts
 * (vite/core-decimal.ts). Both must give the same number for every input the core's grammars admit.
 * The shim multiplies on BigInt by itself, so it is also checked against decimal.js configured as
 * mathjs's BigNumber (precision 64, ROUND_HALF_UP), on long fractions and arbitrary factors.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { BINARY_UNITS, DECIMAL_UNITS } from '@capa/core';
import { describe, expect, it } from 'vitest';
import * as core from '../../../packages/core/dist/units/decimal.js';
import * as shim from '../src/core-shims/decimal';

const FACTORS = [...BINARY_UNITS, ...DECIMAL_UNITS]
  .map((u) => u.factor)
  .flatMap((f) => [f, f * 8])
  .concat([1e3, 1e6, 1e9, 1e12, 2 ** 10 * 8]);

describe("core-shims/decimal is the core's decimal module, without mathjs", () => {
  it('exports the same functions', () => {
    expect(Object.keys(shim).sort()).toEqual(Object.keys(core).sort());
  });

  it("gives the same values on the course's inputs", () => {
    for (const digits of ['512', '739.85', '0.5', '16', '3.84', '1.2345678901234567', '.5', '1e3', '2.5e-3', '1.5e+2']) {
      for (const f of FACTORS) {
        expect(shim.scaleDecimal(digits, f)).toBe(core.scaleDecimal(digits, f));
        expect(shim.scaleDecimalExact(digits, f)).toBe(core.scaleDecimalExact(digits, f));
      }
    }
  });

  it('gives the same values on random decimals', () => {
    const digits = fc
      .tuple(fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,30}$/)), fc.option(fc.integer({ min: -30, max: 30 })))
      .map(([i, f, e]) => `${i}${f === null ? '' : `.${f}`}${e === null ? '' : `e${e}`}`);
    fc.assert(
      fc.property(digits, fc.constantFrom(...FACTORS), (d, f) => {
        expect(shim.scaleDecimal(d, f)).toBe(core.scaleDecimal(d, f));
        expect(shim.scaleDecimalExact(d, f)).toBe(core.scaleDecimalExact(d, f));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds as decimal.js does, to 64 significant digits then to the unit', () => {
    const BigNumber = Decimal.clone({ precision: 64, modulo: Decimal.EUCLID });
    const expected = (d: string, f: number) => new BigNumber(d).times(f).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
    const expectedExact = (d: string, f: number) => new BigNumber(d).times(f).toNumber();
    // Ties and near-ties at the 64th digit and at the unit.
    const edges = [
      '0.5',
      '1.5',
      '2.4999999999999999999999999999999999999999999999999999999999999999',
      `0.${'4'.repeat(63)}5`,
      `0.${'4'.repeat(64)}5`,
      `${'9'.repeat(70)}`,
      `${'9'.repeat(63)}.5`,
      `1${'0'.repeat(63)}5`,
      '0',
      '0.0',
      '000.000',
      '1e-400',
      '5e-1',
      '4.9e-1',
      '1e400',
    ];
    for (const d of edges) {
      for (const f of [...FACTORS, 1, 0.125, 0.01, 1 / 3, 1e21, 1.5e-7]) {
        expect(shim.scaleDecimal(d, f)).toBe(expected(d, f));
        expect(shim.scaleDecimalExact(d, f)).toBe(expectedExact(d, f));
      }
    }
    const digits = fc
      .tuple(fc.stringMatching(/^\d{0,40}$/), fc.option(fc.stringMatching(/^\d{1,60}$/)), fc.option(fc.integer({ min: -80, max: 80 })))
      .filter(([i, f]) => i !== '' || f !== null)
      .map(([i, f, e]) => `${i}${f === null ? '' : `.${f}`}${e === null ? '' : `e${e}`}`);
    const factor = fc.oneof(fc.constantFrom(...FACTORS), fc.double({ min: 1e-30, max: 1e30, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(digits, factor, (d, f) => {
        expect(shim.scaleDecimal(d, f)).toBe(expected(d, f));
        expect(shim.scaleDecimalExact(d, f)).toBe(expectedExact(d, f));
      }),
      { numRuns: 5000 },
    );
  });
});
