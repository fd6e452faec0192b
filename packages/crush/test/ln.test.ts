// crush_ln is done with exact JS numbers instead of 64-bit integers: checked here against a BigInt
// transcription of Ceph's C code for all 2^16 inputs, and the straw2 division against BigInt division.
import { describe, expect, it } from 'vitest';
import { crushLn, straw2Draw } from '../src/index.js';
import { LL, RH_LH } from '../src/ln-table.js';

/** mapper.c's crush_ln, 64-bit arithmetic as BigInt. */
function crushLnBig(xin: number): bigint {
  let x = xin + 1;
  let iexpon = 15;
  if (!(x & 0x18000)) {
    const bits = Math.clz32(x & 0x1ffff) - 16;
    x <<= bits;
    iexpon = 15 - bits;
  }
  const index1 = (x >> 8) << 1;
  const rh = BigInt(RH_LH[index1 - 256]!);
  let lh = BigInt(RH_LH[index1 + 1 - 256]!);
  const xl64 = (BigInt(x) * rh) >> 48n;
  let result = BigInt(iexpon) << 44n;
  const index2 = Number(xl64 & 0xffn);
  lh = lh + BigInt(LL[index2]!);
  lh >>= 4n;
  result += lh;
  return result;
}

/** div64_s64: truncation toward zero, as BigInt division does. */
const drawBig = (u: number, w: bigint): bigint => (crushLnBig(u) - 0x1000000000000n) / w;

describe('crush_ln', () => {
  it('equals the 64-bit C computation for every 16-bit input', () => {
    let bad = 0;
    for (let u = 0; u < 0x10000; u++) if (BigInt(crushLn(u)) !== crushLnBig(u)) bad++;
    expect(bad).toBe(0);
  });

  it('stays below 2^53 (exact as a JS number)', () => {
    for (let u = 0; u < 0x10000; u += 97) expect(crushLn(u)).toBeLessThan(2 ** 53);
    expect(crushLn(0xffff)).toBeLessThan(2 ** 53);
  });

  it('gives straw2 draws equal to 64-bit truncating division for every input and a spread of weights', () => {
    const weights = [1, 2, 3, 7, 0x8000, 0xffff, 0x10000, 0x10001, 98304, 1048576, 0x7fffffff, 0xfffffffe, 0xffffffff];
    for (let k = 0; k < 8; k++) weights.push(1 + ((k * 2654435761) % 0xffffffff));
    let bad = 0;
    for (const w of weights) {
      const wb = BigInt(w);
      for (let u = 0; u < 0x10000; u++) if (BigInt(straw2Draw(u, w)) !== drawBig(u, wb)) bad++;
    }
    expect(bad).toBe(0);
  });
});
