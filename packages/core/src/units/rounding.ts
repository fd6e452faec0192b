/**
 * Rounding a computed size to whole bytes, once. Binary floating point leaves noise of an ulp or two
 * (10 TB × 3 × 1.1 ÷ 3 = 11 000 000 000 000.002); rounding that noise up would report a byte that is
 * not there. So a value within 1.5 ulps of an integer is that integer; otherwise capacities round down
 * (never overstated) and requirements round up (never understated). Two ulps stay below any real
 * fraction a formula of small integers and ratios produces at these magnitudes (872 727 272 727 272.73
 * is stored as .75, two ulps of 1/8 below the next integer, and still rounds down).
 */
const ulp = (x: number): number => (x === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52));

const snap = (x: number): number => {
  const r = Math.round(x);
  return Math.abs(x - r) < 1.5 * ulp(x) ? r : x;
};

/** A capacity: whole bytes, rounded down. */
export const floorBytes = (x: number): number => Math.floor(snap(x));

/** A requirement: whole bytes, rounded up. */
export const ceilBytes = (x: number): number => Math.ceil(snap(x));

/** A count of disks or nodes needed: rounded up, float noise forgiven. */
export const ceilCount = (x: number): number => Math.ceil(snap(x));
