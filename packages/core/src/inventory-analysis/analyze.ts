/**
 * `capa analyze`: the N − f verdict of a live cluster's inventory, and what-ifs.
 *
 * Memory: worstCaseUtilization = (Σ configured guest RAM + host reservations of the survivors) ÷
 * RAM of the survivors, with the f largest online nodes (by RAM) down and offline nodes counted as
 * already failed. Not clamped. Passes when ≤ maxUtilization (0.75). Counted guests: every non-template
 * guest, running or stopped, at its configured maximum (not its balloon floor).
 * Host reservations per node reuse the memory rule's (system + Ceph OSD memory + ZFS ARC), and the
 * usable guest RAM comes from `usableMemory` itself.
 * Placement: the failed nodes' guests, largest first, onto the first survivor (by name) that stays
 * within the limit (first-fit decreasing), then above it up to 100 % for what is left.
 * Ceph: raw = Σ OSD sizes, used = osd df TOTAL RAW USE; fill after losing the largest CRUSH host =
 * used ÷ (raw of in OSDs − that host); PG counts per pool from the autoscaler rule (`placementGroups`).
 */
import { check, hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { step } from '../explain/step.js';
import type { Check, Explained, Outcome, Step, StepUnit } from '../explain/types.js';
import { cephMessages } from '../ceph/messages.js';
import { label as protectionLabel, type Protection, rawPerLogical, width } from '../ceph/protection.js';
import { usableMemory } from '../memory/usable.js';
import { hostReservation } from '../memory/reservations.js';
import { placementGroups } from '../pg/calculate.js';
import type { PoolSpec } from '../pg/schema.js';
import { formatBytes, formatNumber, formatRatio } from '../units/format.js';
import { analysisMessages } from './messages.js';
import { type AnalysisInput, analysisSchemas, type AnalysisValues } from './schema.js';

type Inv = AnalysisValues['inventory'];
type Node = Inv['nodes'][number];
type Guest = Inv['guests'][number];

export interface NodeAnalysis {
  readonly name: string;
  readonly online: boolean;
  readonly ramBytes: number | null;
  readonly threads: number | null;
  /** f largest (by RAM) taken down for the verdict; offline nodes count as failed too. */
  readonly failed: boolean;
  readonly osds: number;
  readonly reservationBytes: number;
  /** Configured RAM of the counted guests on it now. */
  readonly guestRamBytes: number;
  readonly utilization: number | null;
  /** After the failed nodes' guests are placed on it (survivors only). */
  readonly afterFailureGuestRamBytes: number | null;
  readonly afterFailureUtilization: number | null;
}

export interface PlacedGuest { readonly id: string; readonly name: string; readonly ramBytes: number; readonly from: string | null; readonly to: string | null; readonly withinLimit: boolean }

export interface PoolAnalysis {
  readonly name: string;
  readonly protection: string | null;
  readonly storedBytes: number | null;
  readonly usedBytes: number | null;
  readonly rawPerLogical: number | null;
  /** Logical bytes this pool alone could hold so that a host loss stays under nearfull. */
  readonly safeStoredBytes: number | null;
  readonly pgNum: number | null;
  readonly autoscalerPgNum: number | null;
  readonly cephPgNumFinal: number | null;
  readonly wouldChange: boolean | null;
}

export interface CephAnalysis {
  readonly osdCount: number;
  readonly rawBytes: number;
  readonly inRawBytes: number;
  readonly usedBytes: number | null;
  readonly fillNow: number | null;
  readonly hosts: number;
  readonly largestHost: { readonly name: string; readonly rawBytes: number } | null;
  readonly healing: 'heals' | 'cannot-heal' | 'unplaceable' | 'single-host' | 'unknown';
  readonly fillAfterHostLoss: number | null;
  readonly safeRawBytes: number | null;
  readonly nearfull: number;
  readonly backfillfull: number;
  readonly full: number;
  readonly pools: readonly PoolAnalysis[];
}

export interface InventoryAnalysis extends Explained {
  readonly whatIf: { readonly grow: number; readonly addedNodes: readonly string[]; readonly removedNodes: readonly string[] };
  readonly memory: {
    readonly failures: number;
    readonly failedNodes: readonly string[];
    readonly offlineNodes: readonly string[];
    readonly maxUtilization: number;
    readonly totalRamBytes: number;
    readonly survivingRamBytes: number;
    readonly guestRamBytes: number;
    readonly runningGuestRamBytes: number;
    readonly hostReservationBytes: number;
    readonly usableGuestRamBytes: number | null;
    readonly worstCaseUtilization: number | null;
    readonly runningOnlyUtilization: number | null;
    readonly passes: boolean;
    readonly counted: { readonly guests: number; readonly stopped: number; readonly templatesExcluded: number; readonly unknownMemory: number; readonly notHaManaged: number };
    readonly nodesToAdd: number | null;
    readonly perNode: readonly NodeAnalysis[];
    readonly placement: { readonly strategy: 'first-fit-decreasing'; readonly moved: readonly PlacedGuest[]; readonly unplaced: readonly PlacedGuest[] };
  };
  readonly cpu: { readonly vcpus: number; readonly survivingThreads: number | null; readonly overcommit: number | null; readonly maxOvercommit: number };
  readonly ceph: CephAnalysis | null;
  readonly headroomGuests: number;
  readonly headroom: { readonly guestRamBytes: number; readonly guestVcpus: number; readonly byMemory: number; readonly byCpu: number | null };
  readonly passes: boolean;
}

const RUNNING = new Set(['running', 'paused', 'suspended']);

/** Applies --grow, --add-node, --remove-node to a copy of the inventory. */
function applyWhatIf(v: AnalysisValues): { inv: Inv; added: string[]; removed: string[] } {
  const g = 1 + v.grow;
  const removed = new Set(v.removeNodes);
  const nodes: Node[] = v.inventory.nodes.filter((n) => !removed.has(n.name));
  let guests: Guest[] = v.inventory.guests;
  if (v.grow !== 0) {
    guests = guests.map((x) => ({ ...x, memoryBytes: x.memoryBytes === null ? null : Math.ceil(x.memoryBytes * g), vcpus: x.vcpus === null ? null : x.vcpus * g }));
  }
  let ceph = v.inventory.ceph;
  if (ceph) {
    const osds = ceph.osds.filter((o) => o.host === null || !removed.has(o.host));
    const pools = v.grow === 0 ? ceph.pools : ceph.pools.map((p) => ({ ...p, storedBytes: p.storedBytes === null ? null : Math.ceil(p.storedBytes * g), usedBytes: p.usedBytes === null ? null : Math.ceil(p.usedBytes * g) }));
    ceph = { ...ceph, osds, pools, rawUsedBytes: ceph.rawUsedBytes === null ? null : Math.ceil(ceph.rawUsedBytes * g) };
  }
  const added: string[] = [];
  let nextOsd = ceph ? Math.max(-1, ...ceph.osds.map((o) => o.id)) + 1 : 0;
  v.addNodes.forEach((a, i) => {
    for (let c = 0; c < a.count; c++) {
      const name = a.count === 1 && a.name ? a.name : `${a.name ?? `added-${i + 1}`}-${c + 1}`;
      added.push(name);
      nodes.push({ name, online: true, threads: a.threads ?? null, ramTotalBytes: a.ramBytes });
      if (a.osds > 0 && a.osdSizeBytes !== undefined) {
        ceph ??= { osds: [], pools: [], rawUsedBytes: 0, nearfullRatio: null, backfillfullRatio: null, fullRatio: null };
        const extra = Array.from({ length: a.osds }, () => ({ id: nextOsd, name: `osd.${nextOsd++}`, host: name, deviceClass: a.deviceClass ?? null, sizeBytes: a.osdSizeBytes ?? 0, usedBytes: 0, in: true }));
        ceph = { ...ceph, osds: [...ceph.osds, ...extra] };
      }
    }
  });
  return { inv: { nodes, guests, ceph }, added, removed: [...removed] };
}

type Pool = NonNullable<Inv['ceph']>['pools'][number];

function protectionOf(p: Pool): Protection | null {
  if (p.type === 'replicated' && p.size !== null && p.size >= 1 && p.size <= 32) return { kind: 'replicated', size: p.size };
  if (p.type === 'erasure' && p.k !== null && p.m !== null && p.k >= 2 && p.k <= 64 && p.m >= 1 && p.m <= 64) return { kind: 'erasure', k: p.k, m: p.m };
  return null;
}

export function analyzeInventory(input: AnalysisInput): Outcome<InventoryAnalysis> {
  return validated(analysisSchemas().analysisInput, input, (v) => {
    const { lang, system } = v;
    const t = analysisMessages(lang);
    const steps: Step[] = [];
    const checks: Check[] = [];
    const units: Record<string, StepUnit> = { G: 'bytes', T: 'bytes', F: 'bytes', R: 'bytes', u: 'ratio', g: 'bytes', c: 'count', V: 'number', P: 'count', o: 'number', M: 'bytes', N: 'bytes', W: 'bytes', C: 'bytes', r: 'ratio', s: 'number', U: 'bytes', x: 'ratio', S: 'bytes' };
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: Parameters<typeof step>[0]['source']) =>
      steps.push(step({ id, title, expr, vars, varUnits: units, value, unit, source }, lang, system));
    const bytesText = (b: number) => formatBytes(b, system, lang);
    const u = v.maxUtilization;

    const { inv, added, removed } = applyWhatIf(v);
    if (v.grow !== 0) add('inventory.grow', t.stepGrow, '1 + x', { x: v.grow }, 1 + v.grow, 'number', 'derived');

    // ---- Guests counted -------------------------------------------------------------------
    const counted = inv.guests.filter((g) => !g.template && g.memoryBytes !== null);
    const templates = inv.guests.filter((g) => g.template).length;
    const unknownMemory = inv.guests.filter((g) => !g.template && g.memoryBytes === null).length;
    const stopped = counted.filter((g) => !RUNNING.has(g.status)).length;
    const notHa = counted.filter((g) => g.haState === null || g.haState === 'ignored' || g.haState === 'disabled').length;
    const G = counted.reduce((s, g) => s + (g.memoryBytes ?? 0), 0);
    const Grunning = counted.filter((g) => RUNNING.has(g.status)).reduce((s, g) => s + (g.memoryBytes ?? 0), 0);
    add('inventory.memory.guests', t.stepGuestRam(counted.length), 'G', { G }, G, 'bytes', 'derived');
    checks.push(check('inventory.memory.counted', 'ok', t.counted(counted.length, templates, stopped)));
    if (unknownMemory > 0) checks.push(check('inventory.memory.unknown-guest-memory', 'warn', t.unknownMemory(unknownMemory)));

    // ---- Nodes, reservations --------------------------------------------------------------
    const osdsByHost = new Map<string, { n: number; size: number }>();
    for (const o of inv.ceph?.osds ?? []) if (o.host !== null) { const e = osdsByHost.get(o.host) ?? { n: 0, size: 0 }; e.n += 1; e.size += o.sizeBytes; osdsByHost.set(o.host, e); }
    const nodeNames = new Set(inv.nodes.map((n) => n.name));
    const unmatched = [...osdsByHost.keys()].filter((h) => !nodeNames.has(h));
    if (inv.nodes.length > 0 && unmatched.length > 0) checks.push(check('inventory.memory.osd-host-unmatched', 'warn', t.osdHostUnmatched(unmatched.join(', '))));
    const reserveOf = (n: Node): number => {
      const o = osdsByHost.get(n.name);
      return hostReservation({ hostReserveBytes: v.hostReserveBytes, osdsPerNode: o?.n ?? 0, osdMemoryBytes: v.osdMemoryBytes, ...(o && o.n > 0 ? { osdSizeBytes: o.size / o.n } : {}), zfsArcBytes: v.zfsArcBytes }, lang).perNodeBytes;
    };
    const known = inv.nodes.filter((n) => n.ramTotalBytes !== null && n.ramTotalBytes > 0);
    const noRam = inv.nodes.filter((n) => n.online && (n.ramTotalBytes === null || n.ramTotalBytes === 0)).map((n) => n.name);
    if (noRam.length > 0) checks.push(check('inventory.memory.node-ram-unknown', 'warn', t.unknownNodeRam(noRam.join(', '))));
    const offline = inv.nodes.filter((n) => !n.online).map((n) => n.name);
    if (offline.length > 0) checks.push(check('inventory.memory.offline-nodes', 'warn', t.offline(offline.join(', '))));
    const online = known.filter((n) => n.online);
    // The f largest by RAM (ties: by name) fail.
    const byRam = [...online].sort((a, b) => (b.ramTotalBytes ?? 0) - (a.ramTotalBytes ?? 0) || a.name.localeCompare(b.name));
    const f = v.failures;
    const failed = byRam.slice(0, f);
    const survivors = byRam.slice(f).sort((a, b) => a.name.localeCompare(b.name));
    const failedSet = new Set([...failed.map((n) => n.name), ...offline]);
    const T = online.reduce((s, n) => s + (n.ramTotalBytes ?? 0), 0);
    const F = failed.reduce((s, n) => s + (n.ramTotalBytes ?? 0), 0);
    const S = T - F;
    const R = survivors.reduce((s, n) => s + reserveOf(n), 0);

    let worst: number | null = null;
    let runningOnly: number | null = null;
    let usable: number | null = null;
    let memoryPasses = false;
    let nodesToAdd: number | null = null;
    if (online.length === 0) {
      checks.push(check('inventory.memory.no-nodes', counted.length > 0 ? 'fail' : 'warn', t.noNodes));
    } else if (survivors.length === 0) {
      checks.push(check('inventory.memory.no-survivors', 'fail', t.noSurvivors(f, online.length)));
    } else {
      add('inventory.memory.total', t.stepTotal(online.length), 'T', { T }, T, 'bytes', 'derived');
      if (f > 0) add('inventory.memory.failed', t.stepFailed(failed.map((n) => n.name).join(', ')), 'F', { F }, F, 'bytes', 'derived');
      add('inventory.memory.surviving', t.stepSurviving, 'T - F', { T, F }, S, 'bytes', 'derived');
      add('inventory.memory.reservations', t.stepReserve, 'R', { R }, R, 'bytes', 'courseHostReserve');
      worst = (G + R) / S;
      add('inventory.memory.worst-case', t.stepWorst, '(G + R) / (T - F)', { G, R, T, F }, worst, 'ratio', 'courseMemory');
      runningOnly = (Grunning + R) / S;
      add('inventory.memory.running-only', t.stepRunning, '(G + R) / (T - F)', { G: Grunning, R, T, F }, runningOnly, 'ratio', 'derived');
      memoryPasses = worst <= u;
      const wt = formatRatio(worst, lang);
      checks.push(memoryPasses ? check('inventory.memory.n-minus-f', 'ok', t.passes(wt, f, formatRatio(u, lang))) : check('inventory.memory.n-minus-f', 'fail', t.fails(wt, f, formatRatio(u, lang))));
      // The same capacity through the memory rule itself: u × ΣM(survivors) − Σ reservations.
      const groups = new Map<number, number>();
      for (const n of online) groups.set(n.ramTotalBytes ?? 0, (groups.get(n.ramTotalBytes ?? 0) ?? 0) + 1);
      const um = usableMemory({ nodeGroups: [...groups].map(([ramBytes, count]) => ({ count, ramBytes })), failures: f, maxUtilization: u, hostReserveBytes: R / survivors.length, system, lang });
      if (um.ok) {
        usable = um.value.usableGuestRamBytes;
        steps.push(...um.value.derivation);
      }
      if (!memoryPasses) {
        const largest = byRam[0];
        const Mn = largest?.ramTotalBytes ?? 0;
        const Rn = largest ? hostReservation({ hostReserveBytes: v.hostReserveBytes, osdsPerNode: 0, osdMemoryBytes: v.osdMemoryBytes, zfsArcBytes: v.zfsArcBytes }, lang).perNodeBytes : 0;
        if (u * Mn - Rn > 0) {
          const k = Math.max(0, Math.ceil((G + R - u * S) / (u * Mn - Rn) - 1e-9));
          nodesToAdd = k;
          add('inventory.memory.nodes-to-add', t.stepNodesToAdd, 'ceil((G + R - u * S) / (u * M - N))', { G, R, u, S, M: Mn, N: Rn }, k, 'count', 'derived');
          checks.push(check('inventory.memory.nodes-to-add', 'ok', t.nodesToAdd(k, bytesText(Mn))));
        }
      }
    }
    if (notHa > 0 && counted.length > 0) checks.push(check('inventory.memory.not-ha', 'warn', t.notHa(notHa)));

    // ---- Placement of the failed nodes' guests (first-fit decreasing) ----------------------
    const load = new Map<string, number>();
    for (const n of survivors) load.set(n.name, reserveOf(n));
    const guestRamOn = new Map<string, number>();
    for (const g of counted) if (g.node !== null) guestRamOn.set(g.node, (guestRamOn.get(g.node) ?? 0) + (g.memoryBytes ?? 0));
    const homeless: Guest[] = [];
    for (const g of counted) {
      if (g.node !== null && load.has(g.node)) load.set(g.node, (load.get(g.node) ?? 0) + (g.memoryBytes ?? 0));
      else homeless.push(g);
    }
    homeless.sort((a, b) => (b.memoryBytes ?? 0) - (a.memoryBytes ?? 0) || a.id.localeCompare(b.id));
    const moved: PlacedGuest[] = [];
    const unplaced: PlacedGuest[] = [];
    const leftover: Guest[] = [];
    for (const g of homeless) {
      const m = g.memoryBytes ?? 0;
      const to = survivors.find((n) => (load.get(n.name) ?? 0) + m <= u * (n.ramTotalBytes ?? 0));
      if (to) { load.set(to.name, (load.get(to.name) ?? 0) + m); moved.push({ id: g.id, name: g.name, ramBytes: m, from: g.node, to: to.name, withinLimit: true }); } else leftover.push(g);
    }
    for (const g of leftover) {
      const m = g.memoryBytes ?? 0;
      const to = survivors.find((n) => (load.get(n.name) ?? 0) + m <= (n.ramTotalBytes ?? 0));
      if (to) { load.set(to.name, (load.get(to.name) ?? 0) + m); moved.push({ id: g.id, name: g.name, ramBytes: m, from: g.node, to: to.name, withinLimit: false }); } else unplaced.push({ id: g.id, name: g.name, ramBytes: m, from: g.node, to: null, withinLimit: false });
    }
    if (homeless.length > 0 && survivors.length > 0) {
      const over = moved.filter((p) => !p.withinLimit).length;
      if (unplaced.length > 0) checks.push(check('inventory.memory.placement', 'fail', t.placementFail(unplaced.length)));
      else if (over > 0) checks.push(check('inventory.memory.placement', 'warn', t.placementWarn(over, formatRatio(u, lang))));
      else checks.push(check('inventory.memory.placement', 'ok', t.placementOk(homeless.length)));
    }
    const perNode: NodeAnalysis[] = inv.nodes.map((n) => {
      const ram = n.ramTotalBytes;
      const res = reserveOf(n);
      const gr = guestRamOn.get(n.name) ?? 0;
      const isSurvivor = load.has(n.name);
      const after = isSurvivor ? (load.get(n.name) ?? 0) - res : null;
      return {
        name: n.name, online: n.online, ramBytes: ram, threads: n.threads, failed: failedSet.has(n.name), osds: osdsByHost.get(n.name)?.n ?? 0,
        reservationBytes: res, guestRamBytes: gr, utilization: ram ? (gr + res) / ram : null,
        afterFailureGuestRamBytes: after, afterFailureUtilization: isSurvivor && ram ? (load.get(n.name) ?? 0) / ram : null,
      };
    });

    // ---- CPU -----------------------------------------------------------------------------
    const V = counted.reduce((s, g) => s + (g.vcpus ?? 0), 0);
    const noThreads = survivors.filter((n) => n.threads === null).map((n) => n.name);
    let P: number | null = null;
    let overcommit: number | null = null;
    if (survivors.length > 0) {
      add('inventory.cpu.vcpus', t.stepVcpus(counted.length), 'V', { V }, V, 'number', 'derived');
      if (noThreads.length > 0) checks.push(check('inventory.cpu.threads-unknown', 'warn', t.threadsUnknown(noThreads.join(', '))));
      else {
        P = survivors.reduce((s, n) => s + (n.threads ?? 0), 0);
        add('inventory.cpu.threads', t.stepThreads, 'P', { P }, P, 'count', 'derived');
        overcommit = V / P;
        add('inventory.cpu.overcommit', t.stepOvercommit, 'V / P', { V, P }, overcommit, 'number', 'derived');
        const r = formatNumber(overcommit, lang, 2);
        const mx = formatNumber(v.maxOvercommit, lang, 2);
        checks.push(overcommit > v.maxOvercommit ? check('inventory.cpu.overcommit', 'warn', t.overcommitHigh(r, mx)) : check('inventory.cpu.overcommit', 'ok', t.overcommitOk(r, mx)));
      }
    }

    // ---- Headroom ------------------------------------------------------------------------
    const gRam = v.guestRamBytes;
    let byMemory = 0;
    if (survivors.length > 0) {
      byMemory = Math.max(0, Math.floor((u * S - R - G) / gRam + 1e-9));
      add('inventory.headroom.memory', t.stepHeadroomMem, 'max(0, floor((u * S - R - G) / g))', { u, S, R, G, g: gRam }, byMemory, 'count', 'derived');
    }
    let byCpu: number | null = null;
    if (P !== null) {
      byCpu = Math.max(0, Math.floor((v.maxOvercommit * P - V) / v.guestVcpus + 1e-9));
      add('inventory.headroom.cpu', t.stepHeadroomCpu, 'max(0, floor((o * P - V) / c))', { o: v.maxOvercommit, P, V, c: v.guestVcpus }, byCpu, 'count', 'derived');
    }
    const headroomGuests = byCpu === null ? byMemory : Math.min(byMemory, byCpu);
    if (survivors.length > 0) checks.push(check('inventory.headroom', 'ok', t.headroom(headroomGuests, bytesText(gRam), v.guestVcpus)));

    // ---- Ceph ----------------------------------------------------------------------------
    const ceph = inv.ceph ? analyzeCeph(inv.ceph, v, add, checks, lang) : null;

    return {
      whatIf: { grow: v.grow, addedNodes: added, removedNodes: removed },
      memory: {
        failures: f, failedNodes: failed.map((n) => n.name), offlineNodes: offline, maxUtilization: u,
        totalRamBytes: T, survivingRamBytes: S, guestRamBytes: G, runningGuestRamBytes: Grunning, hostReservationBytes: R,
        usableGuestRamBytes: usable, worstCaseUtilization: worst, runningOnlyUtilization: runningOnly, passes: memoryPasses,
        counted: { guests: counted.length, stopped, templatesExcluded: templates, unknownMemory, notHaManaged: notHa },
        nodesToAdd, perNode, placement: { strategy: 'first-fit-decreasing', moved, unplaced },
      },
      cpu: { vcpus: V, survivingThreads: P, overcommit, maxOvercommit: v.maxOvercommit },
      ceph,
      headroomGuests,
      headroom: { guestRamBytes: gRam, guestVcpus: v.guestVcpus, byMemory, byCpu },
      passes: !hasFailure(checks),
      checks,
      derivation: steps,
    };
  });
}

