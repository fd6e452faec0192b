/**
 * Issue 10, item 2 ("messages are data end to end"): every cross-field refusal of the scenario
 * (normalize.ts) is a code with language-free parameters, rendered from an English and a French
 * catalogue. Each code is reached here by a scenario that triggers it; its French reads as French
 * (the CLI's English detector) and its English reads as English (the detector is not blind).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { englishLines } from '../../cli/test/french/english.js';
import type { RawIssue } from '../src/scenario/issues.js';
import { type NormalizeCode, NORMALIZE_MESSAGES } from '../src/scenario/normalize-messages.js';
import { normalizeScenario, type NormalizeOptions } from '../src/scenario/normalize.js';
import { scenarioSchema } from '../src/scenario/schema.js';
import { inLang } from '../src/scenario/value-messages.js';

const NODE = 'cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 4, size: 4TB }]';
const NODES = `name: x\nnodes: { count: 4, ${NODE} }\n`;
const POOL = (pools: string, workloads = '') => `${NODES}${workloads}storage: { ceph: { pools: [${pools}] } }\n`;
const ZFS = (layout: string, disks = 'disks: [{ class: ssd, count: 2, size: 4TB, role: zfs }]') =>
  `name: x\nnodes: { count: 3, cores: 32, ram: 512GiB, ${disks} }\nstorage: { zfs: [{ name: z, layout: "${layout}" }] }\n`;
const EXT = (entry: string) => `${NODES}storage: { external: [${entry}] }\n`;
const DRAIN_NODES = `name: x\nnodes: { count: 3, ${NODE}, network: { ceph: { speed: 10Gb/s } } }\n`;
const NET = (carries: string, rest = '') => `name: x\nnodes: { count: 3, ${NODE}, network: { ceph: { speed: 25Gb/s, carries: ${carries} } } }\n${rest}`;
const OPT = (optimize: string, rest = '') => `name: x\noptimize: ${optimize}\n${rest}`;
const BACKUP = (backup: string, rest = 'workloads: { data: 10TB }\n') => `${NODES}${rest}backup: { changeRate: 2%, keep: { last: 3 }, ${backup} }\n`;

/** One scenario per code (a Record: a code without its scenario does not compile). */
const CASES: Record<NormalizeCode, { yaml: string; require?: NormalizeOptions['require'] }> = {
  nodesRequired: { yaml: 'name: x\n' },
  optimizeRequired: { yaml: 'name: x\n', require: 'optimize' },
  nodesOrOptimize: { yaml: 'name: x\n', require: 'either' },
  belowNodes: { yaml: `${NODES}rules: { failures: 4 }\n` },
  coresBelowSockets: { yaml: 'name: x\nnodes: { count: 3, sockets: 4, cores: 1, ram: 512GiB }\n' },
  disksPerNode: { yaml: 'name: x\nnodes: { count: 3, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 1000, size: 1TB }, { class: ssd, size: 1TB, role: system }] }\n' },
  nodesTotal: { yaml: `name: x\nnodes: [{ count: 10000, ${NODE} }, { count: 1, ${NODE} }]\n` },
  osdsTotal: { yaml: 'name: x\nnodes: { count: 101, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 1000, size: 1TB }] }\n' },
  guestRamTwice: { yaml: `${NODES}workloads: { guestRam: 1GiB, vms: [{ name: v, ram: 1GiB, vcpus: 1 }] }\n` },
  vcpusTwice: { yaml: `${NODES}workloads: { vcpus: 2, vms: [{ name: v, ram: 1GiB, vcpus: 1 }] }\n` },
  dataTwice: { yaml: `${NODES}workloads: { data: 1TB, vms: [{ name: v, ram: 1GiB, vcpus: 1, disk: 1TB }] }\n` },
  ratioOrder: { yaml: `${NODES}storage: { ceph: { nearfull: 0.95, backfillfull: 0.9, pools: [{ name: p }] } }\n` },
  poolTwice: { yaml: POOL('{ name: p, data: 1TB }, { name: p, data: 1TB }') },
  replicasAndEc: { yaml: POOL('{ name: p, replicas: 3, ec: 2+1 }') },
  dataAndShare: { yaml: POOL('{ name: p, data: 1TB, share: 0.5 }') },
  shareNeedsData: { yaml: POOL('{ name: p, share: 0.5 }') },
  noOsdDisks: { yaml: POOL('{ name: p, deviceClass: hdd }') },
  impossibleNodes: { yaml: POOL('{ name: p, ec: 4+2 }') },
  impossibleOptimize: { yaml: OPT('{ nodes: { min: 3, max: 4 } }', 'storage: { ceph: { pools: [{ name: p, ec: 4+2 }] } }\n'), require: 'optimize' },
  sharesOver: { yaml: POOL('{ name: a, share: 0.605 }, { name: b, share: 0.5 }', 'workloads: { data: 10TB }\n') },
  poolsNeedData: { yaml: POOL('{ name: a }, { name: b }', 'workloads: { data: 10TB }\n') },
  noZfsDisks: { yaml: ZFS('mirror', 'disks: []') },
  raidzWidth: { yaml: ZFS('raidz2') },
  draidData: { yaml: ZFS('draid1:0d') },
  zfsLayout: { yaml: ZFS('raid5') },
  optimizeNodesMin: { yaml: OPT('{ nodes: { min: 5, max: 4 } }'), require: 'optimize' },
  optimizeDisksMin: { yaml: OPT('{ disksPerNode: { min: 5, max: 4 } }'), require: 'optimize' },
  optimizeFailures: { yaml: OPT('{ nodes: { min: 1, max: 4 } }'), require: 'optimize' },
  optimizeZfs: { yaml: OPT('{}', 'storage: { zfs: [{ name: z, layout: mirror }] }\n'), require: 'optimize' },
  externalCapacity: { yaml: EXT('{ name: nfs, kind: nfs }') },
  // RAID 6 needs 4 disks for one group (packages/core/src/filer/raid.ts, minGroupSize: parity + 2).
  raidLimit: { yaml: EXT('{ name: nfs, kind: nfs, raid: { level: raid6, disks: 3, size: 2TB } }') },
  drainNoGuestRam: { yaml: `${DRAIN_NODES}drain: { dirtyRate: 1Gb/s }\n` },
  drainOneNode: { yaml: `name: x\nnodes: { count: 1, ${NODE}, network: { ceph: { speed: 10Gb/s } } }\nworkloads: { guestRam: 1GiB }\ndrain: { dirtyRate: 1Gb/s }\n` },
  drainNoBond: { yaml: `${NODES}workloads: { guestRam: 1GiB }\ndrain: { dirtyRate: 1Gb/s }\n` },
  drainViaMissing: { yaml: `${DRAIN_NODES}workloads: { guestRam: 1GiB }\ndrain: { dirtyRate: 1Gb/s, via: public }\n` },
  carriesCount: { yaml: NET('{}') },
  className: { yaml: NET('{ Ceph_Public: 4Gb/s }') },
  autoClass: { yaml: NET('{ guests: auto }') },
  autoNeedsCeph: { yaml: NET('{ recovery: auto }') },
  autoNeedsBackup: { yaml: NET('{ backup: auto }') },
  autoNeedsDrain: { yaml: NET('{ migration: auto }') },
  backupOnUnknown: { yaml: BACKUP('on: nsf', 'workloads: { data: 10TB }\nstorage: { external: [{ name: nfs, kind: nfs, capacity: 100TB }] }\n') },
  backupNoData: { yaml: BACKUP('target: pbs', '') },
  verifyNeedsPbs: { yaml: BACKUP('target: vzdump, verify: { every: 7 }') },
  datastoreLayout: { yaml: BACKUP('datastore: { layout: raid7, disks: 12, size: 16TB }') },
  datastoreDisks: { yaml: BACKUP('datastore: { layout: raid6, disks: 4, size: 16TB, spares: 1 }') },
};

