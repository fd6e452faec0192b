import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { bluestore, bond, cephCapacity, cephDataTarget, type Explained, placementGroups, quorum, requiredMemory, usableMemory, LIMITS } from '../src/index.js';
import { protection } from './support/arbitraries.js';
import { value } from './support/steps.js';

const SEED = 20261123;
const RUNS = 300;
const GiB = 2 ** 30;

/** Every number in a result is finite and ≥ 0: no NaN, no Infinity, no negative size. */
function assertSane(x: unknown, path = 'result'): void {
  if (typeof x === 'number') {
    expect(Number.isFinite(x), path).toBe(true);
    expect(x, path).toBeGreaterThanOrEqual(0);
  } else if (Array.isArray(x)) x.forEach((v, i) => assertSane(v, `${path}[${i}]`));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k !== 'vars' && k !== 'derivation') assertSane(v, `${path}.${k}`);
}

/** Each step's mathjs expression, evaluated on its own variables, gives the value it shows. */
function assertDerivationRecomputes(r: Explained): void {
  for (const s of r.derivation) {
    const got = Number(evaluate(s.expr, { ...s.vars }));
    const tol = Math.max(1e-9, Math.abs(s.value) * 1e-12);
    expect(Math.abs(got - s.value), `${s.id}: ${s.expr} with ${JSON.stringify(s.vars)}`).toBeLessThanOrEqual(tol);
  }
}

const cluster = fc.record({
  hosts: fc.integer({ min: 1, max: 60 }),
  osdsPerHost: fc.integer({ min: 1, max: 24 }),
  osdSizeBytes: fc.integer({ min: 100, max: 30_000 }).map((g) => g * 1e9),
  protection,
  // ≤ backfillfull's default 0.9: the ratios must be ordered (issue 8, docs/units.md#limits)
  nearfull: fc.double({ min: 0.5, max: 0.9, noNaN: true }),
});

