// crush_ln and the straw2 draw (Ceph src/crush/mapper.c). C computes crush_ln in 64-bit integers; here
// every intermediate is split so that it stays below 2^53 and JS numbers are exact. A test checks
// all 2^16 inputs against a BigInt transcription of the C code.
import { LL, RH_LH } from './ln-table.js';

const TWO24 = 0x1000000;
const TWO44 = 2 ** 44;

/** crush_ln(xin): 2^44 * log2(xin + 1) in fixed point, for xin in [0, 0xffff]. */
export function crushLn(xin: number): number {
  let x = (xin + 1) >>> 0;
  let iexpon = 15;
  // Normalise x into [2^15, 2^16] as the C code does with __builtin_clz.
  if ((x & 0x18000) === 0) {
    const bits = Math.clz32(x & 0x1ffff) - 16;
    x = (x << bits) >>> 0;
    iexpon = 15 - bits;
  }
  const index1 = (x >>> 8) << 1;
  const rh = RH_LH[index1 - 256] as number;
  const lh = RH_LH[index1 + 1 - 256] as number;
  // xl64 = (x * RH) >> 48 with x < 2^17 and RH < 2^49: split RH at bit 24 so both partial products
  // stay below 2^42, then shift in two exact steps of 24 bits.
  const rhHi = Math.floor(rh / TWO24);
  const rhLo = rh - rhHi * TWO24;
  const high = x * rhHi + Math.floor((x * rhLo) / TWO24);
  const xl64 = Math.floor(high / TWO24);
  const index2 = xl64 % 256;
  const ll = LL[index2] as number;
  // (LH + LL) >> 4, both below 2^49.
  return iexpon * TWO44 + Math.floor((lh + ll) / 16);
}

/**
 * LN_DRAW[u] = crush_ln(u) - 2^48, the (negative) numerator of straw2's draw for the 16-bit hash u.
 * One table of 2^16 entries replaces the per-draw log: the hot path then does one lookup and one division.
 */
export const LN_DRAW: Float64Array = (() => {
  const t = new Float64Array(0x10000);
  for (let u = 0; u < 0x10000; u++) t[u] = crushLn(u) - 0x1000000000000;
  return t;
})();

/**
 * div64_s64(ln, w): C's truncating division. |ln| < 2^49 and w < 2^32, so the float quotient's rounding
 * error (< 2^-5 / w) is smaller than the distance 1/w of any non-integer quotient to an integer:
 * Math.trunc of the float quotient is exact.
 */
export function straw2Draw(u16: number, weight: number): number {
  return Math.trunc((LN_DRAW[u16] as number) / weight);
}
