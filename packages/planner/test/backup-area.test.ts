/**
 * The plan's `backup` area (issue 11, items 1 and 5): the scenario's backup section gives the figures
 * `capa backup` gives for the same inputs (the plan restates no rule), the datastore's disks through
 * the filer's RAID maths (torvalds/linux:drivers/md/raid5.c, raid5_size: (raid_disks − max_degraded)
 * members, 2 for RAID 6) or the core's ZFS maths, where the backups are written (the 2012 field
 * report: mirror the backups elsewhere than the NFS server), refusals naming field, value and what is
 * allowed, French without English, and no NaN or negative figure.
 */
import { type Check, renderMessage, zfsCapacity } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../cli/test/french/english.js';
import { runCli } from '../../cli/test/run-cli.js';
import { PLANNER_CHECK_MESSAGES } from '../src/plan/check-messages.js';
import { plan } from '../src/plan/plan.js';
import type { Area } from '../src/plan/types.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { catalogue } from './helpers.js';

const NODES = 'nodes: { count: 4, cores: 32, ram: 256GiB, disks: [{ class: ssd, count: 4, size: 8TB }] }\n';
const scenario = (backup: string, rest = 'workloads: { guestRam: 200GiB, data: 10TB }\n') => `name: b\n${rest}${NODES}backup:\n${backup}`;
const PBS = `  changeRate: 2%
  keep: { last: 3, daily: 7, weekly: 4, monthly: 6 }
  window: 6h
  jobs: 2
  compression: 0.6
  dedup: 20%
  largestGuest: 2TB
  link: { links: 2, speed: 10Gb/s, mode: lacp, hash: layer3+4 }
  verify: { every: 7 }
`;

const areaOf = (text: string, lang: 'en' | 'fr' = 'en'): { area: Area; checks: readonly Check[] } => {
  const r = parseScenarioText(text, { require: 'nodes', lang });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const p = plan(r.scenario, { lang, catalogue: catalogue() });
  const area = p.areas.find((a) => a.id === 'backup');
  if (!area) throw new Error('no backup area');
  return { area, checks: p.checks };
};
const fig = (a: Area, key: string): number | null | undefined => a.figures.find((f) => f.key === key)?.value;
const refusal = (text: string, lang: 'en' | 'fr' = 'en') => {
  const r = parseScenarioText(text, { require: 'nodes', lang });
  if (r.ok) throw new Error('accepted');
  return r.issues;
};

