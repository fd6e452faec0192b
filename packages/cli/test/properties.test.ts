/**
 * Property tests through the real binary: random valid memory and ceph inputs always give exit 0 or 1,
 * a parseable JSON document with only finite numbers, no negative results, integer bytes, fractions
 * in [0, 1], well-formed checks, and exit 1 exactly when a check fails.
 *
 * Each run spawns a process (~120 ms), so runs are few (25 per property); CAPA_PROPERTY_RUNS raises
 * them for a local soak, CAPA_PROPERTY_SEED changes the (otherwise fixed) seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CephCapacityJson,
  type CephDataTargetJson,
  type CliResult,
  expectChecks,
  expectExitMatchesChecks,
  NON_FINITE,
  numbersIn,
  type RequiredMemoryJson,
  runCli,
  type UsableMemoryJson,
  type WithChecks,
} from './run-cli.js';

const RUNS = Number(process.env['CAPA_PROPERTY_RUNS'] ?? 25);
/** A fixed seed keeps CI reproducible; CAPA_PROPERTY_SEED=<n> (or a failure's printed seed) explores or replays. */
const SEED = Number(process.env['CAPA_PROPERTY_SEED'] ?? 20250612);
const params = { numRuns: RUNS, seed: SEED };

// ── generators of option strings ────────────────────────────────────────────────────────────────

/** "512GiB", "3.84TB", "0.5TiB": 1 to `max` units, sometimes with two decimals. */
const size = (max: number, units: readonly string[]) =>
  fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...units)).map(([i, f, u]) => (f === 0 ? `${i}${u}` : `${i}.${String(f).padStart(2, '0')}${u}`));
const percent = (min: number, max: number) => fc.integer({ min, max }).map((p) => `${p}%`);
/** [--flag, value] when present, nothing when absent. */
const opt = (flag: string, arb: fc.Arbitrary<string>) =>
  fc.option(
    arb.map((v) => [flag, v]),
    { nil: undefined },
  );
const flat = (parts: readonly (readonly string[] | undefined)[]) => parts.flatMap((p) => p ?? []);

/** Nodes and tolerated failures (0 ≤ f < N). */
const nodesAndFailures = (min: number, max: number) => fc.integer({ min, max }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: Math.min(3, n - 1) })));

const memoryCommon = fc.tuple(
  opt('--max-utilization', percent(50, 100)),
  opt('--host-reserve', size(4, ['GiB'])),
  opt('--osds-per-node', fc.integer({ min: 0, max: 8 }).map(String)),
  opt('--osd-size', size(20, ['TB'])),
  opt('--ksm', percent(1, 50)),
  opt('--vcpus', fc.integer({ min: 1, max: 2000 }).map(String)),
  opt('--threads-per-node', fc.integer({ min: 1, max: 256 }).map(String)),
);

// Node RAM stays within the 64 TiB limit (core explain/limits.ts, docs/units.md#limits).
const usableMemoryArgs = fc
  .tuple(nodesAndFailures(1, 64), fc.oneof(size(2048, ['GiB', 'GB']), size(63, ['TiB'])), opt('--guest-ram', size(4000, ['GiB', 'GB'])), memoryCommon)
  .map(([[n, f], ram, guest, common]) => ['memory', '--nodes', String(n), '--failures', String(f), '--node-ram', ram, ...flat([guest, ...common])]);

const requiredMemoryArgs = fc
  .tuple(nodesAndFailures(2, 64), size(20000, ['GiB', 'GB', 'TB']), memoryCommon)
  .map(([[n, f], guest, common]) => ['memory', '--nodes', String(n), '--failures', String(f), '--guest-ram', guest, ...flat(common)]);

const protection = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((s) => ['--replicas', String(s)]),
  fc.tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 4 })).map(([k, m]) => ['--ec', `${k}+${m}`]),
);
/** Ceph's three ratios, given together and in order (nearfull ≤ backfillfull ≤ full, else exit 2), or not at all. */
/** The bytes of a generated size (TB and GB decimal, TiB binary: IEC 80000-13). */
const bytesOf = (s: string): number => Number.parseFloat(s) * (s.endsWith('TiB') ? 2 ** 40 : s.endsWith('TB') ? 1e12 : 1e9);
/** Raw bytes per stored byte: s copies, or (k + m) ÷ k for EC (ceph/ceph:doc/rados/operations/erasure-code.rst). */
const rawPerByte = (p: readonly string[]): number => {
  if (p[0] === '--replicas') return Number(p[1]);
  const [k, m] = String(p[1]).split('+').map(Number);
  return ((k ?? 1) + (m ?? 0)) / (k ?? 1);
};
const ratios = fc.option(fc.tuple(fc.integer({ min: 50, max: 99 }), fc.integer({ min: 50, max: 99 }), fc.integer({ min: 50, max: 99 })), { nil: undefined }).map((t) => {
  if (t === undefined) return [undefined, undefined, undefined];
  const [n, b, f] = [...t].sort((x, y) => x - y);
  return [
    ['--nearfull', `${n}%`],
    ['--backfillfull', `${b}%`],
    ['--full', `${f}%`],
  ];
});

