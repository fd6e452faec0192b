/**
 * The scenario document: one zod schema, YAML or JSON. Unknown keys are refused everywhere (a typo
 * must not silently drop a requirement); sizes, rates and ratios are strings with units.
 * `scenario.schema.json` is generated from it for editors (scripts/write-schema.mjs).
 */
import {
  BLUESTORE_DEFAULTS,
  BLUESTORE_RULES,
  BOND_MODES,
  CEPH_DEFAULTS,
  defaultText,
  describeLimit,
  formatNumber,
  HASH_POLICIES,
  KAMPE_DISK_AFR,
  KAMPE_DISK_FIT,
  KAMPE_DISK_NRE,
  LIMITS,
  MEMORY_DEFAULTS,
  PG_DEFAULTS,
  SUBSCRIPTION_LEVELS,
} from '@capa/core';
import * as z from 'zod';
import { backupSection } from './schema-backup.js';
import { bond as plainBond } from './schema-bond.js';
import { drainSection } from './schema-drain.js';
import { filerRaid } from './schema-filer.js';
import { carries } from './schema-network.js';
import { expected, parseLang, say } from './value-messages.js';
import { count, ecProfile, growthRate, money, name, positive, probability, rate, ratio, size, sizeOrZero, zfsArc, zfsBlockSize } from './values.js';

export const DISK_CLASS = z.enum(['hdd', 'ssd', 'nvme'], { error: expected('diskClass') });
export const DISK_ROLES = ['osd', 'db', 'zfs', 'system'] as const;
/** rules.hostReserve when the scenario gives none: the planner's own choice (the core's rule counts none, the course's). */
export const HOST_RESERVE_DEFAULT = '2GiB';
/** Kampe's disk AFR as a percentage, as the descriptions state it (0.72 %). */
export const kampeAfrPercent = (lang: 'en' | 'fr') => formatNumber(KAMPE_DISK_AFR * 100, lang, 2);

/** A size no larger than one physical part can be (limits in @capa/core, docs/units.md#limits). */
const sizeUpTo = (max: number) => size.refine((b) => b <= max, { error: () => describeLimit({ k: 'sizeMax', max }, parseLang()) });

const disk = z
  .strictObject({
    class: DISK_CLASS,
    count: count(1, LIMITS.osdsPerHost).default(1),
    size: sizeUpTo(LIMITS.diskBytes),
    role: z
      .enum(DISK_ROLES, { error: expected('diskRole') })
      .default('osd')
      .meta({ description: 'osd: a Ceph OSD; db: a BlueStore DB/WAL device in front of HDD OSDs; zfs: a disk of a local ZFS pool; system: boot disk (not counted).' }),
    recoveryRate: rate.optional().meta({ description: "Sustained rate of one disk during Ceph backfill, shared by the reads and the writes of the rebuild (default 50MB/s, Kampe's model)." }),
    afr: probability.optional().meta({ description: `Annual failure probability of one disk (default ${kampeAfrPercent('en')} %, Kampe's ${KAMPE_DISK_FIT} FIT).` }),
    model: z.string().min(1).optional().meta({ description: 'Catalogue disk id, for its price.' }),
  })
  .meta({ description: 'Disks of one class, size and role.' });

// The plain bond (schema-bond.ts, also the backup server's link) with the traffic classes it carries.
const bond = plainBond
  .extend({ carries: carries.optional() })
  .meta({ description: 'A bond: member links, speed of one link, mode and xmit_hash_policy; optionally the traffic classes it carries (the network budget).' });

