/**
 * Proxmox Backup Server's prune, exactly: `compute_prune_info` and `mark_selections` of
 * proxmox/proxmox-backup:pbs-datastore/src/prune.rs, on plain timestamps (no clock, no I/O).
 *
 * - Snapshots are sorted newest first (BackupInfo::sort_list(list, false)).
 * - keep-last, hourly, daily, weekly, monthly, yearly run in that order. Each pass first collects the
 *   periods of the snapshots already marked *keep* (an earlier option covered them), then walks the
 *   unmarked snapshots newest first: the first of a new period is kept, later ones of a period already
 *   kept by this pass are marked *remove* (so no later option sees them), a period already covered is
 *   skipped (left unmarked), and the pass stops at the first new period beyond its N.
 * - Unmarked snapshots are removed; with no keep option at all PBS keeps everything (keep_all,
 *   pbs-api-types:src/jobs.rs KeepOptions::keeps_something).
 *
 * Periods: PBS formats the local time (strftime_local "%Y/%m/%d/%H", "%Y/%m/%d", "%G/%V" for the ISO
 * week, "%Y/%m", "%Y"). Capa has no clock and no time zone: times are UTC, as on a PBS set to UTC.
 * Protected snapshots and unfinished ones (no manifest) are not modelled: every snapshot is complete.
 */

export const KEEP_OPTIONS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
export type KeepOption = (typeof KEEP_OPTIONS)[number];
/** PBS's KeepOptions: an absent option is not applied (None); 0 applies and keeps nothing. */
export type Keep = { readonly [o in KeepOption]?: number | undefined };

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const DAY_MS = 86_400_000;

/**
 * The UTC calendar date of a day number (days since 1970-01-01), without the Date global (the core has
 * no clock): Howard Hinnant's civil_from_days (https://howardhinnant.github.io/date_algorithms.html).
 */
export function civilFromDays(z0: number): { readonly year: number; readonly month: number; readonly day: number } {
  const z = z0 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a UTC calendar date: Hinnant's days_from_civil. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A real day written YYYY-MM-DD (2026-02-30 is not one), years 1970 to 9999. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const c = civilFromDays(daysFromCivil(y, mo, d));
  return c.year === y && c.month === mo && c.day === d;
}

/** The ISO 8601 week-numbering year and week of a UTC time (strftime %G/%V): weeks start on Monday. */
export function isoWeek(ms: number): { readonly year: number; readonly week: number } {
  const days = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: Monday = 1 … Sunday = 7.
  const weekday = ((((days + 3) % 7) + 7) % 7) + 1;
  // The Thursday of this week decides the year (ISO 8601).
  const thursday = days + 4 - weekday;
  const year = civilFromDays(thursday).year;
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}

/** The period key of a snapshot under each option, as PBS's strftime formats them (UTC). */
export function periodKeys(ms: number): Readonly<Record<KeepOption, string>> {
  const days = Math.floor(ms / DAY_MS);
  const c = civilFromDays(days);
  const y = pad(c.year, 4);
  const m = pad(c.month);
  const d = pad(c.day);
  const w = isoWeek(ms);
  return {
    // PBS keys keep-last by the snapshot's time string: two snapshots never share one.
    last: String(ms),
    hourly: `${y}/${m}/${d}/${pad(Math.floor((ms - days * DAY_MS) / 3_600_000))}`,
    daily: `${y}/${m}/${d}`,
    weekly: `${pad(w.year, 4)}/${pad(w.week)}`,
    monthly: `${y}/${m}`,
    yearly: y,
  };
}

type Mark = 'keep' | 'remove';

