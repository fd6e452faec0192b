// rjenkins1, the only hash CRUSH uses (Ceph src/crush/hash.c). Values are kept as int32 bit patterns
// (`| 0`) so every step is exact; right shifts are logical (`>>>`) because C shifts unsigned values.
// The mix macro is written out in full in each function (as the C preprocessor does): calls and shared
// state cost more than the arithmetic in the innermost loop of straw2.

const SEED = 1315423911;
const X0 = 231232;
const Y0 = 1232;

/** crush_hash32_rjenkins1_2: the hash behind is_out, pg → pps and primary affinity. Returns a uint32. */
// biome-ignore format: each line is one line of the C macro crush_hashmix (two statements)
export function hash32_2(a: number, b: number): number {
  a |= 0;
  b |= 0;
  let h = SEED ^ a ^ b;
  let x = X0;
  let y = Y0;
  // crush_hashmix(a, b, hash)
  a = (a - b - h) | 0; a ^= h >>> 13;
  b = (b - h - a) | 0; b ^= a << 8;
  h = (h - a - b) | 0; h ^= b >>> 13;
  a = (a - b - h) | 0; a ^= h >>> 12;
  b = (b - h - a) | 0; b ^= a << 16;
  h = (h - a - b) | 0; h ^= b >>> 5;
  a = (a - b - h) | 0; a ^= h >>> 3;
  b = (b - h - a) | 0; b ^= a << 10;
  h = (h - a - b) | 0; h ^= b >>> 15;
  // crush_hashmix(x, a, hash)
  x = (x - a - h) | 0; x ^= h >>> 13;
  a = (a - h - x) | 0; a ^= x << 8;
  h = (h - x - a) | 0; h ^= a >>> 13;
  x = (x - a - h) | 0; x ^= h >>> 12;
  a = (a - h - x) | 0; a ^= x << 16;
  h = (h - x - a) | 0; h ^= a >>> 5;
  x = (x - a - h) | 0; x ^= h >>> 3;
  a = (a - h - x) | 0; a ^= x << 10;
  h = (h - x - a) | 0; h ^= a >>> 15;
  // crush_hashmix(b, y, hash)
  b = (b - y - h) | 0; b ^= h >>> 13;
  y = (y - h - b) | 0; y ^= b << 8;
  h = (h - b - y) | 0; h ^= y >>> 13;
  b = (b - y - h) | 0; b ^= h >>> 12;
  y = (y - h - b) | 0; y ^= b << 16;
  h = (h - b - y) | 0; h ^= y >>> 5;
  b = (b - y - h) | 0; b ^= h >>> 3;
  y = (y - h - b) | 0; y ^= b << 10;
  h = (h - b - y) | 0; h ^= y >>> 15;
  return h >>> 0;
}

/** crush_hash32_rjenkins1_3: the straw2 and permutation draws. Returns a uint32. */
// biome-ignore format: each line is one line of the C macro crush_hashmix (two statements)
export function hash32_3(a: number, b: number, c: number): number {
  a |= 0;
  b |= 0;
  c |= 0;
  let h = SEED ^ a ^ b ^ c;
  let x = X0;
  let y = Y0;
  // crush_hashmix(a, b, hash)
  a = (a - b - h) | 0; a ^= h >>> 13;
  b = (b - h - a) | 0; b ^= a << 8;
  h = (h - a - b) | 0; h ^= b >>> 13;
  a = (a - b - h) | 0; a ^= h >>> 12;
  b = (b - h - a) | 0; b ^= a << 16;
  h = (h - a - b) | 0; h ^= b >>> 5;
  a = (a - b - h) | 0; a ^= h >>> 3;
  b = (b - h - a) | 0; b ^= a << 10;
  h = (h - a - b) | 0; h ^= b >>> 15;
  // crush_hashmix(c, x, hash)
  c = (c - x - h) | 0; c ^= h >>> 13;
  x = (x - h - c) | 0; x ^= c << 8;
  h = (h - c - x) | 0; h ^= x >>> 13;
  c = (c - x - h) | 0; c ^= h >>> 12;
  x = (x - h - c) | 0; x ^= c << 16;
  h = (h - c - x) | 0; h ^= x >>> 5;
  c = (c - x - h) | 0; c ^= h >>> 3;
  x = (x - h - c) | 0; x ^= c << 10;
  h = (h - c - x) | 0; h ^= x >>> 15;
  // crush_hashmix(y, a, hash)
  y = (y - a - h) | 0; y ^= h >>> 13;
  a = (a - h - y) | 0; a ^= y << 8;
  h = (h - y - a) | 0; h ^= a >>> 13;
  y = (y - a - h) | 0; y ^= h >>> 12;
  a = (a - h - y) | 0; a ^= y << 16;
  h = (h - y - a) | 0; h ^= a >>> 5;
  y = (y - a - h) | 0; y ^= h >>> 3;
  a = (a - h - y) | 0; a ^= y << 10;
  h = (h - y - a) | 0; h ^= a >>> 15;
  // crush_hashmix(b, x, hash)
  b = (b - x - h) | 0; b ^= h >>> 13;
  x = (x - h - b) | 0; x ^= b << 8;
  h = (h - b - x) | 0; h ^= x >>> 13;
  b = (b - x - h) | 0; b ^= h >>> 12;
  x = (x - h - b) | 0; x ^= b << 16;
  h = (h - b - x) | 0; h ^= x >>> 5;
  b = (b - x - h) | 0; b ^= h >>> 3;
  x = (x - h - b) | 0; x ^= b << 10;
  h = (h - b - x) | 0; h ^= x >>> 15;
  // crush_hashmix(y, c, hash)
  y = (y - c - h) | 0; y ^= h >>> 13;
  c = (c - h - y) | 0; c ^= y << 8;
  h = (h - y - c) | 0; h ^= c >>> 13;
  y = (y - c - h) | 0; y ^= h >>> 12;
  c = (c - h - y) | 0; c ^= y << 16;
  h = (h - y - c) | 0; h ^= c >>> 5;
  y = (y - c - h) | 0; y ^= h >>> 3;
  c = (c - h - y) | 0; c ^= y << 10;
  h = (h - y - c) | 0; h ^= c >>> 15;
  return h >>> 0;
}

