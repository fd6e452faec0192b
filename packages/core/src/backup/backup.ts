/**
 * capa backup: the retention PBS's prune leaves after a simulated history, the datastore it needs,
 * and the time of a run and of a restore over the bond (issue 11, item 1). Pure: the history starts
 * at a date passed in (`start`), never at "now"; times are UTC.
 */
import * as z from 'zod/mini';
import { LIMITS } from '../explain/limits.js';
import { validated } from '../explain/outcome.js';
import { bytes, count, fraction, lang, rate } from '../explain/schema.js';
import type { SourceId } from '../explain/sources.js';
import { step } from '../explain/step.js';
import { type Glossary, varSymbols } from '../explain/symbols.js';
import type { Check, Outcome, Step, StepUnit } from '../explain/types.js';
import { BOND_LINKS_FIELD, BOND_MODE_FIELDS, bondRates } from '../network/bond.js';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { BACKUP_MESSAGES, backupSteps } from './backup-messages.js';
import { BACKUP_DEFAULTS, BACKUP_TARGETS, GC_GRACE_DAYS, MAX_BACKUP_DAYS, MAX_VERIFY_DAYS } from './backup-defaults.js';
import { MAX_KEEP } from './keep.js';
import { ceilBytes } from '../units/rounding.js';
import { MAX_SAVINGS } from '../units/ratio.js';
import { verifyReadBps } from './rates.js';
import { BACKUP_SYMBOLS, BACKUP_UNITS, backupOrigins, VZDUMP_SYMBOLS } from './symbols.js';
import { daysFromCivil, isoText, isCalendarDate, KEEP_OPTIONS, periodTable, prune, RUN_DAYS, RUN_HOURS, runTimes, SCHEDULES } from './prune.js';

export { BACKUP_DEFAULTS, BACKUP_TARGETS, GC_GRACE_DAYS, MAX_BACKUP_DAYS, MAX_VERIFY_DAYS } from './backup-defaults.js';
const DAY_MS = 86_400_000;
const keepCount = count(0, MAX_KEEP);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const backupInput = z.object({
  dataBytes: bytes,
  changeRate: fraction,
  keep: z.object({
    last: z.optional(keepCount),
    hourly: z.optional(keepCount),
    daily: z.optional(keepCount),
    weekly: z.optional(keepCount),
    monthly: z.optional(keepCount),
    yearly: z.optional(keepCount),
  }),
  schedule: z._default(z.enum(SCHEDULES), BACKUP_DEFAULTS.schedule),
  days: z._default(count(1, MAX_BACKUP_DAYS), BACKUP_DEFAULTS.days),
  target: z._default(z.enum(BACKUP_TARGETS), BACKUP_DEFAULTS.target),
  /** Stored ÷ original after zstd. */
  compression: z._default(fraction, BACKUP_DEFAULTS.compression),
  dedup: z._default(z.number().check(z.minimum(0, `must be from 0 to ${MAX_SAVINGS}`), z.maximum(MAX_SAVINGS, `must be from 0 to ${MAX_SAVINGS}`)), BACKUP_DEFAULTS.dedup),
  fillTarget: z._default(fraction, BACKUP_DEFAULTS.fillTarget),
  gcIntervalDays: z._default(count(1, 366), BACKUP_DEFAULTS.gcIntervalDays),
  /** The first run's day, ISO `YYYY-MM-DD` (UTC): the calendar the periods align on. */
  start: z._default(z.string().check(z.refine(isCalendarDate, 'must be a date YYYY-MM-DD')), BACKUP_DEFAULTS.start),
  offsite: z._default(z.boolean(), BACKUP_DEFAULTS.offsite),
  speedBps: z.optional(rate),
  links: BOND_LINKS_FIELD,
  ...BOND_MODE_FIELDS,
  jobs: z._default(count(1, LIMITS.hosts), BACKUP_DEFAULTS.jobs),
  /** Whole seconds, up to a week. */
  windowSeconds: z._default(count(1, 7 * 86_400), BACKUP_DEFAULTS.windowSeconds),
  largestGuestBytes: z.optional(bytes),
  /** Days between two verifications of every snapshot (a verify job's "re-verify after"); PBS only. */
  verifyIntervalDays: z.optional(count(1, MAX_VERIFY_DAYS)),
  lang,
});
export type BackupInput = z.input<typeof backupInput>;

