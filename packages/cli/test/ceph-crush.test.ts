/**
 * `capa ceph` with Ceph's placement simulated (issue 9, item 4), through the built binary. Placement is
 * Ceph's own algorithm (@capa/crush, checked PG for PG against osdmaptool in packages/crush/test); a
 * host holds at most one copy of a PG (ceph/ceph:src/crush/mapper.c, chooseleaf firstn type host).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

interface Json {
  readonly passes: boolean;
  readonly safeUsableBytes: number;
  readonly crushSafeUsableBytes: number | null;
  readonly fillAfterFailure: number | null;
  readonly fullestOsdFill: number | null;
  readonly fullestOsdFillAfterFailure: number | null;
  readonly hostFailure: {
    readonly fullestOsdFill: number | null;
    readonly worstHost: string | null;
    readonly pgsBelowMinSizeFraction: number | null;
    readonly crushRebuildBytes: number | null;
    readonly crushRecoverySeconds: number | null;
    readonly recoverySeconds: number | null;
  };
  readonly placement: { readonly pgNum: number; readonly failuresEvaluated: number; readonly failuresPossible: number; readonly assumptions: string[] };
  readonly checks: { readonly id: string; readonly level: string; readonly message: string }[];
}

describe('capa ceph: CRUSH simulated', () => {
  it('hosts of 40, 40, 10, 10, 10 TB, replica 3, 18.67 TB stored: the average model says 80 %, the fullest OSD passes 120 % — FAIL, exit 1', () => {
    const r = runCli<Json>(['ceph', '--host-osds', '40TB,40TB,10TB,10TB,10TB', '--stored', '18.67TB', '--json']);
    expect(r.code).toBe(1);
    const j = r.json!;
    // Average model: 3 × 18.67 ÷ (110 − 40) = 80.014 % (docs/ceph-capacity.md).
    expect(j.fillAfterFailure).toBeCloseTo((3 * 18.67) / 70, 12);
    // Each PG needs two of the three 10 TB hosts once a 40 TB host is gone: ≥ 2/3 × 18.67 ÷ 10 = 124 %.
    expect(j.hostFailure.fullestOsdFill!).toBeGreaterThan(1.2);
    expect(j.fullestOsdFillAfterFailure).toBe(j.hostFailure.fullestOsdFill);
    expect(j.checks.find((c) => c.id === 'ceph.fill-after-failure')).toMatchObject({ level: 'fail' });
    expect(j.crushSafeUsableBytes!).toBeLessThan(j.safeUsableBytes);
    expect(j.passes).toBe(false);
  });

  it('equal hosts: pg_num from the autoscaler, every host failure played out, the fullest OSD above the mean', () => {
    const r = runCli<Json>(['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB', '--stored', '15TB', '--link-speed', '25Gb/s', '--osd-write', '500MB/s', '--json']);
    const j = r.json!;
    // 20 OSDs × 100 ÷ 3 → 512 (pg_autoscaler module.py, nearest power of two).
    expect(j.placement.pgNum).toBe(512);
    expect([j.placement.failuresEvaluated, j.placement.failuresPossible]).toEqual([5, 5]);
    expect(j.fullestOsdFill!).toBeGreaterThan((15 * 3) / 80);
    expect(j.hostFailure.pgsBelowMinSizeFraction).toBe(0);
    expect(j.hostFailure.crushRebuildBytes!).toBeGreaterThan(0);
    // The busiest host and OSD set the pace: never faster than the average model's lower bound.
    expect(j.hostFailure.crushRecoverySeconds!).toBeGreaterThanOrEqual(j.hostFailure.recoverySeconds!);
    expect(j.placement.assumptions.join(' ')).toMatch(/pg_num.*balancer/);
  });

  it('without --stored: only the safe amount is simulated; French labels', () => {
    const r = runCli(['ceph', '--nodes', '4', '--osds-per-node', '2', '--osd-size', '8TB', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Utile sûr, CRUSH simulé\s+\d/);
    expect(r.stdout).not.toMatch(/OSD le plus plein \(CRUSH\)/);
  });

  it('a pool wider than the placement reads keeps the average model and says so', () => {
    const r = runCli<Json>(['ceph', '--nodes', '128', '--osds-per-node', '1', '--osd-size', '1TB', '--ec', '64+64', '--json']);
    expect(r.code).toBe(0);
    expect(r.json!.crushSafeUsableBytes).toBeNull();
    expect(r.json!.checks.find((c) => c.id === 'ceph.placement-not-simulated')).toMatchObject({ level: 'warn' });
  });
});
