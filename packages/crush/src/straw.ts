// Legacy straw buckets (Ceph src/crush/builder.c crush_calc_straw, mapper.c bucket_straw_choose).
// The binary map stores each item's straw length, but `crush dump` does not print it: Capa recomputes
// it from the item weights with the map's straw_calc_version, as Ceph does whenever such a bucket
// changes. A bucket last changed under another straw_calc_version keeps older straws in Ceph; that
// is why compile.ts reports every straw bucket as a warning.
import { hash32_3 } from './hash.js';
import type { Bucket } from './map.js';

/** crush_calc_straw: straw lengths (16.16) so that the longest draw wins in proportion to weight. */
export function calcStraws(weights: Float64Array, strawCalcVersion: number): Float64Array {
  const size = weights.length;
  const straws = new Float64Array(size);
  // Indices sorted by weight, ascending, by insertion as in C (stable for equal weights).
  const reverse: number[] = [];
  if (size) reverse[0] = 0;
  for (let i = 1; i < size; i++) {
    let j = 0;
    for (; j < i; j++) {
      if (weights[i]! < weights[reverse[j]!]!) {
        reverse.splice(j, 0, i);
        break;
      }
    }
    if (j === i) reverse[i] = i;
  }
  let numleft = size;
  let straw = 1.0;
  let wbelow = 0;
  let lastw = 0;
  const w = (k: number): number => weights[reverse[k]!]!;
  let i = 0;
  while (i < size) {
    if (w(i) === 0) {
      // Zero-weight items get zero-length straws.
      straws[reverse[i]!] = 0;
      i++;
      if (strawCalcVersion >= 1) numleft--;
      continue;
    }
    // C stores the double into a __u32: truncation.
    straws[reverse[i]!] = Math.trunc(straw * 0x10000);
    i++;
    if (i === size) break;
    if (strawCalcVersion === 0) {
      // Version 0 (buggy, kept for old maps): equal weights skip the update, numleft counts groups.
      if (w(i) === w(i - 1)) continue;
      wbelow += (w(i - 1) - lastw) * numleft;
      for (let j = i; j < size; j++) {
        if (w(j) === w(i)) numleft--;
        else break;
      }
    } else {
      wbelow += (w(i - 1) - lastw) * numleft;
      numleft--;
    }
    // C multiplies in unsigned 32-bit arithmetic here (int × __u32), so large buckets wrap around.
    const wnext = (numleft * (w(i) - w(i - 1))) % 0x100000000;
    const pbelow = wbelow / (wbelow + wnext);
    // biome-ignore lint/style/useExponentiationOperator: builder.c calls pow(); the same call, the same double.
    straw *= Math.pow(1.0 / pbelow, 1.0 / numleft);
    lastw = w(i - 1);
  }
  return straws;
}

/** bucket_straw_choose: the longest straw (16-bit hash × straw length) wins. */
export function strawChoose(b: Bucket, x: number, r: number): number {
  const straws = b.straws;
  let high = 0;
  let highDraw = 0;
  for (let i = 0; i < b.size; i++) {
    // (hash & 0xffff) * straw < 2^48: exact.
    const draw = (hash32_3(x, b.items[i]!, r) & 0xffff) * straws[i]!;
    if (i === 0 || draw > highDraw) {
      high = i;
      highDraw = draw;
    }
  }
  return b.items[high]!;
}