export const nodeSpec = z.strictObject({
  name: name.optional(),
  count: count(1, LIMITS.hosts).default(1).meta({ description: 'Identical nodes described by this entry.' }),
  platform: z.string().min(1).optional().meta({ description: 'Catalogue platform id: prices, balanced DIMM populations, blade limits.' }),
  cpu: z.string().min(1).optional().meta({ description: 'Catalogue CPU id of the platform (price).' }),
  sockets: count(1, 8).default(2),
  cores: count(1, 4096).meta({ description: 'Physical cores per node (all sockets).' }),
  threadsPerCore: count(1, 8).default(2).meta({ description: 'Hardware threads per core (2 with SMT); vCPU:pCPU counts threads.' }),
  ram: sizeUpTo(LIMITS.nodeRamBytes).meta({ description: 'RAM per node: 512GiB.' }),
  disks: z.array(disk).default([]),
  network: z
    .strictObject({
      ceph: bond.optional().meta({ description: 'Bond carrying Ceph replication and recovery (cluster network).' }),
      public: bond.optional(),
      backup: bond.optional().meta({ description: 'Bond of the backup network (its traffic classes in carries).' }),
      corosync: bond.optional().meta({ description: 'Bond of a corosync network of its own (a knet link).' }),
    })
    .optional(),
  price: money.optional().meta({ description: 'Hardware price of one node (overrides the catalogue).' }),
});

const pool = z.strictObject({
  name,
  replicas: count(1, 32).optional().meta({ description: 'Replicated pool size (3).' }),
  ec: ecProfile.optional(),
  data: size.optional().meta({ description: 'Logical data stored in the pool today (before replication); grows with workloads.growth.' }),
  share: ratio.optional().meta({ description: 'Share of workloads.data stored in this pool (when data is not given).' }),
  deviceClass: DISK_CLASS.optional().meta({ description: 'Only OSDs of this class (a CRUSH device-class rule).' }),
  failureDomain: z
    .enum(['host'], { error: () => say('hostOnly') })
    .default('host')
    .meta({ description: "CRUSH failure domain of the pool's rule: host (the only one modelled)." }),
  targetRatio: positive().optional(),
  bulk: z.boolean({ error: expected('bool') }).default(false),
  application: z.enum(['rbd', 'cephfs', 'rgw'], { error: expected('application') }).default('rbd'),
});

const ceph = z.strictObject({
  nearfull: ratio.default(CEPH_DEFAULTS.nearfull),
  backfillfull: ratio.default(CEPH_DEFAULTS.backfillfull),
  full: ratio.default(CEPH_DEFAULTS.full),
  osdMemory: size
    .prefault(defaultText(MEMORY_DEFAULTS.osdMemoryBytes, 'size'))
    .meta({ description: `osd_memory_target per OSD (Ceph default ${defaultText(MEMORY_DEFAULTS.osdMemoryBytes, 'size')}; 8GiB advised).` }),
  dbRule: z.enum(BLUESTORE_RULES, { error: expected('oneOf', { list: BLUESTORE_RULES.join(', ') }) }).default(BLUESTORE_DEFAULTS.rule),
  markOut: z
    .number({ error: expected('seconds') })
    .min(0, { error: () => say('nonNegative') })
    .max(1e6, { error: () => say('atMost', { max: '10^6' }) })
    .default(CEPH_DEFAULTS.markOutSeconds)
    .meta({ description: `mon_osd_down_out_interval, seconds (${CEPH_DEFAULTS.markOutSeconds}).` }),
  mons: count(1, 15).optional().meta({ description: 'Ceph monitors (default 3, or the node count if smaller).' }),
  targetPgPerOsd: count(1, 1000).default(PG_DEFAULTS.targetPerOsd),
  pools: z.array(pool).min(1, { error: () => say('onePool') }),
});

