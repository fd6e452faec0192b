import { describe, expect, it } from 'vitest';
import { pgcalc, pgcalcNearestPow2 } from '../src/index.js';

const rep = (size: number) => ({ kind: 'replicated' as const, size });
const pool = (name: string, size: number, targetRatio: number) => ({ name, protection: rep(size), targetRatio, bias: 1, bulk: false });

describe('legacy PGCalc (pgcalc.js)', () => {
  it('rounds geometrically with the 25 % rule', () => {
    // docs/golden-examples.md §1b: lo = 2^floor(log2 x); lo iff x ≤ 4/3·lo
    expect([2833, 1090, 6320, 400, 800, 4].map(pgcalcNearestPow2)).toEqual([4096, 1024, 8192, 512, 1024, 4]);
  });
  it('G10: RGW data preset, target 200, 100 OSDs, 94.8 % → 8192; minimum 64', () => {
    const [r] = pgcalc(100, 200, [pool('rgw', 3, 0.948)]);
    expect(r?.pgNum).toBe(8192);
    expect(r?.minValue).toBe(64);
  });
  it('G11: minimum rule: 12 OSDs, 1 % → 8', () => {
    expect(pgcalc(12, 100, [pool('small', 3, 0.01)])[0]?.pgNum).toBe(8);
  });
  it('G12: Proxmox 12 OSDs, 100 %: target 100 → 512, target 200 → 1024', () => {
    expect(pgcalc(12, 100, [pool('rbd', 3, 1)])[0]?.pgNum).toBe(512);
    expect(pgcalc(12, 200, [pool('rbd', 3, 1)])[0]?.pgNum).toBe(1024);
  });
  it('G7: EC 8+3 minimum is 32', () => {
    const [r] = pgcalc(120, 100, [{ name: 'ec', protection: { kind: 'erasure', k: 8, m: 3 }, targetRatio: 1, bias: 1, bulk: false }]);
    expect(r?.minValue).toBe(32);
    expect(r?.pgNum).toBe(1024);
  });
});
