// rjenkins1 against an independent transcription that keeps every register in a Uint32Array (so C's
// unsigned wrap-around is the array's), over many random inputs including negative ids.
import { describe, expect, it } from 'vitest';
import { hash32_2, hash32_3, hash32_4 } from '../src/index.js';

function mixU32(r: Uint32Array, a: number, b: number, c: number): void {
  r[a] = r[a]! - r[b]!;
  r[a] = r[a]! - r[c]!;
  r[a] = r[a]! ^ (r[c]! >>> 13);
  r[b] = r[b]! - r[c]!;
  r[b] = r[b]! - r[a]!;
  r[b] = r[b]! ^ (r[a]! << 8);
  r[c] = r[c]! - r[a]!;
  r[c] = r[c]! - r[b]!;
  r[c] = r[c]! ^ (r[b]! >>> 13);
  r[a] = r[a]! - r[b]!;
  r[a] = r[a]! - r[c]!;
  r[a] = r[a]! ^ (r[c]! >>> 12);
  r[b] = r[b]! - r[c]!;
  r[b] = r[b]! - r[a]!;
  r[b] = r[b]! ^ (r[a]! << 16);
  r[c] = r[c]! - r[a]!;
  r[c] = r[c]! - r[b]!;
  r[c] = r[c]! ^ (r[b]! >>> 5);
  r[a] = r[a]! - r[b]!;
  r[a] = r[a]! - r[c]!;
  r[a] = r[a]! ^ (r[c]! >>> 3);
  r[b] = r[b]! - r[c]!;
  r[b] = r[b]! - r[a]!;
  r[b] = r[b]! ^ (r[a]! << 10);
  r[c] = r[c]! - r[a]!;
  r[c] = r[c]! - r[b]!;
  r[c] = r[c]! ^ (r[b]! >>> 15);
}

// Registers: 0 a, 1 b, 2 c, 3 d, 4 x, 5 y, 6 hash.
function ref(args: number[]): number {
  const r = new Uint32Array(7);
  args.forEach((v, i) => (r[i] = v));
  r[4] = 231232;
  r[5] = 1232;
  r[6] = args.reduce((h, v) => (h ^ v) >>> 0, 1315423911);
  const order: Record<number, [number, number][]> = {
    2: [
      [0, 1],
      [4, 0],
      [1, 5],
    ],
    3: [
      [0, 1],
      [2, 4],
      [5, 0],
      [1, 4],
      [5, 2],
    ],
    4: [
      [0, 1],
      [2, 3],
      [0, 4],
      [5, 1],
      [2, 4],
      [5, 3],
    ],
  };
  for (const [p, q] of order[args.length]!) mixU32(r, p, q, 6);
  return r[6]!;
}

describe('rjenkins1', () => {
  it('matches a Uint32Array transcription of hash.c', () => {
    let s = 12345;
    const next = (): number => {
      s = (Math.imul(s, 1103515245) + 12345) | 0;
      return s;
    };
    for (let i = 0; i < 5000; i++) {
      const a = next();
      const b = i % 3 === 0 ? -1 - (i % 50) : next();
      const c = next() & 0xff;
      const d = next();
      expect(hash32_2(a, b)).toBe(ref([a >>> 0, b >>> 0]));
      expect(hash32_3(a, b, c)).toBe(ref([a >>> 0, b >>> 0, c >>> 0]));
      expect(hash32_4(a, b, c, d)).toBe(ref([a >>> 0, b >>> 0, c >>> 0, d >>> 0]));
    }
  });
});
