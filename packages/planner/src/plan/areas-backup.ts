/**
 * The plan's `backup` area (issue 11, item 1): the scenario's backup section mapped to the core's
 * backup calculator, whose figures, checks and derivation it shows (no maths here). Where the backups
 * are written (`on`, a storage.external entry) and the datastore's own disks (the filer's RAID maths
 * or the ZFS maths) are checked against the core's datastore figures.
 */
import {
  BACKUP_SPEC,
  type BackupInput,
  type BackupResult,
  backup,
  backupNodeRate,
  type Check,
  explaining,
  projectedDemand,
  checkMaker,
  filer,
  fromInput,
  MODEL,
  labelText,
  type Step,
  type SymbolOrigin,
  zfsCapacity,
  zfsLabel,
} from '@capa/core';
import type { BackupModel, BondModel, ExternalModel } from '../scenario/model.js';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import { backupWords } from './check-messages-backup.js';
import type { Ctx } from './context.js';
import { fieldOrigin, figure, growthOrigins, makeArea, scenarioOrigins, tagSteps, unwrap } from './helpers.js';
import { externalGuestData, externalLimitBytes } from './stored-data.js';
import type { Area, Figure } from './types.js';

export interface BackupOut {
  readonly area: Area | null;
  /** Bits/s one node sends during the backup window (the network budget's `backup: auto`); null without a backup section. */
  readonly nodeBps: number | null;
}

/**
 * A PBS datastore on ZFS is a dataset of chunk files: its blocks are records of the default
 * recordsize, 128 KiB (https://openzfs.github.io/openzfs-docs/Performance%20and%20Tuning/Workload%20Tuning.html#dataset-recordsize),
 * not the 16K zvol blocks of guests' disks.
 */
const DATASTORE_ZFS_BLOCK = { ashift: 12, volblocksize: 128 * 1024 } as const;
/** The datastore's fields; its block is the planner's own (above), not a field. */
const DATASTORE_ZFS_FROM = {
  layout: fromInput('backup.datastore.layout'),
  disks: fromInput('backup.datastore.disks'),
  diskSize: fromInput('backup.datastore.size'),
  volblocksize: MODEL,
  ashift: MODEL,
};

/**
 * The backup calculator's input keys as the scenario's fields (helpers.ts scenarioOrigins): a field
 * left out is the core's default; the garbage-collection interval has no field (the model's).
 */
function backupFields(b: BackupModel): Record<string, SymbolOrigin> {
  const field = (key: string, value: unknown): SymbolOrigin => fieldOrigin(`backup.${key}`, value === undefined);
  return {
    data: b.data === undefined ? fromInput('workloads.data') : fromInput('backup.data'),
    changeRate: fromInput('backup.changeRate'),
    compression: field('compression', b.compression),
    dedup: field('dedup', b.dedup),
    days: field('days', b.days),
    schedule: field('schedule', b.schedule),
    fillTarget: field('fillTarget', b.fillTarget),
    window: field('window', b.window),
    verify: fromInput('backup.verify.every'),
    largestGuest: b.largestGuest === undefined ? fromInput('workloads.vms[].disk') : fromInput('backup.largestGuest'),
    gcInterval: MODEL,
    nodes: fromInput('nodes.count'),
  };
}

/** The RAID datastore's filer inputs as the section's fields (the spares are 0 when left out). */
const datastoreFilerFields = (ds: NonNullable<BackupModel['datastore']>): Record<string, string | SymbolOrigin> => ({
  disks: 'backup.datastore.disks',
  diskSize: 'backup.datastore.size',
  spares: fieldOrigin('backup.datastore.spares', ds.spares === undefined),
  groupSize: 'backup.datastore.width',
  overhead: 'backup.datastore.overhead',
});

/**
 * The bond that receives the runs: the section's `link`, else the own bond of the external storage
 * the backups are written to (`on:`, the NFS server's `network`), else none (no window computed).
 */
export function backupLink(b: BackupModel, external: readonly ExternalModel[]): BondModel | undefined {
  if (b.link !== undefined) return { links: b.link.links, speedBps: b.link.speed, mode: b.link.mode, hash: b.link.hash };
  return b.on === undefined ? undefined : external.find((e) => e.name === b.on)?.network;
}

/** The core's input from the section: a field left out is left out (the core applies its defaults). */
export function backupInputFor(b: BackupModel, dataBytes: number, lang: 'en' | 'fr', link: BondModel | undefined = backupLink(b, [])): BackupInput {
  const opt = <K extends string, V>(k: K, v: V | undefined): Partial<Record<K, V>> => (v === undefined ? {} : ({ [k]: v } as Record<K, V>));
  return {
    dataBytes,
    changeRate: b.changeRate,
    keep: Object.fromEntries(Object.entries(b.keep).filter(([, n]) => n !== undefined)),
    ...opt('target', b.target),
    ...opt('schedule', b.schedule),
    ...opt('days', b.days),
    ...opt('start', b.start),
    ...opt('compression', b.compression),
    ...opt('dedup', b.dedup),
    ...opt('fillTarget', b.fillTarget),
    ...opt('offsite', b.offsite),
    ...opt('jobs', b.jobs),
    ...opt('windowSeconds', b.window),
    ...opt('largestGuestBytes', b.largestGuestBytes),
    ...opt('verifyIntervalDays', b.verify?.every),
    ...(link === undefined ? {} : { speedBps: link.speedBps, links: link.links, mode: link.mode, hash: link.hash }),
    lang,
  };
}

