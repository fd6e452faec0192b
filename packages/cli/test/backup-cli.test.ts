/**
 * capa backup through the built binary (issue 11): the issue's example, JSON keys (docs/backup.md),
 * TB beside TiB, refusals with exit 2 naming option, value and range, and French output.
 * Expected values: the issue's 20 snapshots (3 + 7 + 4 + 6, PBS's prune as in
 * proxmox/proxmox-backup:pbs-datastore/src/prune.rs); times = bytes × 8 ÷ rate (one 10 Gb/s link).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ISSUE = ['backup', '--data', '10TB', '--change-rate', '2%', '--keep', 'last=3,daily=7,weekly=4,monthly=6', '--schedule', 'daily', '--days', '365'];

interface BackupJson {
  retainedSnapshots: number;
  datastoreBytes: number;
  datastoreCapacityBytes: number;
  backupWindowSeconds: number | null;
  restoreLargestSeconds: number | null;
  retained: { time: string; keptBy: string }[];
  checks: { id: string; level: string; code: string }[];
}

describe('capa backup', () => {
  it("the issue's year of daily backups keeps 20 snapshots; no link, no window", () => {
    const r = runCli<BackupJson>([...ISSUE, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json?.retainedSnapshots).toBe(20);
    expect(r.json?.retained).toHaveLength(20);
    expect(Number.isInteger(r.json?.datastoreBytes)).toBe(true);
    expect(r.json?.backupWindowSeconds).toBeNull();
    for (const c of r.json?.checks ?? []) expect(c.code).toBe(c.id);
  });

  it('with a link: the window (200 GB at 10 Gb/s = 160 s) and the restore of a 2 TB guest (1600 s)', () => {
    const r = runCli<BackupJson>([...ISSUE, '--link-speed', '10Gb/s', '--links', '2', '--largest-guest', '2TB', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json?.backupWindowSeconds).toBeCloseTo(160, 6);
    expect(r.json?.restoreLargestSeconds).toBeCloseTo(1600, 6);
  });

  it('shows sizes in TB and TiB; exit 1 when a run overflows the window', () => {
    const ok = runCli(ISSUE);
    expect(ok.stdout).toMatch(/Snapshots kept after 365 days\s+20/);
    expect(ok.stdout).toMatch(/\d TB \([\d.]+ TiB\)/);
    const slow = runCli(['backup', '--data', '100TB', '--change-rate', '5%', '--keep', 'daily=7', '--link-speed', '1Gb/s']);
    expect(slow.code).toBe(1);
    expect(slow.stdout).toContain('[backup.window]');
  });

  it.each([
    [['--keep', 'last=3,dialy=7'], '--keep', 'dialy'],
    [['--keep', 'last=x'], '--keep', 'from 0 to 10000'],
    [['--days', '4000'], '--days', 'from 1 to 3660'],
    [['--schedule', 'monthly'], '--schedule', 'hourly, daily, weekly'],
    [['--change-rate', '0'], '--change-rate', '(0, 1]'],
    [['--jobs', '3'], '--jobs', '--link-speed'],
    [['--start', '2026-02-30'], '--start', 'YYYY-MM-DD'],
    [['--window', '8x'], '--window', 's, min, h, d'],
    [['--window', '-8h'], '--window', 'greater than 0'],
    [['--verify', '0'], '--verify', 'from 1 to 366'],
    // Verify jobs are PBS's (https://pbs.proxmox.com/docs/maintenance.html#verification): not vzdump's.
    [['--target', 'vzdump', '--verify', '7'], '--verify', '--target pbs'],
  ])('refuses %j (exit 2) naming the option, the value and what is allowed', (extra, option, allowed) => {
    const base = ['backup', '--data', '10TB', '--change-rate', '2%', '--keep', 'last=3'];
    const args = [...base];
    for (let i = 0; i < extra.length; i += 2) {
      const at = args.indexOf(extra[i] ?? '');
      if (at >= 0) args[at + 1] = extra[i + 1] ?? '';
      else args.push(extra[i] ?? '', extra[i + 1] ?? '');
    }
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(option);
    expect(r.stderr).toContain(allowed);
    expect(r.stderr).not.toMatch(/NaN|Infinity/);
  });

  it("--window takes a duration (8h, 90min, 1d) or, as before, seconds; --verify gives the verify jobs' read rate", () => {
    const link = [...ISSUE, '--link-speed', '10Gb/s', '--json'];
    const w = (extra: string[]) => runCli<BackupJson & { used: { windowSeconds: number } }>([...link, ...extra]).json?.used.windowSeconds;
    // 8 h = 28,800 s; 90 min = 5,400 s; 1 d = 86,400 s.
    expect(w(['--window', '8h'])).toBe(28_800);
    expect(w(['--window', '28800'])).toBe(28_800);
    expect(w(['--window', '90min'])).toBe(5400);
    expect(w(['--window', '1d'])).toBe(86_400);
    const v = runCli<BackupJson & { verifyReadBps: number; peakDatastoreBytes: number }>([...link, '--verify', '7', '--window', '8h']);
    expect(v.code, v.stderr).toBe(0);
    // A daily verify job re-verifying every 7 days reads 1/7 of the datastore per 8 h window (https://pbs.proxmox.com/docs/maintenance.html#verification).
    expect(v.json?.verifyReadBps).toBeCloseTo(((v.json?.peakDatastoreBytes ?? 0) * 8) / (7 * 28_800), 0);
  });

  it('--start sets the calendar: a year from 2025-03-17 still keeps 20, the newest on 2026-03-16', () => {
    const r = runCli<BackupJson>([...ISSUE, '--start', '2025-03-17', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json?.retainedSnapshots).toBe(20);
    expect(r.json?.retained.at(-1)?.time).toBe('2026-03-16T00:00:00Z');
  });

  it('speaks French with --lang fr', () => {
    const r = runCli([...ISSUE, '--lang', 'fr', '--link-speed', '10Gb/s']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Instantanés gardés après 365 jours\s+20/);
    expect(r.stdout).toContain('To (');
    expect(r.stdout).toContain('Tio)');
  });
});
