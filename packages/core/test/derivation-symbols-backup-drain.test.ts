/**
 * Derivation symbols of capa backup and capa drain (issue 12, item 6): over many inputs, in both
 * languages, every letter of a formula is defined in its step or an earlier one with one meaning, and
 * the origins name the calculator's inputs and the steps the figures come from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backup, backupNodeRate, drain, drainedGuestRam, symbolProblems } from '../src/index.js';
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

const GiB = 2 ** 30;

describe('capa drain defines its letters, beside the memory rule’s', () => {
  it('no symbol problem over rates, caps, parallel migrations, local disks and N − 1 (both languages)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(1e9, 10e9, 25e9),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.constantFrom(1e9, 5e9), { nil: undefined }),
        fc.integer({ min: 1, max: 8 }),
        fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 2, max: 16 }), { nil: undefined }),
        fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>,
        (ram, dirty, speedBps, links, bwlimitBps, parallel, disks, nodes, lang) => {
          const r = value(
            drain({
              guestRamBytes: ram * GiB,
              dirtyBps: dirty * 1e8,
              speedBps,
              links,
              parallel,
              ...(bwlimitBps === undefined ? {} : { bwlimitBps }),
              ...(disks === undefined ? {} : { localDiskBytes: disks * GiB }),
              ...(nodes === undefined ? {} : { nodes, nodeRamBytes: 1024 * GiB, clusterGuestRamBytes: nodes * 100 * GiB, osdsPerNode: 4 }),
              lang,
            }),
          );
          expect(symbolProblems(r.derivation)).toEqual([]);
          for (const s of r.derivation) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('names the inputs and the steps the rates and times come from', () => {
    // 256 GiB over 2 × 10 Gb/s, 2 migrations, 200 GiB of local disks, 4 nodes of 512 GiB with 4 OSDs each.
    const steps = value(
      drain({
        guestRamBytes: 256 * GiB,
        dirtyBps: 8e8,
        speedBps: 10e9,
        links: 2,
        parallel: 2,
        localDiskBytes: 200 * GiB,
        nodes: 4,
        nodeRamBytes: 512 * GiB,
        clusterGuestRamBytes: 900 * GiB,
        osdsPerNode: 4,
      }),
    ).derivation;
    expect(steps.find((s) => s.id === 'drain.ram')?.expr).toBe('g * 8 / (p * (r - w))');
    expect(fromOf(steps, 'drain.bond', 'X')).toEqual({ kind: 'model' });
    expect(fromOf(steps, 'drain.per-migration', 'X')).toEqual({ kind: 'step', step: 'drain.bond' });
    expect(fromOf(steps, 'drain.per-migration', 'p')).toEqual({ kind: 'input', input: 'parallel' });
    expect(fromOf(steps, 'drain.ram', 'r')).toEqual({ kind: 'step', step: 'drain.per-migration' });
    expect(fromOf(steps, 'drain.ram', 'g')).toEqual({ kind: 'input', input: 'guestRam' });
    expect(fromOf(steps, 'drain.ram', 'w')).toEqual({ kind: 'input', input: 'dirtyRate' });
    expect(fromOf(steps, 'drain.disks', 'L')).toEqual({ kind: 'input', input: 'localDisks' });
    expect(fromOf(steps, 'drain.total', 'x')).toEqual({ kind: 'step', step: 'drain.ram' });
    expect(fromOf(steps, 'drain.total', 'y')).toEqual({ kind: 'step', step: 'drain.disks' });
    expect(fromOf(steps, 'drain.rolling', 'E')).toEqual({ kind: 'step', step: 'drain.total' });
    expect(fromOf(steps, 'drain.rolling', 'b')).toEqual({ kind: 'input', input: 'reboot' });
    // The memory rule's steps follow; N means the same nodes in both.
    expect(steps.some((s) => s.id.startsWith('memory.'))).toBe(true);
    expect(symbolProblems(steps)).toEqual([]);
    // Without local disks the drain time is the pre-copy's.
    const ram = value(drain({ guestRamBytes: 256 * GiB, dirtyBps: 8e8, speedBps: 10e9, nodes: 4 })).derivation;
    expect(fromOf(ram, 'drain.rolling', 'E')).toEqual({ kind: 'step', step: 'drain.ram' });
  });

  it('the plan’s spread of the cluster’s guest RAM uses the memory rule’s G and N', () => {
    const { step } = drainedGuestRam(900 * GiB, 4, 'fr', 'binary');
    expect(step.symbols?.map((d) => [d.symbol, d.meaning])).toEqual([
      ['G', 'RAM totale des invités'],
      ['N', 'nœuds du cluster'],
    ]);
  });
});