const zfsPool = z.strictObject({
  name,
  layout: z.string({ error: expected('zfsLayout') }),
  width: count(1, 255).optional().meta({ description: "Disks per vdev (mirror default 2; RAIDZ default all the node's ZFS disks)." }),
  diskClass: DISK_CLASS.optional(),
  arc: zfsArc.prefault('pve').meta({
    description:
      "ZFS ARC per node: pve (default: the Proxmox VE 8.1+ installer's zfs_arc_max, 10 % of RAM at most 16GiB, counted once per node), course (1 GB per TB of this pool's disks, the course rule), or a size (0 for none).",
  }),
  ashift: count(9, 16).default(12).meta({ description: 'Pool ashift: sectors of 2^ashift bytes (default 12, 4K sectors).' }),
  volblocksize: zfsBlockSize.prefault('16K').meta({ description: 'Block size the capacity is counted for (zvols of VM disks): default 16K, OpenZFS 2.2+ as used by Proxmox VE 8.1+.' }),
  data: size.optional().meta({ description: 'Data per node on this pool today.' }),
  maxFill: ratio.default(0.8),
});

const external = z.strictObject({
  name,
  kind: z.enum(['nfs', 'iscsi', 'fc', 'smb', 'other'], { error: expected('externalKind') }),
  capacity: size
    .optional()
    .meta({ description: 'Usable capacity as the filer reports it; required unless raid is given (then derived from it). Both: the stated one is used, a warning when they differ by more than 1 %.' }),
  raid: filerRaid.optional(),
  network: plainBond.optional().meta({ description: "The filer's own bond: the throughput bound of its links for the nodes mounting it." }),
  data: size.optional().meta({ description: 'Data stored on it today (default: workloads.data).' }),
  maxFill: ratio.default(0.8),
});

const vm = z.strictObject({
  name,
  count: count(1, 1_000_000).default(1),
  // A VM's own example (not a node's 512GiB): what a new profile row of the form starts from.
  ram: size.meta({ examples: ['4GiB'] }),
  vcpus: count(1, 4096),
  disk: size.optional(),
});

const workloads = z.strictObject({
  guestRam: size.optional().meta({ description: 'Total guest RAM today.' }),
  vcpus: count(1, 10_000_000).optional(),
  data: size.optional().meta({ description: 'Total logical data today.' }),
  vms: z
    .array(vm)
    .min(1, { error: () => say('oneVm') })
    .optional(),
  growth: z.strictObject({ perYear: growthRate, years: count(0, 50) }).optional(),
  ksm: z
    .number({ error: expected('ksm') })
    .min(0, { error: () => say('ksmRange') })
    .lt(1, { error: () => say('ksmRange') })
    .optional()
    .meta({ description: 'Stated KSM savings as a fraction of guest RAM (never assumed).' }),
});

const threadsPerOsd = z.strictObject({ hdd: count(0, 64).default(1), ssd: count(0, 64).default(2), nvme: count(0, 64).default(4) });

const rules = z.strictObject({
  failures: count(0, 1000).default(MEMORY_DEFAULTS.failures),
  maxUtilization: ratio.default(MEMORY_DEFAULTS.maxUtilization),
  maxOvercommit: positive(1000).default(MEMORY_DEFAULTS.maxOvercommit).meta({ description: 'Maximum vCPU:pCPU with the failures tolerated.' }),
  hostReserve: sizeOrZero.prefault(HOST_RESERVE_DEFAULT).meta({ description: `System reservation per node (${HOST_RESERVE_DEFAULT} by default; 0 reproduces the course rule).` }),
  systemThreads: count(0, 4096).default(0),
  threadsPerOsd: threadsPerOsd.default({ hdd: 1, ssd: 2, nvme: 4 }),
  cephAfterFailure: z
    .enum(['nearfull', 'backfillfull'], { error: expected('afterFailure') })
    .default('nearfull')
    .meta({ description: 'After losing the largest host, the refill must stay under this ratio.' }),
  qdevice: z.boolean({ error: expected('bool') }).default(MEMORY_DEFAULTS.qdevice),
  maxRecoveryHours: positive(1e6).optional(),
  minNines: positive(30).optional().meta({ description: 'Minimum durability per pool, in nines (6 = 1 − 10^−6 per year).' }),
  durability: z
    .strictObject({
      osdAfr: probability.optional(),
      hostAfr: probability.optional(),
      hostRepairHours: positive(1e5).default(24),
      diskReplaceHours: positive(1e5).default(72),
      diskNre: z
        .number({ error: expected('nre') })
        .min(0, { error: () => say('nreRange') })
        .max(1e-9, { error: () => say('nreRange') })
        .default(KAMPE_DISK_NRE)
        .meta({
          description: `Unrecoverable read errors per bit read (Kampe's disk_nre, default ${KAMPE_DISK_NRE}; 0 leaves them out). An error on the last needed shards during a recovery loses data (nre_model "fail").`,
        }),
    })
    .default({ hostRepairHours: 24, diskReplaceHours: 72, diskNre: KAMPE_DISK_NRE }),
});

