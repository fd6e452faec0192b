/**
 * capa backup's figures (packages/core/src/backup/backup.ts): the issue's example, the datastore as
 * PBS stores it (https://pbs.proxmox.com/docs/technical-overview.html: chunks shared by every snapshot;
 * https://pbs.proxmox.com/docs/backup-client.html#garbage-collection: GC grace 24 h 5 min), vzdump's
 * full archives (https://pve.proxmox.com/pve-docs/chapter-vzdump.html: "always full backups"), the
 * window and restore times over a bond (torvalds/linux:Documentation/networking/bonding.rst: one flow
 * never exceeds one link), refusals and sane output.
 */
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { backup, type BackupInput, type BackupResult } from '../src/index.js';

const value = (input: BackupInput): BackupResult => {
  const o = backup(input);
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const ISSUE = { dataBytes: 10e12, changeRate: 0.02, keep: { last: 3, daily: 7, weekly: 4, monthly: 6 }, schedule: 'daily', days: 365 } as const;

describe('PBS datastore', () => {
  it("the issue's year of daily backups keeps 20 snapshots, the oldest from 7 months back", () => {
    const r = value(ISSUE);
    expect(r.runs).toBe(365);
    expect(r.retainedSnapshots).toBe(20);
    // 2026-01-01 + 364 days = 2026-12-31; the sixth month kept back is May (last of each month).
    expect(r.retained.at(-1)?.time).toBe('2026-12-31T00:00:00Z');
    expect(r.retained[0]).toEqual({ time: '2026-05-31T00:00:00Z', keptBy: 'monthly' });
    expect(r.retained.map((s) => s.keptBy).filter((b) => b === 'last')).toHaveLength(3);
    expect(r.checks.find((c) => c.id === 'backup.steady')?.level).toBe('ok');
  });
  it('first full = data × compression × (1 − dedup); changes kept = daily changes × days spanned; GC lag = daily changes × (interval + 24 h 5 min)', () => {
    const r = value({ ...ISSUE, compression: 0.6, dedup: 0.2, keep: { last: 3, daily: 7 } });
    expect(r.firstFullBytes).toBeCloseTo(10e12 * 0.6 * 0.8, -3);
    expect(r.changedBytesPerDay).toBeCloseTo(10e12 * 0.02 * 0.6, -3);
    // Ten daily snapshots in a row span 9 days.
    expect(r.retainedSpanDays).toBe(9);
    expect(r.retainedChangesBytes).toBeCloseTo(9 * 120e9, -3);
    expect(r.gcLagBytes).toBeCloseTo(120e9 * (1 + 1445 / 1440), -3);
    expect(r.datastoreBytes).toBeCloseTo(4.8e12 + 9 * 120e9 + 120e9 * (1 + 1445 / 1440), -3);
    // Provisioned for the peak at 80 % full (docs/backup.md#assumptions).
    expect(r.datastoreCapacityBytes).toBeCloseTo(r.peakDatastoreBytes / 0.8, -3);
  });
  it('a gap between two snapshots kept adds at most one whole copy', () => {
    const r = value({ dataBytes: 1e12, changeRate: 0.1, keep: { monthly: 3 }, days: 365 });
    // Three month-ends 30–31 days apart: 10 % a day would be 300 % of the data; each gap adds one copy.
    expect(r.retainedChangesBytes).toBeCloseTo(2e12, -3);
  });
  it('no option keeping anything keeps every snapshot (PBS keep_all) and says the datastore grows without bound', () => {
    const r = value({ dataBytes: 1e12, changeRate: 0.01, keep: {}, days: 30 });
    expect(r.retainedSnapshots).toBe(30);
    expect(r.gcLagBytes).toBe(0);
    expect(r.checks.map((c) => c.id)).toContain('backup.keep-all');
  });
  it('a history shorter than the retention is still growing', () => {
    const r = value({ dataBytes: 1e12, changeRate: 0.01, keep: { daily: 30 }, days: 10 });
    expect(r.retainedSnapshots).toBe(10);
    expect(r.checks.find((c) => c.id === 'backup.still-growing')?.level).toBe('warn');
  });
});

describe('vzdump', () => {
  it('weekly full archives, 2 kept (the 2012 field report): 3 copies at the peak, the new one written before the old is pruned', () => {
    const r = value({ dataBytes: 4e12, changeRate: 0.01, keep: { last: 2 }, target: 'vzdump', schedule: 'weekly', days: 365, compression: 0.5 });
    expect(r.runs).toBe(53);
    expect(r.retainedSnapshots).toBe(2);
    expect(r.firstFullBytes).toBe(2e12);
    expect(r.datastoreBytes).toBe(3 * 2e12);
    expect(r.bytesPerRun).toBe(4e12);
    expect(r.checks.map((c) => c.id)).toContain('backup.vzdump-full');
  });
});

describe('backup window and restore', () => {
  it('incremental run: the changed bytes; after a restart: everything; restores of one guest on one link', () => {
    const r = value({ ...ISSUE, speedBps: 10e9, links: 2, largestGuestBytes: 2e12 });
    expect(r.bytesPerRun).toBe(200e9);
    expect(r.backupWindowSeconds).toBeCloseTo((200e9 * 8) / 10e9, 6);
    expect(r.restartBackupSeconds).toBeCloseTo((10e12 * 8) / 10e9, 6);
    // One restore is one flow: one 10 Gb/s member of the bond.
    expect(r.restoreLargestSeconds).toBeCloseTo((2e12 * 8) / 10e9, 6);
    expect(r.checks.find((c) => c.id === 'backup.window')?.level).toBe('ok');
  });
  it('a run longer than the window fails; a full read beyond it warns', () => {
    const r = value({ dataBytes: 100e12, changeRate: 0.05, keep: { daily: 7 }, schedule: 'weekly', speedBps: 1e9, days: 60 });
    // 100 TB × 5 % × 7 days = 35 TB at 1 Gb/s: 280,000 s, beyond 8 h.
    expect(r.backupWindowSeconds).toBeCloseTo(280_000, 3);
    expect(r.checks.find((c) => c.id === 'backup.window')?.level).toBe('fail');
    expect(r.checks.find((c) => c.id === 'backup.restart-read')?.level).toBe('warn');
  });
  it('without a link, no time is given', () => {
    const r = value(ISSUE);
    expect([r.transferBps, r.backupWindowSeconds, r.restoreAllSeconds]).toEqual([null, null, null]);
  });
});

describe('derivation', () => {
  it('every step recomputes in mathjs from its own variables, in English and French', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const input of [
        { ...ISSUE, speedBps: 25e9, links: 2, largestGuestBytes: 1e12 },
        { ...ISSUE, target: 'vzdump', keep: { last: 2 }, schedule: 'weekly' },
        { dataBytes: 1e12, changeRate: 0.1, keep: { monthly: 3 } },
      ] as const) {
        const r = value({ ...input, lang });
        for (const s of r.derivation) {
          const got = Number(evaluate(s.expr, { ...s.vars }));
          expect(Math.abs(got - s.value), `${s.id}: ${s.expr}`).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(s.value) * 1e-12));
        }
        expect(r.derivation.every((s) => s.source.ref !== '')).toBe(true);
      }
  });
});