/** The core's figures shown, each with the spec's label and its JSON key. */
const SHOWN: readonly [keyof BackupResult, string][] = [
  ['retainedSnapshots', 'retained'],
  ['datastoreBytes', 'datastore'],
  ['peakDatastoreBytes', 'peak'],
  ['datastoreCapacityBytes', 'capacity'],
  ['offsiteBytes', 'offsite'],
  ['bytesPerRun', 'per-run'],
  ['backupWindowSeconds', 'window'],
  ['restartBackupSeconds', 'restart'],
  ['restoreLargestSeconds', 'restore-largest'],
  ['restoreAllSeconds', 'restore-all'],
  ['verifyReadBps', 'verify'],
];
const UNIT = { count: 'count', 'bytes-both': 'bytes', duration: 'seconds', 'bits/s': 'bits/s' } as const;

export function backupArea(c: Ctx): BackupOut {
  const { s, t, f } = c;
  const b = s.backup;
  if (b === undefined) return { area: null, nodeBps: null };
  const w = backupWords(f.lang);
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  // normalize.ts refuses a section with neither its own data nor workloads.data.
  const data = b.data ?? c.data ?? 0;
  const r = unwrap(backup(backupInputFor(b, data, f.lang, backupLink(b, s.external))), 'backup');
  const checks: Check[] = [...r.checks];
  const fields = backupFields(b);
  const steps: Step[] = scenarioOrigins(r.derivation, fields);
  const figures: Figure[] = [];
  for (const [key, id] of SHOWN) {
    const spec = BACKUP_SPEC.figures.find((x) => x.id === id);
    const v = r[key];
    if (spec === undefined || typeof v !== 'number') continue;
    figures.push(figure(f, key, labelText(spec.label, r, f.lang), v, UNIT[spec.unit as keyof typeof UNIT] ?? 'number'));
  }
  const rate = backupNodeRate(r.bytesPerRun, r.used.windowSeconds, c.N, f.lang, s.system);
  steps.push(...scenarioOrigins([rate.step], fields));
  figures.push(figure(f, 'nodeBps', w.nodeBps, rate.bps, 'bits/s'));

  const ds = b.datastore;
  if (ds !== undefined) {
    const disks = ds.disks - (ds.spares ?? 0);
    let usable: number;
    let label: string;
    if (ds.parsed.kind === 'raid') {
      const fr = unwrap(
        filer({
          raid: ds.parsed.level,
          disks: ds.disks,
          diskBytes: ds.size,
          spares: ds.spares ?? 0,
          ...(ds.width === undefined ? {} : { groupSize: ds.width }),
          ...(ds.overhead === undefined ? {} : { overhead: ds.overhead }),
          system: s.system,
          lang: f.lang,
        }),
        'backup.datastore',
      );
      usable = fr.usableBytes;
      label = `RAID ${ds.parsed.level}`;
      steps.push(
        ...tagSteps(
          scenarioOrigins(
            fr.derivation.filter((x) => x.id !== 'filer.max-data'),
            datastoreFilerFields(ds),
          ),
          'datastore',
        ),
      );
    } else {
      const z = zfsCapacity(ds.parsed, disks, ds.size, f.lang, s.system, DATASTORE_ZFS_BLOCK, DATASTORE_ZFS_FROM);
      usable = z.value.usableBytes;
      label = zfsLabel(ds.parsed);
      steps.push(...tagSteps(z.steps, 'datastore'));
    }
    figures.push(figure(f, 'datastoreUsableBytes', w.datastoreUsable(label), usable, 'bytes'));
    const p = { usableBytes: usable, neededBytes: r.datastoreCapacityBytes, system: s.system };
    checks.push(
      usable >= r.datastoreCapacityBytes ? check('backup.datastore-disks', 'ok', 'backup.datastore-disks.fits', p) : check('backup.datastore-disks', 'fail', 'backup.datastore-disks.over', p),
    );
  }

  const on = b.on === undefined ? undefined : s.external.find((e) => e.name === b.on);
  if (on !== undefined) {
    // The guests' data on it, as the storage area counts it (externalGuestData), projected to the horizon.
    const today = externalGuestData(s, on);
    // Projected as the storage area projects it (the core's projectedDemand, rounded up to the byte).
    const stated =
      today === undefined
        ? undefined
        : projectedDemand(
            `backup.on-data@${on.name}`,
            t.grown(`${t.fData} (${on.name})`),
            today,
            s.workloads.growth,
            'bytes',
            explaining(f.lang, s.system),
            steps,
            growthOrigins(on.dataBytes === undefined ? 'workloads.data' : 'storage.external[].data'),
          );
    const shared = stated !== undefined;
    checks.push(check('backup.on-storage', shared ? 'warn' : 'ok', shared ? 'backup.on-storage.shared' : 'backup.on-storage.apart', { name: on.name }));
    const free = Math.max(0, externalLimitBytes(on) - (stated ?? 0));
    figures.push(figure(f, `externalFreeBytes@${on.name}`, w.externalFree(on.name), free, 'bytes'));
    // The external's own fill limit is the margin: the backups need their peak below it, not the datastore's fill target on top.
    const p = { name: on.name, freeBytes: free, neededBytes: r.peakDatastoreBytes, system: s.system };
    checks.push(free >= r.peakDatastoreBytes ? check('backup.on-room', 'ok', 'backup.on-room.fits', p) : check('backup.on-room', 'fail', 'backup.on-room.over', p));
  }

  const run = r.backupWindowSeconds === null ? null : f.duration(r.backupWindowSeconds);
  const summary = checks.find((x) => x.level === 'fail')?.message ?? w.summary(f.num(r.retainedSnapshots, 0), f.bytes(r.datastoreCapacityBytes), run);
  return { area: makeArea('backup', t.area.backup, summary, figures, checks, steps), nodeBps: rate.bps };
}