describe('the backup area shows capa backup’s figures', () => {
  it('the same inputs give the same figures as the CLI (the plan maps, the core computes)', () => {
    const { area } = areaOf(scenario(PBS));
    const cli = runCli<Record<string, number>>([
      'backup',
      '--data',
      '10TB',
      '--change-rate',
      '2%',
      '--keep',
      'last=3,daily=7,weekly=4,monthly=6',
      '--window',
      '6h',
      '--jobs',
      '2',
      '--compression',
      '0.6',
      '--dedup',
      '20%',
      '--largest-guest',
      '2TB',
      '--link-speed',
      '10Gb/s',
      '--links',
      '2',
      '--bond-mode',
      'lacp',
      '--hash',
      'layer3+4',
      '--verify',
      '7',
      '--json',
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    for (const k of [
      'retainedSnapshots',
      'datastoreBytes',
      'peakDatastoreBytes',
      'datastoreCapacityBytes',
      'bytesPerRun',
      'backupWindowSeconds',
      'restartBackupSeconds',
      'restoreLargestSeconds',
      'restoreAllSeconds',
      'verifyReadBps',
    ])
      expect(fig(area, k), k).toBe(cli.json?.[k]);
    // The issue's example: a year of daily backups with last=3,daily=7,weekly=4,monthly=6 keeps 20 (PBS's prune).
    expect(fig(area, 'retainedSnapshots')).toBe(20);
    // Sizes show in both systems (TB and TiB).
    expect(area.figures.find((f) => f.key === 'datastoreBytes')?.display).toMatch(/TB \(.*TiB\)|TiB \(.*TB\)/);
  });
  it('nodeBps: a run spread over the window and the 4 nodes (the network budget’s backup: auto)', () => {
    const r = parseScenarioText(scenario(PBS), { require: 'nodes' });
    if (!r.ok) throw new Error('refused');
    const { area } = areaOf(scenario(PBS));
    // 10 TB × 2 % per day = 200 GB per run; × 8 ÷ 6 h ÷ 4 nodes = 18.52 Mb/s.
    expect(fig(area, 'nodeBps')).toBeCloseTo((200e9 * 8) / (6 * 3600) / 4, 3);
    expect(area.derivation.some((s) => s.id === 'backup.node-rate')).toBe(true);
  });
  it('data defaults to workloads.data at the horizon, the largest guest to the largest VM disk', () => {
    const vms = 'workloads: { vms: [{ name: a, count: 10, ram: 4GiB, vcpus: 2, disk: 500GB }, { name: big, ram: 64GiB, vcpus: 8, disk: 3TB }], growth: { perYear: 10%, years: 2 } }\n';
    const { area } = areaOf(scenario('  changeRate: 1%\n  keep: { last: 7 }\n  link: { speed: 10Gb/s, links: 1 }\n', vms));
    // 10 × 500 GB + 3 TB = 8 TB, × 1.1² = 9.68 TB; a 1 % run reads 96.8 GB.
    expect(fig(area, 'bytesPerRun')).toBe(Math.ceil(8e12 * 1.1 ** 2 * 0.01));
    // The largest guest, 3 TB, over one 10 Gb/s link: 2400 s (one flow, torvalds/linux:Documentation/networking/bonding.rst).
    expect(fig(area, 'restoreLargestSeconds')).toBeCloseTo(2400, 6);
  });
  it('the verdict comes from the core’s checks: a run longer than the window fails', () => {
    const { area } = areaOf(scenario('  changeRate: 20%\n  keep: { last: 3 }\n  window: 10min\n  link: { links: 1, speed: 1Gb/s }\n'));
    expect(area.verdict).toBe('fail');
    expect(area.checks.find((c) => c.id === 'backup.window')?.level).toBe('fail');
  });
});

describe('the datastore’s disks and where the backups are written', () => {
  it('RAID 6 of 12 × 16 TB with a spare: 9 data disks, 144 TB usable (md raid5_size)', () => {
    const { area } = areaOf(scenario(`${PBS}  datastore: { layout: raid6, disks: 12, size: 16TB, spares: 1 }\n`));
    expect(fig(area, 'datastoreUsableBytes')).toBe(144e12);
    expect(area.checks.find((c) => c.id === 'backup.datastore-disks')?.code).toBe('backup.datastore-disks.fits');
    // The filer's letters name the datastore's fields; the group size left out stays a default.
    const from = (letter: string) =>
      area.derivation
        .filter((s) => s.id.startsWith('filer.'))
        .flatMap((s) => s.symbols ?? [])
        .find((d) => d.symbol === letter)?.from;
    expect([from('n'), from('S'), from('s'), from('W')]).toEqual([
      { kind: 'input', input: 'backup.datastore.disks' },
      { kind: 'input', input: 'backup.datastore.size' },
      { kind: 'input', input: 'backup.datastore.spares' },
      { kind: 'default', input: 'backup.datastore.width' },
    ]);
  });
  it('RAIDZ2 through the core’s ZFS maths (128 KiB records, the OpenZFS default recordsize)', () => {
    const { area } = areaOf(scenario(`${PBS}  datastore: { layout: raidz2, disks: 6, size: 1TB }\n`));
    const z = zfsCapacity({ kind: 'raidz', parity: 2, width: 6 }, 6, 1e12, 'en', 'decimal', { ashift: 12, volblocksize: 128 * 1024 });
    expect(fig(area, 'datastoreUsableBytes')).toBe(z.value.usableBytes);
    expect(area.checks.find((c) => c.id === 'backup.datastore-disks')?.code).toBe('backup.datastore-disks.over');
    expect(area.verdict).toBe('fail');
  });
  it('on: the NFS that holds the guests warns (2012 field report) and must hold the backups’ peak', () => {
    const ext = (cap: string) => `workloads: { guestRam: 200GiB, data: 10TB }\nstorage: { external: [{ name: nfs, kind: nfs, capacity: ${cap} }] }\n`;
    const vz = '  target: vzdump\n  changeRate: 1%\n  keep: { last: 2 }\n  schedule: weekly\n  on: nfs\n';
    const small = areaOf(scenario(vz, ext('40TB'))).area;
    expect(small.checks.find((c) => c.id === 'backup.on-storage')?.level).toBe('warn');
    // 40 TB × 0.8 − 10 TB = 22 TB free; vzdump keeps 2 full copies plus the one being written: 30 TB.
    expect(fig(small, 'externalFreeBytes@nfs')).toBe(22e12);
    expect(small.checks.find((c) => c.id === 'backup.on-room')?.code).toBe('backup.on-room.over');
    const big = areaOf(scenario(vz, ext('60TB'))).area;
    expect(big.checks.find((c) => c.id === 'backup.on-room')?.code).toBe('backup.on-room.fits');
    // With Ceph holding the guests and no data stated on the NFS, the backups sit apart.
    const apart = areaOf(scenario(vz, `${ext('60TB')}`.replace('storage: {', 'storage: { ceph: { pools: [{ name: rbd }] }, '))).area;
    expect(apart.checks.find((c) => c.id === 'backup.on-storage')?.code).toBe('backup.on-storage.apart');
  });
});

const CODED = [
  [`${PBS}  datastore: { layout: raid6, disks: 12, size: 16TB, spares: 1 }\n`, 'workloads: { guestRam: 200GiB, data: 10TB }\n'],
  [`${PBS}  datastore: { layout: mirror, disks: 2, size: 1TB }\n  on: nfs\n`, 'workloads: { guestRam: 200GiB, data: 10TB }\nstorage: { external: [{ name: nfs, kind: nfs, capacity: 40TB }] }\n'],
  [
    '  changeRate: 1%\n  keep: { last: 2 }\n  on: nfs\n',
    'workloads: { guestRam: 200GiB, data: 10TB }\nstorage: { ceph: { pools: [{ name: rbd }] }, external: [{ name: nfs, kind: nfs, capacity: 400TB }] }\n',
  ],
] as const;

describe('every coded check of the area is reached, in English and French', () => {
  const seen = new Map<string, [Check, Check]>();
  for (const [b, rest] of CODED) {
    const en = areaOf(scenario(b, rest), 'en').area.checks;
    const fr = areaOf(scenario(b, rest), 'fr').area.checks;
    en.forEach((c, i) => seen.set(c.code ?? c.id, [c, fr[i] as Check]));
  }
  it.each(['backup.on-storage.shared', 'backup.on-storage.apart', 'backup.on-room.fits', 'backup.on-room.over', 'backup.datastore-disks.fits', 'backup.datastore-disks.over'])('%s', (code) => {
    const pair = seen.get(code);
    expect(pair, code).toBeDefined();
    if (!pair) return;
    const [en, fr] = pair;
    expect(en.message).toBe(renderMessage(PLANNER_CHECK_MESSAGES, code, en.params ?? {}, 'en'));
    expect(fr.message).toBe(renderMessage(PLANNER_CHECK_MESSAGES, code, fr.params ?? {}, 'fr'));
    expect(fr.message).not.toBe(en.message);
    expect(englishLines(fr.message)).toEqual([]);
    // A check's level agrees with its words.
    expect(en.level).toBe(code.endsWith('.over') ? 'fail' : code.endsWith('.shared') ? 'warn' : 'ok');
  });
});

describe('French, refusals and sane figures', () => {
  it('the French area has no English line', () => {
    const { area } = areaOf(scenario(`${PBS}  datastore: { layout: raid6, disks: 12, size: 16TB, spares: 1 }\n`), 'fr');
    const text = [area.title, area.summary, ...area.figures.map((f) => `${f.label} ${f.display}`), ...area.checks.map((c) => c.message), ...area.derivation.map((s) => s.title)].join('\n');
    expect(englishLines(text)).toEqual([]);
  });
  it.each([
    ['window: 8x', 'backup.window', '8x', 's, min, h, d'],
    ['window: -1h', 'backup.window', '-1h', 'greater than 0'],
    ['dedup: 95%', 'backup.dedup', '95%', '0 to 0.9'],
    ['schedule: monthly', 'backup.schedule', 'monthly', 'hourly, daily or weekly'],
    ['keep: { dialy: 7 }', 'backup.keep.dialy', 'dialy', 'daily'],
    ['start: 2026-02-30', 'backup.start', '2026-02-30', 'YYYY-MM-DD'],
    ['verify: { every: 0 }', 'backup.verify.every', '0', 'from 1 to 366'],
    ['target: tape', 'backup.target', 'tape', 'pbs'],
    ['datastore: { layout: raid4, disks: 6, size: 4TB }', 'backup.datastore.layout', 'raid4', 'raid6'],
  ])('%s is refused naming the field, the value and what is allowed', (line, path, value, allowed) => {
    const text = `name: b\nworkloads: { data: 10TB }\n${NODES}backup:\n  changeRate: 2%\n  keep: { last: 3 }\n  ${line}\n`.replace(/ {2}keep: \{ last: 3 \}\n {2}keep:/, '  keep:');
    const issues = refusal(text);
    const hit = issues.find((i) => i.path.startsWith(path));
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(`${hit?.path} ${JSON.stringify(hit)}`).toContain(value);
    expect(hit?.message).toContain(allowed);
    const fr = refusal(text, 'fr').find((i) => i.path.startsWith(path));
    expect(fr?.message).not.toBe(hit?.message);
  });
  it('no figure is NaN, infinite or negative, whatever the section', () => {
    for (const b of [
      PBS,
      '  target: vzdump\n  changeRate: 100%\n  keep: {}\n  schedule: hourly\n  days: 30\n',
      '  changeRate: 0.01%\n  keep: { yearly: 3 }\n  window: 1d\n  verify: { every: 366 }\n',
    ]) {
      const { area } = areaOf(scenario(b));
      for (const f of area.figures) if (f.value !== null) expect(Number.isFinite(f.value) && f.value >= 0, `${f.key} ${f.value}`).toBe(true);
      expect(area.figures.map((f) => f.display).join(' ')).not.toMatch(/NaN|Infinity|-\d/);
    }
  });
});
