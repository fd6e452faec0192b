/**
 * The checks the built-in examples do not reach, reached here from small scenarios (issue 10): each
 * is coded, its message is its code rendered from its params in that language, the params survive
 * JSON, and the French text is not the English one. Figures come from the scenarios' own numbers and
 * the catalogue (packages/planner/catalogue/platforms.yaml), sources cited where they are asserted.
 */
import { type Check, DURABILITY_CHECK_MESSAGES, type Lang, type Locales, poolDurability, renderMessage } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { PLANNER_CHECK_MESSAGES } from '../src/plan/check-messages.js';
import { plan } from '../src/plan/plan.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { CATALOGUES, catalogue } from './helpers.js';

/** Two pools on the SSD class and one on every OSD, nodes that differ, two failures, a durability floor. */
const CEPH = `
name: mixed ceph
workloads: { guestRam: 200GiB, data: 10TB }
nodes:
  - name: big
    count: 2
    cores: 32
    ram: 256GiB
    disks:
      - { class: ssd, count: 4, size: 4TB, role: osd }
      - { class: hdd, count: 2, size: 8TB, role: osd }
    network: { ceph: { links: 2, speed: 25Gb/s } }
  - name: small
    count: 3
    cores: 32
    ram: 256GiB
    disks:
      - { class: ssd, count: 2, size: 4TB, role: osd }
      - { class: hdd, count: 2, size: 8TB, role: osd }
    network: { ceph: { links: 2, speed: 25Gb/s } }
storage:
  ceph:
    pools:
      - { name: fast, replicas: 3, data: 2TB, deviceClass: ssd }
      - { name: other, replicas: 3, data: 2TB, deviceClass: ssd }
      - { name: all, replicas: 3, data: 1TB }
rules:
  failures: 2
  minNines: 6
`;

/** A platform asked for what it does not offer, 2 DIMMs per channel, a node without price, USD prices. */
const HARDWARE = `
name: off-catalogue hardware
workloads: { guestRam: 200GiB }
nodes:
  - name: odd
    count: 3
    platform: rack-1s-epyc9005
    sockets: 2
    cores: 64
    ram: 1152GiB
    disks:
      - { class: nvme, count: 10, size: 3.84TB, role: osd }
      - { class: hdd, count: 1, size: 8TB, role: osd }
    network:
      ceph: { links: 4, speed: 40Gb/s }
      public: { links: 2, speed: 25Gb/s }
  - name: slow
    count: 1
    platform: rack-1s-epyc9005
    cpu: epyc-9555p
    sockets: 1
    cores: 64
    ram: 1152GiB
    disks: [{ class: nvme, count: 6, size: 3.84TB, role: osd }]
    network: { ceph: { links: 2, speed: 25Gb/s } }
  - name: bare
    count: 1
    cores: 32
    ram: 256GiB
storage:
  ceph:
    pools:
      - { name: vm, replicas: 3, data: 1TB }
rules: { minNines: 20 }
prices:
  currency: USD
  subscription: standard
  years: 5
`;

/** Three 4 TB disks in 2-way mirrors: one disk left over; pools that fit, overflow, and state no data. */
const ZFS = `
name: local ZFS only
nodes:
  count: 3
  cores: 16
  ram: 128GiB
  disks: [{ class: ssd, count: 3, size: 4TB, role: zfs }]
storage:
  zfs:
    - { name: tank, layout: mirror, data: 3TB }
    - { name: full, layout: mirror, data: 4TB }
    - { name: nodata, layout: mirror }
rules: { hostReserve: 0 }
`;

