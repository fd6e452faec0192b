/** The scenario after validation: node groups with their disks sorted by role, pools with their protection. */
import type { BondMode, DiskClass, HashPolicy, Protection, RaidLevel, ZfsArcRule, ZfsBlock, ZfsLayout } from '@capa/core';
import type { OptimizeDoc, PricesDoc, RulesDoc } from './schema.js';
import type { BackupDoc, DatastoreDoc } from './schema-backup.js';
import type { DrainVia } from './schema-drain.js';

export interface BondModel {
  readonly links: number;
  readonly speedBps: number;
  readonly mode: BondMode;
  readonly hash: HashPolicy;
  /** The traffic classes it carries, in the order written (the network budget); undefined: not stated. */
  readonly carries?: readonly CarriedClass[] | undefined;
}

/** A traffic class on a bond: its rate in bits/s, or `auto` (derived by the plan: recovery, backup, migration). */
export interface CarriedClass {
  readonly name: string;
  readonly bps: number | 'auto';
}

export interface DiskModel {
  readonly class: DiskClass;
  readonly count: number;
  readonly sizeBytes: number;
  readonly recoveryBps?: number | undefined;
  readonly afr?: number | undefined;
  readonly model?: string | undefined;
}

export interface NodeModel {
  /** Display name of the group ("pve", or "node" when unnamed); members are name1…nameN when count > 1. */
  readonly name: string;
  readonly count: number;
  /** Document path of the entry: `nodes[2]` (or `nodes` for the single-object form). */
  readonly path: string;
  readonly platform?: string | undefined;
  readonly cpu?: string | undefined;
  readonly sockets: number;
  readonly cores: number;
  readonly threadsPerCore: number;
  readonly ramBytes: number;
  readonly osds: readonly DiskModel[];
  readonly dbDevices: readonly DiskModel[];
  readonly zfsDisks: readonly DiskModel[];
  readonly systemDisks: readonly DiskModel[];
  readonly cephNet?: BondModel | undefined;
  readonly publicNet?: BondModel | undefined;
  /** A backup network's bond, and a corosync network's own bond (issue 11: the network budget). */
  readonly backupNet?: BondModel | undefined;
  readonly corosyncNet?: BondModel | undefined;
  readonly price?: number | undefined;
}

export interface PoolModel {
  readonly name: string;
  readonly path: string;
  readonly protection: Protection;
  readonly deviceClass?: DiskClass | undefined;
  /** Logical data today (before growth); undefined when none is stated. */
  readonly dataBytes?: number | undefined;
  readonly targetRatio?: number | undefined;
  readonly bulk: boolean;
  readonly application: 'rbd' | 'cephfs' | 'rgw';
}

export interface CephModel {
  readonly nearfull: number;
  readonly backfillfull: number;
  readonly full: number;
  readonly osdMemoryBytes: number;
  readonly dbRule: 'course' | 'ceph-rbd' | 'ceph-rgw' | 'proxmox';
  readonly markOutSeconds: number;
  readonly mons?: number | undefined;
  readonly targetPgPerOsd: number;
  readonly pools: readonly PoolModel[];
}

export interface ZfsModel {
  readonly name: string;
  readonly path: string;
  readonly layout: ZfsLayout;
  readonly diskClass?: DiskClass | undefined;
  /** ARC per node: a stated size, or a rule (pve: the installer's zfs_arc_max, once per node; course: 1 GB per TB). */
  readonly arc: number | ZfsArcRule;
  /** ashift and volblocksize the usable capacity is counted for. */
  readonly block: ZfsBlock;
  readonly dataPerNodeBytes?: number | undefined;
  readonly maxFill: number;
}

/** A filer's RAID layout (storage.external[].raid), as the core's filer calculator reads it. */
export interface FilerRaidModel {
  readonly level: RaidLevel;
  readonly disks: number;
  readonly diskBytes: number;
  readonly spares: number;
  readonly groupSize?: number | undefined;
  readonly overhead?: number | undefined;
}

