import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_MAX_BALLS, exactMaxLoad, expectedMaxLoad, expectedMaxNormal, poissonMaxLoad } from '../src/network/max-load.js';

/** E[max load] by enumerating all n^b equally likely placements: the definition itself. */
function bruteForce(n: number, b: number): number {
  const loads = new Array<number>(n).fill(0);
  let total = 0;
  const walk = (ball: number): void => {
    if (ball === b) {
      total += Math.max(...loads);
      return;
    }
    for (let i = 0; i < n; i++) {
      loads[i] = (loads[i] ?? 0) + 1;
      walk(ball + 1);
      loads[i] = (loads[i] ?? 0) - 1;
    }
  };
  walk(0);
  return total / n ** b;
}

describe('expected maximum load of b balls in n bins', () => {
  it('hand-counted cases', () => {
    // n = 2, b = 2: {2,0} ×2, {1,1} ×2 of 4 → (2·2 + 1·2) ÷ 4 = 1.5 (enumeration)
    expect(exactMaxLoad(2, 2)).toBeCloseTo(1.5, 12);
    // n = 2, b = 3: {3,0} ×2, {2,1} ×6 of 8 → (6 + 12) ÷ 8 = 2.25 (enumeration)
    expect(exactMaxLoad(2, 3)).toBeCloseTo(2.25, 12);
    // n = 2, b = 4: {4,0} ×2, {3,1} ×8, {2,2} ×6 of 16 → (8 + 24 + 12) ÷ 16 = 2.75 (enumeration)
    expect(exactMaxLoad(2, 4)).toBeCloseTo(2.75, 12);
    // One bin holds everything; one ball loads one bin (definition).
    expect(expectedMaxLoad(1, 17)).toBe(17);
    expect(expectedMaxLoad(8, 1)).toBe(1);
  });
  it('the exact count agrees with enumerating every placement (n ≤ 4, b ≤ 7)', () => {
    for (let n = 1; n <= 4; n++) for (let b = 1; b <= 7; b++) expect(exactMaxLoad(n, b)).toBeCloseTo(bruteForce(n, b), 10);
  });
  it('the Poisson approximation stays within 0.2 % of the exact figure for 32 < b ≤ 64, n ≤ 8 (derived: comparison)', () => {
    for (let n = 2; n <= 8; n++)
      for (let b = 33; b <= EXACT_MAX_BALLS; b += 7) {
        expect(Math.abs(poissonMaxLoad(n, b) / exactMaxLoad(n, b) - 1)).toBeLessThan(2e-3);
      }
  });
  it('the normal limit agrees with the Poisson sum at a large mean', () => {
    // E[max of 2 standard normals] = 1/√π (order statistics of the normal distribution)
    expect(expectedMaxNormal(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 6);
    // E[max of 4 standard normals] = 1.0294 (tables of normal order statistics, e.g. Harter 1961)
    expect(expectedMaxNormal(4)).toBeCloseTo(1.0294, 3);
    const lambda = 1e6;
    expect(poissonMaxLoad(4, 4 * lambda) / (lambda + Math.sqrt(lambda) * expectedMaxNormal(4))).toBeCloseTo(1, 5);
  });
  it('bounded by the mean and by b, finite for any sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 53 }), fc.integer({ min: 1, max: 2 ** 53 }), (n, b) => {
        const m = expectedMaxLoad(n, b);
        expect(Number.isFinite(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(Math.min(b, b / n) * (1 - 1e-12));
        expect(m).toBeLessThanOrEqual(b);
      }),
      { numRuns: 200 },
    );
  });
});