/** Issue 11's network budget: one node group per situation (saturated, one link, knet links, recovery: auto). */
const NETWORK = `
name: network budgets
nodes:
  - name: a
    count: 3
    cores: 32
    ram: 256GiB
    disks: [{ class: nvme, count: 2, size: 4TB }]
    network:
      ceph: { links: 2, speed: 10Gb/s, carries: { ceph-public: 15Gb/s, ceph-cluster: 10Gb/s, corosync: 10Mb/s } }
      public: { links: 1, speed: 10Gb/s, carries: { guests: 2Gb/s } }
  - name: b
    count: 1
    cores: 32
    ram: 256GiB
    disks: [{ class: nvme, count: 2, size: 4TB, recoveryRate: 2GB/s }]
    network:
      ceph: { links: 2, speed: 100Gb/s, carries: { ceph-cluster: 10Gb/s, recovery: auto } }
      public: { links: 2, speed: 10Gb/s, carries: { corosync: 10Mb/s, guests: 5Gb/s } }
      corosync: { links: 1, speed: 1Gb/s, carries: { corosync: 10Mb/s } }
  - name: c
    count: 1
    cores: 32
    ram: 256GiB
    disks: [{ class: ssd, count: 2, size: 4TB, recoveryRate: 2GB/s }]
    network:
      ceph: { links: 2, speed: 1Gb/s, carries: { ceph-cluster: 500Mb/s, recovery: auto, corosync: 10Mb/s } }
  - name: d
    count: 1
    cores: 32
    ram: 256GiB
    network:
      public: { links: 2, speed: 10Gb/s, carries: { corosync: 10Mb/s, guests: 1Gb/s, recovery: auto } }
storage:
  ceph:
    pools: [{ name: vm, replicas: 3, data: 2TB }]
`;

const planOf = (text: string, lang: Lang): Check[] => {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return [...plan(r.scenario, { lang, catalogue: catalogue() }).checks];
};

/** The catalogue a code renders from: the planner's own, or the core's durability checks. */
const localesOf = (code: string): Locales => CATALOGUES.find((l) => code in l.en) ?? DURABILITY_CHECK_MESSAGES;

/** Every check of the scenario, en and fr side by side (same order: the plan does not depend on the language). */
function pairs(text: string): [Check, Check][] {
  const en = planOf(text, 'en');
  const fr = planOf(text, 'fr');
  expect(fr.map((c) => c.code)).toEqual(en.map((c) => c.code));
  return en.map((c, i) => [c, fr[i] as Check]);
}

/** The codes each scenario must reach, with the checks' ids: every check converted from words to a code. */
const REACHED: Record<string, readonly [string, string, string][]> = {
  CEPH: [
    ['memory.reservations-differ', 'memory.reservations-differ', 'warn'],
    ['memory.multi-failure', 'memory.multi-failure', 'ok'],
    ['ceph.overlapping-roots', 'ceph.overlapping-roots', 'warn'],
    ['ceph.heterogeneous-hosts', 'ceph.heterogeneous-hosts', 'warn'],
    ['ceph.shared-osds', 'ceph.shared-osds', 'ok'],
    ['durability.annual-loss', 'durability.annual-loss', 'ok'],
    ['durability.site', 'durability.site', 'ok'],
    ['durability.min-nines', 'durability.min-nines.ok', 'ok'],
  ],
  HARDWARE: [
    ['procurement.sockets', 'procurement.sockets', 'warn'],
    ['procurement.dimm-speed', 'procurement.dimm-speed', 'warn'],
    ['procurement.drive-bays', 'procurement.drive-bays', 'fail'],
    ['procurement.disk-class', 'procurement.disk-class', 'fail'],
    ['procurement.nic-ports', 'procurement.nic-ports', 'fail'],
    ['procurement.nic-speed', 'procurement.nic-speed', 'fail'],
    ['cost.currency', 'cost.currency', 'warn'],
    ['cost.price-missing', 'cost.price-missing', 'warn'],
    ['durability.min-nines', 'durability.min-nines.low', 'fail'],
  ],
  ZFS: [
    ['zfs.unused-disks', 'zfs.unused-disks', 'warn'],
    ['zfs.capacity', 'zfs.capacity.fits', 'ok'],
    ['zfs.capacity', 'zfs.capacity.over', 'fail'],
    ['zfs.capacity', 'zfs.capacity.info', 'ok'],
    ['zfs.local', 'zfs.local', 'warn'],
  ],
  // The core's network budget (packages/core/src/network/budget.ts) per bond, and the plan's auto check.
  NETWORK: [
    ['network.normal', 'network.normal.fits', 'ok'],
    ['network.normal', 'network.normal.over', 'fail'],
    ['network.link-down', 'network.link-down.fits', 'ok'],
    ['network.link-down', 'network.link-down.over', 'warn'],
    ['network.link-down', 'network.link-down.no-link', 'fail'],
    ['network.recovery', 'network.recovery.fits', 'ok'],
    ['network.recovery', 'network.recovery.over', 'warn'],
    ['network.corosync-shared', 'network.corosync-shared.saturated', 'fail'],
    ['network.corosync-shared', 'network.corosync-shared.saturated', 'warn'],
    ['network.corosync-shared', 'network.corosync-shared.shared', 'warn'],
    ['network.corosync-shared', 'network.corosync-shared.redundant', 'ok'],
    ['network.corosync-shared', 'network.corosync-shared.alone', 'ok'],
    ['network.ceph-shared', 'network.ceph-shared.shared', 'warn'],
    ['network.ceph-shared', 'network.ceph-shared.alone', 'ok'],
    ['network.nvme-speed', 'network.nvme-speed.slow', 'warn'],
    ['network.nvme-speed', 'network.nvme-speed.fast', 'ok'],
    ['network.single-flow', 'network.single-flow', 'ok'],
    ['network.budget-auto', 'network.budget-auto', 'warn'],
  ],
};
const TEXT: Record<string, string> = { CEPH, HARDWARE, ZFS, NETWORK };

