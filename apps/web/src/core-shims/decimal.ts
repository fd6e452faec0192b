/**
 * The web build's stand-in for @capa/core's `units/decimal.js` (swapped in by vite/core-decimal.ts).
 * The core reaches decimal.js through mathjs's `create(bignumberDependencies)`, which also pulls in
 * mathjs's typed-function, Complex and Fraction: about 30 KB gzipped of code the page never runs;
 * decimal.js alone is still about 12 KB gzipped for one multiplication. So the page does that one
 * multiplication itself, exactly, on BigInt, with decimal.js's semantics as the core configures it
 * (mathjs's BigNumber: decimal.js cloned with precision 64, rounding ROUND_HALF_UP):
 *   - `new BigNumber(digits)` keeps every digit; `new BigNumber(factor)` reads `String(factor)`;
 *   - `times` rounds the exact product to 64 significant digits, half up;
 *   - `toDecimalPlaces(0, ROUND_HALF_UP)` then rounds that to an integer, half up;
 *   - `toNumber()` is `Number()` of the decimal string, which is correctly rounded.
 * test/core-decimal.test.ts checks it value for value against the core (mathjs) and decimal.js.
 */

const PRECISION = 64;
const DECIMAL = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** An exact decimal: `m × 10^e`, m ≥ 0 (the core's grammars admit no sign; factors are positive). */
interface Exact {
  readonly m: bigint;
  readonly e: number;
}

function exact(text: string): Exact {
  const match = DECIMAL.exec(text);
  const int = match?.[1] ?? '';
  const frac = match?.[2] ?? '';
  // decimal.js throws on what is not a decimal number ('', '.', 'e5', '-1' never reach here).
  if (!match || int + frac === '') throw new Error(`[DecimalError] Invalid argument: ${text}`);
  return { m: BigInt(int + frac), e: Number(match[3] ?? 0) - frac.length };
}

/** Drops the last `drop` digits of `m`, rounding half up (the first dropped digit decides). */
function dropDigits(m: bigint, drop: number): bigint {
  if (drop <= 0) return m;
  const s = m.toString();
  if (drop > s.length) return 0n;
  const kept = drop === s.length ? 0n : BigInt(s.slice(0, s.length - drop));
  return s.charCodeAt(s.length - drop) >= 53 /* '5' */ ? kept + 1n : kept;
}

/** `digits × factor` rounded to 64 significant digits, half up: decimal.js's `times`. */
function times(digits: string, factor: number): Exact {
  const a = exact(digits);
  const b = exact(String(factor));
  const m = a.m * b.m;
  const drop = m.toString().length - PRECISION;
  return drop > 0 ? { m: dropDigits(m, drop), e: a.e + b.e + drop } : { m, e: a.e + b.e };
}

const toNumber = ({ m, e }: Exact): number => Number(`${m}e${e}`);

/** `digits × factor`, rounded half-up to an integer, as the core's scaleDecimal. */
export function scaleDecimal(digits: string, factor: number): number {
  const p = times(digits, factor);
  return toNumber(p.e >= 0 ? p : { m: dropDigits(p.m, -p.e), e: 0 });
}

/** `digits × factor` without rounding, as the core's scaleDecimalExact. */
export function scaleDecimalExact(digits: string, factor: number): number {
  return toNumber(times(digits, factor));
}
