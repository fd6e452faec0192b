/**
 * Issue 11, item 2 in `capa plan`: the network budget of every bond that says what it carries, by the
 * core's capa network (packages/core/src/network/budget.ts). The blade of the issue (one 2 × 25 GbE
 * 802.3ad bond carrying administration, corosync, Ceph, guests and a backup VLAN) gives the plan the
 * figures `capa network` gives for the same classes; corosync judged on a saturated bond with one and
 * with two knet links; refusals of what the scenario says wrong; French without English.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Check, Lang } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../cli/test/french/english.js';
import { networkArea } from '../src/plan/areas-network.js';
import { buildContext } from '../src/plan/context.js';
import { plan } from '../src/plan/plan.js';
import type { Area } from '../src/plan/types.js';
import { parseScenarioText } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/model.js';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));

/** The issue's blade: every class on one 2 × 25 GbE LACP bond (docs/network.md's sample), recovery from the failure model. */
const BLADE = (carries: string, extra = '') => `
name: blade
workloads: { guestRam: 400GiB, data: 20TB }
nodes:
  count: 4
  cores: 32
  ram: 512GiB
  disks: [{ class: ssd, count: 4, size: 3.84TB }]
  network:
    ceph: { links: 2, speed: 25Gb/s, carries: ${carries} }
${extra}storage:
  ceph:
    pools: [{ name: vm, replicas: 3 }]
`;
const BLADE_CLASSES = '{ admin: 1Gb/s, corosync: 10Mb/s, ceph-public: 12Gb/s, guests: 7Gb/s, backup: 10Gb/s, recovery: auto }';

function scenario(text: string): Scenario {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}
const networkOf = (text: string, lang: Lang = 'en'): Area => {
  const a = plan(scenario(text), { lang }).areas.find((x) => x.id === 'network');
  if (!a) throw new Error('no network area');
  return a;
};
const capa = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' }, timeout: 60_000 });

