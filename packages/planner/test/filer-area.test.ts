/**
 * Issue 11, item 4 in `capa plan`: `storage.external[].raid` and `.network` read by the core's filer
 * calculator (packages/core/src/filer, docs/filer.md). The plan shows the figures `capa filer` gives
 * for the same inputs (FILER_SPEC.run is the CLI's path), the storage area checks the data against
 * the derived capacity, and every filer, RAID given or not, is a single point of failure.
 */
import { FILER_SPEC, type FilerResult, type Lang, renderMessage } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../cli/test/french/english.js';
import { plan } from '../src/plan/plan.js';
import type { Area, PlanResult } from '../src/plan/types.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { CATALOGUES } from './helpers.js';

const NODES = 'nodes: { count: 3, cores: 8, ram: 64GiB }\n';
/** The 2012 field case (docs/filer.md): RAID 6 and a hot spare, 12 × 2 TB, behind 4 × 1 Gb/s 802.3ad. */
const NFS_2012 = '{ name: nfs, kind: nfs, raid: { level: 6, disks: 12, size: 2TB, spares: 1 }, network: { links: 4, speed: 1Gb/s, mode: lacp, hash: layer2 } }';
const scenario = (external: string, workloads = 'workloads: { guestRam: 40GiB, data: 6TB }\n') => `name: filer\n${workloads}${NODES}storage: { external: [${external}] }\n`;

function planOf(text: string, lang: Lang = 'en'): PlanResult {
  const r = parseScenarioText(text, { require: 'nodes', lang });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return plan(r.scenario, { lang });
}
const area = (p: PlanResult, id: string): Area => {
  const a = p.areas.find((x) => x.id === id);
  if (!a) throw new Error(`no ${id} area`);
  return a;
};
const value = (a: Area, key: string) => a.figures.find((f) => f.key === key)?.value;
function refusals(text: string, lang: Lang = 'en') {
  const r = parseScenarioText(text, { require: 'nodes', lang });
  if (r.ok) throw new Error('accepted');
  return r.issues;
}

