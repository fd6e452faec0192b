/**
 * Durations as people write them (units/duration.ts: `8h`, `90min`, `3600s`, `1d`, or seconds) and
 * capa backup's verify jobs and per-node rate (backup/rates.ts). A verify job reads every chunk
 * back (https://pbs.proxmox.com/docs/maintenance.html#verification); a daily job with "re-verify
 * after 7" days (proxmox/proxmox-backup:docs/maintenance.rst, its verification.cfg example:
 * outdated-after 7, schedule daily) reads a seventh of the datastore each day.
 */
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { BACKUP_SPEC } from '../src/backup/backup-spec.js';
import { backup, BACKUP_DEFAULTS, type BackupInput, type BackupResult, backupNodeRate, durationText, parseDuration } from '../src/index.js';
import { parseText } from '../src/spec/parse.js';

const value = (input: BackupInput): BackupResult => {
  const o = backup(input);
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const ISSUE = { dataBytes: 10e12, changeRate: 0.02, keep: { last: 3, daily: 7, weekly: 4, monthly: 6 }, schedule: 'daily', days: 365 } as const;

describe('parseDuration', () => {
  it('reads h, min, s, d (and French j, mn), decimals with a point or a comma, and plain seconds', () => {
    // 1 h = 3600 s, 1 d = 86,400 s (SI, https://www.bipm.org/en/publications/si-brochure, table 8).
    const cases: [string, number][] = [
      ['8h', 28_800],
      ['90min', 5400],
      ['3600s', 3600],
      ['1d', 86_400],
      ['1j', 86_400],
      ['28800', 28_800],
      ['1.5 h', 5400],
      ['2,5h', 9000],
      ['10mn', 600],
      ['8H', 28_800],
    ];
    for (const [text, seconds] of cases) expect(parseDuration(text), text).toEqual({ ok: true, value: seconds });
  });
  it('refuses what is not a duration, naming what is allowed, in English and French', () => {
    for (const text of ['', 'h', '8x', '10m', '-8h', '0', '0h', '400d', 'NaN', 'Infinity']) {
      const en = parseDuration(text, 'en');
      const fr = parseDuration(text, 'fr');
      expect(en.ok, text).toBe(false);
      expect(fr.ok, text).toBe(false);
      if (!en.ok && !fr.ok) {
        expect(en.reason).not.toBe(fr.reason);
        expect(fr.reason).not.toMatch(/expected|unknown|must|longer/);
      }
    }
    const unit = parseDuration('8x');
    if (!unit.ok) expect(unit.reason).toContain('s, min, h, d');
  });
  it('durationText writes what parseDuration reads back', () => {
    for (const s of [28_800, 5400, 86_400, 3601, 60]) expect(parseDuration(durationText(s))).toEqual({ ok: true, value: s });
    expect(durationText(BACKUP_DEFAULTS.windowSeconds)).toBe('8h');
  });
  it("the spec's duration kind reads `--window 8h` and the old plain seconds alike", () => {
    const window = BACKUP_SPEC.inputs.find((i) => i.key === 'window');
    expect(window?.kind).toBe('duration');
    if (!window) return;
    expect(parseText(window, '8h', 'en')).toEqual({ value: 28_800 });
    expect(parseText(window, '28800', 'en')).toEqual({ value: 28_800 });
    expect(parseText(window, '8 heures', 'fr')).toMatchObject({ code: 'input.duration' });
  });
});

describe('verify jobs', () => {
  it('read the datastore at its fullest once per interval, a 1/e share within each window', () => {
    const r = value({ ...ISSUE, verifyIntervalDays: 7, windowSeconds: 28_800 });
    expect(r.verifyReadBps).toBeCloseTo((r.peakDatastoreBytes * 8) / (7 * 28_800), -3);
    const s = r.derivation.find((x) => x.id === 'backup.verify');
    expect(s?.source.ref).toContain('maintenance.html#verification');
    expect(r.used.verifyIntervalDays).toBe(7);
    // Verifying every day within the same window reads seven times as fast.
    const daily = value({ ...ISSUE, verifyIntervalDays: 1, windowSeconds: 28_800 });
    expect((daily.verifyReadBps ?? 0) / (r.verifyReadBps ?? 1)).toBeCloseTo(7, 6);
  });
  it('absent without an interval, and for vzdump (PBS has the verify jobs)', () => {
    expect(value(ISSUE).verifyReadBps).toBeNull();
    expect(value({ ...ISSUE, target: 'vzdump', keep: { last: 2 }, verifyIntervalDays: 7 }).verifyReadBps).toBeNull();
  });
  it('refuses an interval outside 1..366 days, naming the field', () => {
    for (const bad of [0, 1.5, 367, -1, Number.NaN]) {
      const o = backup({ ...ISSUE, verifyIntervalDays: bad });
      expect(o.ok).toBe(false);
      if (!o.ok) expect(o.issues.map((i) => i.field)).toEqual(['verifyIntervalDays']);
    }
  });
  it('its step recomputes in mathjs, English and French titles differ', () => {
    const en = value({ ...ISSUE, verifyIntervalDays: 7 }).derivation.find((x) => x.id === 'backup.verify');
    const fr = value({ ...ISSUE, verifyIntervalDays: 7, lang: 'fr' }).derivation.find((x) => x.id === 'backup.verify');
    if (!en || !fr) throw new Error('no verify step');
    expect(Number(evaluate(en.expr, { ...en.vars }))).toBeCloseTo(en.value, 0);
    expect(fr.title).not.toBe(en.title);
  });
});

describe('the rate one node sends', () => {
  it('is a run spread over the window and the nodes', () => {
    // 219.9 GB per run over 8 h from 4 nodes: 219.9e9 × 8 ÷ 28,800 ÷ 4 = 15.27 Mb/s.
    const { bps, step } = backupNodeRate(219.9e9, 28_800, 4, 'en');
    expect(bps).toBeCloseTo((219.9e9 * 8) / 28_800 / 4, 6);
    expect(Number(evaluate(step.expr, { ...step.vars }))).toBeCloseTo(bps, 6);
    expect(backupNodeRate(1e9, 3600, 0, 'fr').bps).toBeCloseTo((1e9 * 8) / 3600, 6);
  });
});