/** One pass of mark_selections over the snapshots sorted newest first. */
function markSelections(mark: Map<number, Mark>, keys: readonly string[], order: readonly number[], keep: number): void {
  const already = new Set<string>();
  for (const i of order) if (mark.get(i) === 'keep') already.add(keys[i] ?? '');
  const included = new Set<string>();
  for (const i of order) {
    if (mark.has(i)) continue;
    const sel = keys[i] ?? '';
    if (already.has(sel)) continue;
    if (!included.has(sel)) {
      if (included.size >= keep) break;
      included.add(sel);
      mark.set(i, 'keep');
    } else {
      mark.set(i, 'remove');
    }
  }
}

/** Which option kept each snapshot (null: removed), in the order of `times`. */
export interface PruneResult {
  readonly kept: readonly boolean[];
  readonly keptBy: readonly (KeepOption | 'all' | null)[];
}

/**
 * Precomputed period keys, so a history can be pruned at many points (growth) without formatting dates
 * again: `keys[option][i]` is snapshot i's period.
 */
export type PeriodTable = Readonly<Record<KeepOption, readonly string[]>>;

export function periodTable(times: readonly number[]): PeriodTable {
  const rows = times.map(periodKeys);
  const col = (o: KeepOption) => rows.map((r) => r[o]);
  return { last: col('last'), hourly: col('hourly'), daily: col('daily'), weekly: col('weekly'), monthly: col('monthly'), yearly: col('yearly') };
}

/**
 * PBS's prune of one backup group: which of the snapshots taken at `times` (ms since 1970, UTC, any
 * order) survive the keep options. `only` restricts the group to the first `only` indexes of a
 * precomputed table (the history up to a day), so growth is computed without rebuilding keys.
 */
export function prune(times: readonly number[], keep: Keep, table: PeriodTable = periodTable(times), only: number = times.length): PruneResult {
  const n = Math.min(only, times.length);
  const order = [...Array(n).keys()].sort((a, b) => (times[b] ?? 0) - (times[a] ?? 0));
  const keptBy: (KeepOption | 'all' | null)[] = new Array(times.length).fill(null);
  const somethingKept = KEEP_OPTIONS.some((o) => (keep[o] ?? 0) > 0);
  if (!somethingKept) {
    for (const i of order) keptBy[i] = 'all';
    return { kept: keptBy.map((b) => b !== null), keptBy };
  }
  const mark = new Map<number, Mark>();
  for (const o of KEEP_OPTIONS) {
    const k = keep[o];
    if (k === undefined) continue;
    const before = new Set([...mark.entries()].filter(([, m]) => m === 'keep').map(([i]) => i));
    markSelections(mark, table[o], order, k);
    for (const [i, m] of mark) if (m === 'keep' && !before.has(i)) keptBy[i] = o;
  }
  return { kept: keptBy.map((b) => b !== null), keptBy };
}

export const SCHEDULES = ['hourly', 'daily', 'weekly'] as const;
export type Schedule = (typeof SCHEDULES)[number];
/** Hours between two runs of a schedule (whole, so the run count is exact). */
export const RUN_HOURS: Readonly<Record<Schedule, number>> = { hourly: 1, daily: 24, weekly: 168 };
/** Days between two runs of a schedule. */
export const RUN_DAYS: Readonly<Record<Schedule, number>> = { hourly: 1 / 24, daily: 1, weekly: 7 };

/** The number of runs in `days` days: the first at the start, then one every interval, ⌈24 × days ÷ hours⌉. */
export const runCount = (schedule: Schedule, days: number): number => Math.ceil((24 * days) / RUN_HOURS[schedule]);

/** The times of a schedule's runs over `days` days from `startMs` (UTC). */
export function runTimes(schedule: Schedule, days: number, startMs: number): number[] {
  const step = RUN_HOURS[schedule] * 3_600_000;
  return Array.from({ length: runCount(schedule, days) }, (_, k) => startMs + k * step);
}

/** ISO 8601 in UTC without the Date global (the core has no clock). */
export function isoText(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const c = civilFromDays(days);
  const s = Math.floor((ms - days * DAY_MS) / 1000);
  return `${String(c.year).padStart(4, '0')}-${pad(c.month)}-${pad(c.day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}Z`;
}
