/**
 * Ceph's own placement played out on the scenario's real hosts, per Ceph domain (the OSDs a set of
 * pools lives on): the map Proxmox VE would build from each node's OSD disks (core designedMap), the
 * pools at the autoscaler's pg_num and their data at the horizon, then every set of `rules.failures`
 * hosts failing together (core simulateCeph) and, where hosts = a pool's width (a host loss moves
 * nothing), every single OSD. The average model (cephCapacity) stays beside it as the theory figure.
 *
 * @capa/crush (LGPL-2.1) is the engine handed to the core, which imports its types only.
 */
import * as engine from '@capa/crush';
import { CEPH_DEFAULTS, type CephSimulation, crushSafeOfPlay, defaultMinSize, designedMap, type DesignedHost, type DesignedPool, type FailurePlay, playFailures, width } from '@capa/core';
import type { PgOut } from './areas-pg.js';
import type { Ctx, Domain } from './context.js';
import { memberName } from './helpers.js';

/** Failure sets played out per domain, heaviest hosts first (every one up to this many). */
export const PLACEMENT_LIMIT = 256;
/** Nominal data per pool when the scenario states none: fills scale linearly, so ratios still hold. */
const NOMINAL_BYTES = 1e12;

export interface PlacementPool {
  readonly name: string;
  readonly pgNum: number;
  readonly size: number;
  readonly minSize: number;
  readonly storedBytes: number;
}

export interface DomainPlacement {
  readonly domain: Domain;
  readonly pools: readonly PlacementPool[];
  /** `rules.failures` hosts failing together (each host alone when 1). */
  readonly hosts: CephSimulation;
  /** Each OSD alone, when the hosts are as many as some pool's width; else null. */
  readonly osds: CephSimulation | null;
  /** The simulation whose worst failure leaves the fullest OSD fullest (hosts, or OSDs). */
  readonly fill: CephSimulation;
  /** No data stated: the fills are of nominal data; only PG counts and the safe amount mean something. */
  readonly nominal: boolean;
  readonly crushSafeBytes: number | null;
  /** The most bytes any evaluated failure makes Ceph write elsewhere before the data is whole again. */
  readonly rebuildBytes: number;
}

export interface PlacementOut {
  readonly domains: readonly DomainPlacement[];
  /** Sums and worst cases over the domains (one domain: its own figures). */
  readonly rebuildBytes: number | null;
  readonly pgsBelowMinSize: number;
  readonly pgs: number;
  readonly pgsBelowMinSizeFraction: number | null;
  readonly crushSafeBytes: number | null;
  readonly fullestOsdFill: number | null;
  readonly fullestOsdFillAfter: number | null;
}

/** The hosts of a domain, each node group's members with their own OSD disks (sizes in bytes). */
export function designedHosts(c: Ctx, d: Domain): DesignedHost[] {
  return c.s.nodes.flatMap((g) => {
    const osdBytes = g.osds.filter((x) => d.deviceClass === undefined || x.class === d.deviceClass).flatMap((x) => Array.from({ length: x.count }, () => x.sizeBytes));
    return osdBytes.length === 0 ? [] : Array.from({ length: g.count }, (_, i) => ({ name: memberName(g.name, g.count, i), osdBytes }));
  });
}

/**
 * The simulation depends only on the hosts' OSDs, the pools, their data and f: candidates of the
 * optimizer that differ in RAM, CPU or NIC share it. A small bounded memo (results are immutable).
 */
const MEMO_SIZE = 32;
const cache = new Map<string, FailurePlay>();
function memo(key: string, run: () => FailurePlay): FailurePlay {
  const hit = cache.get(key);
  if (hit) return hit;
  const v = run();
  if (cache.size >= MEMO_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, v);
  return v;
}

function simulateDomain(c: Ctx, d: Domain, pgs: PgOut): DomainPlacement | null {
  const pg = pgs.byDomain.get(d.key);
  if (!pg) return null;
  const hosts = designedHosts(c, d);
  if (hosts.length === 0) return null;
  const pools: (DesignedPool & { stored: number; k: number })[] = [];
  for (const [i, p] of d.pools.entries()) {
    const pgNum = pg.pools.find((x) => x.name === p.name)?.pgNum;
    if (pgNum === undefined) return null;
    const stored = d.poolData[i] ?? 0;
    pools.push({
      id: i + 1,
      name: p.name,
      erasure: p.protection.kind === 'erasure',
      size: width(p.protection),
      minSize: defaultMinSize(p.protection),
      pgNum,
      stored: stored > 0 ? stored : 0,
      k: p.protection.kind === 'erasure' ? p.protection.k : 1,
    });
  }
  const nominal = pools.every((p) => p.stored === 0);
  const simPools = pools.map((p) => ({ id: p.id, storedBytes: nominal ? NOMINAL_BYTES : p.stored, dataChunks: p.k }));
  const f = Math.max(1, Math.min(c.failures, hosts.length));
  const withOsds = hosts.length <= Math.max(...pools.map((p) => p.size));
  const play = memo(JSON.stringify([hosts, pools, simPools, f, withOsds]), () => {
    const { map, osdSizeBytes } = designedMap(engine, hosts, pools);
    return playFailures(engine, map, { pools: simPools, osdSizeBytes, failures: f, limit: PLACEMENT_LIMIT, withOsds });
  });
  const hostSim = play.hosts;
  const ratio = c.s.rules.cephAfterFailure === 'nearfull' ? (c.s.ceph?.nearfull ?? CEPH_DEFAULTS.nearfull) : (c.s.ceph?.backfillfull ?? CEPH_DEFAULTS.backfillfull);
  return {
    domain: d,
    hosts: hostSim,
    osds: play.osds,
    fill: play.fill,
    nominal,
    pools: pools.map((p) => ({ name: p.name, pgNum: p.pgNum, size: p.size, minSize: p.minSize, storedBytes: p.stored })),
    crushSafeBytes: crushSafeOfPlay(play, ratio),
    rebuildBytes: nominal ? 0 : Math.round(hostSim.failures.reduce((m, x) => Math.max(m, x.after.movedBytes), 0)),
  };
}

export function placementFor(c: Ctx, pgs: PgOut): PlacementOut | null {
  if (!c.s.ceph) return null;
  const domains = c.domains.map((d) => simulateDomain(c, d, pgs)).filter((x): x is DomainPlacement => x !== null);
  if (domains.length === 0) return null;
  const real = domains.filter((x) => !x.nominal);
  const below = domains.reduce((a, x) => a + (x.hosts.worstBlocked?.now.pgsBelowMinSize ?? 0), 0);
  const total = domains.reduce((a, x) => a + x.hosts.pgs, 0);
  const maxOf = (xs: (number | null | undefined)[]) => xs.reduce<number | null>((m, x) => (x === null || x === undefined ? m : m === null ? x : Math.max(m, x)), null);
  const safes = domains.map((x) => x.crushSafeBytes);
  return {
    domains,
    rebuildBytes: real.length === 0 ? null : real.reduce((a, x) => a + x.rebuildBytes, 0),
    pgsBelowMinSize: below,
    pgs: total,
    pgsBelowMinSizeFraction: total > 0 && domains.some((x) => x.hosts.failuresEvaluated > 0) ? below / total : null,
    crushSafeBytes: safes.some((x) => x === null) ? null : safes.reduce<number>((a, x) => a + (x ?? 0), 0),
    fullestOsdFill: maxOf(real.map((x) => x.hosts.fullestOsd?.fill)),
    fullestOsdFillAfter: maxOf(real.map((x) => x.fill.worstFill?.after.fullestOsd?.fill)),
  };
}