const prices = z.strictObject({
  currency: z.string().min(1).max(8).default('EUR'),
  subscription: z.enum(SUBSCRIPTION_LEVELS, { error: expected('oneOf', { list: SUBSCRIPTION_LEVELS.join(', ') }) }).default('none'),
  table: z.string().min(1).optional().meta({ description: 'Id of the dated subscription price table in the catalogue (default: the newest).' }),
  years: count(1, 30).default(5).meta({ description: 'Years of ownership.' }),
  escalation: growthRate.default(0).meta({ description: 'Yearly increase of the subscription price.' }),
  chassis: money.optional().meta({ description: 'Price of one blade chassis (overrides the catalogue).' }),
});

const range = (min: number, max: number) => z.strictObject({ min: count(min, max), max: count(min, max) });

const optimize = z.strictObject({
  nodes: range(1, 1000).default({ min: 3, max: 12 }),
  platforms: z.array(z.string().min(1)).min(1).optional(),
  sockets: z.array(count(1, 8)).min(1).optional(),
  disks: z.array(z.string().min(1)).min(1).optional().meta({ description: 'Catalogue disk ids to try as OSDs.' }),
  diskClasses: z.array(DISK_CLASS).min(1).optional(),
  disksPerNode: range(1, 1000).optional(),
  nicSpeeds: z.array(rate).min(1).optional(),
  links: count(1, 16).default(2),
  mode: z.enum(BOND_MODES).default('lacp'),
  hash: z.enum(HASH_POLICIES).default('layer3+4'),
  top: count(0, 100).default(3).meta({ description: 'Runners-up to list.' }),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1, { error: expected('version') }).default(1),
    name,
    description: z.string().max(10_000).optional(),
    catalogue: z.string().min(1).optional().meta({ description: 'A catalogue directory or file replacing the built-in one (relative to this file).' }),
    workloads: workloads.optional(),
    nodes: z
      .union([z.array(nodeSpec).min(1, { error: () => say('oneNode') }), nodeSpec], { error: expected('nodes') })
      .optional()
      .meta({ description: 'One node description with a count (homogeneous cluster), or a list of them.' }),
    storage: z
      .strictObject({
        ceph: ceph.optional(),
        zfs: z.array(zfsPool).min(1).optional(),
        external: z.array(external).min(1).optional(),
      })
      .optional(),
    rules: rules.default(() => rules.parse({})),
    backup: backupSection.optional(),
    drain: drainSection.optional(),
    prices: prices.optional(),
    optimize: optimize.optional(),
  })
  .meta({ title: 'Capa scenario', description: 'A Proxmox VE (+ Ceph) cluster or a need, for capa plan / optimize / compare.' });

export type ScenarioDoc = z.output<typeof scenarioSchema>;
export type NodeSpec = z.output<typeof nodeSpec>;
export type PoolDoc = z.output<typeof pool>;
export type ZfsPoolDoc = z.output<typeof zfsPool>;
export type ExternalDoc = z.output<typeof external>;
export type RulesDoc = z.output<typeof rules>;
export type PricesDoc = z.output<typeof prices>;
export type OptimizeDoc = z.output<typeof optimize>;

/** JSON Schema of the document as written (strings with units), for editors. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
