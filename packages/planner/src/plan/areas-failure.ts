/** The worst-case failure played out, recovery time, per-pool durability, local ZFS and external storage. */
import { type Check, checkMaker, explaining, hostRecovery, memoryAfterFailure, osdRecovery, poolDurability, projectedDemand, protectionLabel, type Step, zfsCapacity, zfsLabel } from '@capa/core';
import { CEPH_DEFAULTS, type DurabilityOrigins, fromDefault, fromInput, fromStep, KAMPE_DISK_AFR, KAMPE_DISK_NRE, type RecoveryOrigins } from '@capa/core';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { CephOut, MemoryOut, PoolCapacity } from './areas-compute.js';
import type { PgOut } from './areas-pg.js';
import type { QuorumOut } from './areas-network.js';
import type { FailureAdditions } from './placement-report.js';
import type { PlacementOut } from './placement.js';
import { durabilitySpec, hostRecoverySpec, type PoolState } from './shared.js';
import { externalGuestData, externalLimitBytes } from './stored-data.js';
import type { Ctx, Domain } from './context.js';
import { fieldOrigin, figure, growthOrigins, makeArea, memberName, tagChecks, tagSteps, unwrap } from './helpers.js';
import type { Area, FailureStory, Figure, PoolDurability } from './types.js';
import type { Scenario } from '../scenario/model.js';

/** The f largest nodes by RAM (then by group order): the ones the N − f rule assumes lost. */
export function worstNodes(c: Ctx): string[] {
  const members = c.s.nodes.flatMap((g, gi) => Array.from({ length: g.count }, (_, i) => ({ name: memberName(g.name, g.count, i), ram: g.ramBytes, gi, i })));
  return members
    .sort((a, b) => b.ram - a.ram || a.gi - b.gi || a.i - b.i)
    .slice(0, c.failures)
    .map((m) => m.name);
}

export interface RecoveryOut {
  readonly seconds: number | null;
  readonly byDomain: ReadonlyMap<string, number>;
  /** Per domain, the recovery traffic into one survivor's bond (the core's hostBps): the network budget's `recovery: auto`. */
  readonly hostBpsByDomain: ReadonlyMap<string, number>;
  readonly steps: Step[];
  readonly heals: boolean | null;
}

/** Host-loss recovery per Ceph domain: every healing pool's own raw data, or the safe fill when no data is stated. */
export function recoveryAfterHostLoss(c: Ctx, ceph: CephOut): RecoveryOut {
  const byDomain = new Map<string, number>();
  const hostBpsByDomain = new Map<string, number>();
  const steps: Step[] = [];
  if (ceph.pools.length === 0) return { seconds: null, byDomain, hostBpsByDomain, steps, heals: null };
  const heals = ceph.pools.every((p) => p.result.healing === 'heals');
  let worst: number | null = null;
  for (const d of c.domains) {
    const spec = hostRecoverySpec(d, ceph.pools.filter((p) => p.domain === d).map(poolState), c.s.ceph?.markOutSeconds ?? CEPH_DEFAULTS.markOutSeconds);
    if (spec === null) continue;
    const r = hostRecovery(spec, c.f.lang, c.s.system, recoveryOrigins(c.s, d));
    byDomain.set(d.key, r.value.seconds);
    hostBpsByDomain.set(d.key, r.value.hostBps);
    steps.push(...tagSteps(r.steps, c.domains.length > 1 ? d.label : null));
    worst = Math.max(worst ?? 0, r.value.seconds);
  }
  return { seconds: worst, byDomain, hostBpsByDomain, steps, heals };
}

const poolState = (p: PoolCapacity): PoolState => ({ index: p.index, healing: p.result.healing, safeBytes: p.safeBytes });

