import { describe, expect, it } from 'vitest';
import { capacityWaterfall, cephCapacity } from '../src/index.js';

describe('capacityWaterfall: each level and the reserve down to the next', () => {
  // `capa ceph --nodes 5 --osds-per-node 1 --osd-size 20TB --replicas 3 --json`: rawBytes 100000000000000,
  // usableBytes 33333333333333, nearfullUsableBytes 28333333333333, safeUsableBytes 22666666666666
  // (docs/ceph-capacity.md); the reserves are the differences between consecutive levels.
  it('5 hosts × 20 TB, 3 replicas', () => {
    const r = cephCapacity({ hosts: 5, osdsPerHost: 1, osdSizeBytes: 20e12, protection: { kind: 'replicated', size: 3 } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(capacityWaterfall(r.value)).toEqual({
      rawBytes: 100000000000000,
      protectionBytes: 66666666666667,
      usableBytes: 33333333333333,
      nearfullReserveBytes: 5000000000000,
      nearfullUsableBytes: 28333333333333,
      failureReserveBytes: 5666666666667,
      safeUsableBytes: 22666666666666,
    });
  });
});
