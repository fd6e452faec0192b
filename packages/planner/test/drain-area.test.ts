/**
 * The plan's `drain` area (issue 11, item 3): the scenario's drain section through the core's drain
 * calculator. The plan shows what `capa drain` computes for the same inputs (one rule, one place:
 * packages/core/src/drain/drain.ts), its checks are coded in English and French, and bad sections
 * are refused naming the field, the value and what is allowed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Check, DRAIN_REBOOT_SECONDS, type Lang, renderMessage, SPECS } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../cli/test/french/english.js';
import { drainArea } from '../src/plan/areas-drain.js';
import { buildContext } from '../src/plan/context.js';
import { plan } from '../src/plan/plan.js';
import type { Area, PlanResult } from '../src/plan/types.js';
import { parseScenarioText } from '../src/scenario/load.js';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const GiB = 2 ** 30;
const DRAIN = SPECS.find((s) => s.id === 'drain')?.messages;

/** `capa drain --json`, as a user runs it (the built binary). */
function capaDrain(args: string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, [BIN, 'drain', ...args, '--json'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' }, timeout: 60_000 });
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const scenario = (nodes: string, drain: string, extra = '') => `
name: drain
workloads: { guestRam: 1TiB }
nodes: ${nodes}
${extra}
drain: ${drain}
`;
const FOUR = '{ count: 4, cores: 32, ram: 512GiB, network: { ceph: { links: 2, speed: 25Gb/s }, public: { links: 1, speed: 10Gb/s } } }';

function planOf(text: string, lang: Lang = 'en'): PlanResult {
  const r = parseScenarioText(text, { require: 'nodes', lang });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return plan(r.scenario, { lang });
}
const areaOf = (p: PlanResult): Area => {
  const a = p.areas.find((x) => x.id === 'drain');
  if (!a) throw new Error('no drain area');
  return a;
};
const fig = (a: Area, key: string) => a.figures.find((x) => x.key === key)?.value;

describe('the plan shows what capa drain computes for the same inputs (packages/core/src/drain/drain.ts)', () => {
  it('1 TiB over 4 × 512 GiB nodes, 100 MB/s dirtied, the 10 Gb/s public bond: 239 s, 55.9 min, 1152 GiB usable', () => {
    const a = areaOf(planOf(scenario(FOUR, '{ dirtyRate: 100MB/s }', 'rules: { hostReserve: 0 }')));
    // The drained node holds 1 TiB ÷ 4 = 256 GiB; the public bond is the default via.
    const cli = capaDrain(['--guest-ram', '256GiB', '--dirty-rate', '100MB/s', '--speed', '10Gb/s', '--nodes', '4', '--node-ram', '512GiB', '--cluster-guest-ram', '1TiB']);
    for (const k of ['drainSeconds', 'ramSeconds', 'diskSeconds', 'perMigrationBps', 'migrationBps', 'rollingUpgradeSeconds', 'usableWhileDrainedBytes']) expect(fig(a, k), k).toBe(cli[k]);
    expect(fig(a, 'nMinusOneHolds')).toBe(cli['nMinusOneHolds'] ? 1 : 0);
    // https://www.qemu.org/docs/master/devel/migration/main.html: 256 GiB × 8 ÷ (10 − 0.8) Gb/s; 4 × (239 s + 600 s)
    expect(fig(a, 'drainSeconds')).toBeCloseTo((256 * GiB * 8) / 9.2e9, 6);
    expect(fig(a, 'rollingUpgradeSeconds')).toBeCloseTo(4 * ((256 * GiB * 8) / 9.2e9 + DRAIN_REBOOT_SECONDS), 6);
    // The course's N − 1 memory rule: 512 GiB × 3 × 0.75 (https://pve.proxmox.com/wiki/High_Availability, docs/memory.md#sources)
    expect(fig(a, 'usableWhileDrainedBytes')).toBe(1152 * GiB);
  });
  it('bwlimit, 2 migrations, local disks, host reservations with Ceph OSDs, via ceph: the same figures as capa drain', () => {
    const nodes = '{ count: 3, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 4, size: 4TB }], network: { ceph: { links: 2, speed: 25Gb/s } } }';
    const ceph = 'storage: { ceph: { pools: [{ name: rbd }] } }';
    const a = areaOf(planOf(scenario(nodes, '{ dirtyRate: 1Gb/s, bwlimit: 8Gb/s, parallel: 2, localDisks: 200GiB, reboot: 5min, via: ceph }', ceph)));
    const cli = capaDrain([
      ...['--guest-ram', `${Math.ceil((1024 * GiB) / 3)}B`, '--dirty-rate', '1Gb/s', '--speed', '25Gb/s', '--links', '2', '--hash', 'layer3+4', '--bwlimit', '8Gb/s', '--parallel', '2'],
      ...['--local-disks', '200GiB', '--reboot', '300', '--nodes', '3', '--node-ram', '512GiB', '--cluster-guest-ram', '1TiB'],
      ...['--host-reserve', '2GiB', '--osds-per-node', '4', '--osd-size', '4TB'],
    ]);
    for (const k of ['drainSeconds', 'ramSeconds', 'diskSeconds', 'perMigrationBps', 'migrationBps', 'rollingUpgradeSeconds', 'usableWhileDrainedBytes']) expect(fig(a, k), k).toBe(cli[k]);
    // datacenter.cfg bwlimit migration= caps each of the 2 migrations (https://pve.proxmox.com/pve-docs/datacenter.cfg.5.html)
    expect([fig(a, 'perMigrationBps'), fig(a, 'migrationBps')]).toEqual([8e9, 16e9]);
  });
  it('one rule for both N − 1 checks: with rules.failures 1 the drain’s usable RAM is the memory area’s, reservations and unequal nodes included', () => {
    const nodes = `
  - { name: big, count: 2, cores: 32, ram: 768GiB, disks: [{ class: ssd, count: 4, size: 4TB }], network: { ceph: { speed: 25Gb/s } } }
  - { name: small, count: 3, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 2, size: 4TB }], network: { ceph: { speed: 25Gb/s } } }`;
    const p = planOf(scenario(nodes, '{ dirtyRate: 1Gb/s }', 'storage: { ceph: { pools: [{ name: rbd }] } }'));
    expect(fig(areaOf(p), 'usableWhileDrainedBytes')).toBe(p.metrics.usableGuestRamBytes);
    // The group with the most RAM per node is drained, and the plan says so.
    expect(areaOf(p).summary).toContain('big');
    expect(p.assumptions.some((x) => x.includes('group big'))).toBe(true);
    // 1 TiB ÷ 5 nodes, rounded up to the byte
    expect(fig(areaOf(p), 'drainedGuestRamBytes')).toBe(Math.ceil((1024 * GiB) / 5));
  });
  it('migrationBps feeds the network budget: k × r on the bond', () => {
    const r = parseScenarioText(scenario(FOUR, '{ dirtyRate: 100MB/s, parallel: 2, via: ceph }'), { require: 'nodes' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const out = drainArea(buildContext(r.scenario, undefined, 'en'));
    // 2 flows on 2 × 25 Gb/s layer3+4 (torvalds/linux:Documentation/networking/bonding.rst): each migration's share × 2
    expect(out.migrationBps).toBe(2 * (fig(out.area as Area, 'perMigrationBps') ?? 0));
    const none = parseScenarioText(scenario(FOUR, '{ dirtyRate: 100MB/s }').replace(/drain:.*\n/, ''), { require: 'nodes' });
    if (!none.ok) throw new Error('base');
    expect(drainArea(buildContext(none.scenario, undefined, 'en'))).toMatchObject({ area: null, migrationBps: null });
  });
});

describe('checks: coded, in English and French (the core’s drain catalogue)', () => {
  const CASES: readonly [string, string, string, string][] = [
    ['converges', scenario(FOUR, '{ dirtyRate: 100MB/s }'), 'drain.converges', 'ok'],
    // The dirty rate reaches the 10 Gb/s a migration sends: pre-copy never ends (https://www.qemu.org/docs/master/devel/migration/main.html)
    ['never converges', scenario(FOUR, '{ dirtyRate: 10Gb/s }'), 'drain.no-convergence', 'fail'],
    ['bwlimit below the share', scenario(FOUR, '{ dirtyRate: 100MB/s, bwlimit: 1Gb/s }'), 'drain.bwlimit', 'ok'],
    ['N − 1 holds', scenario(FOUR, '{ dirtyRate: 100MB/s }'), 'drain.n-minus-1.holds', 'ok'],
    // 3 × 512 GiB: 2 × 512 GiB × 0.75 − 2 × 2 GiB = 764 GiB < 1 TiB
    ['N − 1 short', scenario(FOUR.replace('count: 4', 'count: 3'), '{ dirtyRate: 100MB/s }'), 'drain.n-minus-1.short', 'fail'],
  ];
  it.each(CASES.map(([name, text, code, level]) => [name, code, level, text] as const))('%s: %s (%s)', (_name, code, level, text) => {
    const pair = (['en', 'fr'] as const).map((lang) => areaOf(planOf(text, lang)).checks.find((c) => c.code === code) as Check);
    const [en, fr] = pair;
    expect(en?.level).toBe(level);
    expect(fr?.params).toEqual(en?.params);
    for (const [c, lang] of [
      [en, 'en'],
      [fr, 'fr'],
    ] as const)
      if (DRAIN) expect(c?.message).toBe(renderMessage(DRAIN, code, c?.params ?? {}, lang));
    expect(fr?.message).not.toBe(en?.message);
    expect(englishLines(fr?.message ?? '')).toEqual([]);
  });
  it('the convergence fail: no time (never), the area and the plan fail', () => {
    const p = planOf(scenario(FOUR, '{ dirtyRate: 10Gb/s }'));
    const a = areaOf(p);
    expect([a.verdict, p.verdict, fig(a, 'drainSeconds'), fig(a, 'rollingUpgradeSeconds')]).toEqual(['fail', 'fail', null, null]);
    expect(a.figures.find((x) => x.key === 'drainSeconds')?.display).toBe('never (pre-copy does not converge)');
  });
});

describe('French: no English in the drain area', () => {
  it('figures, summary, checks, derivation and the assumptions', () => {
    const nodes = `
  - { name: big, count: 2, cores: 32, ram: 768GiB, network: { public: { speed: 10Gb/s } } }
  - { name: small, count: 3, cores: 32, ram: 512GiB, network: { public: { speed: 10Gb/s } } }`;
    for (const drain of ['{ dirtyRate: 100MB/s, parallel: 2, localDisks: 100GiB, bwlimit: 2Gb/s }', '{ dirtyRate: 10Gb/s }']) {
      const p = planOf(scenario(nodes, drain), 'fr');
      const a = areaOf(p);
      const texts = [a.title, a.summary, ...a.figures.flatMap((x) => [x.label, x.display]), ...a.checks.map((x) => x.message), ...a.derivation.map((x) => x.title), ...p.assumptions.slice(-2)];
      expect(texts.flatMap((x) => englishLines(x))).toEqual([]);
    }
  });
});

describe('refusals name the field, the value and what is allowed', () => {
  const refused = (drain: string, lang: Lang = 'en', nodes = FOUR, workloads = 'workloads: { guestRam: 1TiB }') => {
    const r = parseScenarioText(`name: x\n${workloads}\nnodes: ${nodes}\ndrain: ${drain}\n`, { require: 'nodes', lang });
    if (r.ok) throw new Error('expected a refusal');
    return r.issues;
  };
  it.each([
    ['{ dirtyRate: 1Gb/s, via: wan }', 'drain.via', /ceph, public, backup, corosync/],
    ['{ dirtyRate: 1Gb/s, parallel: 0 }', 'drain.parallel', /whole number from 1 to 64/],
    ['{ dirtyRate: 1Gb/s, reboot: -1 }', 'drain.reboot', /greater than 0/],
    ['{ dirtyRate: 1Gb/s, reboot: 2d }', 'drain.reboot', /whole number from 0 to 86,400/],
    ['{ dirtyRate: 1Gb/s, reboot: 10m }', 'drain.reboot', /min/],
    ['{ dirtyRate: 5 }', 'drain.dirtyRate', /a rate like 25Gb\/s/],
    ['{ bwlimit: 1Gb/s }', 'drain.dirtyRate', /is required/],
    ['{ dirtyRate: -1Gb/s }', 'drain.dirtyRate', /negative rates/],
  ])('%s → %s', (drain, path, allowed) => {
    const i = refused(drain);
    expect(i[0]?.path).toBe(path);
    expect(i[0]?.message).toMatch(allowed);
    expect(englishLines(refused(drain, 'fr')[0]?.message ?? '')).toEqual([]);
  });
  it('cross-field: a via bond the nodes lack, no bond, no guest RAM, one node', () => {
    const ceph = '{ count: 3, cores: 32, ram: 512GiB, network: { ceph: { speed: 10Gb/s } } }';
    expect(refused('{ dirtyRate: 1Gb/s, via: public }', 'en', ceph)[0]).toMatchObject({ path: 'drain.via', message: expect.stringContaining('node node has no network.public bond') });
    expect(refused('{ dirtyRate: 1Gb/s, via: backup }', 'en', ceph)[0]?.path).toBe('drain.via');
    expect(refused('{ dirtyRate: 1Gb/s }', 'en', '{ count: 3, cores: 32, ram: 512GiB }')[0]?.message).toContain('no bond for migrations');
    expect(refused('{ dirtyRate: 1Gb/s }', 'en', ceph, '')[0]?.message).toContain('workloads.guestRam');
    const one = refused('{ dirtyRate: 1Gb/s }', 'fr', ceph.replace('count: 3', 'count: 1')).find((i) => i.path === 'drain');
    expect(one?.message).toContain('au moins 2 nœuds');
  });
});