describe('invariants', () => {
  it('Ceph: safe ≤ usable ≤ raw, all sane, derivations recompute', () => {
    fc.assert(
      fc.property(
        cluster,
        // A share of what the raw capacity can hold: stored data whose copies exceed it is refused (limits.test.ts).
        fc.option(fc.double({ min: 0.001, max: 1, noNaN: true }), { nil: undefined }),
        (c, share) => {
          const factor = c.protection.kind === 'replicated' ? c.protection.size : (c.protection.k + c.protection.m) / c.protection.k;
          const stored = share === undefined ? undefined : Math.floor((share * c.hosts * c.osdsPerHost * c.osdSizeBytes) / factor);
          const r = value(cephCapacity({ ...c, ...(stored === undefined ? {} : { storedBytes: stored }), recovery: { speedBps: 25e9, osdWriteBps: 1e9 } }));
          expect(r.usableBytes).toBeLessThanOrEqual(r.rawBytes);
          expect(r.safeUsableBytes).toBeLessThanOrEqual(r.usableBytes);
          expect(r.nearfullUsableBytes).toBeLessThanOrEqual(r.usableBytes);
          assertSane(r);
          assertDerivationRecomputes(r);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('Ceph: a higher nearfull never lowers the safe capacity', () => {
    fc.assert(
      fc.property(cluster, fc.double({ min: 0, max: 0.3, noNaN: true }), (c, bump) => {
        const lo = value(cephCapacity(c)).safeUsableBytes;
        const hi = value(cephCapacity({ ...c, nearfull: Math.min(1, c.nearfull + bump), backfillfull: 1, full: 1 })).safeUsableBytes;
        expect(hi).toBeGreaterThanOrEqual(lo);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('Ceph: more hosts never lower raw, usable or safe capacity', () => {
    fc.assert(
      fc.property(cluster, (c) => {
        const a = value(cephCapacity(c));
        const b = value(cephCapacity({ ...c, hosts: c.hosts + 1 }));
        expect(b.usableBytes).toBeGreaterThanOrEqual(a.usableBytes);
        expect(b.safeUsableBytes).toBeGreaterThanOrEqual(a.safeUsableBytes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('Ceph data target: safe disks cover the data after a host loss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(1.92e12, 4e12, 16e12, 20e12), protection, (hosts, tb, disk, p) => {
        const r = value(cephDataTarget({ hosts, dataBytes: tb * 1e12, protection: p, diskSizeBytes: disk }));
        assertSane(r);
        assertDerivationRecomputes(r);
        if (r.safeDisksPerNode !== null) {
          // Build what it recommends and check the forward calculator agrees it is safe for the data.
          const fwd = value(cephCapacity({ hosts, osdsPerHost: r.safeDisksPerNode, osdSizeBytes: disk, protection: p }));
          expect(fwd.safeUsableBytes).toBeGreaterThanOrEqual(tb * 1e12 * (1 - 1e-9));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('memory: more nodes never lower N − f usable memory; required RAM then covers the guests', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 64 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 8, max: 4096 }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        (n, f0, ramGiB, u, reserveGiB) => {
          const f = Math.min(f0, n - 1);
          const base = { failures: f, maxUtilization: u, hostReserveBytes: reserveGiB * GiB };
          const a = value(usableMemory({ ...base, nodeGroups: [{ count: n, ramBytes: ramGiB * GiB }] }));
          const b = value(usableMemory({ ...base, nodeGroups: [{ count: n + 1, ramBytes: ramGiB * GiB }] }));
          expect(b.usableGuestRamBytes).toBeGreaterThanOrEqual(a.usableGuestRamBytes);
          expect(a.usableGuestRamBytes).toBeLessThanOrEqual(a.totalRamBytes);
          assertSane(a);
          assertDerivationRecomputes(a);
          if (a.usableGuestRamBytes > 0) {
            const req = value(requiredMemory({ ...base, nodes: n, guestRamBytes: a.usableGuestRamBytes }));
            // Round trip: the RAM needed for exactly what M gives back is M (to the byte).
            expect(Math.abs(req.requiredNodeRamBytes - ramGiB * GiB)).toBeLessThanOrEqual(2);
            assertDerivationRecomputes(req);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('PGs: powers of two ≥ pg_num_min, sane, derivations recompute', () => {
    const pool = fc.record({
      name: fc.constant('p'),
      protection,
      targetRatio: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
      bias: fc.constantFrom(1, 2, 4),
      bulk: fc.boolean(),
      pgNumMin: fc.option(fc.constantFrom(1, 8, 16, 32, 64), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(pool, { minLength: 1, maxLength: 6 }), (osds, ps) => {
        const pools = ps.map((p, i) => Object.fromEntries(Object.entries({ ...p, name: `p${i}` }).filter(([, v]) => v !== undefined)) as typeof p);
        const r = value(placementGroups({ osds, pools }));
        r.pools.forEach((p, i) => {
          expect(Number.isInteger(Math.log2(p.pgNum)), `pg_num ${p.pgNum}`).toBe(true);
          expect(p.pgNum).toBeGreaterThanOrEqual(pools[i]?.pgNumMin ?? 32);
        });
        assertSane({ ...r, pools: r.pools.map((p) => ({ ...p, rawTarget: Math.max(0, p.rawTarget) })) });
        assertDerivationRecomputes(r);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('bonds: single flow ≤ expected ≤ aggregate; degraded ≤ aggregate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(1e9, 10e9, 25e9, 100e9),
        fc.constantFrom('lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb') as fc.Arbitrary<'lacp'>,
        fc.constantFrom('layer2', 'layer2+3', 'layer3+4') as fc.Arbitrary<'layer2'>,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 16 }),
        (links, speedBps, mode, hash, flows, peers) => {
          const r = value(bond({ links, speedBps, mode, hash, flows, peers, down: Math.min(1, links) }));
          expect(r.expectedBps).toBeLessThanOrEqual(r.aggregateBps * (1 + 1e-12));
          expect(r.singleFlowBps).toBeLessThanOrEqual(r.aggregateBps);
          expect(r.degradedBps).toBeLessThanOrEqual(r.aggregateBps);
          assertSane(r);
          assertDerivationRecomputes(r);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('BlueStore and quorum derivations recompute', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 30_000 }),
        fc.constantFrom('course', 'ceph-rbd', 'ceph-rgw', 'proxmox') as fc.Arbitrary<'course'>,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 64 }),
        (gb, rule, per, nodes) => {
          const b = value(bluestore({ osdSizeBytes: gb * 1e9, rule, osdsPerDbDevice: per, dbDeviceBytes: 1.6e12, dwpd: 1, dbWriteBps: 1e8 }));
          expect(b.dbMinBytes).toBeLessThanOrEqual(b.dbMaxBytes);
          assertSane(b);
          assertDerivationRecomputes(b);
          const q = value(quorum({ nodes, mons: Math.min(nodes, 5) }));
          expect(q.toleratedNodeFailures).toBeLessThan(nodes);
          assertDerivationRecomputes(q);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('huge but valid inputs stay finite', () => {
    // At the limits (src/explain/limits.ts): 10,000 nodes × 64 TiB; 10,000 hosts × 10 OSDs × 1 PB.
    const r = value(usableMemory({ nodeGroups: [{ count: LIMITS.hosts, ramBytes: LIMITS.nodeRamBytes }] }));
    assertSane(r);
    const c = value(cephCapacity({ hosts: LIMITS.hosts, osdsPerHost: LIMITS.osds / LIMITS.hosts, osdSizeBytes: LIMITS.diskBytes, protection: { kind: 'replicated', size: 3 } }));
    assertSane(c);
  });
});
