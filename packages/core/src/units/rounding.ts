/**
 * Rounding a computed size to whole bytes, once. Binary floating point leaves noise of an ulp or two
 * (10 TB × 3 × 1.1 ÷ 3 = 11 000 000 000 000.002); rounding that noise up would report a byte that is
 * not there. So a value within 1.5 ulps of an integer is that integer; otherwise capacities round down
 * (never overstated) and requirements round up (never understated). Two ulps stay below any real
 * fraction a formula of small integers and ratios produces at these magnitudes (872 727 272 727 272.73
 * is stored as .75, two ulps of 1/8 below the next integer, and still rounds down).
 */
const ulp = (x: number): number => (x === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52));

// ulp(x) ≤ |x| × 2^-52: a distance from the integer at or above 1.5 × 2^-52 × |x| cannot be within
// 1.5 ulps, so the exact (and slower) ulp is needed only close to an integer. Same result, cheaper.
const NEAR = 1.5 * 2 ** -52;

const snap = (x: number): number => {
  const r = Math.round(x);
  const d = Math.abs(x - r);
  if (d === 0 || d >= NEAR * Math.abs(x)) return d === 0 ? r : x;
  return d < 1.5 * ulp(x) ? r : x;
};

/** A capacity: whole bytes, rounded down. */
export const floorBytes = (x: number): number => Math.floor(snap(x));

/** A requirement: whole bytes, rounded up. */
export const ceilBytes = (x: number): number => Math.ceil(snap(x));

/** A count of disks or nodes needed: rounded up, float noise forgiven. */
export const ceilCount = (x: number): number => Math.ceil(snap(x));