describe.each(Object.keys(REACHED))('the %s scenario reaches its converted checks, coded, in English and French', (name) => {
  const all = pairs(TEXT[name] ?? '');
  it.each(REACHED[name] ?? [])('%s (%s, %s)', (id, code, level) => {
    // By level too: one code may be reached at two levels (corosync on a bond saturated always, or after a failure).
    const found = all.filter(([en]) => en.id === id && en.code === code && en.level === level);
    expect(found.length, `${id} ${code}`).toBeGreaterThan(0);
    for (const [en, fr] of found) {
      expect(en.level).toBe(level);
      expect(JSON.parse(JSON.stringify(en.params))).toEqual(en.params);
      expect(fr.params).toEqual(en.params);
      expect(en.message).toBe(renderMessage(localesOf(code), code, en.params ?? {}, 'en'));
      expect(fr.message).toBe(renderMessage(localesOf(code), code, fr.params ?? {}, 'fr'));
      expect(fr.message).not.toBe(en.message);
    }
  });
});

describe('every check of these scenarios renders from its code and params, tagged ones included', () => {
  it.each(Object.keys(TEXT))('%s', (name) => {
    const tagged = new Set<string>();
    for (const lang of ['en', 'fr'] as const) {
      for (const c of planOf(TEXT[name] ?? '', lang)) {
        const code = c.code ?? '';
        const locales = CATALOGUES.find((l) => code in l.en);
        expect(locales, `${c.id} ${code}`).toBeDefined();
        expect(c.message).toBe(renderMessage(locales ?? PLANNER_CHECK_MESSAGES, code, c.params ?? {}, lang));
        if (typeof c.params?.['tag'] === 'string') tagged.add(`${c.id}@${c.params['tag']}`);
      }
    }
    // The planner's own tagged check (one per node group) and a core one (per pool).
    if (name === 'CEPH') expect([...tagged]).toEqual(expect.arrayContaining(['bluestore.no-db-device@big', 'bluestore.no-db-device@small', 'durability.annual-loss@fast']));
  });
});

