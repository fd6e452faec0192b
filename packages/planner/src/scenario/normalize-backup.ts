/** The backup section's cross-field readings and refusals (normalize.ts calls it; codes in normalize-messages.ts). */
import { minGroupSize, type RaidLevel } from '@capa/core';
import type { PathKey } from './issues.js';
import type { BackupModel, DatastoreLayout } from './model.js';
import type { NormalizeCode, Refusal } from './normalize-messages.js';
import { parseZfsLayout } from './normalize.js';
import type { ScenarioDoc } from './schema.js';

type Issue = (path: readonly PathKey[], code: NormalizeCode, params?: Refusal['params']) => void;

/** `raid6` → RAID 6; else a ZFS layout (`raidz2`, `mirror`, `draid2:8d:1s`) as storage.zfs reads it. */
function datastoreLayout(text: string, width: number | undefined, disks: number): DatastoreLayout | Refusal {
  const raid = /^\s*raid(0|1|5|6|10)\s*$/i.exec(text);
  if (raid) {
    const level = raid[1] as RaidLevel;
    const min = minGroupSize(level);
    if (disks < min) return { code: 'datastoreDisks', params: { layout: `raid${level}`, min } };
    return { kind: 'raid', level };
  }
  if (/^\s*raid/i.test(text) && !/^\s*raidz/i.test(text)) return { code: 'datastoreLayout' };
  const z = parseZfsLayout(text, width, disks);
  return 'code' in z && z.code === 'zfsLayout' ? { code: 'datastoreLayout' } : z;
}

export function normalizeBackup(doc: ScenarioDoc, dataBytes: number | undefined, issue: Issue): BackupModel | undefined {
  const b = doc.backup;
  if (b === undefined) return undefined;
  const externals = (doc.storage?.external ?? []).map((e) => e.name);
  if (b.on !== undefined && !externals.includes(b.on)) issue(['backup', 'on'], 'backupOnUnknown', { name: b.on, names: externals.join(', ') });
  if (b.data === undefined && dataBytes === undefined) issue(['backup', 'data'], 'backupNoData');
  if (b.verify !== undefined && b.target === 'vzdump') issue(['backup', 'verify'], 'verifyNeedsPbs');
  const vmDisks = (doc.workloads?.vms ?? []).flatMap((v) => (v.disk === undefined ? [] : [v.disk]));
  const largestGuestBytes = b.largestGuest ?? (vmDisks.length > 0 ? Math.max(...vmDisks) : undefined);
  const { datastore: ds, ...rest } = b;
  if (ds === undefined) return { ...rest, largestGuestBytes };
  const parsed = datastoreLayout(ds.layout, ds.width, ds.disks - (ds.spares ?? 0));
  if ('code' in parsed) {
    issue(['backup', 'datastore', 'layout'], parsed.code, parsed.params);
    return { ...rest, largestGuestBytes };
  }
  return { ...rest, largestGuestBytes, datastore: { ...ds, parsed } };
}
