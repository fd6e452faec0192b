/**
 * Inputs built once for both paths: the plan (explained calculators) and the optimizer's fast path
 * (the same calculators, recording nothing). Keeping them here is what makes the two agree.
 */
import {
  type CephCapacityValues,
  cephRawUsed,
  equivalentStored,
  MGR_POOL,
  type HostRecoverySpec,
  type Lang,
  type OsdRecoverySpec,
  type PgInput,
  type Protection,
  type QuorumInput,
  rawPerLogical,
  type UsableMemoryValues,
} from '@capa/core';
import { CEPH_DEFAULTS } from '@capa/core';
import type { CephModel, Scenario } from '../scenario/model.js';
import type { Domain, Reservation } from './context.js';

export type DomainLike = Pick<
  Domain,
  'hosts' | 'osdsPerHost' | 'osdSizeBytes' | 'totalOsds' | 'totalRawBytes' | 'link' | 'linkMissing' | 'recoveryBps' | 'afr' | 'pools' | 'poolData' | 'rawUsedBytes'
>;

export function pgInputFor(ceph: CephModel | undefined, lang: Lang, d: DomainLike, withMgr: boolean): PgInput {
  return {
    osds: d.totalOsds,
    osdSizeBytes: d.totalRawBytes / d.totalOsds,
    targetPerOsd: ceph?.targetPgPerOsd ?? 100,
    lang,
    pools: [
      ...(withMgr ? [MGR_POOL] : []),
      ...d.pools.map((p, i) => {
        const data = d.poolData[i];
        return {
          name: p.name,
          protection: p.protection,
          bulk: p.bulk,
          ...(p.targetRatio !== undefined ? { targetRatio: p.targetRatio } : {}),
          ...(data !== undefined && data > 0 ? { targetBytes: data } : {}),
        };
      }),
    ],
  };
}

export function quorumInputFor(s: Scenario, nodes: number, lang: Lang): QuorumInput {
  const mons = s.ceph ? (s.ceph.mons ?? Math.min(3, nodes)) : undefined;
  return { nodes, qdevice: s.rules.qdevice, sharedStorage: s.ceph !== undefined || s.external.length > 0, lang, ...(mons !== undefined ? { mons } : {}) };
}

/** What the memory rule needs beyond the nodes: the projected demand and the guest threads per node. */
export interface MemoryDemand {
  readonly guestRam: number | undefined;
  readonly vcpus: number | undefined;
  readonly guestThreadsPerNode: number;
}

/** The usable-memory calculator's values: the plan validates and explains them, the optimizer runs them fast. */
export function usableMemoryValuesFor(s: Scenario, r: Reservation, osdMemoryBytes: number, nodeGroups: UsableMemoryValues['nodeGroups'], d: MemoryDemand, lang: Lang): UsableMemoryValues {
  // Built field by field, not by spreading optional parts: the optimizer builds one per candidate.
  const v: Mutable<UsableMemoryValues> = {
    nodeGroups,
    failures: s.rules.failures,
    maxUtilization: s.rules.maxUtilization,
    hostReserveBytes: s.rules.hostReserve,
    osdsPerNode: r.osds,
    osdMemoryBytes,
    zfsArcBytes: r.zfsArcBytes,
    qdevice: s.rules.qdevice,
    system: s.system,
    lang,
    maxOvercommit: s.rules.maxOvercommit,
  };
  if (r.osds > 0 && r.osdSizeBytes !== undefined) v.osdSizeBytes = r.osdSizeBytes;
  if (s.workloads.ksm !== undefined) v.ksmSavings = s.workloads.ksm;
  if (d.guestRam !== undefined) v.guestRamBytes = d.guestRam;
  if (d.vcpus !== undefined && d.guestThreadsPerNode > 0) {
    v.vcpus = d.vcpus;
    v.cpuThreadsPerNode = d.guestThreadsPerNode;
  }
  return v;
}

/**
 * The capacity calculator's values for one pool of a domain: all pools' raw use as this pool's
 * equivalent data (the shared OSDs' real fill on its rules), none when no data is stated.
 */