describe('a filer with its RAID layout and bond: the figures of capa filer', () => {
  // capa filer --raid 6 --disks 12 --disk-size 2TB --spares 1 --speed 1Gb/s --links 4 --clients 3 (the cluster's 3 nodes mount it).
  const cli = FILER_SPEC.run({ raid: '6', disks: 12, diskBytes: 2e12, spares: 1, speedBps: 1e9, links: 4, mode: 'lacp', hash: 'layer2', clients: 3, lang: 'en' });
  if (!cli.ok) throw new Error('capa filer refused');
  const r = cli.value as FilerResult;
  const p = planOf(scenario(NFS_2012));
  const a = area(p, 'filer');

  it('RAID 6 + 1 spare of 12 × 2 TB: 9 data disks × 2 TB = 18 TB before overhead', () => {
    // torvalds/linux:drivers/md/raid5.c, raid5_size: `sectors * (raid_disks - conf->max_degraded)`, max_degraded 2 for RAID 6;
    // a spare holds no data: "spare: device is working, but not a full member", its slot "none"
    // (torvalds/linux:Documentation/admin-guide/md.rst, md/dev-XXX/state and slot): 11 members, 9 × 2 TB.
    expect(value(a, 'usableBytes')).toBe(18e12);
    expect(value(a, 'usableBytes')).toBe(r.usableBytes);
    // docs/filer.md: the 80 % fill target, 18 TB × 0.8.
    expect(value(a, 'maxDataBytes')).toBeCloseTo(14.4e12, 0);
    expect(value(a, 'maxDataBytes')).toBe(r.maxDataBytes);
  });

  it('the links: 4 Gb/s together, 1 Gb/s for one client, 2.31 Gb/s expected for 3 clients', () => {
    // torvalds/linux:Documentation/networking/bonding.rst: one connection never exceeds one member link;
    // docs/filer.md: 3 flows hashed onto 4 links keep 4 × (1 − (3/4)³) links busy.
    expect(value(a, 'aggregateBps')).toBe(4e9);
    expect(value(a, 'singleFlowBps')).toBe(1e9);
    expect(value(a, 'clientsBps')).toBeCloseTo(4 * (1 - (3 / 4) ** 3) * 1e9, 0);
    expect([value(a, 'aggregateBps'), value(a, 'singleFlowBps'), value(a, 'clientsBps')]).toEqual([r.aggregateBps, r.singleFlowBps, r.clientsBps]);
  });

  it('the core’s checks and derivation, as capa filer gives them', () => {
    expect(a.checks.map((c) => c.code)).toEqual(r.checks.map((c) => c.code));
    expect(a.checks.map((c) => c.code)).toEqual(['filer.single-point', 'filer.spares', 'filer.single-flow']);
    expect(a.derivation.map((s) => s.id)).toEqual(r.derivation.map((s) => s.id));
    expect(a.verdict).toBe('warn');
  });

  it('its letters name the entry’s fields, not the nodes’ disks and bonds the same core keys name elsewhere', () => {
    const from = (letter: string) => a.derivation.flatMap((s) => s.symbols ?? []).find((d) => d.symbol === letter)?.from;
    expect(from('n')).toEqual({ kind: 'input', input: 'storage.external[].raid.disks' });
    expect(from('S')).toEqual({ kind: 'input', input: 'storage.external[].raid.size' });
    // groupSize left out: every disk but the spare in one group, the core's default, kept a default.
    expect(from('W')).toEqual({ kind: 'default', input: 'storage.external[].raid.groupSize' });
    expect(from('N')).toEqual({ kind: 'input', input: 'storage.external[].network.links' });
    expect(from('L')).toEqual({ kind: 'input', input: 'storage.external[].network.speed' });
  });

  it('the storage area checks the data against the derived capacity, with no rule of its own', () => {
    const st = area(p, 'storage');
    expect(value(st, 'externalCapacityBytes@nfs')).toBe(18e12);
    // 6 TB ≤ 18 TB × 0.8.
    expect(st.checks.find((c) => c.id === 'external.capacity')?.code).toBe('external.capacity.fits');
    expect(st.checks.find((c) => c.id === 'external.capacity')?.params).toMatchObject({ capacityBytes: 18e12, maxFill: 0.8 });
  });

  it('RAID 5 shows the rebuild risk, the core’s figure', () => {
    // docs/filer.md: two RAID 5 groups of six 16 TB disks: 1 − e^(−8 × 80e12 × 1e-16) = 6.2 %.
    const five = area(planOf(scenario('{ name: nfs, kind: nfs, raid: { level: raid5, disks: 13, size: 16TB, groupSize: 6 } }')), 'filer');
    expect(value(five, 'rebuildErrorProbability')).toBeCloseTo(-Math.expm1(-8 * 80e12 * 1e-16), 12);
    expect(five.checks.map((c) => c.code)).toEqual(expect.arrayContaining(['filer.no-spare', 'filer.unused-disks', 'filer.raid5-rebuild.risk']));
  });
});

