/**
 * Issue 8, item 12: one table of physical limits (src/explain/limits.ts, docs/units.md#limits),
 * applied by every calculator's schema, with refusals naming the field, the value and what is allowed
 * in English and French.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bluestore, bond, cephCalculator, cephCapacity, cephDataTarget, isPowerOfTwo, LIMITS, placementGroups, quorum, requiredMemory, usableMemory, type Outcome } from '../src/index.js';

const refused = (o: Outcome<unknown>, field: string): string => {
  expect(o.ok).toBe(false);
  if (o.ok) return '';
  const issue = o.issues.find((i) => i.field === field);
  expect(issue, JSON.stringify(o.issues)).toBeDefined();
  return issue?.message ?? '';
};
const rep3 = { kind: 'replicated' as const, size: 3 };

describe('limits', () => {
  it('the table: 10,000 hosts, 1,000 OSDs per host, 100,000 OSDs, 1 PB per disk', () => {
    expect([LIMITS.hosts, LIMITS.osdsPerHost, LIMITS.osds, LIMITS.diskBytes]).toEqual([10_000, 1_000, 100_000, 1e15]);
    // mon_max_pool_pg_num = 65536 (ceph/ceph:doc/rados/configuration/pool-pg-config-ref.rst)
    expect(LIMITS.pgNum).toBe(65_536);
  });
  it('every calculator refuses past them, naming the field and what is allowed', () => {
    expect(refused(cephCapacity({ hosts: 10_001, osdsPerHost: 1, osdSizeBytes: 4e12, protection: rep3 }), 'hosts')).toBe('must be a whole number from 1 to 10,000');
    expect(refused(cephCapacity({ hosts: 3, osdsPerHost: 1_001, osdSizeBytes: 4e12, protection: rep3 }), 'osdsPerHost')).toBe('must be a whole number from 1 to 1,000');
    expect(refused(cephCapacity({ hosts: 1_000, osdsPerHost: 101, osdSizeBytes: 4e12, protection: rep3 }), 'osdsPerHost')).toContain('at most 100,000 per cluster');
    expect(refused(cephCapacity({ hosts: 3, osdsPerHost: 1, osdSizeBytes: 2e15, protection: rep3 }), 'osdSizeBytes')).toBe('must be a size of at most 1 PB');
    expect(refused(cephDataTarget({ hosts: 3, dataBytes: 1e12, protection: rep3, diskSizeBytes: 2e15 }), 'diskSizeBytes')).toContain('1 PB');
    expect(refused(bluestore({ osdSizeBytes: 2e15 }), 'osdSizeBytes')).toContain('1 PB');
    expect(refused(placementGroups({ osds: 100_001, pools: [{ name: 'rbd' }] }), 'osds')).toContain('100,000');
    expect(refused(bond({ links: 65, speedBps: 1e10 }), 'links')).toContain('from 1 to 64');
    expect(refused(quorum({ nodes: 10_001 }), 'nodes')).toContain('10,000');
    expect(refused(usableMemory({ nodeGroups: [{ count: 10_001, ramBytes: 2 ** 39 }] }), 'nodeGroups.0.count')).toContain('10,000');
    expect(refused(usableMemory({ nodeGroups: [{ count: 3, ramBytes: 65 * 2 ** 40 }] }), 'nodeGroups.0.ramBytes')).toContain('at most');
    expect(refused(requiredMemory({ nodes: 10_001, guestRamBytes: 1e12 }), 'nodes')).toContain('10,000');
  });
  it('in French', () => {
    const m = refused(cephCapacity({ hosts: 10_001, osdsPerHost: 1, osdSizeBytes: 4e12, protection: rep3, lang: 'fr' }), 'hosts');
    expect(m).toBe('doit être un nombre entier de 1 à 10\u202f000');
    expect(refused(bluestore({ osdSizeBytes: 2e15, lang: 'fr' }), 'osdSizeBytes')).toBe('doit être une taille d’au plus 1 Po');
  });
  it('nearfull ≤ backfillfull ≤ full or the input is refused (Ceph OSD_OUT_OF_ORDER_FULL, ceph/ceph:doc/rados/operations/health-checks.rst)', () => {
    const base = { hosts: 5, osdsPerHost: 1, osdSizeBytes: 4e12, protection: rep3 };
    expect(refused(cephCapacity({ ...base, nearfull: 0.95 }), 'nearfull')).toContain('nearfull ≤ backfillfull ≤ full');
    expect(refused(cephCapacity({ ...base, backfillfull: 0.97 }), 'backfillfull')).toContain('OSD_OUT_OF_ORDER_FULL');
    expect(refused(cephDataTarget({ hosts: 5, dataBytes: 1e12, protection: rep3, nearfull: 0.9, backfillfull: 0.8 }), 'nearfull')).toContain('here 90%, 80%, 95%');
    expect(cephCapacity({ ...base, nearfull: 0.9, backfillfull: 0.9, full: 0.9 }).ok).toBe(true);
  });
  it('stored data whose copies exceed the raw capacity is refused by the calculator, naming the field (ceph/ceph:doc/rados/operations/pools.rst: a replicated pool of size s stores s copies)', () => {
    const base = { hosts: 3, osdsPerHost: 2, osdSizeBytes: 1e12, protection: rep3 };
    // 3 × 2 × 1 TB = 6 TB raw; 2.5 TB stored × 3 copies = 7.5 TB raw
    expect(refused(cephCalculator({ ...base, storedBytes: 2.5e12 }), 'storedBytes')).toBe("2.5 TB stored × 3 = 7.5 TB raw, more than the cluster's raw capacity (6 TB): it cannot hold them");
    expect(refused(cephCalculator({ ...base, storedBytes: 2.5e12, lang: 'fr' }), 'storedBytes')).toContain('plus que la capacité brute du cluster (6 To)');
    // EC 4+2 writes (k + m) ÷ k = 1.5 bytes per byte (ceph/ceph:doc/rados/operations/erasure-code.rst): 4.5 TB × 1.5 = 6.75 TB > 6 TB
    expect(refused(cephCalculator({ ...base, protection: { kind: 'erasure', k: 4, m: 2 }, hosts: 6, osdsPerHost: 1, storedBytes: 4.5e12 }), 'storedBytes')).toContain('× 1.5 =');
    // Exactly full (6 TB of copies) is not refused: it is the failing check ceph.stored-exceeds (above the full ratio)
    const full = cephCalculator({ ...base, storedBytes: 2e12 });
    expect(full.ok && full.value.checks.find((c) => c.id === 'ceph.stored-exceeds')?.level).toBe('fail');
    // The planner sizes candidates for a need: there a cluster too small is the failing check, not a refusal.
    const small = cephCapacity({ ...base, storedBytes: 2.5e12 });
    expect(small.ok && small.value.checks.find((c) => c.id === 'ceph.stored-exceeds')?.level).toBe('fail');
  });
  it('pg_num bounds must be powers of two, and every pg_num out is one (module.py nearest_power_of_two)', () => {
    // ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py: final pg_num = max(pg_num_min, nearest_power_of_two(target))
    expect(refused(placementGroups({ osds: 12, pools: [{ name: 'rbd', pgNumMin: 48 }] }), 'pools.0.pgNumMin')).toContain('power of two');
    expect(refused(placementGroups({ osds: 12, pools: [{ name: 'rbd', pgNumMax: 100 }] }), 'pools.0.pgNumMax')).toContain('power of two');
    const pow = fc.integer({ min: 0, max: 16 }).map((e) => 2 ** e);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.array(
          fc.record({
            ratio: fc.option(fc.double({ min: 0.01, max: 10, noNaN: true }), { nil: undefined }),
            bulk: fc.boolean(),
            min: fc.option(pow, { nil: undefined }),
            max: fc.option(pow, { nil: undefined }),
            size: fc.integer({ min: 1, max: 5 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.constantFrom('autoscaler' as const, 'pgcalc' as const),
        (osds, specs, method) => {
          const pools = specs.map((s, i) => ({
            name: `p${i}`,
            bulk: s.bulk,
            protection: { kind: 'replicated' as const, size: s.size },
            ...(s.ratio === undefined ? {} : { targetRatio: s.ratio }),
            ...(s.min === undefined ? {} : { pgNumMin: s.min }),
            ...(s.max === undefined ? {} : { pgNumMax: s.max }),
          }));
          const r = placementGroups({ osds, pools, method });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          for (const p of r.value.pools) expect(isPowerOfTwo(p.pgNum), `${p.name} ${p.pgNum}`).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
