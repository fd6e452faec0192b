/**
 * capa filer (issue 11, item 4): the command, its help and its refusals come from the core's spec
 * (packages/core/src/filer/filer-spec.ts). Figures: Linux md's RAID sizes (torvalds/linux:drivers/md/raid5.c,
 * raid5_size) and the bond's per-flow bound (torvalds/linux:Documentation/networking/bonding.rst).
 */
import { describe, expect, it } from 'vitest';
import { expectBadInput, runCli, runJson } from './run-cli.js';

interface FilerJson {
  usableBytes: number;
  maxDataBytes: number;
  singleFlowBps: number | null;
  aggregateBps: number | null;
  passes: boolean;
  used: Record<string, unknown>;
  checks: { id: string; level: string; code: string }[];
}

const FIELD_CASE = ['filer', '--raid', '6', '--disks', '12', '--disk-size', '2TB', '--spares', '1', '--speed', '1Gb/s', '--links', '4', '--mode', '802.3ad', '--clients', '3'];

describe('capa filer', () => {
  it('the 2012 field case: RAID 6 + a hot spare of 12 × 2 TB holds 9 disks, 18 TB; one NFS client gets one of the 4 × 1 Gb/s links', () => {
    const r = runJson<FilerJson>(FIELD_CASE);
    expect(r.code).toBe(0);
    expect([r.json.usableBytes, r.json.maxDataBytes, r.json.singleFlowBps, r.json.aggregateBps]).toEqual([18e12, 14.4e12, 1e9, 4e9]);
    expect(r.json.used).toMatchObject({ raid: '6', groupSize: 11, spares: 1, overhead: 0, maxFill: 0.8, mode: 'lacp', hash: 'layer2', clients: 3 });
    expect(r.json.checks.map((c) => c.id)).toEqual(['filer.single-point', 'filer.spares', 'filer.single-flow']);
  });
  it('TB and TiB both shown: 18 TB (16.37 TiB); 18 To (16,37 Tio) in French', () => {
    expect(runCli(FIELD_CASE).stdout).toMatch(/Usable\s+18 TB \(16\.37 TiB\)/);
    expect(runCli([...FIELD_CASE, '--lang', 'fr']).stdout).toMatch(/Utilisable\s+18 To \(16,37 Tio\)/);
  });
  it('data over the fill target fails (exit 1)', () => {
    const r = runJson<FilerJson>(['filer', '--raid', '6', '--disks', '12', '--disk-size', '2TB', '--data', '20TB']);
    expect(r.code).toBe(1);
    expect(r.json.passes).toBe(false);
    expect(r.json.checks.find((c) => c.id === 'filer.capacity')).toMatchObject({ level: 'fail', code: 'filer.capacity.over' });
  });
  it('refuses with exit 2 naming option, value and range: too few disks, odd RAID 10 group, link options without --speed', () => {
    const few = runCli(['filer', '--raid', '6', '--disks', '3', '--disk-size', '4TB']);
    expectBadInput(few, '--disks', '3');
    expect(few.stderr).toContain('must be a whole number from 4 to 100,000');
    const odd = runCli(['filer', '--raid', '10', '--disks', '12', '--disk-size', '4TB', '--group-size', '5', '--lang', 'fr']);
    expectBadInput(odd, '--group-size', '5');
    expect(odd.stderr).toContain('doit être un nombre entier pair de 4 à 12');
    expectBadInput(runCli(['filer', '--raid', '6', '--disks', '12', '--disk-size', '4TB', '--links', '2']), '--links', '2');
    expectBadInput(runCli(['filer', '--raid', '6', '--disks', '12', '--disk-size', '4XB']), '--disk-size', '4XB');
    expectBadInput(runCli(['filer', '--raid', '6', '--disks', '12', '--disk-size', '4TB', '--overhead', '-0.1']), '--overhead', '-0.1');
  });
  it('--ure takes a datasheet’s rate, for RAID 5 only: 80 TB read at 1e-15 per bit, 47.3 % (http://smorgastor.drhetzler.com/2012/04/02/series-ssd-1-hard-errors-and-reliability/2/)', () => {
    const r = runJson<FilerJson & { rebuildErrorProbability: number }>(['filer', '--raid', '5', '--disks', '6', '--disk-size', '16TB', '--ure', '1e-15']);
    expect(r.json.rebuildErrorProbability).toBeCloseTo(0.473, 3);
    expect(r.json.used).toMatchObject({ ureRate: 1e-15 });
    expectBadInput(runCli(['filer', '--raid', '6', '--disks', '6', '--disk-size', '16TB', '--ure', '1e-15']), '--ure', '1e-15');
  });
  it('help comes from the spec, in both languages', () => {
    expect(runCli(['filer', '--help']).stdout).toContain('--group-size <w>');
    expect(runCli(['filer', '--help', '--lang', 'fr']).stdout).toContain('disques de secours');
  });
});
