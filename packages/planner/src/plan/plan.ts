/**
 * `capa plan`: every core calculator on the scenario, one verdict per area, the worst-case failure
 * played out, per-pool durability and, with prices, the cost over the ownership period.
 */
import type { Check, Lang } from '@capa/core';
import type { Catalogue } from '../catalogue/schema.js';
import type { Scenario } from '../scenario/model.js';
import { cephArea, dbwalArea, memoryArea, workloadsArea } from './areas-compute.js';
import { pgArea } from './areas-pg.js';
import { networkArea, quorumArea } from './areas-network.js';
import { backupArea } from './areas-backup.js';
import { drainArea } from './areas-drain.js';
import { filerArea } from './areas-filer.js';
import { cpuArea, guestThreads } from './areas-cpu.js';
import { durabilityArea, failureArea, recoveryAfterHostLoss, storageArea } from './areas-failure.js';
import { buildContext } from './context.js';
import { costArea, procurementArea } from './procurement.js';
import { placementFor } from './placement.js';
import { cephWithPlacement, failureAdditions, placementSummary } from './placement-report.js';
import type { Area, PlanResult } from './types.js';

export interface PlanOptions {
  readonly lang: Lang;
  readonly catalogue?: Catalogue | undefined;
  /** Shown in reports; not read. */
  readonly file?: string | undefined;
}

export function plan(s: Scenario, opts: PlanOptions): PlanResult {
  const c = buildContext(s, opts.catalogue, opts.lang);
  const areas: Area[] = [workloadsArea(c)];
  const gt = guestThreads(c);
  const mem = memoryArea(c, gt.perNode);
  areas.push(mem.area, cpuArea(c, mem, gt));
  // pg_num (the autoscaler's result) feeds the CRUSH simulation, which judges the Ceph area's fill.
  const pgs = pgArea(c);
  const place = placementFor(c, pgs);
  const ceph = cephWithPlacement(c, cephArea(c), place);
  if (ceph.area) areas.push(ceph.area);
  const db = dbwalArea(c);
  if (db) areas.push(db);
  if (pgs.area) areas.push(pgs.area);
  // Issue 11: backups and the maintenance drain feed the network budget's `auto` rates.
  const backups = backupArea(c);
  const drains = drainArea(c);
  // The host-loss recovery reads the Ceph area only; the network budget's `recovery: auto` reads it.
  const rec = recoveryAfterHostLoss(c, ceph);
  const net = networkArea(c, { backupBps: backups.nodeBps, migrationBps: drains.migrationBps }, rec);
  if (net) areas.push(net);
  const q = quorumArea(c);
  const fail = failureArea(c, mem, ceph, rec, q, place, failureAdditions(c, place, q.result));
  areas.push(fail.area, q.area);
  const dur = durabilityArea(c, ceph, pgs, rec);
  if (dur.area) areas.push(dur.area);
  const st = storageArea(c);
  if (st) areas.push(st);
  // Issue 11: the filers, the backups and the maintenance drain (each null when the scenario has none).
  for (const extra of [filerArea(c), backups.area, drains.area]) if (extra) areas.push(extra);
  const proc = procurementArea(c);
  if (proc.area) areas.push(proc.area);
  const cost = costArea(c, proc.prices, proc.chassis, mem.usable.usableGuestRamBytes, ceph.safeBytes);
  if (cost.area) areas.push(cost.area);

  const seen = new Set<string>();
  const checks: Check[] = [];
  for (const a of areas)
    for (const x of a.checks) {
      const key = `${x.id}\u0000${x.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        checks.push(x);
      }
    }
  const minNines =
    dur.pools.length === 0 ? null : dur.pools.reduce<number | null>((m, p) => (p.ninesWithReadErrors === null ? m : m === null ? p.ninesWithReadErrors : Math.min(m, p.ninesWithReadErrors)), null);
  const placement = placementSummary(c, place);
  const assumptions = [c.t.assumptionCourse, ...(placement?.assumptions ?? []), ...new Set(dur.pools.flatMap((p) => p.assumptions)), ...drains.assumptions];
  return {
    scenario: { name: s.name, description: s.description ?? null, file: opts.file ?? null },
    lang: opts.lang,
    verdict: checks.some((x) => x.level === 'fail') ? 'fail' : 'pass',
    areas,
    failure: fail.story,
    durability: dur.pools,
    cost: cost.cost,
    placement,
    metrics: {
      nodes: c.N,
      failures: c.failures,
      sockets: s.nodes.reduce((a, g) => a + g.count * g.sockets, 0),
      totalRamBytes: mem.usable.totalRamBytes,
      usableGuestRamBytes: mem.usable.usableGuestRamBytes,
      guestRamBytes: c.guestRam ?? null,
      vcpus: c.vcpus ?? null,
      overcommit: mem.usable.overcommitRatio,
      cephRawBytes: ceph.rawBytes,
      cephSafeBytes: ceph.safeBytes,
      cephDataBytes: ceph.dataBytes,
      cephFillAfterFailure: ceph.fillAfter,
      cephCrushSafeBytes: place?.crushSafeBytes ?? null,
      cephFullestOsdFillAfterFailure: place?.fullestOsdFillAfter ?? null,
      pgsBelowMinSizeFraction: place?.pgsBelowMinSizeFraction ?? null,
      recoverySeconds: rec.seconds,
      recoveryIsLowerBound: rec.seconds !== null,
      minNines,
      cost: cost.cost,
    },
    assumptions,
    checks,
  };
}