export interface BackupSnapshot {
  /** ISO 8601, UTC. */
  readonly time: string;
  /** The option that kept it (PBS's order); `all` when no option keeps anything. */
  readonly keptBy: string;
}

export interface BackupGrowth {
  readonly day: number;
  readonly retainedSnapshots: number;
  readonly datastoreBytes: number;
}

export interface BackupResult extends Echoed {
  readonly runs: number;
  readonly retainedSnapshots: number;
  readonly retained: readonly BackupSnapshot[];
  readonly retainedSpanDays: number;
  /** Sizes in whole bytes, rounded up (the derivation keeps the exact values). */
  readonly firstFullBytes: number;
  readonly changedBytesPerDay: number;
  readonly retainedChangesBytes: number;
  readonly gcLagBytes: number;
  /** What the datastore holds after the history, GC lag included. */
  readonly datastoreBytes: number;
  /** The most the datastore holds at the days sampled (60 over the history, its end included). */
  readonly peakDatastoreBytes: number;
  /** What to provision: the peak ÷ the fill target. */
  readonly datastoreCapacityBytes: number;
  /** The second PBS's datastore when synced off-site, else null. */
  readonly offsiteBytes: number | null;
  readonly growth: readonly BackupGrowth[];
  readonly bytesPerRun: number;
  readonly transferBps: number | null;
  readonly backupWindowSeconds: number | null;
  readonly restartBackupSeconds: number | null;
  readonly restoreLargestSeconds: number | null;
  readonly restoreAllSeconds: number | null;
  /** Read rate the datastore needs for the verify jobs (bits/s), given a verify interval on PBS; else null. */
  readonly verifyReadBps: number | null;
  readonly used: BackupUsed;
}

type V = z.output<typeof backupInput>;
/** The inputs as read (defaults applied), keep as PBS's text: the schema's output, not restated. */
export type BackupUsed = Readonly<
  Pick<V, 'target' | 'schedule' | 'days' | 'compression' | 'dedup' | 'fillTarget' | 'gcIntervalDays' | 'start' | 'offsite' | 'windowSeconds' | 'links' | 'mode' | 'hash' | 'jobs'> & {
    keep: string;
    verifyIntervalDays: number | null;
  }
>;

export function backup(input: BackupInput): Outcome<BackupResult> {
  return validated(backupInput, input, backupModel);
}

