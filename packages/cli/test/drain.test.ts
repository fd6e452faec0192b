/**
 * capa drain (issue 11, item 3): the command, its help and its refusals come from the core's spec
 * (packages/core/src/drain/drain-spec.ts). Figures: QEMU's iterative pre-copy bound M ÷ (r − d)
 * (https://www.qemu.org/docs/master/devel/migration/main.html), datacenter.cfg's bwlimit
 * (https://pve.proxmox.com/pve-docs/datacenter.cfg.5.html), the memory N − 1 rule (docs/memory.md#sources).
 */
import { describe, expect, it } from 'vitest';
import { expectBadInput, runCli, runJson } from './run-cli.js';

interface DrainJson {
  drainSeconds: number | null;
  rollingUpgradeSeconds: number | null;
  nMinusOneHolds: boolean | null;
  usableWhileDrainedBytes: number | null;
  perMigrationBps: number;
  passes: boolean;
  used: Record<string, unknown>;
  checks: { id: string; level: string; code: string }[];
}

const GiB = 2 ** 30;
const CASE = ['drain', '--guest-ram', '256GiB', '--dirty-rate', '100MB/s', '--speed', '10Gb/s', '--nodes', '4', '--node-ram', '512GiB', '--cluster-guest-ram', '1TiB'];

describe('capa drain', () => {
  it('256 GiB dirtying 100 MB/s over 10 Gb/s: 239 s; 4 nodes × (239 s + 600 s); 512 GiB × 3 × 0.75 = 1152 GiB holds 1 TiB', () => {
    const r = runJson<DrainJson>(CASE);
    expect(r.code).toBe(0);
    // 256 × 2^30 × 8 ÷ (10e9 − 0.8e9)
    expect(r.json.drainSeconds).toBeCloseTo((256 * GiB * 8) / 9.2e9, 6);
    expect(r.json.rollingUpgradeSeconds).toBeCloseTo(4 * ((256 * GiB * 8) / 9.2e9 + 600), 6);
    expect([r.json.nMinusOneHolds, r.json.usableWhileDrainedBytes]).toEqual([true, 1152 * GiB]);
    expect(r.json.used).toMatchObject({ parallel: 1, rebootSeconds: 600, maxUtilization: 0.75, mode: 'lacp', bwlimitBps: null });
    expect(r.json.checks.map((c) => c.code)).toEqual(['drain.converges', 'drain.n-minus-1.holds']);
  });
  it('shows RAM in GiB/TiB, in French too', () => {
    expect(runCli(CASE).stdout).toMatch(/Guest RAM usable with one node drained\s+1\.13 TiB/);
    expect(runCli([...CASE, '--lang', 'fr']).stdout).toMatch(/RAM d’invités utilisable avec un nœud vidé\s+1,13 Tio/);
  });
  it('dirty rate above a bwlimit-capped migration: never converges, exit 1, null times', () => {
    const r = runJson<DrainJson>(['drain', '--guest-ram', '64GiB', '--dirty-rate', '600MiB/s', '--speed', '10Gb/s', '--bwlimit', '500MiB/s', '--nodes', '3']);
    expect(r.code).toBe(1);
    expect([r.json.drainSeconds, r.json.rollingUpgradeSeconds, r.json.passes]).toEqual([null, null, false]);
    expect(r.json.checks.find((c) => c.id === 'drain.convergence')).toMatchObject({ level: 'fail', code: 'drain.no-convergence' });
    expect(runCli(['drain', '--guest-ram', '64GiB', '--dirty-rate', '600MiB/s', '--speed', '10Gb/s', '--bwlimit', '500MiB/s']).stdout).toMatch(/never \(pre-copy does not converge\)/);
  });
  it('the N − 1 check fails when the other nodes cannot hold the guests', () => {
    const r = runJson<DrainJson>(['drain', '--guest-ram', '256GiB', '--dirty-rate', '100MB/s', '--speed', '10Gb/s', '--nodes', '3', '--node-ram', '512GiB', '--cluster-guest-ram', '1TiB']);
    expect([r.code, r.json.nMinusOneHolds]).toEqual([1, false]);
  });
  it('--reboot takes a duration (10min, 1h or seconds) and the memory calculator’s reservations apply to N − 1', () => {
    const r = runJson<DrainJson>([...CASE, '--reboot', '20min', '--host-reserve', '2GiB', '--osds-per-node', '4']);
    expect(r.json.used).toMatchObject({ rebootSeconds: 1200, hostReserveBytes: 2 * GiB, osdsPerNode: 4, osdMemoryBytes: 4 * GiB });
    // 4 × (239 s + 20 min); 512 GiB × 3 × 0.75 − 3 × (2 GiB + 4 × 4 GiB), the memory rule (docs/memory.md#sources)
    expect(r.json.rollingUpgradeSeconds).toBeCloseTo(4 * ((256 * GiB * 8) / 9.2e9 + 1200), 6);
    expect(r.json.usableWhileDrainedBytes).toBe(1098 * GiB);
    expectBadInput(runCli([...CASE, '--reboot', '10m']), '--reboot', '10m');
  });
  it('refuses with exit 2 naming option, value and range', () => {
    const one = runCli(['drain', '--guest-ram', '1GiB', '--dirty-rate', '1MB/s', '--speed', '1Gb/s', '--nodes', '1']);
    expectBadInput(one, '--nodes', '1');
    expect(one.stderr).toContain('must be a whole number from 2 to 10000');
    expectBadInput(runCli(['drain', '--guest-ram', '1GiB', '--dirty-rate', '1MB/s', '--speed', '1Gb/s', '--parallel', '0']), '--parallel', '0');
    expectBadInput(runCli(['drain', '--guest-ram', '-1GiB', '--dirty-rate', '1MB/s', '--speed', '1Gb/s']), '--guest-ram', '-1GiB');
    expectBadInput(runCli(['drain', '--guest-ram', '1GiB', '--dirty-rate', '1MB/s', '--speed', '1Gb/s', '--node-ram', '1GiB']), '--node-ram', '1GiB');
    expectBadInput(runCli(['drain', '--guest-ram', '1GiB', '--dirty-rate', 'fast', '--speed', '1Gb/s', '--lang', 'fr']), '--dirty-rate', 'fast');
  });
});
