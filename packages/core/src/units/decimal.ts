/**
 * The one door to mathjs. Sizes typed by people ("739.85 GiB", "1.2345678901234567 EB") are
 * decimal fractions; multiplying them by 2^30 or 10^18 in binary floating point drifts, so the
 * scaling is done in mathjs's arbitrary-precision decimals and rounded once, to the byte.
 *
 * Only `bignumber` is imported: mathjs's Unit class costs ~75 ms of start-up (typed-function
 * compilation), which alone would break the CLI's cold-start budget; the unit tables are data in
 * `size-units.ts` / `rate-units.ts`, and a test checks them against mathjs's own Unit parser.
 */
import { bignumberDependencies, create } from 'mathjs';

type MathInstance = ReturnType<typeof create>;
let math: MathInstance | undefined;

function instance(): MathInstance {
  // Created on first use: commands that parse no size never pay for it.
  math ??= create(bignumberDependencies as Parameters<typeof create>[0], { precision: 64 });
  return math;
}

/**
 * `digits × factor`, rounded half-up to an integer (the rounding the docs name for parsed sizes).
 * `digits` must be a plain decimal string (validated by the caller's grammar).
 */
export function scaleDecimal(digits: string, factor: number): number {
  const value = instance().bignumber(digits).times(factor);
  return value.toDecimalPlaces(0, 4 /* ROUND_HALF_UP */).toNumber();
}

/** `digits × factor` without rounding (for rates and ratios, where fractions are meaningful). */
export function scaleDecimalExact(digits: string, factor: number): number {
  return instance().bignumber(digits).times(factor).toNumber();
}
