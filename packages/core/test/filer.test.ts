/**
 * capa filer (issue 11, item 4): RAID capacity as Linux md computes it, the bond's per-flow bound,
 * and the filer's checks. Worked examples cite their source; properties hold for any layout.
 */
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { okButNegative } from './support/negative-wording.js';
import { filer, type FilerInput, type FilerResult, RAID_LEVELS, type RaidLevel, raidValue } from '../src/index.js';

const TB = 1e12;
const SEED = 20261130;

const ok = (input: FilerInput): FilerResult => {
  const o = filer(input);
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const ids = (r: FilerResult) => r.checks.map((c) => `${c.id}:${c.level}`);

describe('RAID capacity (torvalds/linux:drivers/md)', () => {
  it('RAID 5 of 4 × 4 TB holds 3 disks: raid5_size = sectors × (raid_disks − max_degraded), max_degraded 1 (torvalds/linux:drivers/md/raid5.c)', () => {
    const r = ok({ raid: '5', disks: 4, diskBytes: 4 * TB });
    expect([r.groups, r.dataDisksPerGroup, r.arrayBytes, r.usableBytes, r.toleratedPerGroup]).toEqual([1, 3, 12 * TB, 12 * TB, 1]);
  });
  it('RAID 6 of 8 × 4 TB holds 6 disks: max_degraded 2 (torvalds/linux:drivers/md/raid5.c, raid5_size; RAID 6 shares raid5.c)', () => {
    const r = ok({ raid: '6', disks: 8, diskBytes: 4 * TB });
    expect([r.dataDisksPerGroup, r.arrayBytes, r.toleratedPerGroup]).toEqual([6, 24 * TB, 2]);
  });
  it('RAID 10 of 6 × 4 TB holds half: raid10_size = sectors × raid_disks ÷ near_copies, 2 copies by default (torvalds/linux:drivers/md/raid10.c)', () => {
    const r = ok({ raid: '10', disks: 6, diskBytes: 4 * TB });
    expect([r.groupSize, r.arrayBytes]).toEqual([6, 12 * TB]);
  });
  it('RAID 1 holds one member per mirror: raid1_size returns one device’s sectors (torvalds/linux:drivers/md/raid1.c); pairs by default', () => {
    const r = ok({ raid: '1', disks: 4, diskBytes: 4 * TB });
    expect([r.groups, r.groupSize, r.arrayBytes]).toEqual([2, 2, 8 * TB]);
    expect(ok({ raid: '1', disks: 3, diskBytes: 4 * TB, groupSize: 3 }).arrayBytes).toBe(4 * TB);
  });
  it('RAID 0 sums its disks (torvalds/linux:drivers/md/raid0.c) and warns: no redundancy', () => {
    const r = ok({ raid: '0', disks: 4, diskBytes: 4 * TB });
    expect(r.arrayBytes).toBe(16 * TB);
    expect(ids(r)).toContain('filer.raid0:warn');
  });
  it('the 2012 field case: RAID 6 of 12 × 2 TB with a hot spare → 11-disk group, 9 data disks, 18 TB = 16.37 TiB (raid5.c)', () => {
    const r = ok({ raid: '6', disks: 12, diskBytes: 2 * TB, spares: 1 });
    expect([r.groups, r.groupSize, r.dataDisksPerGroup, r.usableBytes]).toEqual([1, 11, 9, 18 * TB]);
    expect((r.usableBytes / 2 ** 40).toFixed(2)).toBe('16.37');
    expect(ids(r)).toEqual(['filer.single-point:warn', 'filer.spares:ok']);
  });
  it('two RAID 6 groups of 6 and a disk left over: the leftover holds nothing and warns', () => {
    const r = ok({ raid: '6', disks: 13, diskBytes: TB, groupSize: 6 });
    expect([r.groups, r.unusedDisks, r.arrayBytes]).toEqual([2, 1, 8 * TB]);
    expect(ids(r)).toContain('filer.unused-disks:warn');
    expect(ids(r)).toContain('filer.no-spare:warn');
  });
  it('the stated overhead comes off the array (a WAFL-style reserve of 10 % is the user’s figure, docs/filer.md#assumptions)', () => {
    const r = ok({ raid: '6', disks: 12, diskBytes: 2 * TB, spares: 1, overhead: 0.1 });
    expect(r.usableBytes).toBeCloseTo(16.2 * TB, -3);
  });
});

describe('checks', () => {
  it('RAID 5 rebuild at a datasheet’s rate: 6 × 16 TB reads 80 TB; 1e-15 per bit (enterprise capacity disks) gives 1 − e^(−0.64) = 47.3 %, 1e-14 (consumer) 99.8 % (http://smorgastor.drhetzler.com/2012/04/02/series-ssd-1-hard-errors-and-reliability/2/)', () => {
    const at = (ureRate: number) => ok({ raid: '5', disks: 6, diskBytes: 16 * TB, ureRate }).rebuildErrorProbability ?? 0;
    expect(at(1e-15)).toBeCloseTo(0.473, 3);
    expect(at(1e-14)).toBeCloseTo(0.998, 3);
    expect(at(1e-16)).toBeCloseTo(0.062, 3);
  });
  it('a single filer is a single point of failure, always (warn)', () => {
    for (const raid of RAID_LEVELS) expect(ids(ok({ raid, disks: 8, diskBytes: TB }))).toContain('filer.single-point:warn');
  });
  it('data above the fill target fails; at or below it passes (80 % by default, docs/filer.md#assumptions)', () => {
    const base = { raid: '6', disks: 12, diskBytes: 2 * TB, spares: 1 } as const;
    expect(ok({ ...base, dataBytes: 14.4 * TB }).checks.find((c) => c.id === 'filer.capacity')?.level).toBe('ok');
    const over = ok({ ...base, dataBytes: 15 * TB });
    expect(over.checks.find((c) => c.id === 'filer.capacity')?.level).toBe('fail');
    expect(over.passes).toBe(false);
  });
  it('RAID 5 rebuild: 11 × 16 TB reads 160 TB; at 1e-16 per bit (ceph/ceph-tools:models/reliability/Config.py disk_nre) 1 − e^(−0.128) ≈ 12 % → warn', () => {
    const r = ok({ raid: '5', disks: 11, diskBytes: 16 * TB });
    expect(r.rebuildErrorProbability).toBeCloseTo(-Math.expm1(-8 * 160 * TB * 1e-16), 12);
    expect(ids(r)).toContain('filer.raid5-rebuild:warn');
    // 3 × 1 TB: 2 TB read, 0.16 % → ok
    expect(ids(ok({ raid: '5', disks: 3, diskBytes: TB }))).toContain('filer.raid5-rebuild:ok');
  });
});

describe('a check’s level agrees with its words (issue 8, item 11)', () => {
  it('no ok check reads as a problem, in either language', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const raid of RAID_LEVELS)
        for (const spares of [0, 2]) {
          const r = ok({ raid, disks: 13, diskBytes: 4 * TB, spares, dataBytes: 10 * TB, speedBps: 1e9, links: 2, lang });
          expect(okButNegative(r.checks)).toEqual([]);
        }
  });
});

