/**
 * The planning maths added to the core (packages/core/src/planning): durability and recovery (cost,
 * DIMM populations, ZFS, growth, CPU: planning-sizing.test.ts). Expected figures are worked independently (a Python scratch script
 * with the same formulas, or the source's own example) and cited in each test.
 */
import { bond, binomialTail, bondRates, cephCapacity, durabilityValue, hostRecoveryValue, KAMPE_DISK_AFR, osdRecoveryValue, poolDurability, type BondMode, type HashPolicy } from '@capa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, recomputes, rel } from './maths-helpers.js';

describe('durability (Kampe + Backblaze binomial)', () => {
  it('Kampe default disk rate: 826 FIT ≈ 0.721 % a year', () => {
    // docs/golden-examples.md §4 (Config.py): 826 FIT = 826 failures per 1e9 h; 1 − e^(−826e-9 × 8760) = 0.0072096449
    expect(KAMPE_DISK_AFR).toBeCloseTo(0.0072096449, 9);
  });

  it('replica 3 on 3 × 4 OSDs, 128 PGs, 1 % AFR, 1 h exposure → 5.08e-12 a year (11.29 nines)', () => {
    // Worked by a scratch script: λ = −ln(0.99) = 0.0100503, p = 1 − e^(−λ·3600/31536000) = 1.1473e-6,
    // 32 PGs per OSD, q = p² = 1.3163e-12, L = 1 − (1 − q)^32 = 4.2121e-11, rate = 12 λ L = 5.0800e-12.
    const r = ok(poolDurability({ protection: { kind: 'replicated', size: 3 }, hosts: 3, osdsPerHost: 4, pgNum: 128, osdAfr: 0.01, osdExposureSeconds: 3600 }));
    expect(rel(r.osdExposureProbability, 1.147297955266605e-6)).toBeLessThan(1e-9);
    expect(r.pgsPerOsd).toBe(32);
    expect(rel(r.pgLossGivenOsd, 1.3162925981589328e-12)).toBeLessThan(1e-9);
    expect(rel(r.annualLossProbability, 5.080006153985967e-12)).toBeLessThan(1e-9);
    expect(r.nines).toBeCloseTo(11.294135761605741, 9);
    recomputes(r.derivation);
  });

  it('EC 4+2 on 10 × 6 OSDs, 1024 PGs, 2 % AFR, 2 h → 2.64e-8 (7.58 nines)', () => {
    // Scratch script: w = 6, t = 2, 102.4 PGs per OSD, q = P(Bin(5, p) ≥ 2) = 2.1275e-10, rate 2.6407e-8.
    const r = ok(poolDurability({ protection: { kind: 'erasure', k: 4, m: 2 }, hosts: 10, osdsPerHost: 6, pgNum: 1024, osdAfr: 0.02, osdExposureSeconds: 7200 }));
    expect(rel(r.pgLossGivenOsd, 2.1274771962966805e-10)).toBeLessThan(1e-8);
    expect(rel(r.annualLossProbability, 2.6407402346722675e-8)).toBeLessThan(1e-9);
    recomputes(r.derivation);
  });

  it('a host term adds host losses: 1.49e-8 more with 5 % host AFR and a 24 h exposure', () => {
    // Scratch script: host rate −ln(0.95), 128 PGs on a host of 3, q_h = p_h² with p_h over 24 h → 1.4933e-8 per year.
    const r = ok(
      poolDurability({ protection: { kind: 'replicated', size: 3 }, hosts: 3, osdsPerHost: 4, pgNum: 128, osdAfr: 0.01, osdExposureSeconds: 3600, hostAfr: 0.05, hostExposureSeconds: 86400 }),
    );
    expect(rel(r.hostLossRate ?? 0, 1.49332817503144e-8)).toBeLessThan(1e-8);
    expect(rel(r.annualLossProbability, 1.4938361644891076e-8)).toBeLessThan(1e-8);
    recomputes(r.derivation);
  });

  it('size 1 loses data at every disk failure: annual loss = 1 − e^(−Oλ)', () => {
    // t = 0: q = P(Bin(0, p) ≥ 0) = 1, so every first failure is a loss.
    const r = ok(poolDurability({ protection: { kind: 'replicated', size: 1 }, hosts: 4, osdsPerHost: 2, pgNum: 64, osdAfr: 0.01, osdExposureSeconds: 600 }));
    expect(r.annualLossProbability).toBeCloseTo(-Math.expm1(-8 * -Math.log(0.99)), 12);
    expect(r.checks.find((c) => c.id === 'durability.annual-loss')?.level).toBe('fail');
  });

  it('binomial tail: P(Bin(5, 0.1) ≥ 2) = 0.08146', () => {
    // 1 − 0.9^5 − 5·0.1·0.9^4 = 1 − 0.59049 − 0.32805 = 0.08146
    expect(binomialTail(5, 2, 0.1)).toBeCloseTo(0.08146, 12);
  });

  it('more copies, faster recovery or fewer failures never make a pool less durable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 4, max: 20 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(32, 128, 512),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        fc.integer({ min: 600, max: 86400 }),
        (size, hosts, n, pgs, afr, T) => {
          const base = { width: size, tolerated: size - 1, hosts, osdsPerHost: n, pgNum: pgs, osdAfr: afr, osdExposureSeconds: T };
          const a = durabilityValue(base).annualLossProbability;
          expect(durabilityValue({ ...base, width: size + 1, tolerated: size }).annualLossProbability).toBeLessThanOrEqual(a * (1 + 1e-9) * ((size + 1) / size));
          expect(durabilityValue({ ...base, osdExposureSeconds: T / 2 }).annualLossProbability).toBeLessThanOrEqual(a * (1 + 1e-12));
          expect(durabilityValue({ ...base, osdAfr: afr / 2 }).annualLossProbability).toBeLessThanOrEqual(a * (1 + 1e-12));
        },
      ),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

describe('recovery', () => {
  it('Kampe defaults: 2 TB × 0.75 ÷ (50 MB/s × 200) + 10 min = 12.5 min', () => {
    // docs/golden-examples.md G23: 2e12 × 0.75 / (50e6 × 200) = 150 s, + 600 s mark-out = 750 s.
    const r = osdRecoveryValue({
      hosts: 21,
      osdsPerHost: 10,
      osdSizeBytes: 2e12,
      fill: 0.75,
      heals: true,
      pgShardsPerOsd: 200,
      readAmplification: 1,
      osdWriteBps: 50e6 * 8,
      markOutSeconds: 600,
      replaceSeconds: 0,
    });
    expect(r.declustering).toBe(200);
    expect(r.seconds).toBe(750);
  });

  it('one OSD per host and hosts = width: the disk must be replaced first', () => {
    const r = osdRecoveryValue({
      hosts: 3,
      osdsPerHost: 1,
      osdSizeBytes: 1e12,
      fill: 0.5,
      heals: false,
      pgShardsPerOsd: 100,
      readAmplification: 1,
      osdWriteBps: 1e9,
      markOutSeconds: 600,
      replaceSeconds: 3 * 86400,
    });
    expect(r.waitsForReplacement).toBe(true);
    expect(r.seconds).toBe(3 * 86400 + 4000);
  });

  it("host recovery of one pool is the core's cephCapacity recovery time, to the bit", () => {
    const modes: BondMode[] = ['lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb'];
    const hashes: HashPolicy[] = ['layer2', 'layer2+3', 'layer3+4'];
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 500, max: 20_000 }).map((g) => g * 1e9),
        fc.oneof(
          fc.integer({ min: 2, max: 3 }).map((size) => ({ kind: 'replicated' as const, size })),
          fc.record({ k: fc.integer({ min: 2, max: 3 }), m: fc.constant(1) }).map(({ k, m }) => ({ kind: 'erasure' as const, k, m })),
        ),
        fc.double({ min: 0.05, max: 0.8, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(1e9, 10e9, 25e9, 100e9),
        fc.constantFrom(...modes),
        fc.constantFrom(...hashes),
        fc.constantFrom(80e6 * 8, 400e6 * 8),
        fc.integer({ min: 0, max: 1200 }),
        (H, n, S, protection, fill, links, speedBps, mode, hash, o, markOut) => {
          const w = protection.kind === 'replicated' ? protection.size : protection.k + protection.m;
          fc.pre(H > w);
          const stored = (fill * H * n * S) / (protection.kind === 'replicated' ? protection.size : (protection.k + protection.m) / protection.k);
          const core = ok(
            cephCapacity({ hosts: H, osdsPerHost: n, osdSizeBytes: S, protection, storedBytes: stored, recovery: { links, speedBps, mode, hash, osdWriteBps: o, markOutSeconds: markOut } }),
          );
          const rawUsed = protection.kind === 'replicated' ? stored * protection.size : (stored / protection.k) * (protection.k + protection.m);
          const mine = hostRecoveryValue({
            hosts: H,
            osdsPerHost: n,
            pools: [{ rawUsedBytes: rawUsed, readAmplification: protection.kind === 'erasure' ? protection.k : 1 }],
            link: { links, speedBps, mode, hash },
            osdWriteBps: o,
            markOutSeconds: markOut,
          });
          expect(mine.seconds).toBe(core.hostFailure.recoverySeconds);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it("the planner's bond rates are the core bond model's figures (one rule, one place)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(1e9, 25e9),
        fc.constantFrom<BondMode>('lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb'),
        fc.constantFrom<HashPolicy>('layer2', 'layer2+3', 'layer3+4'),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 30 }),
        (links, speedBps, mode, hash, flows, peers) => {
          const core = ok(bond({ links, speedBps, mode, hash, flows, peers, down: 0 }));
          const lean = bondRates({ links, speedBps, mode, hash }, flows, peers);
          expect([lean.expectedBps, lean.transferBps]).toEqual([core.expectedBps, core.transferBps]);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it("host recovery counts the disks' reads: EC 4+2 on HDD takes (k + 1) = 5 × the write-only disk time", () => {
    // 7 hosts × 12 OSDs, 139.9 TB raw to rebuild... kept simple: 6e12 B raw on 7 hosts, 1 OSD each at 1 Gb/s.
    // Reads: k = 4 chunks per rebuilt chunk (ceph/ceph:doc/rados/operations/erasure-code-clay.rst); writes: 1.
    // Network at 100 Gb/s × 2 links never binds here. Disk: (6e12 ÷ 7) × (4 + 1) × 8 ÷ (6 × 1 × 1e9) s.
    const r = hostRecoveryValue({
      hosts: 7,
      osdsPerHost: 1,
      pools: [{ rawUsedBytes: 6e12, readAmplification: 4 }],
      link: { links: 2, speedBps: 100e9, mode: 'lacp', hash: 'layer3+4' },
      osdWriteBps: 1e9,
      markOutSeconds: 0,
    });
    expect(r.seconds).toBeCloseTo(((6e12 / 7) * 5 * 8) / 6e9, 6);
    expect(r.diskBytes).toBeCloseTo((6e12 / 7) * 5, 0);
  });
});