describe('refusals and sanity', () => {
  it('refuses bad input naming the field', () => {
    const bad = backup({ dataBytes: -1, changeRate: 0, keep: { last: -1 }, days: 4000, start: '2026-13' } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.field).sort()).toEqual(['changeRate', 'dataBytes', 'days', 'keep.last', 'start']);
  });
  it('every figure is finite and never negative (fast-check, seeded)', () => {
    const keep = fc.record(
      { last: fc.integer({ min: 0, max: 20 }), daily: fc.integer({ min: 0, max: 20 }), weekly: fc.integer({ min: 0, max: 10 }), monthly: fc.integer({ min: 0, max: 12 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.double({ min: 1e9, max: 1e16, noNaN: true }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        keep,
        fc.constantFrom('hourly', 'daily', 'weekly'),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('pbs', 'vzdump'),
        (dataBytes, changeRate, k, schedule, days, target) => {
          const r = value({ dataBytes, changeRate, keep: k, schedule, days, target, speedBps: 1e10, largestGuestBytes: dataBytes / 2 });
          const nums = [
            r.datastoreBytes,
            r.peakDatastoreBytes,
            r.datastoreCapacityBytes,
            r.bytesPerRun,
            r.backupWindowSeconds ?? 0,
            r.restartBackupSeconds ?? 0,
            ...r.growth.map((g) => g.datastoreBytes),
          ];
          for (const n of nums) expect(Number.isFinite(n) && n >= 0).toBe(true);
          expect(r.peakDatastoreBytes).toBeGreaterThanOrEqual(r.datastoreBytes);
          expect(r.retainedSnapshots).toBeLessThanOrEqual(r.runs);
        },
      ),
      { seed: 20261130, numRuns: 30 },
    );
  });
});