export function cephValuesFor(ceph: CephModel, d: Pick<DomainLike, 'hosts' | 'osdsPerHost' | 'osdSizeBytes' | 'rawUsedBytes'>, protection: Protection, s: Scenario, lang: Lang): CephCapacityValues {
  const v: Mutable<CephCapacityValues> = {
    hosts: d.hosts,
    osdsPerHost: d.osdsPerHost,
    osdSizeBytes: d.osdSizeBytes,
    protection,
    nearfull: ceph.nearfull,
    backfillfull: ceph.backfillfull,
    full: ceph.full,
    system: s.system,
    lang,
  };
  if (d.rawUsedBytes > 0) v.storedBytes = equivalentStored(d.rawUsedBytes, protection);
  return v;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface PoolState {
  readonly index: number;
  readonly healing: 'unplaceable' | 'cannot-heal' | 'heals';
  readonly safeBytes: number;
}

const readAmplification = (d: DomainLike, i: number): number => {
  const p = d.pools[i]?.protection;
  return p?.kind === 'erasure' ? p.k : 1;
};

/** Host-loss recovery of one domain: each healing pool's own raw data, or the first one at its safe fill when no data is stated. */
export function hostRecoverySpec(d: DomainLike, pools: readonly PoolState[], markOutSeconds: number): HostRecoverySpec | null {
  if (d.link === undefined || d.linkMissing) return null;
  const mine = pools.filter((p) => p.healing === 'heals');
  if (mine.length === 0) return null;
  let list = mine.flatMap((p) => {
    const data = d.poolData[p.index];
    const prot = d.pools[p.index]?.protection;
    return data === undefined || data <= 0 || prot === undefined ? [] : [{ rawUsedBytes: cephRawUsed([{ protection: prot, storedBytes: data }]), readAmplification: readAmplification(d, p.index) }];
  });
  if (list.length === 0) {
    const p = mine[0];
    const prot = p === undefined ? undefined : d.pools[p.index]?.protection;
    if (p === undefined || prot === undefined) return null;
    list = [{ rawUsedBytes: p.safeBytes * rawPerLogical(prot), readAmplification: readAmplification(d, p.index) }];
  }
  return { hosts: d.hosts, osdsPerHost: d.osdsPerHost, pools: list, link: d.link, osdWriteBps: d.recoveryBps, markOutSeconds };
}

export interface DurabilitySpec {
  readonly osd: OsdRecoverySpec;
  readonly hostAfr: number | undefined;
  /** Host exposure: recovery time when the pool heals, repair time when it cannot; undefined when unknown. */
  readonly hostSeconds: number | undefined;
}

export function durabilitySpec(s: Scenario, d: DomainLike, p: PoolState, pgShardsPerOsd: number, hostRecoverySeconds: number | undefined): DurabilitySpec {
  const pool = d.pools[p.index];
  const ceph = s.ceph;
  const dur = s.rules.durability;
  const raw = d.hosts * d.osdsPerHost * d.osdSizeBytes;
  const prot = pool?.protection ?? { kind: 'replicated' as const, size: 3 };
  const fill = d.rawUsedBytes > 0 ? Math.min(1, d.rawUsedBytes / raw) : Math.min(1, (p.safeBytes * rawPerLogical(prot)) / raw);
  const heals = p.healing === 'heals';
  return {
    osd: {
      hosts: d.hosts,
      osdsPerHost: d.osdsPerHost,
      osdSizeBytes: d.osdSizeBytes,
      fill,
      heals,
      pgShardsPerOsd,
      readAmplification: readAmplification(d, p.index),
      link: d.link,
      osdWriteBps: d.recoveryBps,
      markOutSeconds: ceph?.markOutSeconds ?? CEPH_DEFAULTS.markOutSeconds,
      replaceSeconds: dur.diskReplaceHours * 3600,
    },
    hostAfr: dur.hostAfr,
    hostSeconds: heals ? hostRecoverySeconds : dur.hostRepairHours * 3600,
  };
}