export function failureArea(c: Ctx, mem: MemoryOut, ceph: CephOut, rec: RecoveryOut, q: QuorumOut, place: PlacementOut | null, sim: FailureAdditions): { area: Area; story: FailureStory } {
  const { s, t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const nodes = worstNodes(c);
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const u = s.rules.maxUtilization;
  let memUsed: number | null = null;
  if (c.guestRam !== undefined) {
    // Read on the survivors that can host guests: a node smaller than its reservations holds none.
    const m = memoryAfterFailure(c.guestRam, mem.usable.guestHostNodes, mem.usable.hostReservePerNodeBytes, mem.usable.guestHostRamBytes, f.lang, s.system);
    memUsed = m.value;
    steps.push(m.step);
    const fits = mem.usable.checks.find((x) => x.id === 'memory.guest-fits')?.level ?? 'ok';
    checks.push(check('failure.memory', fits, fits === 'fail' ? 'failure.memory.over' : 'failure.memory.ok', { fill: m.value, max: u }));
    figures.push(figure(f, 'memoryUsedFraction', t.fMemAfter, m.value, 'ratio'));
  }
  const fillCheck = ceph.area?.checks.filter((x) => x.id === 'ceph.fill-after-failure') ?? [];
  checks.push(...fillCheck);
  if (ceph.fillAfter !== null) figures.push(figure(f, 'cephFillAfter', t.fFillAfter, ceph.fillAfter, 'ratio'));
  steps.push(...rec.steps);
  const maxH = s.rules.maxRecoveryHours;
  if (ceph.pools.length > 0) {
    if (maxH !== undefined) {
      if (rec.heals === false) checks.push(check('failure.recovery', 'fail', 'failure.recovery.never', { maxHours: maxH }));
      else if (rec.seconds === null) checks.push(check('failure.recovery', 'warn', 'failure.recovery.no-ceph-network', { node: s.nodes.find((g) => !g.cephNet)?.name ?? 'node' }));
      else
        checks.push(
          rec.seconds > maxH * 3600
            ? check('failure.recovery', 'fail', 'failure.recovery.over', { seconds: rec.seconds, maxHours: maxH })
            : check('failure.recovery', 'ok', 'failure.recovery.ok', { seconds: rec.seconds, maxHours: maxH }),
        );
    } else if (rec.seconds !== null) checks.push(check('failure.recovery', 'ok', 'failure.recovery.info', { seconds: rec.seconds }));
    const d = c.domains[0];
    if (d) checks.push(check('failure.recovery-rate', 'ok', 'failure.recovery-rate', { bps: d.recoveryBps, stated: d.recoveryStated }));
  }
  // The model leaves out Ceph's recovery throttles: every recovery time it gives is a lower bound.
  if (rec.seconds !== null) figures.push(figure(f, 'recoverySeconds', t.fRecovery, rec.seconds, 'seconds', f.durationAtLeast(rec.seconds)));
  figures.push(figure(f, 'quorumKept', t.fQuorum, q.result.toleratedNodeFailures, 'count', q.kept ? `✔ (${q.result.toleratedNodeFailures})` : `✖ (${q.result.toleratedNodeFailures})`));
  const qCheck = q.area.checks.find((x) => x.id === 'quorum.failures');
  if (qCheck) checks.push(qCheck);
  // CRUSH simulated (placement.ts): PGs below min_size, MON quorum, data rebuilt, fullest OSD.
  checks.push(...sim.checks);
  figures.push(...sim.figures);
  const sentence = t.failStory(
    nodes.join(', '),
    memUsed === null ? null : f.ratio(memUsed),
    f.ratio(u),
    ceph.fillAfter === null ? null : f.ratio(ceph.fillAfter),
    rec.heals,
    rec.seconds === null ? null : f.durationAtLeast(rec.seconds),
    q.kept,
    sim.story,
  );
  const story: FailureStory = {
    nodes,
    memoryUsedFraction: memUsed,
    memoryLimit: u,
    cephFillAfter: ceph.fillAfter,
    cephHeals: rec.heals,
    recoverySeconds: rec.seconds,
    recoveryIsLowerBound: rec.seconds !== null,
    overcommit: mem.usable.overcommitRatio,
    quorumKept: q.kept,
    monQuorumKept: sim.monQuorumKept,
    rebuildBytes: place?.rebuildBytes ?? null,
    pgsBelowMinSizeFraction: place?.pgsBelowMinSizeFraction ?? null,
    fullestOsdFillAfter: place?.fullestOsdFillAfter ?? null,
    sentence,
  };
  return { area: makeArea('failure', t.area.failure, sentence, figures, checks, steps), story };
}

export function durabilityArea(c: Ctx, ceph: CephOut, pgs: PgOut, rec: RecoveryOut): { area: Area | null; pools: PoolDurability[] } {
  const { s, t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  if (ceph.pools.length === 0 || !s.ceph) return { area: null, pools: [] };
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const out: PoolDurability[] = [];
  const many = ceph.pools.length > 1;
  for (const p of ceph.pools) {
    const d: Domain = p.domain;
    const pool = d.pools[p.index];
    const pg = pgs.byDomain.get(d.key);
    const pgNum = pg?.pools.find((x) => x.name === pool?.name)?.pgNum;
    if (!pool || !pg || pgNum === undefined) continue;
    const spec = durabilitySpec(s, d, poolState(p), pg.pgPerOsd, rec.byDomain.get(d.key));
    const o = osdRecovery(spec.osd, f.lang, s.system, recoveryOrigins(s, d, pool.protection.kind));
    const r = unwrap(
      poolDurability(
        {
          protection: pool.protection,
          hosts: d.hosts,
          osdsPerHost: d.osdsPerHost,
          pgNum,
          osdAfr: d.afr,
          osdExposureSeconds: Math.max(1, o.value.seconds),
          osdDataBytes: o.value.bytes,
          diskNre: s.rules.durability.diskNre,
          system: s.system,
          lang: f.lang,
          ...(spec.hostAfr !== undefined && spec.hostSeconds !== undefined ? { hostAfr: spec.hostAfr, hostExposureSeconds: Math.max(1, spec.hostSeconds) } : {}),
        },
        durabilityOrigins(s, d, pool.protection.kind, spec.osd.heals),
      ),
      pool.path,
    );
    const tag = many ? pool.name : null;
    steps.push(...tagSteps([...o.steps, ...r.derivation], tag));
    checks.push(...tagChecks(r.checks, pool.name));
    // The verdict uses the figure with read errors (docs/planner-durability.md); the planner always knows the OSD's data.
    const withNre = r.annualLossProbabilityWithReadErrors ?? r.annualLossProbability;
    const ninesNre = r.annualLossProbabilityWithReadErrors === null ? r.nines : r.ninesWithReadErrors;
    const ninesText = (x: number | null) => (x === null ? '∞' : f.num(x, 1));
    if (s.rules.minNines !== undefined) {
      const params = { pool: pool.name, nines: ninesNre, min: s.rules.minNines };
      checks.push(
        ninesNre !== null && ninesNre < s.rules.minNines
          ? check('durability.min-nines', 'fail', 'durability.min-nines.low', params)
          : check('durability.min-nines', 'ok', 'durability.min-nines.ok', params),
      );
    }
    const label = `${pool.name} (${protectionLabel(pool.protection)})`;
    figures.push(figure(f, `annualLossProbabilityWithReadErrors@${pool.name}`, t.fLossNre(label), withNre, 'probability'));
    figures.push(figure(f, `ninesWithReadErrors@${pool.name}`, t.fNinesNre(pool.name), ninesNre, 'number', ninesText(ninesNre)));
    figures.push(figure(f, `annualLossProbability@${pool.name}`, t.fLoss(label), r.annualLossProbability, 'probability'));
    figures.push(figure(f, `nines@${pool.name}`, t.fNines(pool.name), r.nines, 'number', ninesText(r.nines)));
    out.push({
      pool: pool.name,
      protection: protectionLabel(pool.protection),
      annualLossProbability: r.annualLossProbability,
      nines: r.nines,
      annualLossProbabilityWithReadErrors: withNre,
      ninesWithReadErrors: ninesNre,
      verdictUses: 'annualLossProbabilityWithReadErrors',
      osdRecoverySeconds: o.value.seconds,
      method: t.durabilityMethod,
      assumptions: r.assumptions,
    });
  }
  const weakest = [...out].sort((a, b) => b.annualLossProbabilityWithReadErrors - a.annualLossProbabilityWithReadErrors)[0];
  const summary = weakest ? t.durabilitySummary(weakest.pool, weakest.ninesWithReadErrors === null ? '∞' : f.num(weakest.ninesWithReadErrors, 1)) : '';
  return { area: makeArea('durability', t.area.durability, summary, figures, checks, steps), pools: out };
}

/** Where the recovery's inputs come from: the scenario's fields, a default when the field was left out. */
function recoveryOrigins(s: Scenario, d: Domain, kind?: 'replicated' | 'erasure'): RecoveryOrigins {
  return {
    hosts: fromInput('nodes.count'),
    osdsPerHost: fromInput('nodes.disks'),
    osdSize: fromInput('nodes.disks'),
    osdRate: fieldOrigin('nodes.disks[].recoveryRate', !d.recoveryStated),
    markOut: fieldOrigin('storage.ceph.markOut', (s.ceph?.markOutSeconds ?? CEPH_DEFAULTS.markOutSeconds) === CEPH_DEFAULTS.markOutSeconds),
    // 72 h is the schema's default (scenario/schema.ts, rules.durability): a value equal to it reads as defaulted.
    replace: fieldOrigin('rules.durability.diskReplaceHours', s.rules.durability.diskReplaceHours === 72),
    ...(kind === undefined ? {} : { readAmplification: fromInput(kind === 'replicated' ? 'storage.ceph.pools[].replicas' : 'storage.ceph.pools[].ec') }),
  };
}

/** Where the durability's inputs come from: the scenario's fields (as the reports name them, report/symbols.ts), the OSD recovery's steps; pg_num and a healing host's recovery come from other areas. */
function durabilityOrigins(s: Scenario, d: Domain, kind: 'replicated' | 'erasure', heals: boolean): DurabilityOrigins {
  const dur = s.rules.durability;
  const afr = dur.osdAfr !== undefined ? fromInput('rules.durability.osdAfr') : d.afr === KAMPE_DISK_AFR ? fromDefault('nodes.disks[].afr') : fromInput('nodes.disks[].afr');
  return {
    osdAfr: afr,
    hostAfr: fromInput('rules.durability.hostAfr'),
    hosts: fromInput('nodes.count'),
    osds: fromInput('nodes.disks'),
    protection: fromInput(kind === 'replicated' ? 'storage.ceph.pools[].replicas' : 'storage.ceph.pools[].ec'),
    pgNum: null,
    osdExposureSeconds: fromStep('recovery.osd.time'),
    hostExposureSeconds: heals ? null : fromInput('rules.durability.hostRepairHours'),
    osdDataBytes: fromStep('recovery.osd.bytes'),
    diskNre: dur.diskNre === KAMPE_DISK_NRE ? fromDefault('rules.durability.diskNre') : fromInput('rules.durability.diskNre'),
  };
}

/** A local pool's inputs by their scenario fields; its disks are the nodes' disks of role zfs. */
const ZFS_FROM = {
  layout: fromInput('storage.zfs[].layout'),
  disks: fromInput('nodes.disks'),
  diskSize: fromInput('nodes.disks'),
  volblocksize: fromInput('storage.zfs[].volblocksize'),
  ashift: fromInput('storage.zfs[].ashift'),
};

export function storageArea(c: Ctx): Area | null {
  const { s, t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  if (s.zfs.length === 0 && s.external.length === 0) return null;
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const rec = explaining(f.lang, s.system);
  const grow = (id: string, title: string, x: number, field: string): number => projectedDemand(id, title, x, s.workloads.growth, 'bytes', rec, steps, growthOrigins(field));
  for (const z of s.zfs) {
    const data = z.dataPerNodeBytes === undefined ? undefined : grow(`zfs.data@${z.name}`, t.grown(`${t.fData} (${z.name})`), z.dataPerNodeBytes, 'storage.zfs[].data');
    for (const n of s.nodes) {
      const disks = n.zfsDisks.filter((d) => z.diskClass === undefined || d.class === z.diskClass);
      const count = disks.reduce((a, d) => a + d.count, 0);
      if (count === 0) continue;
      const size = Math.min(...disks.map((d) => d.sizeBytes));
      const r = zfsCapacity(z.layout, count, size, f.lang, s.system, z.block, ZFS_FROM);
      steps.push(...tagSteps(r.steps, `${z.name}/${n.name}`));
      figures.push(figure(f, `zfsUsableBytes@${z.name}/${n.name}`, `${t.fZfsUsable(z.name)} (${n.name}, ${zfsLabel(z.layout)})`, r.value.usableBytes, 'bytes'));
      if (r.value.unusedDisks > 0) checks.push(check('zfs.unused-disks', 'warn', 'zfs.unused-disks', { pool: z.name, node: n.name, disks: r.value.unusedDisks }));
      const where = { pool: z.name, node: n.name, usableBytes: r.value.usableBytes, system: s.system };
      if (data === undefined) checks.push(check('zfs.capacity', 'ok', 'zfs.capacity.info', where));
      else
        checks.push(
          data > r.value.usableBytes * z.maxFill
            ? check('zfs.capacity', 'fail', 'zfs.capacity.over', { ...where, dataBytes: data, maxFill: z.maxFill })
            : check('zfs.capacity', 'ok', 'zfs.capacity.fits', { ...where, dataBytes: data, maxFill: z.maxFill }),
        );
    }
  }
  if (s.zfs.length > 0) checks.push(check('zfs.local', s.ceph || s.external.length > 0 ? 'ok' : 'warn', 'zfs.local'));
  for (const e of s.external) {
    const stated = externalGuestData(s, e);
    const data =
      stated === undefined ? undefined : grow(`external.data@${e.name}`, t.grown(`${t.fData} (${e.name})`), stated, e.dataBytes === undefined ? 'workloads.data' : 'storage.external[].data');
    figures.push(figure(f, `externalCapacityBytes@${e.name}`, t.fExternal(e.name), e.capacityBytes, 'bytes'));
    if (data === undefined) checks.push(check('external.capacity', 'ok', 'external.capacity.info', { name: e.name, capacityBytes: e.capacityBytes, system: s.system }));
    else
      checks.push(
        data > externalLimitBytes(e)
          ? check('external.capacity', 'fail', 'external.capacity.over', { name: e.name, dataBytes: data, capacityBytes: e.capacityBytes, maxFill: e.maxFill, system: s.system })
          : check('external.capacity', 'ok', 'external.capacity.fits', { name: e.name, dataBytes: data, capacityBytes: e.capacityBytes, maxFill: e.maxFill, system: s.system }),
      );
  }
  const summary = checks.find((x) => x.level === 'fail')?.message ?? checks[0]?.message ?? '';
  return makeArea('storage', t.area.storage, summary, figures, checks, steps);
}
