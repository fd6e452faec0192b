/**
 * Ceph's autoscaler rounding (module.py nearest_power_of_two): hi = next power of two ≥ int(n),
 * lo = hi/2; lo if (hi − n) > (n − lo) else hi. A linear midpoint, ties up; int() truncates first,
 * so 1.7 gives 1; n < 1 gives 0.
 */
export function nearestPowerOfTwo(n: number): number {
  const v = Math.trunc(n);
  if (v <= 0) return 0;
  let hi = 1;
  while (hi < v) hi *= 2;
  const lo = Math.floor(hi / 2);
  return hi - n > n - lo ? lo : hi;
}

/**
 * PGCalc's rounding (pgcalc.js nearestPow2): 2^round(log2 x), doubled when more than 25 % below x.
 */
export function pgcalcNearestPow2(x: number): number {
  let tmp = 2 ** Math.round(Math.log(x) / Math.log(2));
  if (tmp < x * (1 - 0.25)) tmp *= 2;
  return tmp;
}
