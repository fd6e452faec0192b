/**
 * The web build's stand-in for @capa/core's `units/decimal.js` (swapped in by vite/core-decimal.ts).
 * The core reaches decimal.js through mathjs's `create(bignumberDependencies)`, which also pulls in
 * mathjs's typed-function, Complex and Fraction: about 30 KB gzipped of code the page never runs.
 * mathjs's BigNumber *is* decimal.js cloned with the configured precision (64) and EUCLID modulo,
 * and `bignumber(string)` is `new BigNumber(string)` for the plain decimals the core's grammar
 * admits, so this is the same arithmetic; test/core-decimal.test.ts checks it value for value.
 */
import Decimal from 'decimal.js';

const BigNumber = Decimal.clone({ precision: 64, modulo: Decimal.EUCLID });

/** `digits × factor`, rounded half-up to an integer, as the core's scaleDecimal. */
export function scaleDecimal(digits: string, factor: number): number {
  return new BigNumber(digits).times(factor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** `digits × factor` without rounding, as the core's scaleDecimalExact. */
export function scaleDecimalExact(digits: string, factor: number): number {
  return new BigNumber(digits).times(factor).toNumber();
}