describe('every filer is a single point of failure, RAID given or not', () => {
  const p = planOf(scenario(`{ name: netapp, kind: nfs, capacity: 50TB }, ${NFS_2012}, { name: san, kind: iscsi, capacity: 10TB, network: { links: 2, speed: 10Gb/s } }`));
  const a = area(p, 'filer');
  it('one filer.single-point per entry, tagged with its name', () => {
    const sp = a.checks.filter((c) => c.id === 'filer.single-point');
    expect(sp.map((c) => c.params?.['tag'])).toEqual(['netapp', 'nfs', 'san']);
    for (const c of sp) expect(c.level).toBe('warn');
  });
  it('a bond without RAID: the links alone (2 × 10 Gb/s, 3 clients)', () => {
    // bonding.rst: one flow on one link; layer3+4 (the scenario's default hash) spreads 3 clients' flows over 2 links: 2 × (1 − (1/2)³) = 1.75 links busy.
    expect(value(a, 'aggregateBps@san')).toBe(20e9);
    expect(value(a, 'singleFlowBps@san')).toBe(10e9);
    expect(value(a, 'clientsBps@san')).toBeCloseTo(1.75 * 10e9, 0);
    expect(value(a, 'usableBytes@san')).toBeUndefined();
    expect(value(a, 'usableBytes@nfs')).toBe(18e12);
  });
  it('the stated capacities stay the storage area’s', () => {
    const st = area(p, 'storage');
    expect([value(st, 'externalCapacityBytes@netapp'), value(st, 'externalCapacityBytes@san')]).toEqual([50e12, 10e12]);
  });
});

describe('capacity and RAID both given', () => {
  const raid = 'raid: { level: 6, disks: 12, size: 2TB, spares: 1 }';
  it('within 1 %: the same figure rounded, no warning (16.37 TiB written for 18 TB)', () => {
    // 18e12 B = 16.37 TiB (18e12 ÷ 2^40 = 16.371).
    const p = planOf(scenario(`{ name: nfs, kind: nfs, capacity: 16.37TiB, ${raid} }`));
    expect(area(p, 'filer').checks.some((c) => c.id === 'filer.capacity-stated')).toBe(false);
  });
  it('apart: a warning naming both, and the storage area keeps the stated capacity', () => {
    const p = planOf(scenario(`{ name: nfs, kind: nfs, capacity: 16TB, ${raid} }`));
    const c = area(p, 'filer').checks.find((x) => x.id === 'filer.capacity-stated');
    expect(c?.level).toBe('warn');
    // |16 − 18| ÷ 18 = 11.1 %.
    expect(c?.params).toMatchObject({ name: 'nfs', statedBytes: 16e12, usableBytes: 18e12 });
    expect(Number(c?.params?.['gap'])).toBeCloseTo(2 / 18, 12);
    expect(value(area(p, 'storage'), 'externalCapacityBytes@nfs')).toBe(16e12);
  });
});

describe('coded, in English and French', () => {
  const text = scenario(`{ name: a, kind: nfs, capacity: 16TB, raid: { level: 5, disks: 4, size: 1TB } }, ${NFS_2012}, { name: b, kind: nfs, capacity: 1TB, raid: { level: 0, disks: 2, size: 1TB } }`);
  const en = area(planOf(text, 'en'), 'filer');
  const fr = area(planOf(text, 'fr'), 'filer');
  it.each([
    ['filer.single-point', 'warn'],
    ['filer.spares', 'ok'],
    ['filer.no-spare', 'warn'],
    ['filer.raid0', 'warn'],
    ['filer.single-flow', 'ok'],
    ['filer.raid5-rebuild.ok', 'ok'],
    ['filer.capacity-stated', 'warn'],
  ])('%s (%s) renders from its code and params', (code, level) => {
    const pairs = en.checks.map((c, i) => [c, fr.checks[i]] as const).filter(([c]) => c.code === code);
    expect(pairs.length, code).toBeGreaterThan(0);
    for (const [e, f] of pairs) {
      expect(e.level).toBe(level);
      expect(f?.params).toEqual(e.params);
      const locales = CATALOGUES.find((l) => code in l.en);
      expect(locales, code).toBeDefined();
      if (!locales || !f) continue;
      expect(e.message).toBe(renderMessage(locales, code, e.params ?? {}, 'en'));
      expect(f.message).toBe(renderMessage(locales, code, f.params ?? {}, 'fr'));
      expect(f.message).not.toBe(e.message);
    }
  });
  it('French has no English: checks, figures, steps and summary', () => {
    const lines = [fr.summary, ...fr.checks.map((c) => c.message), ...fr.figures.map((f) => f.label), ...fr.derivation.map((s) => s.title)];
    expect(lines.flatMap((l) => englishLines(l))).toEqual([]);
    // The detector is not blind.
    expect(englishLines(en.checks.map((c) => c.message).join('\n')).length).toBeGreaterThan(0);
  });
});