describe('the blade: one 2 × 25 GbE 802.3ad bond carrying every class', () => {
  const text = BLADE(BLADE_CLASSES);
  const p = plan(scenario(text), { lang: 'en' });
  const net = p.areas.find((a) => a.id === 'network');
  const fig = (key: string) => net?.figures.find((f) => f.key === key);
  // The recovery class is the failure model's rate into one survivor's bond (core hostRecovery's hostBps).
  const recoveryStep = p.areas.find((a) => a.id === 'failure')?.derivation.find((s) => s.id === 'recovery.host.bond-rate');

  it('recovery: auto is the failure model’s per-survivor recovery rate', () => {
    // 4 hosts, 4 SSD OSDs at Kampe's 50 MB/s (ceph-tools Config.py): the survivors' disks bound it,
    // (H − 1) × n × o = 3 × 4 × 400 Mb/s = 4.8 Gb/s shared by reads and writes (2 bytes per rebuilt byte
    // of a replicated pool), over 3 survivors: 4.8 ÷ 2 ÷ 3 = 0.8 Gb/s each.
    expect(recoveryStep?.value).toBeCloseTo(0.8e9, -3);
    expect(fig('recoveryDemandBps@ceph')?.value).toBeCloseTo(30.01e9 + 0.8e9, -3);
  });

  it('gives, state by state, the figures capa network gives for the same classes', () => {
    const rec = `recovery=${Math.round(recoveryStep?.value ?? 0)}b/s`;
    const args = ['network', '--links', '2', '--speed', '25Gb/s', '--class', 'admin=1Gb/s,corosync=10Mb/s,ceph-public=12Gb/s,guests=7Gb/s,backup=10Gb/s', '--class', rec];
    const json = capa([...args, '--json']);
    expect(json.status, json.stderr).toBeLessThan(2);
    const r = JSON.parse(json.stdout) as Record<'normal' | 'linkDown' | 'recovery', { capacityBps: number; demandBps: number; utilisation: number; starving: string | null }>;
    for (const st of ['normal', 'linkDown', 'recovery'] as const) {
      expect(fig(`${st}CapacityBps@ceph`)?.value).toBe(r[st].capacityBps);
      expect(fig(`${st}DemandBps@ceph`)?.value).toBeCloseTo(r[st].demandBps, -1);
      expect(fig(`${st}Utilisation@ceph`)?.value).toBeCloseTo(r[st].utilisation, 9);
      expect(fig(`${st}Starving@ceph`)?.display).toBe(r[st].starving ?? 'none');
    }
    // docs/network.md's sample: 50 Gb/s, 60 % with every link up; 25 Gb/s, 120 % and ceph-public starving with one link down
    // (Linux bonding: 802.3ad aggregates n × L, torvalds/linux:Documentation/networking/bonding.rst).
    expect(r.normal.capacityBps).toBe(50e9);
    expect(r.linkDown.utilisation).toBeCloseTo(30.01 / 25, 12);
    expect(r.linkDown.starving).toBe('ceph-public');
    // The text capa network prints, line for line ("Utilisation, one link down   120%").
    const out = capa(args).stdout;
    for (const f of net?.figures.filter((x) => x.key.endsWith('@ceph')) ?? []) {
      const label = f.label.replace(/ \(ceph\)$/, '');
      expect(out).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+${f.display.replace(/[.()]/g, '\\$&')}\\n`));
    }
  });

  it('keeps the bond’s own figures and keys, adds the budget’s checks, and its verdict names the starving class', () => {
    expect(net?.figures.map((f) => f.key).slice(0, 4)).toEqual(['aggregateBps', 'degradedBps', 'expectedBps', 'transferBps']);
    const ids = net?.checks.map((c) => c.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['network.normal', 'network.link-down', 'network.recovery', 'network.corosync-shared', 'network.ceph-shared']));
    expect(net?.summary).toContain('Traffic budget: on ceph, ceph-public starves first with one link down.');
  });
});

describe('corosync on a saturated bond', () => {
  // 2 × 10 GbE carrying 25 Gb/s: saturated with every link up.
  const SAT = '{ ceph-public: 15Gb/s, ceph-cluster: 10Gb/s, corosync: 10Mb/s }';
  const NODES = (network: string) => `
name: corosync
nodes: { count: 3, cores: 32, ram: 256GiB, disks: [{ class: ssd, count: 2, size: 4TB }], network: ${network} }
storage: { ceph: { pools: [{ name: vm }] } }
`;
  const corosync = (a: Area): Check | undefined => a.checks.find((c) => c.id.startsWith('network.corosync'));

  it('with no second corosync link: a failure, the id starting network.corosync as the issue says', () => {
    const a = networkOf(NODES(`{ ceph: { links: 2, speed: 10Gb/s, carries: ${SAT} } }`));
    // pvecm, "Cluster Network": corosync needs low latency (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_cluster_network).
    expect(corosync(a)).toMatchObject({ id: 'network.corosync-shared', code: 'network.corosync-shared.saturated', level: 'fail' });
    expect(a.summary).toContain('on ceph, ceph-public starves first with every link up');
  });

  it('with a second corosync bond (a second knet link): no such check', () => {
    const a = networkOf(NODES(`{ ceph: { links: 2, speed: 10Gb/s, carries: ${SAT} }, corosync: { links: 1, speed: 1Gb/s, carries: { corosync: 10Mb/s } } }`));
    // kronosnet takes up to 8 links (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#pvecm_redundancy).
    const on = a.checks.filter((c) => c.id.startsWith('network.corosync'));
    expect(on.map((c) => [c.params?.['tag'], c.code, c.level])).toEqual([
      ['ceph', 'network.corosync-shared.redundant', 'ok'],
      ['corosync', 'network.corosync-shared.alone', 'ok'],
    ]);
  });

  it('NVMe OSDs on 20 Gb/s: said once, by the budget of that bond (one rule, one place)', () => {
    const text = NODES(`{ ceph: { links: 2, speed: 10Gb/s, carries: ${SAT} } }`).replace('class: ssd', 'class: nvme');
    const nvme = networkOf(text).checks.filter((c) => c.id === 'network.nvme-speed');
    // pveceph: NVMe wants at least 25 Gb/s (https://pve.proxmox.com/pve-docs/chapter-pveceph.html).
    expect(nvme.map((c) => c.code)).toEqual(['network.nvme-speed.slow']);
    // Without carries the planner's own check says it, as before.
    const before = networkOf(text.replace(`, carries: ${SAT}`, '')).checks.filter((c) => c.id === 'network.nvme-speed');
    expect(before.map((c) => c.code)).toEqual(['network.nvme-speed']);
  });
});

describe('auto rates the plan cannot derive are left out, said by a check', () => {
  it('backup and migration before their areas give a rate (null), recovery on a node without OSDs', () => {
    const s = scenario(BLADE('{ guests: 5Gb/s, backup: 2Gb/s, migration: 1Gb/s }'));
    const g = s.nodes[0];
    if (!g?.cephNet) throw new Error('no bond');
    // The model as normalize.ts would build it from `auto`, the sections' check bypassed.
    const autos = {
      ...s,
      nodes: [
        {
          ...g,
          cephNet: {
            ...g.cephNet,
            carries: [
              { name: 'guests', bps: 5e9 },
              { name: 'backup', bps: 'auto' as const },
              { name: 'migration', bps: 'auto' as const },
            ],
          },
        },
      ],
    };
    const a = networkArea(buildContext(autos, undefined, 'en'), { backupBps: null, migrationBps: null }, { hostBpsByDomain: new Map() });
    expect(a?.checks.filter((c) => c.id === 'network.budget-auto').map((c) => [c.params?.['class'], c.level])).toEqual([
      ['backup', 'warn'],
      ['migration', 'warn'],
    ]);
    expect(a?.figures.find((f) => f.key === 'normalDemandBps@ceph')?.value).toBe(5e9);
    const withRates = networkArea(buildContext(autos, undefined, 'en'), { backupBps: 2e9, migrationBps: 1e9 }, { hostBpsByDomain: new Map() });
    expect(withRates?.figures.find((f) => f.key === 'normalDemandBps@ceph')?.value).toBe(8e9);
  });
  it('migration: auto is the drain area’s migrationBps, on the bond drain.via names', () => {
    const p = plan(
      scenario(`
name: drain via backup
workloads: { guestRam: 300GiB }
nodes:
  count: 3
  cores: 32
  ram: 512GiB
  network:
    public: { links: 2, speed: 10Gb/s }
    backup: { links: 2, speed: 10Gb/s, carries: { migration: auto, backup: 2Gb/s } }
drain: { dirtyRate: 1Gb/s, via: backup, parallel: 2 }
`),
      { lang: 'en' },
    );
    const migration = p.areas.find((a) => a.id === 'drain')?.figures.find((f) => f.key === 'migrationBps')?.value;
    const net = p.areas.find((a) => a.id === 'network');
    expect(migration).toBeGreaterThan(0);
    expect(net?.figures.find((f) => f.key === 'normalDemandBps@backup')?.value).toBeCloseTo((migration ?? 0) + 2e9, 0);
    // The largest demand is cut first on a saturated bond (max-min sharing, docs/network.md): migration with one 10 Gb/s link left.
    expect(net?.summary).toBe('Traffic budget: on backup, migration starves first with one link down.');
  });
  it('recovery: auto on compute nodes (no OSD: no recovery comes in)', () => {
    const withCompute = `
name: blade and compute
nodes:
  - { name: osd, count: 4, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 4, size: 3.84TB }], network: { ceph: { speed: 25Gb/s, carries: { ceph-cluster: 5Gb/s, recovery: auto } } } }
  - { name: cpu, count: 1, cores: 32, ram: 512GiB, network: { public: { speed: 10Gb/s, carries: { guests: 1Gb/s, recovery: auto } } } }
storage: { ceph: { pools: [{ name: vm, replicas: 3, data: 1TB }] } }
`;
    const a = networkOf(withCompute);
    expect(a.checks.filter((c) => c.id === 'network.budget-auto').map((c) => c.params?.['tag'])).toEqual(['cpu/public']);
    expect(a.figures.some((f) => f.key === 'recoveryDemandBps@osd/ceph')).toBe(true);
    expect(a.figures.some((f) => f.key === 'normalDemandBps@cpu/public')).toBe(true);
  });
});

describe('refusals name the field, the value and what is allowed', () => {
  const refused = (text: string, lang: Lang = 'en') => {
    const r = parseScenarioText(text, { require: 'nodes', lang });
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.issues;
  };
  it.each([
    ['{ guests: auto }', 'nodes.network.ceph.carries.guests', 'auto is derived for recovery, backup and migration only'],
    ['{ backup: auto }', 'nodes.network.ceph.carries.backup', 'no backup section'],
    ['{ migration: auto }', 'nodes.network.ceph.carries.migration', 'no drain section'],
    ['{ Guests: 1Gb/s }', 'nodes.network.ceph.carries.Guests', '"Guests" is not a traffic class name'],
    ['{}', 'nodes.network.ceph.carries', 'give from 1 to 64'],
    ['{ guests: fast }', 'nodes.network.ceph.carries.guests', ''],
    ['{ guests: -1Gb/s }', 'nodes.network.ceph.carries.guests', 'negative'],
  ])('%s', (carries, path, words) => {
    const issues = refused(BLADE(carries));
    const hit = issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toContain(words);
  });
  it('recovery: auto without Ceph', () => {
    const issues = refused('name: x\nnodes: { count: 3, cores: 8, ram: 64GiB, network: { public: { speed: 10Gb/s, carries: { recovery: auto } } } }\n');
    expect(issues.find((i) => i.path === 'nodes.network.public.carries.recovery')?.message).toContain('no storage.ceph');
  });
});

describe('French has no English', () => {
  it('the area’s verdict, figures and checks', () => {
    const a = networkOf(BLADE(BLADE_CLASSES), 'fr');
    expect(a.summary).toContain('Budget de trafic\u00a0: sur ceph, la classe ceph-public est affamée la première avec un lien en panne.');
    const text = [a.summary, ...a.figures.map((f) => `${f.label} ${f.display}`), ...a.checks.map((c) => c.message)].join('\n');
    expect(englishLines(text)).toEqual([]);
  });
  it('the refusals', () => {
    for (const carries of ['{ guests: auto }', '{ backup: auto }', '{ migration: auto }', '{ Guests: 1Gb/s }', '{}']) {
      const r = parseScenarioText(BLADE(carries), { require: 'nodes', lang: 'fr' });
      const lines = r.ok ? [] : r.issues.map((i) => i.message);
      expect(lines.length).toBeGreaterThan(0);
      expect(englishLines(lines.join('\n'))).toEqual([]);
    }
  });
});