export interface ExternalModel {
  readonly name: string;
  /** Document path of the entry: `storage.external[0]`. */
  readonly path: string;
  readonly kind: string;
  /** The capacity the storage area checks: the stated one, else the RAID layout's usable capacity (the core's filer). */
  readonly capacityBytes: number;
  /** `capacity` as written; undefined when derived from the RAID layout. */
  readonly statedCapacityBytes?: number | undefined;
  readonly dataBytes?: number | undefined;
  readonly maxFill: number;
  readonly raid?: FilerRaidModel | undefined;
  /** The filer's own bond. */
  readonly network?: BondModel | undefined;
}

/** The scenario's drain section, in the core drain calculator's units. */
export interface DrainModel {
  readonly dirtyBps: number;
  readonly bwlimitBps?: number | undefined;
  readonly parallel: number;
  readonly localDiskBytes?: number | undefined;
  /** Stated; undefined: the core's DRAIN_REBOOT_SECONDS. */
  readonly rebootSeconds?: number | undefined;
  /** The bond stated; undefined: each node's default (`drainVia`). */
  readonly via?: DrainVia | undefined;
}

/** The bond migrations leave a node by (`via`, default public when the node has one, else ceph), or undefined when it has none. */
export function drainVia(g: Pick<NodeModel, 'cephNet' | 'publicNet' | 'backupNet' | 'corosyncNet'>, via: DrainVia | undefined): { via: DrainVia; bond: BondModel } | undefined {
  const at = (v: DrainVia): BondModel | undefined => {
    switch (v) {
      case 'ceph':
        return g.cephNet;
      case 'public':
        return g.publicNet;
      case 'backup':
        return g.backupNet;
      case 'corosync':
        return g.corosyncNet;
    }
  };
  const v = via ?? (g.publicNet ? 'public' : 'ceph');
  const bond = at(v);
  return bond === undefined ? undefined : { via: v, bond };
}

/** The datastore's layout read: a RAID level (the filer's maths) or a ZFS layout. */
export type DatastoreLayout = { readonly kind: 'raid'; readonly level: RaidLevel } | ZfsLayout;

/** The backup section with its cross-field readings (normalize.ts): the datastore's layout parsed, the largest guest found. */
export interface BackupModel extends Omit<BackupDoc, 'datastore'> {
  readonly datastore?: (DatastoreDoc & { readonly parsed: DatastoreLayout }) | undefined;
  /** backup.largestGuest, else the largest workloads.vms[].disk, else undefined. */
  readonly largestGuestBytes?: number | undefined;
}

export interface WorkloadModel {
  readonly guestRamBytes?: number | undefined;
  readonly vcpus?: number | undefined;
  readonly dataBytes?: number | undefined;
  readonly growth?: { readonly perYear: number; readonly years: number } | undefined;
  readonly ksm?: number | undefined;
  /** How the totals were given: totals, or VM profiles × counts. */
  readonly fromVms: boolean;
}

export interface Scenario {
  readonly name: string;
  readonly description?: string | undefined;
  readonly catalogue?: string | undefined;
  readonly nodes: readonly NodeModel[];
  readonly workloads: WorkloadModel;
  readonly ceph?: CephModel | undefined;
  readonly zfs: readonly ZfsModel[];
  readonly external: readonly ExternalModel[];
  readonly rules: RulesDoc;
  readonly prices?: PricesDoc | undefined;
  readonly optimize?: OptimizeDoc | undefined;
  /** Backups of the guests (the plan's backup area). */
  readonly backup?: BackupModel | undefined;
  /** Maintenance drain by live migration (the plan's drain area). */
  readonly drain?: DrainModel | undefined;
  /** The unit system the sizes were mostly written in (answers follow it). */
  readonly system: 'binary' | 'decimal';
}

export const totalNodes = (s: { readonly nodes: readonly NodeModel[] }): number => s.nodes.reduce((n, g) => n + g.count, 0);

/** Hosts carrying OSDs for a pool (all OSD classes, or only its device class). */
export function poolHosts(nodes: readonly NodeModel[], deviceClass: DiskClass | undefined): number {
  return nodes.reduce((n, g) => n + (g.osds.some((d) => deviceClass === undefined || d.class === deviceClass) ? g.count : 0), 0);
}