const cephCapacityArgs = fc
  .tuple(
    fc.integer({ min: 1, max: 16 }),
    fc.integer({ min: 1, max: 24 }),
    size(30, ['TB', 'TiB', 'GB']),
    protection,
    ratios,
    // A share of what the raw capacity holds once copied: more is refused (packages/core/test/limits.test.ts).
    fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    opt('--link-speed', fc.constantFrom('1Gb/s', '10Gb/s', '25GbE', '100G')),
  )
  .map(([h, n, s, p, r, share, link]) => {
    const stored = share === undefined ? undefined : ['--stored', `${Math.floor((h * n * bytesOf(s) * share) / 1000 / rawPerByte(p))}B`];
    return ['ceph', '--nodes', String(h), '--osds-per-node', String(n), '--osd-size', s, ...p, ...flat([...r, stored, link])];
  });

const cephDataTargetArgs = fc
  .tuple(fc.integer({ min: 1, max: 16 }), size(2000, ['TB', 'TiB']), protection, ratios, opt('--disk-size', size(30, ['TB', 'TiB'])))
  .map(([h, d, p, r, disk]) => ['ceph', '--nodes', String(h), '--data', d, ...p, ...flat([...r, disk])]);

// ── the invariants every run must keep ──────────────────────────────────────────────────────────

function expectSound<T extends WithChecks>(args: readonly string[]): T {
  const r: CliResult<T> = runCli<T>([...args, '--json']);
  const context = `capa ${args.join(' ')} --json → exit ${r.code}\n${r.stderr}${r.stdout.slice(0, 1500)}`;
  expect([0, 1], context).toContain(r.code);
  expect(r.stderr, context).toBe('');
  expect(r.stdout, context).not.toMatch(NON_FINITE);
  const json = r.json;
  if (json === undefined) throw new Error(`no JSON: ${context}`);
  expectExitMatchesChecks(r);
  expectChecks(json.checks);
  for (const { path, value } of numbersIn(json)) {
    expect(Number.isFinite(value), `${path} = ${value}\n${context}`).toBe(true);
    // Results are never negative (derivation steps show intermediate formula values; see the last test of this file).
    if (!path.startsWith('$.derivation')) expect(value, `${path}\n${context}`).toBeGreaterThanOrEqual(0);
    if (/Bytes$/.test(path) && !path.startsWith('$.derivation')) expect(Number.isInteger(value), `${path} = ${value}\n${context}`).toBe(true);
    if (/Fraction$/.test(path)) expect(value, `${path}\n${context}`).toBeLessThanOrEqual(1);
  }
  return json;
}

describe('random valid input: exit 0 or 1, finite non-negative JSON, integer bytes', () => {
  it('memory, usable direction', () => {
    fc.assert(
      fc.property(usableMemoryArgs, (args) => {
        const j = expectSound<UsableMemoryJson>(args);
        expect(j.usableGuestRamBytes).toBeLessThanOrEqual(j.totalRamBytes);
        expect(j.usableFraction).toBeCloseTo(j.usableGuestRamBytes / j.totalRamBytes, 12);
      }),
      params,
    );
  });

  it('memory, required direction', () => {
    fc.assert(
      fc.property(requiredMemoryArgs, (args) => {
        const j = expectSound<RequiredMemoryJson>(args);
        expect(j.requiredNodeRamBytes).toBeGreaterThan(0);
        if (j.recommendedNodeRamBytes === null) {
          expect(j.totalRamBytes).toBeNull();
        } else {
          expect(j.recommendedNodeRamBytes).toBeGreaterThanOrEqual(j.requiredNodeRamBytes);
          expect(j.totalRamBytes).toBe(Number(args[2]) * j.recommendedNodeRamBytes);
        }
      }),
      params,
    );
  });

  it('ceph capacity', () => {
    fc.assert(
      fc.property(cephCapacityArgs, (args) => {
        const j = expectSound<CephCapacityJson>(args);
        expect(j.usableBytes).toBeLessThanOrEqual(j.rawBytes);
        expect(j.safeUsableBytes).toBeLessThanOrEqual(j.usableBytes);
      }),
      params,
    );
  });

  it('ceph data target', () => {
    fc.assert(
      fc.property(cephDataTargetArgs, (args) => {
        const j = expectSound<CephDataTargetJson>(args);
        expect(j.ruleOfThumbNodeRawBytes).toBeGreaterThan(0);
      }),
      params,
    );
  });
});

describe('derivation steps', () => {
  it('reservations larger than the allowance: usable is 0 and no negative number appears in the JSON', () => {
    // 16 GiB × (3 − 1) × 0.75 = 24 GiB allowed; 2 survivors × 15 GiB reserved = 30 GiB → nothing left for guests
    // (core memory/usable.ts clamps the result to 0 and fails memory.reservations-exceed).
    const r = runCli<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '16GiB', '--host-reserve', '15GiB', '--json']);
    expect(r.code).toBe(1);
    expect(r.json?.usableGuestRamBytes).toBe(0);
    const negatives = numbersIn(r.json).filter((n) => n.value < 0);
    expect(negatives).toEqual([]);
  });
});