describe('the filer’s links (torvalds/linux:Documentation/networking/bonding.rst)', () => {
  it('4 × 1 Gb/s 802.3ad: one NFS client flow gets one link (1 Gb/s), the aggregate 4 Gb/s', () => {
    const r = ok({ raid: '6', disks: 12, diskBytes: 2 * TB, spares: 1, speedBps: 1e9, links: 4 });
    expect([r.singleFlowBps, r.aggregateBps, r.clientsBps]).toEqual([1e9, 4e9, 1e9]);
    expect(ids(r)).toContain('filer.single-flow:ok');
  });
  it('3 clients hashed layer2 onto 4 links: 4 × (1 − (3/4)^3) = 2.3125 links busy (balls in bins, as capa bond)', () => {
    const r = ok({ raid: '6', disks: 12, diskBytes: 2 * TB, speedBps: 1e9, links: 4, clients: 3 });
    expect(r.clientsBps).toBeCloseTo(2.3125e9, 0);
  });
  it('one link: the single-flow check says nothing the aggregate does not', () => {
    expect(ids(ok({ raid: '6', disks: 12, diskBytes: 2 * TB, speedBps: 1e9 }))).not.toContain('filer.single-flow:ok');
  });
  it('without a link speed, no throughput figure', () => {
    expect(ok({ raid: '6', disks: 12, diskBytes: 2 * TB }).aggregateBps).toBeNull();
  });
});

