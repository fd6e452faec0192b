/**
 * Derivation symbols of capa backup and capa drain (issue 12, item 6): over many inputs, in both
 * languages, every letter of a formula is defined in its step or an earlier one with one meaning, and
 * the origins name the calculator's inputs and the steps the figures come from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backup, backupNodeRate, symbolProblems } from '../src/index.js';
import { value, originAt as fromOf } from './support/steps.js';

const SEED = 20261201;

describe('capa backup defines its letters', () => {
  const inputs = fc.record({
    target: fc.constantFrom('pbs', 'vzdump'),
    schedule: fc.constantFrom('hourly', 'daily', 'weekly'),
    days: fc.integer({ min: 1, max: 120 }),
    keep: fc.record({ last: fc.integer({ min: 0, max: 5 }), daily: fc.integer({ min: 0, max: 10 }), weekly: fc.integer({ min: 0, max: 4 }) }),
    changeRate: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
    speed: fc.option(fc.constantFrom(1e9, 10e9, 25e9), { nil: undefined }),
    mode: fc.constantFrom('active-backup', 'lacp', 'balance-rr', 'balance-alb'),
    largest: fc.option(fc.integer({ min: 1e9, max: 5e12 }), { nil: undefined }),
    verify: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    lang: fc.constantFrom('en', 'fr'),
  });
  it('no symbol problem, every formula letter defined (both languages)', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = backup({
          dataBytes: 10e12,
          changeRate: i.changeRate,
          keep: i.keep,
          target: i.target,
          schedule: i.schedule,
          days: i.days,
          ...(i.speed === undefined ? {} : { speedBps: i.speed, links: 2, mode: i.mode }),
          ...(i.largest === undefined ? {} : { largestGuestBytes: i.largest }),
          ...(i.verify === undefined || i.target !== 'pbs' ? {} : { verifyIntervalDays: i.verify }),
          lang: i.lang,
        } as Parameters<typeof backup>[0]);
        const steps = [...value(r).derivation, backupNodeRate(value(r).bytesPerRun, 28_800, 4, i.lang).step];
        expect(symbolProblems(steps)).toEqual([]);
        for (const s of steps) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  const pbs = value(backup({ dataBytes: 10e12, changeRate: 0.02, keep: { last: 3, daily: 7 }, days: 30, speedBps: 10e9, largestGuestBytes: 2e12, verifyIntervalDays: 30, lang: 'fr' })).derivation;
  it('names the inputs and the earlier steps the figures come from', () => {
    expect(fromOf(pbs, 'backup.runs', 't')).toEqual({ kind: 'input', input: 'days' });
    expect(fromOf(pbs, 'backup.first', 'E')).toEqual({ kind: 'input', input: 'data' });
    expect(fromOf(pbs, 'backup.first', 'u')).toEqual({ kind: 'input', input: 'dedup' });
    expect(fromOf(pbs, 'backup.per-day', 'r')).toEqual({ kind: 'input', input: 'changeRate' });
    expect(fromOf(pbs, 'backup.gc-lag', 'C')).toEqual({ kind: 'step', step: 'backup.per-day' });
    expect(fromOf(pbs, 'backup.datastore', 'K')).toEqual({ kind: 'step', step: 'backup.gc-lag' });
    expect(fromOf(pbs, 'backup.capacity', 'M')).toEqual({ kind: 'step', step: 'backup.peak' });
    expect(fromOf(pbs, 'backup.capacity', 'f')).toEqual({ kind: 'input', input: 'fillTarget' });
    expect(fromOf(pbs, 'backup.window', 'b')).toEqual({ kind: 'step', step: 'backup.per-run' });
    expect(fromOf(pbs, 'backup.window', 'R')).toEqual({ kind: 'step', step: 'backup.transfer' });
    expect(fromOf(pbs, 'backup.restore-largest', 'Y')).toEqual({ kind: 'input', input: 'largestGuest' });
    expect(fromOf(pbs, 'backup.verify', 'e')).toEqual({ kind: 'input', input: 'verify' });
    expect(fromOf(pbs, 'backup.verify', 'T')).toEqual({ kind: 'input', input: 'window' });
  });
  it('vzdump’s extra copy and PBS’s verify interval are two meanings of e, never in one derivation', () => {
    const vz = value(backup({ dataBytes: 1e12, changeRate: 0.02, keep: { last: 2 }, target: 'vzdump', days: 10, lang: 'en' })).derivation;
    const e = vz.find((s) => s.id === 'backup.datastore')?.symbols?.find((d) => d.symbol === 'e');
    expect(e?.meaning).toMatch(/removed backup/);
    expect(fromOf(vz, 'backup.datastore', 'P')).toEqual({ kind: 'step', step: 'backup.copy' });
    expect(pbs.find((s) => s.id === 'backup.verify')?.symbols?.find((d) => d.symbol === 'e')?.meaning).toMatch(/vérifications/);
  });
});
