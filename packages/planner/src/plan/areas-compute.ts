/** Memory, Ceph, DB/WAL (PGs: areas-pg.ts; network and quorum: areas-network.ts; CPU: areas-cpu.ts): each area calls the core calculators and adds the scenario's rules. */
import {
  bluestore,
  type CephCapacityResult,
  cephCapacity,
  cephDataTarget,
  checkMaker,
  type Check,
  fromStep,
  mixSafeLogical,
  requiredMemory,
  type Step,
  type UsableMemoryResult,
  usableMemory,
} from '@capa/core';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import { figure, makeArea, mapSymbols, sameSymbol, tagChecks, tagSteps, unwrap } from './helpers.js';
import type { Ctx, Domain } from './context.js';
import type { Area, Figure } from './types.js';
import { cephValuesFor, usableMemoryValuesFor } from './shared.js';
import { storedData } from './stored-data.js';

export function workloadsArea(c: Ctx): Area {
  const { t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const g = c.s.workloads.growth;
  // workloads.data when given; else the data the storage sections state (Ceph, ZFS, external).
  const stored = c.data === undefined ? storedData(c) : undefined;
  const data = c.data ?? stored?.bytes;
  const figures: Figure[] = [
    figure(f, 'guestRamBytes', t.fGuestRam, c.guestRam ?? null, 'bytes'),
    figure(f, 'vcpus', t.fVcpus, c.vcpus ?? null, 'count'),
    figure(f, 'dataBytes', t.fData, data ?? null, 'bytes'),
    figure(f, 'growth', t.fHorizon, c.growthFactor, 'number', g === undefined ? t.growthNone : t.growthText(f.ratio(g.perYear), g.years)),
  ];
  const checks: Check[] = [];
  if (c.guestRam === undefined && c.vcpus === undefined && data === undefined) checks.push(check('workloads.none', 'warn', 'workloads.none'));
  const dash = '—';
  const summary = t.workloadsSummary(c.guestRam === undefined ? dash : f.bytes(c.guestRam), c.vcpus === undefined ? dash : f.num(c.vcpus, 0), data === undefined ? dash : f.bytes(data));
  return makeArea('workloads', t.area.workloads, summary, figures, checks, [...c.growthSteps, ...(stored?.steps ?? [])]);
}

export interface MemoryOut {
  readonly area: Area;
  readonly usable: UsableMemoryResult;
  readonly cpuChecks: Check[];
  readonly cpuSteps: Step[];
}

export function memoryArea(c: Ctx, guestThreadsPerNode: number): MemoryOut {
  const { s, t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const r = c.reservation;
  const values = usableMemoryValuesFor(
    s,
    r,
    c.osdMemoryBytes,
    s.nodes.map((g) => ({ count: g.count, ramBytes: g.ramBytes, name: g.name })),
    { guestRam: c.guestRam, vcpus: c.vcpus, guestThreadsPerNode },
    f.lang,
  );
  const usable = unwrap(usableMemory(values), 'nodes');
  // The ARC figure the reservation adds, derived from its rule first; the overcommit step is the CPU area's.
  const steps = [
    ...r.arcSteps,
    ...arcFromStep(
      usable.derivation.filter((x) => x.id !== 'cpu.overcommit'),
      r.arcSteps,
    ),
  ];
  // The memory checks only: CPU ones go to the CPU area; HA node count and quorum (cluster) are the
  // quorum area's, with the QDevice and MONs, not counted twice.
  const checks = usable.checks.filter((x) => x.area === 'memory');
  const figures: Figure[] = [
    figure(f, 'totalRamBytes', t.fTotalRam, usable.totalRamBytes, 'bytes'),
    figure(f, 'hostReservePerNodeBytes', t.fReserve, usable.hostReservePerNodeBytes, 'bytes'),
    figure(f, 'usableGuestRamBytes', t.fUsable, usable.usableGuestRamBytes, 'bytes'),
  ];
  if (c.guestRam !== undefined) {
    const { nodeGroups: _groups, vcpus: _v, cpuThreadsPerNode: _t, ...common } = values;
    const req = unwrap(requiredMemory({ ...common, nodes: c.N, guestRamBytes: c.guestRam }), 'workloads');
    figures.push(figure(f, 'requiredNodeRamBytes', t.fRequired, req.requiredNodeRamBytes, 'bytes'));
    if (req.recommendedNodeRamBytes !== null) figures.push(figure(f, 'recommendedNodeRamBytes', t.fBuy, req.recommendedNodeRamBytes, 'bytes'));
    steps.push(...req.derivation.filter((x) => x.id === 'memory.required' || x.id === 'memory.recommended'));
  }
  checks.push(
    check('memory.reservations', 'ok', 'memory.reservations', {
      system: s.system,
      hostReserveBytes: s.rules.hostReserve,
      osdBytes: Math.max(0, r.bytes - s.rules.hostReserve - r.zfsArcBytes),
      arcBytes: r.zfsArcBytes,
    }),
  );
  if (c.reservationsDiffer) checks.push(check('memory.reservations-differ', 'warn', 'memory.reservations-differ'));
  if (c.failures > 1) checks.push(check('memory.multi-failure', 'ok', 'memory.multi-failure', { failures: c.failures }));
  const summary = t.memorySummary(f.bytes(usable.usableGuestRamBytes), c.failures, c.guestRam === undefined ? null : f.bytes(c.guestRam));
  return {
    area: makeArea('memory', t.area.memory, summary, figures, checks, steps),
    usable,
    cpuChecks: usable.checks.filter((x) => x.area === 'cpu'),
    cpuSteps: usable.derivation.filter((x) => x.id === 'cpu.overcommit'),
  };
}

/**
 * The reservation's Z is the ARC step's figure when one step derives all of it (the core names the
 * calculator's input, zfsArc); several pools' ARCs, or a size stated beside one, add up, and Z then
 * names the scenario's field.
 */
function arcFromStep(steps: readonly Step[], arcSteps: readonly Step[]): Step[] {
  const arc = arcSteps.length === 1 ? arcSteps[0] : undefined;
  if (arc === undefined) return [...steps];
  const from = fromStep(arc.id);
  const whole = (x: Step) => x.id === 'memory.reserve-per-node' && x.vars['Z'] === arc.value;
  return mapSymbols(steps, (d, x) => (whole(x) && d.symbol === 'Z' ? { ...d, from } : d));
}

export interface PoolCapacity {
  readonly domain: Domain;
  readonly index: number;
  readonly result: CephCapacityResult;
  /** The pool's equivalent logical data (all pools' raw on its rules), or null without data. */
  readonly equivalentBytes: number | null;
  readonly safeBytes: number;
}

export interface CephOut {
  readonly area: Area | null;
  readonly pools: PoolCapacity[];
  readonly safeBytes: number | null;
  readonly rawBytes: number | null;
  readonly dataBytes: number | null;
  readonly fillAfter: number | null;
}

export function cephArea(c: Ctx): CephOut {
  const { s, t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const ceph = s.ceph;
  if (!ceph || c.domains.length === 0) return { area: null, pools: [], safeBytes: null, rawBytes: null, dataBytes: null, fillAfter: null };
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const pools: PoolCapacity[] = [];
  const many = ceph.pools.length > 1;
  let safeTotal = 0;
  let rawTotal = 0;
  let dataTotal: number | null = null;
  let fillAfter: number | null = null;
  const useNear = s.rules.cephAfterFailure === 'nearfull';
  if (c.domains.length > 1 && c.domains.some((d) => d.key === 'all')) checks.push(check('ceph.overlapping-roots', 'warn', 'ceph.overlapping-roots'));
  for (const d of c.domains) {
    if (d.heterogeneous) checks.push(check('ceph.heterogeneous-hosts', 'warn', 'ceph.heterogeneous-hosts', { deviceClass: d.deviceClass ?? null }));
    if (d.mixedSizes) checks.push(check('ceph.mixed-osd-sizes', 'warn', 'ceph.mixed-osd-sizes', { deviceClass: d.deviceClass ?? null }));
    const domainSafe: { protection: (typeof d.pools)[number]['protection']; weight: number; safeBytes: number }[] = [];
    d.pools.forEach((p, i) => {
      const tag = many ? p.name : null;
      const values = cephValuesFor(ceph, d, p.protection, s, f.lang);
      const eq = values.storedBytes;
      const r = unwrap(cephCapacity(values), p.path);
      const safe = useNear ? r.safeUsableBytes : r.safeUsableBackfillfullBytes;
      pools.push({ domain: d, index: i, result: r, equivalentBytes: eq ?? null, safeBytes: safe });
      steps.push(...tagSteps(r.derivation, tag));
      // Cluster-wide checks (two nodes, HA node count) are the quorum area's.
      checks.push(
        ...tagChecks(
          r.checks.filter((x) => x.area !== 'cluster'),
          tag,
        ),
      );
      if (eq !== undefined) {
        const safeParams = { pool: p.name, dataBytes: eq, safeBytes: safe, ratio: useNear ? ceph.nearfull : ceph.backfillfull, system: s.system };
        if (eq > safe) checks.push(check('ceph.safe-capacity-needed', 'fail', r.healing === 'heals' ? 'ceph.safe-capacity-needed.over' : 'ceph.safe-capacity-needed.over-osd', safeParams));
        else checks.push(check('ceph.safe-capacity-needed', 'ok', 'ceph.safe-capacity-needed.ok', safeParams));
        if (d.pools.length > 1) checks.push(check('ceph.shared-osds', 'ok', 'ceph.shared-osds', { pool: p.name }));
        const target = unwrap(
          cephDataTarget({
            hosts: d.hosts,
            dataBytes: eq,
            protection: p.protection,
            diskSizeBytes: d.osdSizeBytes,
            nearfull: useNear ? ceph.nearfull : ceph.backfillfull,
            system: s.system,
            lang: f.lang,
          }),
          p.path,
        );
        // The target's data to store is the capacity's data stored (eq, both): one meaning for D in this area.
        steps.push(...tagSteps(sameSymbol(target.derivation, r.derivation, 'D'), tag));
        checks.push(
          ...tagChecks(
            target.checks.filter((x) => x.id === 'ceph.rule-of-thumb-disks' || x.id === 'ceph.safe-lower-bound'),
            tag,
          ),
        );
        const suffix = many ? ` (${p.name})` : '';
        if (target.ruleOfThumbDisksPerNode !== null && d.osdsPerHost < target.ruleOfThumbDisksPerNode) {
          checks.push(
            check('ceph.rule-of-thumb-layout', 'warn', 'ceph.rule-of-thumb-layout', {
              pool: p.name,
              osds: d.osdsPerHost,
              osdBytes: d.osdSizeBytes,
              needed: target.ruleOfThumbDisksPerNode,
              system: s.system,
            }),
          );
        }
        if (target.ruleOfThumbDisksPerNode !== null) figures.push(figure(f, `ruleOfThumbDisksPerNode${many ? `@${p.name}` : ''}`, `${t.fRotDisks}${suffix}`, target.ruleOfThumbDisksPerNode, 'count'));
        if (target.safeDisksPerNode !== null) figures.push(figure(f, `safeDisksPerNode${many ? `@${p.name}` : ''}`, `${t.fSafeDisks}${suffix}`, target.safeDisksPerNode, 'count'));
      }
      if (r.fillAfterFailure !== null) fillAfter = Math.max(fillAfter ?? 0, r.fillAfterFailure);
      domainSafe.push({ protection: p.protection, weight: d.poolData[i] ?? 0, safeBytes: safe });
    });
    const weighted = domainSafe.some((x) => x.weight > 0) ? domainSafe : domainSafe.map((x) => ({ ...x, weight: 1 }));
    const mix = mixSafeLogical(weighted);
    safeTotal += mix;
    rawTotal += d.hosts * d.osdsPerHost * d.osdSizeBytes;
    for (const x of d.poolData) if (x !== undefined) dataTotal = (dataTotal ?? 0) + x;
    const first = pools.find((p) => p.domain === d)?.result;
    const label = c.domains.length > 1 ? ` (${d.label})` : '';
    if (first) {
      figures.unshift(
        figure(f, `rawBytes@${d.key}`, `${t.fRaw}${label}`, first.rawBytes, 'bytes'),
        figure(f, `usableBytes@${d.key}`, `${t.fUsableCeph}${label}`, first.usableBytes, 'bytes'),
        figure(f, `ruleOfThumbUsableBytes@${d.key}`, `${t.fRot}${label}`, first.ruleOfThumbUsableBytes, 'bytes'),
        figure(f, `safeUsableBytes@${d.key}`, `${t.fSafe}${label}`, first.safeUsableBytes, 'bytes'),
        ...(d.pools.length > 1 ? [figure(f, `safeMixBytes@${d.key}`, `${t.fSafeMix}${label}`, mix, 'bytes')] : []),
        ...(first.fillNow === null ? [] : [figure(f, `fillNow@${d.key}`, `${t.fFillNow}${label}`, first.fillNow, 'ratio')]),
        ...(first.fillAfterFailure === null ? [] : [figure(f, `fillAfterFailure@${d.key}`, `${t.fFillAfter}${label}`, first.fillAfterFailure, 'ratio')]),
      );
    }
  }
  const summary = t.cephSummary(f.bytes(safeTotal), dataTotal === null ? null : f.bytes(dataTotal));
  return { area: makeArea('ceph', t.area.ceph, summary, figures, checks, steps), pools, safeBytes: safeTotal, rawBytes: rawTotal, dataBytes: dataTotal, fillAfter };
}

export function dbwalArea(c: Ctx): Area | null {
  const { s, t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  if (!s.ceph) return null;
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const many = s.nodes.length > 1;
  for (const g of s.nodes) {
    const hdd = g.osds.filter((d) => d.class === 'hdd');
    const nHdd = hdd.reduce((a, d) => a + d.count, 0);
    if (nHdd === 0) continue;
    const tag = many ? g.name : null;
    if (g.dbDevices.length === 0) {
      checks.push(...tagChecks([check('bluestore.no-db-device', 'warn', 'bluestore.no-db-device', { hdd: nHdd })], tag));
      continue;
    }
    const nDb = g.dbDevices.reduce((a, d) => a + d.count, 0);
    const r = unwrap(
      bluestore({
        osdSizeBytes: Math.max(...hdd.map((d) => d.sizeBytes)),
        rule: s.ceph.dbRule,
        osdsPerDbDevice: Math.ceil(nHdd / nDb),
        dbDeviceBytes: Math.min(...g.dbDevices.map((d) => d.sizeBytes)),
        lang: f.lang,
      }),
      `${g.path}.disks`,
    );
    checks.push(...tagChecks(r.checks, tag));
    steps.push(...tagSteps(r.derivation, tag));
    figures.push(figure(f, `dbMinBytes${tag ? `@${tag}` : ''}`, `${t.fDbPerOsd}${tag ? ` (${tag})` : ''}`, r.dbMinBytes, 'bytes'));
    if (r.sharedDbNeedBytes !== null) figures.push(figure(f, `sharedDbNeedBytes${tag ? `@${tag}` : ''}`, `${t.fDbShared}${tag ? ` (${tag})` : ''}`, r.sharedDbNeedBytes, 'bytes'));
  }
  if (checks.length === 0) checks.push(check('bluestore.colocated', 'ok', 'bluestore.colocated'));
  const summary = checks.find((x) => x.level !== 'ok')?.message ?? checks[checks.length - 1]?.message ?? t.dbColocated;
  return makeArea('dbwal', t.area.dbwal, summary, figures, checks, steps);
}