/** crush_hash32_rjenkins1_4: the list and tree bucket draws. Returns a uint32. */
// biome-ignore format: each line is one line of the C macro crush_hashmix (two statements)
export function hash32_4(a: number, b: number, c: number, d: number): number {
  a |= 0;
  b |= 0;
  c |= 0;
  d |= 0;
  let h = SEED ^ a ^ b ^ c ^ d;
  let x = X0;
  let y = Y0;
  // crush_hashmix(a, b, hash)
  a = (a - b - h) | 0; a ^= h >>> 13;
  b = (b - h - a) | 0; b ^= a << 8;
  h = (h - a - b) | 0; h ^= b >>> 13;
  a = (a - b - h) | 0; a ^= h >>> 12;
  b = (b - h - a) | 0; b ^= a << 16;
  h = (h - a - b) | 0; h ^= b >>> 5;
  a = (a - b - h) | 0; a ^= h >>> 3;
  b = (b - h - a) | 0; b ^= a << 10;
  h = (h - a - b) | 0; h ^= b >>> 15;
  // crush_hashmix(c, d, hash)
  c = (c - d - h) | 0; c ^= h >>> 13;
  d = (d - h - c) | 0; d ^= c << 8;
  h = (h - c - d) | 0; h ^= d >>> 13;
  c = (c - d - h) | 0; c ^= h >>> 12;
  d = (d - h - c) | 0; d ^= c << 16;
  h = (h - c - d) | 0; h ^= d >>> 5;
  c = (c - d - h) | 0; c ^= h >>> 3;
  d = (d - h - c) | 0; d ^= c << 10;
  h = (h - c - d) | 0; h ^= d >>> 15;
  // crush_hashmix(a, x, hash)
  a = (a - x - h) | 0; a ^= h >>> 13;
  x = (x - h - a) | 0; x ^= a << 8;
  h = (h - a - x) | 0; h ^= x >>> 13;
  a = (a - x - h) | 0; a ^= h >>> 12;
  x = (x - h - a) | 0; x ^= a << 16;
  h = (h - a - x) | 0; h ^= x >>> 5;
  a = (a - x - h) | 0; a ^= h >>> 3;
  x = (x - h - a) | 0; x ^= a << 10;
  h = (h - a - x) | 0; h ^= x >>> 15;
  // crush_hashmix(y, b, hash)
  y = (y - b - h) | 0; y ^= h >>> 13;
  b = (b - h - y) | 0; b ^= y << 8;
  h = (h - y - b) | 0; h ^= b >>> 13;
  y = (y - b - h) | 0; y ^= h >>> 12;
  b = (b - h - y) | 0; b ^= y << 16;
  h = (h - y - b) | 0; h ^= b >>> 5;
  y = (y - b - h) | 0; y ^= h >>> 3;
  b = (b - h - y) | 0; b ^= y << 10;
  h = (h - y - b) | 0; h ^= b >>> 15;
  // crush_hashmix(c, x, hash)
  c = (c - x - h) | 0; c ^= h >>> 13;
  x = (x - h - c) | 0; x ^= c << 8;
  h = (h - c - x) | 0; h ^= x >>> 13;
  c = (c - x - h) | 0; c ^= h >>> 12;
  x = (x - h - c) | 0; x ^= c << 16;
  h = (h - c - x) | 0; h ^= x >>> 5;
  c = (c - x - h) | 0; c ^= h >>> 3;
  x = (x - h - c) | 0; x ^= c << 10;
  h = (h - c - x) | 0; h ^= x >>> 15;
  // crush_hashmix(y, d, hash)
  y = (y - d - h) | 0; y ^= h >>> 13;
  d = (d - h - y) | 0; d ^= y << 8;
  h = (h - y - d) | 0; h ^= d >>> 13;
  y = (y - d - h) | 0; y ^= h >>> 12;
  d = (d - h - y) | 0; d ^= y << 16;
  h = (h - y - d) | 0; h ^= d >>> 5;
  y = (y - d - h) | 0; y ^= h >>> 3;
  d = (d - h - y) | 0; d ^= y << 10;
  h = (h - y - d) | 0; h ^= d >>> 15;
  return h >>> 0;
}
