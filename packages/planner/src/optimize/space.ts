/**
 * The optimizer's search space: node count × platform × sockets × CPU × balanced DIMM population ×
 * OSD disk model × disks per node × NIC speed. Every candidate is valid by construction (bays, NIC
 * ports and speeds, disk classes, balanced memory); DIMM populations that cost more for the same
 * RAM are dropped (they can never be cheaper and pass more checks).
 */
import { balancedPopulations, cheapestPerSize, DEFAULT_THREADS_PER_OSD, FAST, guestThreads, KAMPE_DISK_AFR, KAMPE_RECOVERY_BPS, nodeHardwareCost, type Population, width } from '@capa/core';
import { groupReservation, type Reservation } from '../plan/context.js';
import type { Catalogue, CatalogueDisk, Platform } from '../catalogue/schema.js';
import { nicsPrice, populationSpec } from '../plan/procurement.js';
import type { Scenario } from '../scenario/model.js';

export interface NodeOption {
  readonly platform: Platform;
  readonly sockets: number;
  readonly cpu: Platform['cpus'][number];
  readonly population: Population;
  /** null when the scenario has no Ceph (no OSD disks to choose). */
  readonly disk: CatalogueDisk | null;
  readonly disksPerNode: number;
  readonly nicSpeedBps: number;
  readonly hardwarePerNode: number;
  // Per-node figures the fast path reuses.
  readonly ramBytes: number;
  readonly threads: number;
  readonly guestThreads: number;
  /** The node's reservations (system, OSDs, ARC), as the plan computes them for the candidate's nodes. */
  readonly reservation: Reservation;
  readonly recoveryBps: number;
  readonly afr: number;
}

export interface SearchSpace {
  readonly nodeCounts: readonly number[];
  readonly options: readonly NodeOption[];
  /** nodeCounts × options. */
  readonly size: number;
  /** Why the space is empty or narrowed (for the report). */
  readonly notes: readonly string[];
}

export interface SpaceLimits {
  /** Populations: all balanced ones (brute-force tests) or only the cheapest per RAM size (default). */
  readonly allPopulations?: boolean;
}

export function buildSpace(s: Scenario, cat: Catalogue, limits: SpaceLimits = {}): SearchSpace {
  const o = s.optimize;
  const notes: string[] = [];
  if (!o) return { nodeCounts: [], options: [], size: 0, notes: ['no optimize section'] };
  const pools = s.ceph?.pools ?? [];
  const classes = new Set(pools.map((p) => p.deviceClass));
  const poolClass = classes.size === 1 ? [...classes][0] : undefined;
  const minNodes = Math.max(o.nodes.min, s.rules.failures + 1, ...pools.map((p) => width(p.protection)));
  const nodeCounts: number[] = [];
  for (let n = minNodes; n <= o.nodes.max; n++) nodeCounts.push(n);
  const platforms = cat.platforms.filter((p) => (o.platforms ? o.platforms.includes(p.id) : p.available));
  const options: NodeOption[] = [];
  const osdMemory = s.ceph?.osdMemoryBytes ?? 4 * 2 ** 30;
  const perOsd = s.rules.threadsPerOsd ?? DEFAULT_THREADS_PER_OSD;
  const links = o.links;
  for (const p of platforms) {
    if (links > p.nicPorts) continue;
    const disks: (CatalogueDisk | null)[] = s.ceph
      ? cat.disks.filter(
          (d) =>
            p.diskClasses.includes(d.class) &&
            (o.disks ? o.disks.includes(d.id) : true) &&
            (o.diskClasses ? o.diskClasses.includes(d.class) : true) &&
            (poolClass === undefined || d.class === poolClass),
        )
      : [null];
    const speeds = p.nicSpeeds.filter((sp) => (o.nicSpeeds ? o.nicSpeeds.includes(sp) : true) && nicsPrice(cat, [{ links, speedBps: sp }]) !== null);
    const minK = o.disksPerNode?.min ?? 1;
    const maxK = Math.min(o.disksPerNode?.max ?? p.driveBays, p.driveBays);
    for (const sockets of p.sockets) {
      if (o.sockets && !o.sockets.includes(sockets)) continue;
      const all = balancedPopulations(populationSpec(cat, p, sockets));
      const pops = limits.allPopulations ? all : cheapestPerSize(all);
      for (const cpu of p.cpus) {
        const threads = sockets * cpu.cores * cpu.threadsPerCore;
        for (const pop of pops) {
          for (const disk of disks) {
            const ks = disk === null ? [0] : Array.from({ length: Math.max(0, maxK - minK + 1) }, (_, i) => minK + i);
            for (const k of ks) {
              const reservation = groupReservation(s, { ramBytes: pop.ramBytes, zfsDisks: [], osds: disk === null ? [] : [{ class: disk.class, count: k, sizeBytes: disk.size }] }, osdMemory, FAST);
              const osdThreads = disk === null ? 0 : k * perOsd[disk.class];
              for (const speed of speeds) {
                const nics = nicsPrice(cat, [{ links, speedBps: speed }]) ?? 0;
                const hardwarePerNode = nodeHardwareCost({
                  base: p.basePrice,
                  sockets,
                  cpuPrice: cpu.price,
                  dimmCount: pop.dimmCount,
                  dimmPrice: pop.dimmPrice,
                  disksPrice: disk === null ? 0 : 0 + k * disk.price,
                  nicCount: 1,
                  nicPrice: nics,
                });
                options.push({
                  platform: p,
                  sockets,
                  cpu,
                  population: pop,
                  disk,
                  disksPerNode: k,
                  nicSpeedBps: speed,
                  hardwarePerNode,
                  ramBytes: pop.ramBytes,
                  threads,
                  guestThreads: guestThreads(threads, s.rules.systemThreads, osdThreads),
                  reservation,
                  recoveryBps: disk?.recoveryRate ?? KAMPE_RECOVERY_BPS,
                  afr: s.rules.durability.osdAfr ?? disk?.afr ?? KAMPE_DISK_AFR,
                });
              }
            }
          }
        }
      }
    }
  }
  if (platforms.length === 0) notes.push('no platform matches optimize.platforms (or none is available)');
  return { nodeCounts, options, size: nodeCounts.length * options.length, notes };
}
