/** Facts derived once from the scenario: projected demand, node groups, Ceph domains (OSD sets pools live on). */
import {
  cephRawUsed,
  type DiskClass,
  explaining,
  FAST,
  GiB,
  grownValue,
  hostReservation,
  KAMPE_DISK_AFR,
  KAMPE_RECOVERY_BPS,
  projectedDemand,
  type Protection,
  type Recorder,
  type RecoveryLink,
  type Step,
  zfsArcReservation,
} from '@capa/core';
import type { Catalogue } from '../catalogue/schema.js';
import type { NodeModel, PoolModel, Scenario } from '../scenario/model.js';
import { totalNodes } from '../scenario/model.js';
import { type Fmt, fmt, growthOrigins } from './helpers.js';
import { planMessages, type PlanMessages } from './messages.js';

export interface Domain {
  readonly key: string;
  readonly label: string;
  readonly deviceClass: DiskClass | undefined;
  readonly hosts: number;
  /** OSDs per host and their mean size in the smallest host (conservative when hosts differ). */
  readonly osdsPerHost: number;
  readonly osdSizeBytes: number;
  /** Real totals, for the PG budget. */
  readonly totalOsds: number;
  readonly totalRawBytes: number;
  readonly heterogeneous: boolean;
  readonly mixedSizes: boolean;
  readonly recoveryBps: number;
  readonly recoveryStated: boolean;
  readonly afr: number;
  readonly link: RecoveryLink | undefined;
  readonly linkMissing: boolean;
  readonly hasNvme: boolean;
  readonly pools: readonly PoolModel[];
  /** Projected logical data per pool (same order), undefined when none stated. */
  readonly poolData: readonly (number | undefined)[];
  readonly rawUsedBytes: number;
}

export interface Reservation {
  readonly osds: number;
  readonly osdSizeBytes: number | undefined;
  readonly zfsArcBytes: number;
  readonly arcSteps: readonly Step[];
  readonly bytes: number;
}

export interface Ctx {
  readonly s: Scenario;
  readonly cat: Catalogue | undefined;
  readonly t: PlanMessages;
  readonly f: Fmt;
  readonly N: number;
  readonly failures: number;
  readonly growthFactor: number;
  readonly guestRam: number | undefined;
  readonly vcpus: number | undefined;
  readonly data: number | undefined;
  readonly growthSteps: Step[];
  readonly domains: readonly Domain[];
  readonly reservation: Reservation;
  readonly reservationsDiffer: boolean;
  readonly osdMemoryBytes: number;
}

const osdsIn = (g: NodeModel, c: DiskClass | undefined) => g.osds.filter((d) => c === undefined || d.class === c);

/**
 * ZFS ARC per node: each pool's stated size or course rule (1 GB per TB of its disks), plus, once per
 * node, the Proxmox VE installer's zfs_arc_max when some pool keeps the default rule (the limit is
 * node-wide). The core computes each rule and, when explaining, its derivation step.
 */
export function zfsArc(s: Scenario, g: Pick<NodeModel, 'ramBytes' | 'zfsDisks'>, rec: Recorder): { bytes: number; steps: Step[] } {
  let bytes = 0;
  const steps: Step[] = [];
  let pve = false;
  for (const z of s.zfs) {
    if (typeof z.arc === 'number') {
      bytes += z.arc;
      continue;
    }
    if (z.arc === 'pve') {
      pve = true;
      continue;
    }
    const disks = g.zfsDisks.filter((d) => z.diskClass === undefined || d.class === z.diskClass);
    const r = zfsArcReservation(
      'course',
      g.ramBytes,
      disks.reduce((n, d) => n + d.count * d.sizeBytes, 0),
      rec,
    );
    bytes += r.value;
    if (r.step) steps.push({ ...r.step, id: `${r.step.id}@${z.name}`, title: `[${z.name}] ${r.step.title}` });
  }
  if (pve && g.zfsDisks.length > 0) {
    const r = zfsArcReservation('pve', g.ramBytes, 0, rec);
    bytes += r.value;
    if (r.step) steps.push(r.step);
  }
  return { bytes, steps };
}

/** One node group's reservations (system, OSDs, ARC), by the core's rule: the plan explains it, the optimizer's space does not. */
export function groupReservation(s: Scenario, g: Pick<NodeModel, 'ramBytes' | 'zfsDisks' | 'osds'>, osdMemoryBytes: number, rec: Recorder): Reservation {
  const k = s.ceph ? g.osds.reduce((n, d) => n + d.count, 0) : 0;
  const raw = g.osds.reduce((n, d) => n + d.count * d.sizeBytes, 0);
  const S = k > 0 ? raw / k : undefined;
  const arc = zfsArc(s, g, rec);
  // The figure only: its steps come with the memory calculator's derivation, which applies the same rule.
  const r = hostReservation({ hostReserveBytes: s.rules.hostReserve, osdsPerNode: k, osdMemoryBytes, ...(S !== undefined ? { osdSizeBytes: S } : {}), zfsArcBytes: arc.bytes }, FAST);
  return { osds: k, osdSizeBytes: S, zfsArcBytes: arc.bytes, arcSteps: arc.steps, bytes: r.perNodeBytes };
}

