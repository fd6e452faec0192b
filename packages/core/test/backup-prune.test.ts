/**
 * PBS's prune, simulated (packages/core/src/backup/prune.ts): the cases of PBS's own test suite
 * (proxmox/proxmox-backup:tests/prune.rs), the worked example of the PBS docs
 * (https://pbs.proxmox.com/docs/backup-client.html#pruning-and-removing-backups), the year of
 * daily backups, and properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeek, KEEP_OPTIONS, type Keep, prune, runTimes } from '../src/index.js';

const SEED = 20261130;
const t = (iso: string) => Date.parse(iso);
/** The snapshots kept (or removed), oldest first, as PBS's tests list them. */
const kept = (list: readonly string[], keep: Keep, want = true) => {
  const r = prune(list.map(t), keep);
  return list.filter((_, i) => r.kept[i] === want);
};

describe('PBS tests/prune.rs (proxmox/proxmox-backup:tests/prune.rs)', () => {
  const simple = ['2019-12-02T11:59:15Z', '2019-12-03T11:59:15Z', '2019-12-04T11:59:15Z', '2019-12-04T12:59:15Z'];
  it('test_prune_simple: keep-last, keep-daily, weekly/monthly/yearly within one period', () => {
    expect(kept(simple, { last: 4 }, false)).toEqual([]);
    expect(kept(simple, { last: 3 }, false)).toEqual(['2019-12-02T11:59:15Z']);
    expect(kept(simple, { last: 2 }, false)).toEqual(['2019-12-02T11:59:15Z', '2019-12-03T11:59:15Z']);
    expect(kept(simple, { last: 1 }, false)).toEqual(simple.slice(0, 3));
    expect(kept(simple, { last: 2, daily: 2 }, false)).toEqual([]);
    expect(kept(simple, { daily: 3 }, false)).toEqual(['2019-12-04T11:59:15Z']);
    expect(kept(simple, { daily: 2 }, false)).toEqual(['2019-12-02T11:59:15Z', '2019-12-04T11:59:15Z']);
    for (const keep of [{ weekly: 5 }, { daily: 1, weekly: 5 }, { monthly: 6 }, { yearly: 7 }, { weekly: 5, monthly: 6, yearly: 7 }]) expect(kept(simple, keep, false)).toEqual(simple.slice(0, 3));
  });
  it('keep-last 0 alone: compute_prune_info removes everything, but a prune job keeps all (keeps_something() is false)', () => {
    // tests/prune.rs expects all four removed from compute_prune_info; src/server/prune_job.rs and
    // src/api2/admin/datastore.rs set keep_all = !keeps_something() ("No prune selection - keeping all files").
    expect(kept(simple, { last: 0 })).toEqual(simple);
    expect(prune(simple.map(t), { last: 0 }).keptBy).toEqual(['all', 'all', 'all', 'all']);
  });
  it('test_prune_simple2: daily, weekly, monthly, yearly across a year', () => {
    const list = ['2018-11-15', '2019-11-15', '2019-11-21', '2019-11-22', '2019-11-29', '2019-12-01', '2019-12-02', '2019-12-03', '2019-12-04'].map((d) => `${d}T11:59:15Z`);
    const k = (keep: Keep) => kept(list, keep).map((s) => s.slice(0, 10));
    expect(k({ daily: 1 })).toEqual(['2019-12-04']);
    expect(k({ last: 1, daily: 1 })).toEqual(['2019-12-03', '2019-12-04']);
    expect(k({ daily: 1, weekly: 1 })).toEqual(['2019-12-01', '2019-12-04']);
    expect(k({ daily: 1, weekly: 1, monthly: 1 })).toEqual(['2019-11-22', '2019-12-01', '2019-12-04']);
    expect(k({ monthly: 1, yearly: 1 })).toEqual(['2018-11-15', '2019-12-04']);
  });
  it('test_prune_hourly', () => {
    const list = ['09:39', '10:49', '10:59', '11:39', '11:49', '11:59'].map((h) => `2019-11-15T${h}:15Z`);
    expect(kept(list, { hourly: 3 }, false)).toEqual(['2019-11-15T10:49:15Z', '2019-11-15T11:39:15Z', '2019-11-15T11:49:15Z']);
    expect(kept(list, { hourly: 2 })).toEqual(['2019-11-15T10:59:15Z', '2019-11-15T11:59:15Z']);
  });
});