type Add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: Parameters<typeof step>[0]['source']) => void;

function analyzeCeph(c: NonNullable<Inv['ceph']>, v: AnalysisValues, add: Add, checks: Check[], lang: AnalysisValues['lang']): CephAnalysis {
  const t = analysisMessages(lang);
  const tc = cephMessages(lang);
  const nearfull = v.nearfull ?? c.nearfullRatio ?? 0.85;
  const backfillfull = v.backfillfull ?? c.backfillfullRatio ?? 0.9;
  const full = v.full ?? c.fullRatio ?? 0.95;
  const osdCount = c.osds.length;
  const raw = c.osds.reduce((s, o) => s + o.sizeBytes, 0);
  add('inventory.ceph.raw', t.stepCephRaw(osdCount), 'R', { R: raw }, raw, 'bytes', 'derived');
  const inOsds = c.osds.filter((o) => o.in !== false);
  const inRaw = inOsds.reduce((s, o) => s + o.sizeBytes, 0);
  if (inRaw !== raw) add('inventory.ceph.in-raw', t.stepCephInRaw, 'C', { C: inRaw }, inRaw, 'bytes', 'derived');
  const used = c.rawUsedBytes;
  let fillNow: number | null = null;
  if (used !== null && inRaw > 0) {
    add('inventory.ceph.used', t.stepCephUsed, 'W', { W: used }, used, 'bytes', 'derived');
    fillNow = used / inRaw;
    add('inventory.ceph.fill-now', t.stepCephFill, 'W / C', { W: used, C: inRaw }, fillNow, 'ratio', 'derived');
  } else if (used === null) checks.push(check('inventory.ceph.used-unknown', 'warn', t.cephUsedUnknown));

  // Hosts and the widest pool.
  const hostRaw = new Map<string, number>();
  for (const o of inOsds) if (o.host !== null) hostRaw.set(o.host, (hostRaw.get(o.host) ?? 0) + o.sizeBytes);
  const hosts = hostRaw.size;
  const largest = [...hostRaw.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const prot = c.pools.map((p) => ({ p, pr: protectionOf(p) }));
  const widest = Math.max(0, ...prot.map((x) => (x.pr ? width(x.pr) : 0)));
  const domainOsd = c.pools.filter((p) => p.failureDomain === 'osd').map((p) => p.name);
  let healing: CephAnalysis['healing'] = 'unknown';
  let fillAfter: number | null = null;
  let safeRaw: number | null = null;
  if (hosts === 0) {
    if (osdCount > 0) checks.push(check('inventory.ceph.no-hosts', 'warn', t.cephNoHosts));
  } else if (hosts === 1) {
    healing = 'single-host';
    checks.push(check('inventory.ceph.single-host', 'fail', t.cephSingleHost));
  } else if (largest) {
    add('inventory.ceph.largest-host', t.stepCephHost(largest[0]), 'S', { S: largest[1] }, largest[1], 'bytes', 'derived');
    if (domainOsd.length > 0) checks.push(check('inventory.ceph.failure-domain-osd', 'warn', t.cephDomainOsd(domainOsd.join(', '))));
    const tooWide = prot.filter((x) => x.pr && width(x.pr) > hosts && x.p.failureDomain !== 'osd').map((x) => x.p.name);
    if (tooWide.length > 0) { healing = 'unplaceable'; checks.push(check('inventory.ceph.unplaceable', 'fail', t.cephUnplaceable(tooWide.join(', '), hosts))); }
    else if (widest >= hosts) { healing = 'cannot-heal'; checks.push(check('inventory.ceph.cannot-heal', 'warn', t.cephCannotHeal(hosts))); }
    else healing = 'heals';
    safeRaw = nearfull * (inRaw - largest[1]);
    add('inventory.ceph.safe-raw', t.stepCephSafe, 'r * (C - S)', { r: nearfull, C: inRaw, S: largest[1] }, safeRaw, 'bytes', 'cephCapacity');
    if (healing === 'heals' && used !== null) {
      fillAfter = used / (inRaw - largest[1]);
      add('inventory.ceph.fill-after', t.stepCephFillAfter, 'W / (C - S)', { W: used, C: inRaw, S: largest[1] }, fillAfter, 'ratio', 'cephCapacity');
      const fa = formatRatio(fillAfter, lang);
      if (fillAfter <= nearfull) checks.push(check('inventory.ceph.fill-after-host-loss', 'ok', tc.fillOk(tc.afterHost, fa, formatRatio(nearfull, lang))));
      else if (fillAfter <= backfillfull) checks.push(check('inventory.ceph.fill-after-host-loss', 'warn', tc.fillWarn(tc.afterHost, fa, formatRatio(nearfull, lang))));
      else checks.push(check('inventory.ceph.fill-after-host-loss', 'fail', tc.fillFail(tc.afterHost, fa, formatRatio(backfillfull, lang))));
    }
  }

  // PGs per CRUSH root/device class: the autoscaler rule through placementGroups.
  const capa = new Map<string, { pgNum: number; wouldChange: boolean | null }>();
  const groups = new Map<string, { pools: PoolSpec[]; cls: string | null }>();
  for (const { p, pr } of prot) {
    if (!pr) { if (p.type !== 'unknown' || p.size === null) checks.push(check('inventory.ceph.pg-unknown', 'warn', t.pgUnknown(p.name))); continue; }
    const key = `${p.crushRoot ?? 'default'}|${p.deviceClass ?? ''}`;
    const grp = groups.get(key) ?? { pools: [], cls: p.deviceClass };
    grp.pools.push({
      name: p.name, protection: pr, bias: p.bias !== null && p.bias > 0 ? p.bias : 1, bulk: p.bulk,
      ...(p.targetSizeRatio !== null && p.targetSizeRatio > 0 ? { targetRatio: p.targetSizeRatio } : {}),
      ...(p.targetSizeBytes !== null && p.targetSizeBytes > 0 ? { targetBytes: p.targetSizeBytes } : {}),
      ...(p.storedBytes !== null ? { storedBytes: p.storedBytes } : {}),
      ...(p.pgNumMin !== null && p.pgNumMin >= 1 ? { pgNumMin: p.pgNumMin } : {}),
      ...(p.pgNumMax !== null && p.pgNumMax >= 1 ? { pgNumMax: p.pgNumMax } : {}),
      ...(p.pgNum !== null && p.pgNum >= 1 ? { currentPgNum: p.pgNum } : {}),
    });
    groups.set(key, grp);
  }
  for (const grp of groups.values()) {
    const members = grp.cls ? inOsds.filter((o) => o.deviceClass === grp.cls) : inOsds;
    const n = members.length;
    if (n === 0) continue;
    const cap = members.reduce((s, o) => s + o.sizeBytes, 0);
    const r = placementGroups({ osds: n, ...(cap > 0 ? { osdSizeBytes: cap / n } : {}), pools: cap > 0 ? grp.pools : grp.pools.map(({ storedBytes: _s, targetBytes: _t, ...rest }) => rest), lang });
    if (r.ok) for (const p of r.value.pools) capa.set(p.name, { pgNum: p.pgNum, wouldChange: p.wouldChange });
  }
  const pools: PoolAnalysis[] = prot.map(({ p, pr }) => {
    const rate = pr ? rawPerLogical(pr) : null;
    const cp = capa.get(p.name);
    const cephFinal = p.autoscale?.pgNumFinal ?? null;
    if (cp && p.pgNum !== null) checks.push(cp.wouldChange ? check('inventory.ceph.pg', 'warn', t.pgChange(p.name, p.pgNum, cp.pgNum)) : check('inventory.ceph.pg', 'ok', t.pgSame(p.name, p.pgNum, cp.pgNum)));
    if (cp && cephFinal !== null && cephFinal !== cp.pgNum) checks.push(check('inventory.ceph.pg-vs-ceph', 'warn', t.pgCephDiffers(p.name, cp.pgNum, cephFinal)));
    return {
      name: p.name, protection: pr ? protectionLabel(pr) : null, storedBytes: p.storedBytes, usedBytes: p.usedBytes, rawPerLogical: rate,
      safeStoredBytes: safeRaw !== null && rate !== null ? Math.floor(safeRaw / rate) : null,
      pgNum: p.pgNum, autoscalerPgNum: cp?.pgNum ?? null, cephPgNumFinal: cephFinal, wouldChange: cp?.wouldChange ?? null,
    };
  });
  return {
    osdCount, rawBytes: raw, inRawBytes: inRaw, usedBytes: used, fillNow, hosts,
    largestHost: largest ? { name: largest[0], rawBytes: largest[1] } : null,
    healing, fillAfterHostLoss: fillAfter, safeRawBytes: safeRaw === null ? null : Math.floor(safeRaw),
    nearfull, backfillfull, full, pools,
  };
}
