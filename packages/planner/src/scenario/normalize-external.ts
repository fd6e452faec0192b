/**
 * `storage.external` from the document to the model (issue 11, item 4): a filer's capacity is the
 * stated one, or the usable capacity of its RAID layout as the core's filer calculator computes it
 * (one place for the RAID rule; the storage area then checks the data against it). The core's
 * refusals of a layout (too few disks for one group, spares leaving no group, a group size out of
 * range) come back as the core's limits, on the raid field they name.
 */
import { filer } from '@capa/core';
import type { PathKey } from './issues.js';
import type { BondModel, ExternalModel, FilerRaidModel } from './model.js';
import type { NormalizeCode, Refusal } from './normalize-messages.js';
import type { ScenarioDoc } from './schema.js';
import { parseLang } from './value-messages.js';

type ExternalDoc = NonNullable<NonNullable<ScenarioDoc['storage']>['external']>[number];
type Issue = (path: readonly PathKey[], code: NormalizeCode, params?: Refusal['params']) => void;

/** The core's input field → the scenario's raid key. */
const RAID_KEYS: Readonly<Record<string, string>> = { disks: 'disks', diskBytes: 'size', spares: 'spares', groupSize: 'groupSize', overhead: 'overhead' };

/** The core filer's input for a RAID layout (capacity only: no data, no links). */
export const filerRaidInput = (r: FilerRaidModel, maxFill: number) => ({
  raid: r.level,
  disks: r.disks,
  diskBytes: r.diskBytes,
  spares: r.spares,
  maxFill,
  ...(r.groupSize !== undefined ? { groupSize: r.groupSize } : {}),
  ...(r.overhead !== undefined ? { overhead: r.overhead } : {}),
});

export function externalModels(docs: readonly ExternalDoc[], issue: Issue): ExternalModel[] {
  return docs.map((e, i): ExternalModel => {
    const at: PathKey[] = ['storage', 'external', i];
    const raid: FilerRaidModel | undefined =
      e.raid === undefined ? undefined : { level: e.raid.level, disks: e.raid.disks, diskBytes: e.raid.size, spares: e.raid.spares, groupSize: e.raid.groupSize, overhead: e.raid.overhead };
    const network: BondModel | undefined = e.network === undefined ? undefined : { links: e.network.links, speedBps: e.network.speed, mode: e.network.mode, hash: e.network.hash };
    let derived: number | undefined;
    if (raid) {
      const r = filer({ ...filerRaidInput(raid, e.maxFill), lang: parseLang() });
      if (r.ok) derived = r.value.usableBytes;
      else
        for (const x of r.issues) {
          // Every refusal of these fields is one of the core's limits; anything else is left to the plan's unwrap, which names the path.
          const key = RAID_KEYS[x.field];
          if (key !== undefined && x.code?.startsWith('limit.') && x.params) issue([...at, 'raid', key], 'raidLimit', x.params as Refusal['params']);
        }
    } else if (e.capacity === undefined) issue([...at, 'capacity'], 'externalCapacity');
    return {
      name: e.name,
      path: `storage.external[${i}]`,
      kind: e.kind,
      capacityBytes: e.capacity ?? derived ?? 0,
      statedCapacityBytes: e.capacity,
      dataBytes: e.data,
      maxFill: e.maxFill,
      raid,
      network,
    };
  });
}
