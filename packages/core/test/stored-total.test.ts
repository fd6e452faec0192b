/** The cluster's stored data: Σ of the pools' STORED, unknown when one pool's is (stored-total.ts). */
import { describe, expect, it } from 'vitest';
import { poolsStoredTotal } from '../src/index.js';

describe('poolsStoredTotal', () => {
  it('sums the pools when every STORED is known', () => {
    // Two pools of the Ceph sandbox's `ceph df` shape: 1 MiB and 3 GiB stored.
    expect(poolsStoredTotal([{ storedBytes: 1_048_576 }, { storedBytes: 3 * 2 ** 30 }])).toBe(1_048_576 + 3 * 2 ** 30);
    expect(poolsStoredTotal([{ storedBytes: 0 }])).toBe(0);
  });
  it('is unknown with no pool or one unknown pool (a partial sum would jump when the pool is read)', () => {
    expect(poolsStoredTotal([])).toBeNull();
    expect(poolsStoredTotal([{ storedBytes: 5 }, { storedBytes: null }])).toBeNull();
  });
});
