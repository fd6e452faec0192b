// rjenkins1, the only hash CRUSH uses (Ceph src/crush/hash.c). Values are kept as int32 bit patterns
// (`| 0`) so every step is exact; right shifts are logical (`>>>`) because C shifts unsigned values.

const SEED = 1315423911;
const X0 = 231232;
const Y0 = 1232;

// The mix works on three registers; module-level slots avoid allocating a tuple per call.
let ra = 0;
let rb = 0;
let rc = 0;

/** crush_hashmix(a, b, c) on the registers ra, rb, rc. */
function mix(): void {
  let a = ra;
  let b = rb;
  let c = rc;
  a = (a - b - c) | 0; a ^= c >>> 13;
  b = (b - c - a) | 0; b ^= a << 8;
  c = (c - a - b) | 0; c ^= b >>> 13;
  a = (a - b - c) | 0; a ^= c >>> 12;
  b = (b - c - a) | 0; b ^= a << 16;
  c = (c - a - b) | 0; c ^= b >>> 5;
  a = (a - b - c) | 0; a ^= c >>> 3;
  b = (b - c - a) | 0; b ^= a << 10;
  c = (c - a - b) | 0; c ^= b >>> 15;
  ra = a;
  rb = b;
  rc = c;
}

/** crush_hash32_rjenkins1_2: the hash behind is_out, pg → pps and primary affinity. Returns a uint32. */
export function hash32_2(a: number, b: number): number {
  a |= 0;
  b |= 0;
  ra = a; rb = b; rc = SEED ^ a ^ b; mix(); a = ra; b = rb;
  ra = X0; rb = a; mix();
  ra = b; rb = Y0; mix();
  return rc >>> 0;
}

/** crush_hash32_rjenkins1_3: the straw, straw2 and permutation draws. Returns a uint32. */
export function hash32_3(a: number, b: number, c: number): number {
  a |= 0;
  b |= 0;
  c |= 0;
  let x = X0;
  let y = Y0;
  ra = a; rb = b; rc = SEED ^ a ^ b ^ c; mix(); a = ra; b = rb;
  ra = c; rb = x; mix(); c = ra; x = rb;
  ra = y; rb = a; mix(); y = ra; a = rb;
  ra = b; rb = x; mix(); b = ra; x = rb;
  ra = y; rb = c; mix();
  return rc >>> 0;
}

/** crush_hash32_rjenkins1_4: the list and tree bucket draws. Returns a uint32. */
export function hash32_4(a: number, b: number, c: number, d: number): number {
  a |= 0;
  b |= 0;
  c |= 0;
  d |= 0;
  let x = X0;
  let y = Y0;
  ra = a; rb = b; rc = SEED ^ a ^ b ^ c ^ d; mix(); a = ra; b = rb;
  ra = c; rb = d; mix(); c = ra; d = rb;
  ra = a; rb = x; mix(); a = ra; x = rb;
  ra = y; rb = b; mix(); y = ra; b = rb;
  ra = c; rb = x; mix(); c = ra; x = rb;
  ra = y; rb = d; mix();
  return rc >>> 0;
}