/** The cross-field refusals of a scenario, rendered in `lang` (as load.ts does, without positions). */
function refusals(yaml: string, require: NormalizeOptions['require'], lang: 'en' | 'fr'): RawIssue[] {
  const raw: unknown = parse(yaml);
  const doc = scenarioSchema.safeParse(raw);
  if (!doc.success) throw new Error(`the schema refused the case: ${doc.error.message}`);
  return inLang(lang, () => normalizeScenario(doc.data, raw, { require }).issues);
}

describe('the scenario cross-field refusals are codes rendered in English and French', () => {
  it('every code has a scenario here, and both catalogues have the same codes', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(NORMALIZE_MESSAGES.en).sort());
    expect(Object.keys(NORMALIZE_MESSAGES.fr).sort()).toEqual(Object.keys(NORMALIZE_MESSAGES.en).sort());
  });

  it.each(Object.entries(CASES))('%s: reached, French in French, English in English', (code, c) => {
    const en = refusals(c.yaml, c.require ?? 'nodes', 'en').find((i) => i.code === code);
    const fr = refusals(c.yaml, c.require ?? 'nodes', 'fr').find((i) => i.code === code);
    expect(en, `no ${code} refusal for:\n${c.yaml}`).toBeDefined();
    if (!en || !fr) return;
    expect(fr.path).toEqual(en.path);
    expect(fr.params).toEqual(en.params);
    const k = code as NormalizeCode;
    expect(en.message).toBe(NORMALIZE_MESSAGES.en[k](en.params ?? {}));
    expect(fr.message).toBe(NORMALIZE_MESSAGES.fr[k](fr.params ?? {}));
    expect(fr.message).not.toBe(en.message);
    expect(englishLines(fr.message), fr.message).toEqual([]);
    expect(englishLines(en.message).length, en.message).toBeGreaterThan(0);
  });

  // The English wording is unchanged by the conversion (docs and tests quote it).
  it.each([
    ['impossibleNodes', 'EC 4+2 is impossible here: it needs at least 6 hosts (failure domains), and the scenario has 4 nodes with OSDs'],
    ['noOsdDisks', 'no node has hdd disks with role osd'],
    ['sharesOver', "the pools' shares add up to 110.5 %, more than 100 %"],
    ['belowNodes', 'must be less than the number of nodes (4)'],
    ['disksPerNode', 'hold 1001 disks per node; must be a whole number from 1 to 1,000'],
    ['osdsTotal', 'hold 101000 OSDs; at most 100000 per cluster'],
    ['zfsLayout', 'expected a ZFS layout: mirror, raidz1, raidz2, raidz3 or draid2:8d:1s'],
    ['raidzWidth', 'a RAIDZ2 vdev needs more than 2 disks (width 2)'],
    // docs/filer.md: the core's refusal of RAID 6 on 3 disks, on storage.external[0].raid.disks.
    ['raidLimit', 'must be a whole number from 4 to 100,000'],
  ] as const)('%s in English: %s', (code, message) => {
    const c = CASES[code];
    expect(refusals(c.yaml, c.require ?? 'nodes', 'en').find((i) => i.code === code)?.message).toBe(message);
  });

  it('French numbers use the French decimal comma and non-breaking spaces', () => {
    const c = CASES.sharesOver;
    expect(refusals(c.yaml, 'nodes', 'fr').find((i) => i.code === 'sharesOver')?.message).toBe('les parts des pools totalisent 110,5\u00a0%, plus de 100\u00a0%');
  });
});