describe('bad input is refused naming the field and what is allowed', () => {
  const refused = (input: FilerInput) => {
    const o = filer(input);
    if (o.ok) throw new Error('accepted');
    return o.issues.map((i) => `${i.field}: ${i.message}`);
  };
  it('too few disks, too many spares, a group out of range, an odd RAID 10 group', () => {
    expect(refused({ raid: '6', disks: 3, diskBytes: TB })).toEqual(['disks: must be a whole number from 4 to 100,000']);
    expect(refused({ raid: '6', disks: 12, diskBytes: TB, spares: 9 })).toEqual(['spares: must be a whole number from 0 to 8']);
    expect(refused({ raid: '5', disks: 12, diskBytes: TB, groupSize: 2 })).toEqual(['groupSize: must be a whole number from 3 to 12']);
    expect(refused({ raid: '10', disks: 12, diskBytes: TB, groupSize: 5 })).toEqual(['groupSize: must be an even whole number from 4 to 12']);
    expect(refused({ raid: '6', disks: 12, diskBytes: -1 })[0]).toMatch(/^diskBytes: /);
  });
});

describe('properties', () => {
  const levels = fc.constantFrom<RaidLevel>(...RAID_LEVELS);
  const layout = fc.record({ disks: fc.integer({ min: 4, max: 200 }), spares: fc.integer({ min: 0, max: 10 }), diskBytes: fc.integer({ min: 1, max: 30 }).map((n) => n * TB) });

  it('usable ≤ array ≤ raw, no NaN, and the derivation recomputes', () => {
    fc.assert(
      fc.property(levels, layout, fc.double({ min: 0, max: 0.9, noNaN: true }), (raid, l, overhead) => {
        const o = filer({ raid, ...l, overhead });
        if (!o.ok) return; // spares leaving no group: refused, tested above
        const r = o.value;
        expect(r.usableBytes).toBeLessThanOrEqual(r.arrayBytes);
        expect(r.arrayBytes).toBeLessThanOrEqual(r.rawBytes);
        for (const s of r.derivation) expect(Math.abs(Number(evaluate(s.expr, { ...s.vars })) - s.value)).toBeLessThanOrEqual(Math.abs(s.value) * 1e-12 + 1e-9);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('one more spare never increases usable capacity (fixed group size or one group)', () => {
    fc.assert(
      fc.property(levels, layout, fc.option(fc.integer({ min: 4, max: 24 }), { nil: undefined }), (raid, l, w) => {
        const groupSize = raid === '10' && w !== undefined ? w - (w % 2) : w;
        const a = raidValue(raid, l.disks, l.diskBytes, l.spares, groupSize);
        const b = raidValue(raid, l.disks, l.diskBytes, l.spares + 1, groupSize);
        expect(b.arrayBytes).toBeLessThanOrEqual(a.arrayBytes);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('RAID 6 never holds more than RAID 5 on the same disks and groups; RAID 0 holds the most', () => {
    fc.assert(
      fc.property(layout, fc.option(fc.integer({ min: 4, max: 24 }), { nil: undefined }), (l, w) => {
        const cap = (raid: RaidLevel) => raidValue(raid, l.disks, l.diskBytes, l.spares, w).arrayBytes;
        expect(cap('6')).toBeLessThanOrEqual(cap('5'));
        expect(cap('5')).toBeLessThanOrEqual(cap('0'));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
