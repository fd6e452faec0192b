/**
 * The scenario's `backup` section (issue 11, item 1): Proxmox Backup Server or vzdump sizing for the
 * cluster's guests, read by the plan's `backup` area through the core's backup calculator. Every
 * default is the core's (BACKUP_DEFAULTS): a field left out is left out of the core's input.
 */
import { BACKUP_DEFAULTS, BACKUP_TARGETS, durationText, LIMITS, MAX_BACKUP_DAYS, MAX_KEEP, MAX_VERIFY_DAYS, SCHEDULES } from '@capa/core';
import * as z from 'zod';
import { bond } from './schema-bond.js';
import { expected } from './value-messages.js';
import { calendarDate, count, duration, name, ratio, savings, size } from './values.js';

const keepN = count(0, MAX_KEEP).optional();
const d = BACKUP_DEFAULTS;

/** The datastore's own disks: a RAID level (the filer's maths) or a ZFS layout (the ZFS maths). */
const datastore = z
  .strictObject({
    layout: z
      .string({ error: expected('datastoreLayout') })
      .meta({ description: 'raid0, raid1, raid5, raid6, raid10 (hardware or md RAID), or a ZFS layout: mirror, raidz1, raidz2, raidz3, draid2:8d:1s.' }),
    disks: count(1, LIMITS.osdsPerHost).meta({ description: 'Disks of the datastore, spares included.' }),
    size: size.meta({ description: 'One disk as sold: 16TB.' }),
    spares: count(0, LIMITS.osdsPerHost).optional().meta({ description: 'Hot spares among the disks (RAID; for ZFS, disks left out of the vdevs).' }),
    width: count(1, 255).optional().meta({ description: 'Disks per RAID group or per vdev (default: every disk but the spares in one group; mirrors: 2).' }),
    overhead: savings.optional().meta({ description: "RAID: the file system's own reserve, a stated ratio of the array (default 0)." }),
  })
  .meta({ description: "The datastore's disks: their usable capacity is checked against the datastore to provision." });

export const backupSection = z
  .strictObject({
    target: z
      .enum(BACKUP_TARGETS, { error: expected('backupTarget') })
      .optional()
      .meta({ description: `pbs: Proxmox Backup Server (deduplicated chunks); vzdump: full archives on a storage (default ${d.target}).` }),
    data: size.optional().meta({ description: 'Data protected (used, not provisioned). Default: workloads.data at the horizon.' }),
    changeRate: ratio.meta({ description: 'Share of the data changed per day: 2%.' }),
    compression: ratio.optional().meta({ description: `Stored ÷ original after compression (default ${d.compression}: nothing assumed compressible).` }),
    dedup: savings.optional().meta({ description: `Share of the first full shared between guests, 0 to 90% (default ${d.dedup}).` }),
    keep: z
      .strictObject({ last: keepN, hourly: keepN, daily: keepN, weekly: keepN, monthly: keepN, yearly: keepN })
      .meta({ description: "PBS's retention (keep-last, keep-hourly…); none kept keeps everything." }),
    schedule: z
      .enum(SCHEDULES, { error: expected('schedule') })
      .optional()
      .meta({ description: `How often a backup runs (default ${d.schedule}).` }),
    days: count(1, MAX_BACKUP_DAYS)
      .optional()
      .meta({ description: `History simulated before the prune is read (default ${d.days}).` }),
    start: calendarDate.optional().meta({ description: `Day of the first run, UTC: the calendar weeks and months align on (default ${d.start}).` }),
    window: duration.optional().meta({ description: `Time allowed for a run, and the verify jobs' daily window: 8h, 90min, 1d or seconds (default ${durationText(d.windowSeconds)}).` }),
    jobs: count(1, LIMITS.hosts)
      .optional()
      .meta({ description: `Backup jobs at once, each from its own node (default ${d.jobs}).` }),
    fillTarget: ratio.optional().meta({ description: `The most the datastore may be filled (default ${d.fillTarget}).` }),
    offsite: z
      .boolean({ error: expected('bool') })
      .optional()
      .meta({ description: 'A sync job copies the datastore to a second PBS.' }),
    largestGuest: size.optional().meta({ description: 'Data of the largest guest (its restore time). Default: the largest workloads.vms[].disk.' }),
    link: bond.optional().meta({ description: "The PBS's (or NFS server's) bond that receives the runs: the window and restore times." }),
    on: name.optional().meta({ description: 'The storage.external entry the backups are written to (vzdump on NFS): its free space must hold them.' }),
    datastore: datastore.optional(),
    verify: z
      .strictObject({ every: count(1, MAX_VERIFY_DAYS).meta({ description: "Days between two verifications of every snapshot (the verify job's re-verify after)." }) })
      .optional()
      .meta({ description: 'PBS verify jobs: the read rate they need from the datastore.' }),
  })
  .meta({ description: 'Backups of the guests: Proxmox Backup Server (prune retention, datastore, window, restore) or vzdump.' });

export type BackupDoc = z.output<typeof backupSection>;
export type DatastoreDoc = z.output<typeof datastore>;