function buildDomains(s: Scenario, t: PlanMessages, cat: Catalogue | undefined, poolDataOf: (p: PoolModel) => number | undefined): Domain[] {
  if (!s.ceph) return [];
  const byKey = new Map<string, PoolModel[]>();
  for (const p of s.ceph.pools) {
    const key = p.deviceClass ?? 'all';
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const out: Domain[] = [];
  for (const [key, pools] of byKey) {
    const c = key === 'all' ? undefined : (key as DiskClass);
    const members = s.nodes.filter((g) => osdsIn(g, c).length > 0);
    const info = members.map((g) => {
      const ds = osdsIn(g, c);
      const n = ds.reduce((a, d) => a + d.count, 0);
      const raw = ds.reduce((a, d) => a + d.count * d.sizeBytes, 0);
      return { g, n, raw, mixed: new Set(ds.map((d) => d.sizeBytes)).size > 1 };
    });
    const smallest = [...info].sort((a, b) => a.raw - b.raw || a.n - b.n)[0];
    const hosts = members.reduce((a, g) => a + g.count, 0);
    const disks = members.flatMap((g) => osdsIn(g, c));
    const catDisk = (m: string | undefined) => (m === undefined ? undefined : cat?.disks.find((d) => d.id === m));
    const rates = disks.map((d) => d.recoveryBps ?? catDisk(d.model)?.recoveryRate).filter((r): r is number => r !== undefined);
    const afrs = disks.map((d) => d.afr ?? catDisk(d.model)?.afr).filter((r): r is number => r !== undefined);
    const links = members.map((g) => g.cephNet);
    const known = links.filter((l): l is RecoveryLink => l !== undefined).sort((a, b) => a.links * a.speedBps - b.links * b.speedBps);
    const poolData = pools.map(poolDataOf);
    const withData = pools.flatMap((p, i) => {
      const d = poolData[i];
      return d === undefined || d <= 0 ? [] : [{ protection: p.protection as Protection, storedBytes: d }];
    });
    out.push({
      key,
      label: c === undefined ? t.domainAll : t.domainClass(c),
      deviceClass: c,
      hosts,
      osdsPerHost: smallest?.n ?? 0,
      osdSizeBytes: smallest && smallest.n > 0 ? smallest.raw / smallest.n : 0,
      totalOsds: info.reduce((a, x) => a + x.n * x.g.count, 0),
      totalRawBytes: info.reduce((a, x) => a + x.raw * x.g.count, 0),
      heterogeneous: new Set(info.map((x) => x.raw)).size > 1,
      mixedSizes: info.some((x) => x.mixed),
      recoveryBps: rates.length > 0 ? Math.min(...rates) : KAMPE_RECOVERY_BPS,
      recoveryStated: rates.length > 0,
      afr: s.rules.durability.osdAfr ?? (afrs.length > 0 ? Math.max(...afrs) : KAMPE_DISK_AFR),
      link: known[0],
      linkMissing: links.some((l) => l === undefined),
      hasNvme: disks.some((d) => d.class === 'nvme'),
      pools,
      poolData,
      rawUsedBytes: cephRawUsed(withData),
    });
  }
  return out;
}

export function buildContext(s: Scenario, cat: Catalogue | undefined, lang: 'en' | 'fr'): Ctx {
  const t = planMessages(lang);
  const f = fmt(lang, s.system);
  const w = s.workloads;
  const g = w.growth;
  const growthSteps: Step[] = [];
  const rec = explaining(lang, s.system);
  const grow = (id: string, title: string, x: number | undefined, unit: 'bytes' | 'count', field: string): number | undefined =>
    x === undefined ? undefined : projectedDemand(id, title, x, g, unit, rec, growthSteps, growthOrigins(field));
  const guestRam = grow('workloads.guest-ram', t.grown(t.fGuestRam), w.guestRamBytes, 'bytes', 'workloads.guestRam');
  const vcpus = grow('workloads.vcpus', t.grown(t.fVcpus), w.vcpus, 'count', 'workloads.vcpus');
  const data = grow('workloads.data', t.grown(t.fData), w.dataBytes, 'bytes', 'workloads.data');
  const growthFactor = g === undefined ? 1 : grownValue(1, g.perYear, g.years);
  const poolDataOf = (p: PoolModel): number | undefined => grow(`workloads.pool-data@${p.name}`, t.grown(`${t.fData} (${p.name})`), p.dataBytes, 'bytes', 'storage.ceph.pools[].data');
  const osdMemoryBytes = s.ceph?.osdMemoryBytes ?? 4 * GiB;
  const reservations = s.nodes.map((n) => groupReservation(s, n, osdMemoryBytes, rec));
  const reservation = [...reservations].sort((a, b) => b.bytes - a.bytes)[0] ?? { osds: 0, osdSizeBytes: undefined, zfsArcBytes: 0, arcSteps: [], bytes: s.rules.hostReserve };
  return {
    s,
    cat,
    t,
    f,
    N: totalNodes(s),
    failures: s.rules.failures,
    growthFactor,
    guestRam,
    vcpus,
    data,
    growthSteps,
    domains: buildDomains(s, t, cat, poolDataOf),
    reservation,
    reservationsDiffer: new Set(reservations.map((r) => r.bytes)).size > 1,
    osdMemoryBytes,
  };
}