describe('the PBS docs', () => {
  it('backup-client.html, Pruning: --dry-run --keep-daily 1 --keep-weekly 3 keeps 1, 0, 1, 0, 1', () => {
    // https://pbs.proxmox.com/docs/backup-client.html#pruning-and-removing-backups (newest first)
    const list = ['2019-12-04T13:20:37Z', '2019-12-03T09:35:01Z', '2019-11-22T11:54:47Z', '2019-11-21T12:36:25Z', '2019-11-10T10:42:20Z'];
    const r = prune(list.map(t), { daily: 1, weekly: 3 });
    expect(r.kept.map(Number)).toEqual([1, 0, 1, 0, 1]);
    expect(r.keptBy).toEqual(['daily', null, 'weekly', null, 'weekly']);
  });
  it('maintenance.html: weeks are ISO weeks, Monday to Sunday, handled across the end of a year', () => {
    // https://pbs.proxmox.com/docs/maintenance.html#pruning ("uses the ISO week date system")
    expect(isoWeek(t('2019-11-10T10:42:20Z'))).toEqual({ year: 2019, week: 45 }); // a Sunday
    expect(isoWeek(t('2019-11-11T00:00:00Z'))).toEqual({ year: 2019, week: 46 }); // the Monday after
    expect(isoWeek(t('2019-12-30T12:00:00Z'))).toEqual({ year: 2020, week: 1 });
    expect(isoWeek(t('2021-01-03T12:00:00Z'))).toEqual({ year: 2020, week: 53 });
    // Two backups of one ISO week across New Year: keep-weekly 1 keeps only the later one.
    expect(kept(['2019-12-30T12:00:00Z', '2020-01-02T12:00:00Z'], { weekly: 1 })).toEqual(['2020-01-02T12:00:00Z']);
  });
});

describe('the issue: a year of daily backups, keep last=3, daily=7, weekly=4, monthly=6', () => {
  it('keeps 20 snapshots (3 + 7 + 4 + 6), whatever day of the year it ends on', () => {
    // Each option finds its N periods not yet covered in a year of history: 3 + 7 + 4 + 6.
    for (const start of ['2025-01-01', '2025-03-17', '2026-06-30', '2027-12-26']) {
      const r = prune(runTimes('daily', 365, t(`${start}T00:00:00Z`)), { last: 3, daily: 7, weekly: 4, monthly: 6 });
      expect(r.kept.filter(Boolean).length, start).toBe(20);
    }
  });
});

const history = fc.tuple(fc.array(fc.integer({ min: 0, max: 3 * 365 * 24 }), { minLength: 0, maxLength: 120 }), fc.integer({ min: 0, max: 20 * 365 })).map(([hours, day]) => {
  const start = t('2020-01-01T00:00:00Z') + day * 86_400_000;
  return [...new Set(hours)].map((h) => start + h * 3_600_000 + 17 * 60_000);
});
const keepArb = fc.record(Object.fromEntries(KEEP_OPTIONS.map((o) => [o, fc.integer({ min: 0, max: 12 })])) as Record<string, fc.Arbitrary<number>>, { requiredKeys: [] }) as fc.Arbitrary<Keep>;
const count = (times: number[], keep: Keep) => prune(times, keep).kept.filter(Boolean).length;

describe('properties (fast-check, seeded)', () => {
  it('keep-last N alone keeps min(N, count): the N newest', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 200 }), (times, n) => {
        const r = prune(times, { last: n });
        const newest = [...times].sort((a, b) => b - a).slice(0, n);
        expect(times.filter((_, i) => r.kept[i]).sort((a, b) => b - a)).toEqual(newest);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
  it('buckets are calendar-aligned: a daily/weekly/monthly/yearly option keeps at most one snapshot per UTC period, the latest of it', () => {
    const period = {
      daily: (ms: number) => new Date(ms).toISOString().slice(0, 10),
      monthly: (ms: number) => new Date(ms).toISOString().slice(0, 7),
      yearly: (ms: number) => new Date(ms).toISOString().slice(0, 4),
      weekly: (ms: number) => JSON.stringify(isoWeek(ms)),
    };
    fc.assert(
      fc.property(history, fc.constantFrom('daily', 'weekly', 'monthly', 'yearly') as fc.Arbitrary<keyof typeof period>, fc.integer({ min: 1, max: 30 }), (times, o, n) => {
        const r = prune(times, { [o]: n });
        const keys = times.filter((_, i) => r.kept[i]).map(period[o]);
        expect(new Set(keys).size).toBe(keys.length);
        for (const [i, ms] of times.entries()) if (r.kept[i]) for (const other of times) if (period[o](other) === period[o](ms)) expect(other).toBeLessThanOrEqual(ms);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
  it('adding an option (or raising one) never removes a kept snapshot', () => {
    fc.assert(
      fc.property(history, keepArb, fc.constantFrom(...KEEP_OPTIONS), fc.integer({ min: 1, max: 10 }), (times, keep, o, more) => {
        // With no option at all PBS keeps everything: compare from a keep that keeps something.
        if (!KEEP_OPTIONS.some((k) => (keep[k] ?? 0) > 0)) return;
        const before = prune(times, keep).kept;
        const after = prune(times, { ...keep, [o]: (keep[o] ?? 0) + more }).kept;
        for (const [i, k] of before.entries()) if (k) expect(after[i]).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('the result does not depend on the order of the input', () => {
    fc.assert(
      fc.property(history, keepArb, (times, keep) => {
        const shuffled = [...times].reverse();
        const a = prune(times, keep).kept;
        const b = prune(shuffled, keep).kept;
        expect(times.filter((_, i) => a[i]).sort()).toEqual(shuffled.filter((_, i) => b[i]).sort());
        expect(count(times, keep)).toBeLessThanOrEqual(times.length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