describe('refusals: the field, the value and what is allowed', () => {
  it('neither capacity nor raid', () => {
    const [i] = refusals(scenario('{ name: nfs, kind: nfs }'));
    expect(i?.path).toBe('storage.external[0].capacity');
    expect(i?.message).toBe('is required, or give raid (the filer’s RAID layout its usable capacity is derived from)');
  });
  it('RAID 6 on 3 disks: the core’s limit, on raid.disks, in both languages', () => {
    // packages/core/src/filer/raid.ts, minGroupSize: RAID 6 needs 4 disks (2 parity + 2 data).
    const yaml = scenario('{ name: nfs, kind: nfs, raid: { level: raid6, disks: 3, size: 2TB } }');
    expect(refusals(yaml)).toEqual([expect.objectContaining({ path: 'storage.external[0].raid.disks', value: 3, message: 'must be a whole number from 4 to 100,000' })]);
    expect(refusals(yaml, 'fr')[0]?.message).toBe('doit être un nombre entier de 4 à 100\u202f000');
  });
  it('a filer’s bond carries no traffic classes (the network budget is the nodes’)', () => {
    const issues = refusals(scenario('{ name: nfs, kind: nfs, capacity: 1TB, network: { speed: 1Gb/s, carries: { guests: 1Gb/s } } }'));
    expect(issues.map((i) => i.path)).toEqual(['storage.external[0].network.carries']);
  });
  it.each([
    ['spares leaving no group', 'raid: { level: 6, disks: 5, size: 2TB, spares: 2 }', 'storage.external[0].raid.spares', 'must be a whole number from 0 to 1'],
    ['an odd RAID 10 group', 'raid: { level: 10, disks: 8, size: 2TB, groupSize: 5 }', 'storage.external[0].raid.groupSize', 'must be an even whole number from 4 to 8'],
    ['an unknown level', 'raid: { level: raid7, disks: 8, size: 2TB }', 'storage.external[0].raid.level', 'expected a RAID level: 0, 1, 5, 6, 10 (or raid6…)'],
    ['an overhead above 0.9', 'raid: { level: 6, disks: 8, size: 2TB, overhead: 95% }', 'storage.external[0].raid.overhead', 'must be a ratio from 0 to 0.9, like 0.1 or 10%'],
  ])('%s', (_, raid, path, message) => {
    const issues = refusals(scenario(`{ name: nfs, kind: nfs, ${raid} }`));
    expect(issues.find((i) => i.path === path)?.message).toBe(message);
  });
});

describe('backups written to the filer (backup.on): the backup area’s checks, on the derived capacity', () => {
  const p = planOf(`${scenario(NFS_2012)}backup:\n  target: vzdump\n  changeRate: 1%\n  keep: { last: 2 }\n  schedule: weekly\n  on: nfs\n`);
  it('the backup area reads the RAID layout’s capacity: 18 TB × 0.8 − 6 TB of guests = 8.4 TB free', () => {
    // 18 TB: raid5_size above; the 80 % fill target (docs/filer.md); 6 TB: workloads.data, on the filer (no Ceph).
    expect(value(area(p, 'backup'), 'externalFreeBytes@nfs')).toBeCloseTo(18e12 * 0.8 - 6e12, 0);
  });
  it('the filer area adds no check of its own about them', () => {
    const filerIds = new Set(area(p, 'filer').checks.map((c) => c.id));
    expect(area(p, 'backup').checks.filter((c) => filerIds.has(c.id))).toEqual([]);
    expect([...filerIds].every((id) => id.startsWith('filer.'))).toBe(true);
  });
});
