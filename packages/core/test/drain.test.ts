/**
 * capa drain (issue 11, item 3): live-migration pre-copy time, the N − 1 check during the drain and
 * a rolling upgrade. Worked examples cite their source; properties hold for any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { okButNegative } from './support/negative-wording.js';
import { drain, type DrainInput, type DrainResult, usableMemory } from '../src/index.js';

const GiB = 2 ** 30;
const SEED = 20261130;

const ok = (input: DrainInput): DrainResult => {
  const o = drain(input);
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};

describe('pre-copy time (https://www.qemu.org/docs/master/devel/migration/main.html; Clark et al., NSDI 2005)', () => {
  it('256 GiB at 10 Gb/s dirtying 800 Mb/s: passes of M, M·d/r, M·(d/r)², … sum to M ÷ (r − d) = 239.0 s', () => {
    const r = ok({ guestRamBytes: 256 * GiB, dirtyBps: 800e6, speedBps: 10e9 });
    // 256 × 2^30 × 8 bits ÷ (10e9 − 0.8e9) b/s = 2199023255552 ÷ 9.2e9 s
    expect(r.ramSeconds).toBeCloseTo((256 * GiB * 8) / 9.2e9, 6);
    expect(r.drainSeconds).toBeCloseTo(239.02, 2);
    expect(r.checks.map((c) => `${c.id}:${c.level}`)).toEqual(['drain.convergence:ok']);
  });
  it('the bound is the geometric series: summing the passes one by one converges to it', () => {
    const M = 64 * GiB * 8;
    const rate = 10e9;
    const d = 4e9;
    let sent = 0;
    let pass = M;
    // Each pass takes pass ÷ r seconds, during which the guest dirties d × that many bits.
    for (let i = 0; i < 200; i++) {
      sent += pass / rate;
      pass = (pass / rate) * d;
    }
    expect(ok({ guestRamBytes: 64 * GiB, dirtyBps: d, speedBps: rate }).ramSeconds).toBeCloseTo(sent, 6);
  });
  it('dirty rate ≥ migration rate: never converges, a fail naming both figures, no time (never NaN or Infinity)', () => {
    const r = ok({ guestRamBytes: 16 * GiB, dirtyBps: 2e9, speedBps: 1e9, nodes: 3 });
    expect([r.converges, r.ramSeconds, r.drainSeconds, r.rollingUpgradeSeconds, r.passes]).toEqual([false, null, null, null, false]);
    const c = r.checks.find((x) => x.id === 'drain.convergence');
    expect(c).toMatchObject({ level: 'fail', code: 'drain.no-convergence', params: { dirtyBps: 2e9, rateBps: 1e9 } });
    expect(c?.message).toContain('2 Gb/s');
    expect(c?.message).toContain('1 Gb/s');
  });
});

describe('migration rate: the bond (torvalds/linux:Documentation/networking/bonding.rst) and datacenter.cfg bwlimit (https://pve.proxmox.com/pve-docs/datacenter.cfg.5.html)', () => {
  it('bwlimit migration= caps each migration: 500 MiB/s = 4.194 Gb/s below a 10 Gb/s link', () => {
    const r = ok({ guestRamBytes: 64 * GiB, dirtyBps: 0, speedBps: 10e9, bwlimitBps: 500 * 2 ** 20 * 8 });
    expect(r.perMigrationBps).toBe(4_194_304_000);
    expect(r.checks.find((c) => c.id === 'drain.bwlimit')?.level).toBe('ok');
  });
  it('active-backup: one link, parallel migrations share it', () => {
    const r = ok({ guestRamBytes: 64 * GiB, dirtyBps: 0, speedBps: 10e9, links: 2, mode: 'active-backup', parallel: 2 });
    expect([r.bondBps, r.perMigrationBps]).toEqual([10e9, 5e9]);
  });
  it('local disks copy at the migration rate: 100 GiB at 1 Gb/s = 859 s', () => {
    const r = ok({ guestRamBytes: 1 * GiB, dirtyBps: 0, speedBps: 1e9, localDiskBytes: 100 * GiB });
    expect(r.diskSeconds).toBeCloseTo((100 * GiB * 8) / 1e9, 6);
    expect(r.drainSeconds).toBeCloseTo((101 * GiB * 8) / 1e9, 6);
  });
});

describe('N − 1 during the drain and the rolling upgrade', () => {
  it('the drained node is the failed one: the memory rule M × (N − 1) × u (docs/memory.md#sources), not restated', () => {
    const r = ok({ guestRamBytes: 256 * GiB, dirtyBps: 800e6, speedBps: 10e9, nodes: 4, nodeRamBytes: 512 * GiB, clusterGuestRamBytes: 1024 * GiB });
    const mem = usableMemory({ nodeGroups: [{ count: 4, ramBytes: 512 * GiB }], failures: 1 });
    if (!mem.ok) throw new Error('memory');
    // 512 GiB × 3 × 0.75 = 1152 GiB (the course's 75 % with a node missing)
    expect([r.usableWhileDrainedBytes, mem.value.usableGuestRamBytes]).toEqual([1152 * GiB, 1152 * GiB]);
    expect(r.nMinusOneHolds).toBe(true);
    const short = ok({ guestRamBytes: 256 * GiB, dirtyBps: 800e6, speedBps: 10e9, nodes: 3, nodeRamBytes: 512 * GiB, clusterGuestRamBytes: 1024 * GiB });
    expect([short.nMinusOneHolds, short.passes]).toEqual([false, false]);
    expect(short.checks.find((c) => c.id === 'drain.n-minus-1')).toMatchObject({ level: 'fail', code: 'drain.n-minus-1.short' });
  });
  it('host reservations count as in the memory calculator: 2 GiB + 4 OSDs × 4 GiB per node (docs/memory.md#sources)', () => {
    const base = { guestRamBytes: 256 * GiB, dirtyBps: 800e6, speedBps: 10e9, nodes: 4, nodeRamBytes: 512 * GiB, clusterGuestRamBytes: 1024 * GiB };
    const r = ok({ ...base, hostReserveBytes: 2 * GiB, osdsPerNode: 4 });
    const mem = usableMemory({ nodeGroups: [{ count: 4, ramBytes: 512 * GiB }], failures: 1, hostReserveBytes: 2 * GiB, osdsPerNode: 4 });
    if (!mem.ok) throw new Error('memory');
    // 512 GiB × 3 × 0.75 − 3 × (2 + 4 × 4) GiB = 1152 − 54 = 1098 GiB
    expect([r.usableWhileDrainedBytes, mem.value.usableGuestRamBytes]).toEqual([1098 * GiB, 1098 * GiB]);
    expect(r.used).toMatchObject({ hostReserveBytes: 2 * GiB, osdsPerNode: 4, osdMemoryBytes: 4 * GiB, nodeGroups: null });
  });
  it('node groups: the largest node is the drained one, as the memory rule fails it; they give the node count', () => {
    const groups = [
      { count: 2, ramBytes: 512 * GiB },
      { count: 2, ramBytes: 256 * GiB },
    ];
    const r = ok({ guestRamBytes: 128 * GiB, dirtyBps: 0, speedBps: 10e9, nodeGroups: groups, clusterGuestRamBytes: 512 * GiB });
    // 0.75 × (2 × 512 + 2 × 256 − 512) GiB = 768 GiB (the memory rule with the largest node failed)
    expect([r.usableWhileDrainedBytes, r.used.nodes, r.used.nodeGroups]).toEqual([768 * GiB, 4, `2×${512 * GiB},2×${256 * GiB}`]);
    const bad = drain({ guestRamBytes: GiB, dirtyBps: 0, speedBps: 1e9, nodeGroups: groups, nodes: 3 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ field: 'nodes', message: 'must be a whole number from 4 to 4' });
  });
  it('migrationBps: k migrations take k × r of the bond, never more than it (2 × 10 Gb/s LACP, layer3+4, 2 migrations)', () => {
    const r = ok({ guestRamBytes: 64 * GiB, dirtyBps: 0, speedBps: 10e9, links: 2, hash: 'layer3+4', parallel: 2 });
    // torvalds/linux:Documentation/networking/bonding.rst: layer3+4 spreads the 2 flows over the 2 links at best
    expect(r.migrationBps).toBe(2 * r.perMigrationBps);
    expect(r.migrationBps).toBeLessThanOrEqual(r.bondBps);
    const capped = ok({ guestRamBytes: 64 * GiB, dirtyBps: 0, speedBps: 10e9, parallel: 2, bwlimitBps: 1e9 });
    // datacenter.cfg bwlimit migration= applies per migration (https://pve.proxmox.com/pve-docs/datacenter.cfg.5.html)
    expect(capped.migrationBps).toBe(2e9);
  });
  it('rolling upgrade = nodes × (drain + reboot), 600 s assumed per node (docs/drain.md#assumptions)', () => {
    const r = ok({ guestRamBytes: 256 * GiB, dirtyBps: 800e6, speedBps: 10e9, nodes: 4 });
    expect(r.used.rebootSeconds).toBe(600);
    expect(r.rollingUpgradeSeconds).toBeCloseTo(4 * ((256 * GiB * 8) / 9.2e9 + 600), 6);
    expect(ok({ guestRamBytes: 256 * GiB, dirtyBps: 800e6, speedBps: 10e9 }).rollingUpgradeSeconds).toBeNull();
  });
});

describe('refusals and properties', () => {
  it('refuses bad input naming the field: negative dirty rate, 0 parallel, 1 node, 0 RAM', () => {
    for (const [bad, field] of [
      [{ dirtyBps: -1 }, 'dirtyBps'],
      [{ parallel: 0 }, 'parallel'],
      [{ nodes: 1 }, 'nodes'],
      [{ guestRamBytes: 0 }, 'guestRamBytes'],
      [{ speedBps: Number.NaN }, 'speedBps'],
    ] as const) {
      const base: DrainInput = { guestRamBytes: GiB, dirtyBps: 1e6, speedBps: 1e9 };
      const o = drain({ ...base, ...bad });
      expect(o.ok, field).toBe(false);
      if (!o.ok) expect(o.issues.map((i) => i.field)).toContain(field);
    }
  });
  const input = fc.record({
    guestRamBytes: fc.integer({ min: 1, max: 2 ** 42 }),
    dirtyBps: fc.integer({ min: 0, max: 1e11 }),
    speedBps: fc.integer({ min: 1e6, max: 1e11 }),
    links: fc.integer({ min: 1, max: 8 }),
    mode: fc.constantFrom('lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb' as const),
    parallel: fc.integer({ min: 1, max: 8 }),
    localDiskBytes: fc.integer({ min: 1, max: 2 ** 42 }),
  });
  it('more bandwidth never lengthens the drain; dirty ≥ rate ⇒ the non-convergence check; figures finite and ≥ 0', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 1e10 }), (v, extra) => {
        const a = ok(v);
        const b = ok({ ...v, speedBps: v.speedBps + extra });
        if (a.drainSeconds !== null) {
          expect(b.drainSeconds).not.toBeNull();
          expect(b.drainSeconds ?? 0).toBeLessThanOrEqual(a.drainSeconds * (1 + 1e-12));
          expect(Number.isFinite(a.drainSeconds) && a.drainSeconds >= 0).toBe(true);
        }
        expect(a.converges).toBe(v.dirtyBps < a.perMigrationBps);
        if (v.dirtyBps >= a.perMigrationBps) expect(a.checks.find((c) => c.code === 'drain.no-convergence')?.level).toBe('fail');
        expect(okButNegative(a.checks)).toEqual([]);
        expect(a.migrationBps).toBeLessThanOrEqual(a.bondBps * (1 + 1e-12));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