describe('the parameters are raw data, formatted by the renderer', () => {
  const get = (text: string, code: string, lang: Lang = 'en') => planOf(text, lang).find((c) => c.code === code);
  it('platform limits: the catalogue’s own numbers (packages/planner/catalogue/platforms.yaml, rack-1s-epyc9005)', () => {
    // rack-1s-epyc9005: sockets [1], driveBays 10, diskClasses [ssd, nvme], nicPorts 4, nicSpeeds 10/25/100 Gb/s.
    expect(get(HARDWARE, 'procurement.sockets')?.params).toEqual({ node: 'odd', sockets: 2, options: '1' });
    expect(get(HARDWARE, 'procurement.drive-bays')?.params).toEqual({ node: 'odd', disks: 11, bays: 10 });
    expect(get(HARDWARE, 'procurement.disk-class')?.params).toEqual({ node: 'odd', diskClass: 'hdd' });
    // 4 Ceph links + 2 public links = 6 > 4 ports.
    expect(get(HARDWARE, 'procurement.nic-ports')?.params).toEqual({ node: 'odd', links: 6, ports: 4 });
    expect(get(HARDWARE, 'procurement.nic-speed')?.params).toEqual({ node: 'odd', speedBps: 40e9, offeredBps: '10000000000,25000000000,100000000000' });
    expect(get(HARDWARE, 'procurement.nic-speed')?.message).toBe('Node odd: 40 Gb/s NICs are not offered on this platform (10 Gb/s, 25 Gb/s, 100 Gb/s).');
    expect(get(HARDWARE, 'cost.currency')?.params).toEqual({ tableCurrency: 'EUR', currency: 'USD' });
  });
  it('1152 GiB on one 12-channel socket is 24 × 48 GiB at 2 per channel: 4400 MT/s instead of 6000', () => {
    // platforms.yaml: rack-1s-epyc9005 memory 12 channels, 24 slots, speeds [6000, 4400]; 1152 GiB ÷ 24 = 48 GiB.
    const c = get(HARDWARE, 'procurement.dimm-speed');
    expect(c?.params).toMatchObject({ node: 'slow', dimms: 24, dimmBytes: 48 * 2 ** 30, perChannel: 2, speedMTs: 4400, system: 'binary' });
    // The penalty is the speed lost, 1 − 4400 ÷ 6000, a ratio the renderer prints as a percentage.
    expect(c?.params?.['penalty']).toBeCloseTo(1 - 4400 / 6000, 12);
  });
  it('ZFS: 3 × 4 TB in 2-way mirrors keep 4 TB less the slop (1/32) and leave one disk', () => {
    // openzfs/zfs:module/zfs/spa_misc.c: spa_slop_shift 5 (1/32, between 128 MiB and 128 GiB): 4 TB − 125 GB.
    expect(get(ZFS, 'zfs.capacity.info')?.params).toEqual({ pool: 'nodata', node: 'node', usableBytes: 4e12 - 4e12 / 32, system: 'decimal' });
    expect(get(ZFS, 'zfs.unused-disks')?.params).toEqual({ pool: 'tank', node: 'node', disks: 1 });
    expect(get(ZFS, 'zfs.capacity.over')?.params).toMatchObject({ dataBytes: 4e12, maxFill: 0.8 });
  });
  it('durability: probabilities and nines unformatted, the pool a tag rendered as [pool]', () => {
    const c = get(CEPH, 'durability.annual-loss', 'fr');
    expect(c?.params?.['tag']).toBe('fast');
    expect(c?.message.startsWith('[fast] Probabilité annuelle de perte de données ')).toBe(true);
    expect(typeof c?.params?.['annualLoss']).toBe('number');
    expect(get(CEPH, 'durability.min-nines.ok')?.params).toMatchObject({ pool: 'fast', min: 6 });
  });
});

describe('the core durability codes the planner cannot reach', () => {
  const base = { hosts: 5, osdsPerHost: 4, pgNum: 128, osdExposureSeconds: 3600, system: 'decimal' as const };
  it.each([
    ['durability.annual-loss.disks-only', { kind: 'replicated' as const, size: 3 }],
    ['durability.annual-loss.no-redundancy', { kind: 'replicated' as const, size: 1 }],
  ])('%s renders from its params in both languages', (code, protection) => {
    // No osdDataBytes: the read-error term is left out (the planner always states it).
    const out = (['en', 'fr'] as const).map((lang) => {
      const r = poolDurability({ ...base, protection, lang });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const c = r.value.checks.find((x) => x.id === 'durability.annual-loss');
      expect(c?.code).toBe(code);
      expect(c?.message).toBe(renderMessage(DURABILITY_CHECK_MESSAGES, code, c?.params ?? {}, lang));
      expect(JSON.parse(JSON.stringify(c?.params))).toEqual(c?.params);
      return c?.message;
    });
    expect(out[1]).not.toBe(out[0]);
  });
});