function backupModel(v: V): BackupResult {
  const t = backupSteps(v.lang);
  const check = checkMaker(BACKUP_MESSAGES, v.lang);
  const steps: Step[] = [];
  const checks: Check[] = [];

  const [, yy, mm, dd] = DATE.exec(v.start) ?? [];
  const startMs = daysFromCivil(Number(yy), Number(mm), Number(dd)) * DAY_MS;
  const times = runTimes(v.schedule, v.days, startMs);
  const table = periodTable(times);
  const pbs = v.target === 'pbs';
  const D = v.dataBytes;
  const c = v.compression;
  const r = v.changeRate;
  const F = pbs ? D * c * (1 - v.dedup) : D * c;
  const C = D * r * c;
  const G = v.gcIntervalDays + GC_GRACE_DAYS;

  /**
   * The prune after the first `upTo` runs, and the datastore it leaves. PBS: the oldest snapshot kept
   * holds the first full's chunks; each later one adds the blocks changed since the previous one kept,
   * never more than a whole copy (an upper bound: changed blocks assumed distinct within a gap).
   */
  const at = (upTo: number) => {
    const p = prune(times, v.keep, table, upTo);
    const idx = p.kept.flatMap((k, i) => (k ? [i] : []));
    const removed = idx.length < upTo;
    const day = (i: number | undefined) => (times[i ?? 0] ?? 0) / DAY_MS;
    const span = idx.length === 0 ? 0 : day(idx[idx.length - 1]) - day(idx[0]);
    let X = 0;
    let capped = false;
    for (let j = 1; pbs && j < idx.length; j++) {
      const gap = C * (day(idx[j]) - day(idx[j - 1]));
      capped ||= gap > F;
      X += Math.min(gap, F);
    }
    const L = pbs && removed ? Math.min(F, C * G) : 0;
    const S = pbs ? F + X + L : (idx.length + (removed ? 1 : 0)) * F;
    return { p, idx, removed, span, X, L, S, capped };
  };
  const n = times.length;
  const end = at(n);
  const k = end.idx.length;
  // The datastore's K comes from the garbage-collection step, which only a prune that removes adds.
  const origins = backupOrigins(end.removed);
  const s = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: SourceId, g: Glossary<string> = BACKUP_SYMBOLS) =>
    steps.push(step({ id, title, expr, vars, varUnits: BACKUP_UNITS, symbols: varSymbols(g, vars, origins[id]), value, unit, source }, v.lang, 'decimal'));
  s('backup.runs', t.runs, 'ceil(24 * t / h)', { t: v.days, h: RUN_HOURS[v.schedule] }, n, 'count', 'derived');
  s('backup.retained', t.retained, 'k', { k }, k, 'count', 'pbsPrune');
  s('backup.span', t.span, 'W', { W: end.span }, end.span, 'number', 'pbsPrune');
  if (pbs) {
    s('backup.first', t.first, 'E * c * (1 - u)', { E: D, c, u: v.dedup }, F, 'bytes', 'pbsChunks');
    s('backup.per-day', t.perDay, 'E * r * c', { E: D, r, c }, C, 'bytes', 'pbsChunks');
    if (end.capped) s('backup.changes', t.changesCapped, 'X', { X: end.X }, end.X, 'bytes', 'pbsChunks');
    else s('backup.changes', t.changes, 'C * W', { C, W: end.span }, end.X, 'bytes', 'pbsChunks');
    if (end.removed) s('backup.gc-lag', t.gcLag, 'min(F, C * G)', { F, C, G }, end.L, 'bytes', 'pbsGc');
    s('backup.datastore', t.datastore, 'F + X + K', { F, X: end.X, K: end.L }, end.S, 'bytes', 'derived');
  } else {
    s('backup.copy', t.copy, 'E * c', { E: D, c }, F, 'bytes', 'vzdump');
    s('backup.datastore', t.vzdump, '(k + e) * P', { k, e: end.removed ? 1 : 0, P: F }, end.S, 'bytes', 'vzdump', VZDUMP_SYMBOLS);
  }
  // The datastore at evenly spaced days (60 at most): its peak sizes it, twelve of them show the growth.
  const samples = Math.min(v.days, 60);
  const upToDay = (d: number) => times.filter((x) => x < startMs + d * DAY_MS).length;
  const seen = Array.from({ length: samples }, (_, j) => Math.round(((j + 1) * v.days) / samples)).map((d) => ({ d, g: d === v.days ? end : at(upToDay(d)) }));
  const peak = Math.max(...seen.map((x) => x.g.S));
  s('backup.peak', t.peak, 'M', { M: peak }, peak, 'bytes', 'derived');
  const capacity = peak / v.fillTarget;
  s('backup.capacity', t.capacity, 'M / f', { M: peak, f: v.fillTarget }, capacity, 'bytes', 'backupFill');
  const every = Math.max(1, Math.round(samples / 12));
  const growth: BackupGrowth[] = seen.filter((_, j) => (j + 1) % every === 0 || j === samples - 1).map(({ d, g }) => ({ day: d, retainedSnapshots: g.idx.length, datastoreBytes: ceilBytes(g.S) }));

  const perRun = pbs ? Math.min(D, D * r * RUN_DAYS[v.schedule]) : D;
  if (pbs) s('backup.per-run', t.perRun, 'min(E, E * r * i)', { E: D, r, i: RUN_DAYS[v.schedule] }, perRun, 'bytes', 'pbsDirtyBitmap');
  else s('backup.per-run', t.perRunFull, 'E', { E: D }, perRun, 'bytes', 'vzdump');

  let transferBps: number | null = null;
  let windowS: number | null = null;
  let restartS: number | null = null;
  let largestS: number | null = null;
  let allS: number | null = null;
  if (v.speedBps !== undefined) {
    const link = { links: v.links, speedBps: v.speedBps, mode: v.mode, hash: v.hash };
    const jobs = bondRates(link, v.jobs, v.jobs);
    // The jobs come from as many hosts into this bond (the PBS's or the NFS server's): its receive side.
    const R = jobs.inboundTransferBps;
    transferBps = R;
    s('backup.transfer', t.transfer, 'R', { R }, R, 'bits/s', 'linuxBonding');
    windowS = (perRun * 8) / R;
    s('backup.window', t.window, 'b * 8 / R', { b: perRun, R }, windowS, 'seconds', 'derived');
    const fits = windowS <= v.windowSeconds;
    checks.push(check('backup.window', fits ? 'ok' : 'fail', 'backup.window', { fits, bytes: perRun, seconds: windowS, windowSeconds: v.windowSeconds }));
    if (pbs) {
      restartS = (D * 8) / R;
      s('backup.restart', t.restart, 'E * 8 / R', { E: D, R }, restartS, 'seconds', 'pbsDirtyBitmap');
      const ok = restartS <= v.windowSeconds;
      checks.push(check('backup.restart-read', ok ? 'ok' : 'warn', 'backup.restart-read', { fits: ok, seconds: restartS, windowSeconds: v.windowSeconds }));
    }
    if (v.largestGuestBytes !== undefined) {
      const one = bondRates(link, 1, 1).transferBps;
      largestS = (v.largestGuestBytes * 8) / one;
      s('backup.restore-largest', t.restoreLargest, 'Y * 8 / Q', { Y: v.largestGuestBytes, Q: one }, largestS, 'seconds', 'linuxBonding');
    }
    allS = (D * 8) / jobs.transferBps;
    s('backup.restore-all', t.restoreAll, 'E * 8 / U', { E: D, U: jobs.transferBps }, allS, 'seconds', 'linuxBonding');
  }
  let verifyBps: number | null = null;
  if (pbs && v.verifyIntervalDays !== undefined) {
    verifyBps = verifyReadBps(peak, v.verifyIntervalDays, v.windowSeconds);
    s('backup.verify', t.verify, 'M * 8 / (e * T)', { M: peak, e: v.verifyIntervalDays, T: v.windowSeconds }, verifyBps, 'bits/s', 'pbsVerify');
  }

  const keepsSomething = KEEP_OPTIONS.some((o) => (v.keep[o] ?? 0) > 0);
  if (!keepsSomething) checks.push(check('backup.keep-all', 'warn', 'backup.keep-all'));
  else if (end.idx[0] === 0) checks.push(check('backup.still-growing', 'warn', 'backup.still-growing', { days: v.days }));
  else checks.push(check('backup.steady', 'ok', 'backup.steady', { snapshots: k, span: end.span }));
  if (pbs && end.removed) checks.push(check('backup.gc-lag', 'ok', 'backup.gc-lag', { lagDays: G }));
  if (!pbs) checks.push(check('backup.vzdump-full', 'ok', 'backup.vzdump-full'));
  checks.push(check('backup.fill', 'ok', 'backup.fill', { fill: v.fillTarget, capacity, used: peak }));
  checks.push(check('backup.offsite', v.offsite ? 'ok' : 'warn', 'backup.offsite', { offsite: v.offsite }));

  return {
    runs: n,
    retainedSnapshots: k,
    retained: end.idx.map((i) => ({ time: isoText(times[i] ?? 0), keptBy: end.p.keptBy[i] ?? 'all' })),
    retainedSpanDays: end.span,
    firstFullBytes: ceilBytes(F),
    changedBytesPerDay: pbs ? ceilBytes(C) : 0,
    retainedChangesBytes: ceilBytes(end.X),
    gcLagBytes: ceilBytes(end.L),
    datastoreBytes: ceilBytes(end.S),
    peakDatastoreBytes: ceilBytes(peak),
    datastoreCapacityBytes: ceilBytes(capacity),
    offsiteBytes: v.offsite ? ceilBytes(capacity) : null,
    growth,
    bytesPerRun: ceilBytes(perRun),
    transferBps,
    backupWindowSeconds: windowS,
    restartBackupSeconds: restartS,
    restoreLargestSeconds: largestS,
    restoreAllSeconds: allS,
    verifyReadBps: verifyBps,
    used: {
      target: v.target,
      schedule: v.schedule,
      days: v.days,
      keep: KEEP_OPTIONS.filter((o) => v.keep[o] !== undefined)
        .map((o) => `${o}=${v.keep[o]}`)
        .join(','),
      compression: v.compression,
      dedup: v.dedup,
      fillTarget: v.fillTarget,
      gcIntervalDays: v.gcIntervalDays,
      start: v.start,
      offsite: v.offsite,
      windowSeconds: v.windowSeconds,
      links: v.links,
      mode: v.mode,
      hash: v.hash,
      jobs: v.jobs,
      verifyIntervalDays: v.verifyIntervalDays ?? null,
    },
    checks,
    derivation: steps,
  };
}
