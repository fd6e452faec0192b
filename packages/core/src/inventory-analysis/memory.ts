/**
 * Memory N − f of an inventory: worstCaseUtilization = (Σ configured guest RAM + host reservations of
 * the survivors) ÷ RAM of the survivors, with the f largest online nodes (by RAM) down and offline
 * nodes counted as already failed. Not clamped. Passes when ≤ maxUtilization (0.75). Counted guests:
 * every non-template guest, running or stopped, at its configured maximum (not its balloon floor).
 * Host reservations per node reuse the memory rule's (system + Ceph OSD memory + ZFS ARC), and the
 * usable guest RAM comes from `usableMemory` itself.
 */
import { checkMaker } from '../spec/messages.js';
import { INVENTORY_MESSAGES } from './check-messages.js';
import type { Check, Step } from '../explain/types.js';
import { FAST } from '../explain/recorder.js';
import { usableMemory } from '../memory/usable.js';
import { hostReservation } from '../memory/reservations.js';
import { analysisMessages } from './messages.js';
import type { AnalysisValues } from './schema.js';
import { fromInput } from '../explain/symbols.js';
import type { Add } from './steps.js';
import type { Guest, Inv, Node } from './types.js';
import { configuredGuestRam, countedGuests } from './guest-ram.js';

const RUNNING = new Set(['running', 'paused', 'suspended']);

export interface MemoryPart {
  readonly counted: Guest[];
  readonly templates: number;
  readonly unknownMemory: number;
  readonly stopped: number;
  readonly notHa: number;
  readonly G: number;
  readonly Grunning: number;
  readonly osdsByHost: ReadonlyMap<string, { n: number; size: number }>;
  readonly reserveOf: (n: Node) => number;
  readonly offline: string[];
  readonly failed: Node[];
  /** Survivors, by name. */
  readonly survivors: Node[];
  readonly failedSet: ReadonlySet<string>;
  readonly T: number;
  readonly F: number;
  readonly S: number;
  readonly R: number;
  readonly worst: number | null;
  readonly runningOnly: number | null;
  readonly usable: number | null;
  /** False with no guest and no node of known RAM (a Ceph-only import): no memory verdict at all. */
  readonly applicable: boolean;
  /** null when not applicable. */
  readonly passes: boolean | null;
  readonly nodesToAdd: number | null;
}

export function analyzeMemory(inv: Inv, v: AnalysisValues, add: Add, steps: Step[], checks: Check[]): MemoryPart {
  const { lang, system } = v;
  const t = analysisMessages(lang);
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  const u = v.maxUtilization;

  // ---- Guests counted -------------------------------------------------------------------
  const counted = countedGuests(inv.guests);
  const templates = inv.guests.filter((g) => g.template).length;
  const unknownMemory = inv.guests.filter((g) => !g.template && g.memoryBytes === null).length;
  const stopped = counted.filter((g) => !RUNNING.has(g.status)).length;
  const notHa = counted.filter((g) => g.haState === null || g.haState === 'ignored' || g.haState === 'disabled').length;
  const G = configuredGuestRam(counted);
  const Grunning = counted.filter((g) => RUNNING.has(g.status)).reduce((s, g) => s + (g.memoryBytes ?? 0), 0);
  const known = inv.nodes.filter((n) => n.ramTotalBytes !== null && n.ramTotalBytes > 0);
  const online = known.filter((n) => n.online);
  // Nothing to run and nowhere to run it (a Ceph-only import): no memory verdict, neither pass nor fail.
  const applicable = counted.length > 0 || online.length > 0;
  if (applicable) {
    add('inventory.memory.guests', t.stepGuestRam(counted.length), 'G', { G }, G, 'bytes', 'derived');
    checks.push(check('inventory.memory.counted', 'ok', 'inventory.memory.counted', { guests: counted.length, templates, stopped }));
  }
  if (unknownMemory > 0) checks.push(check('inventory.memory.unknown-guest-memory', 'warn', 'inventory.memory.unknown-guest-memory', { guests: unknownMemory }));

  // ---- Nodes, reservations --------------------------------------------------------------
  const osdsByHost = new Map<string, { n: number; size: number }>();
  for (const o of inv.ceph?.osds ?? [])
    if (o.host !== null) {
      const e = osdsByHost.get(o.host) ?? { n: 0, size: 0 };
      e.n += 1;
      e.size += o.sizeBytes;
      osdsByHost.set(o.host, e);
    }
  const nodeNames = new Set(inv.nodes.map((n) => n.name));
  const unmatched = [...osdsByHost.keys()].filter((h) => !nodeNames.has(h));
  if (inv.nodes.length > 0 && unmatched.length > 0) checks.push(check('inventory.memory.osd-host-unmatched', 'warn', 'inventory.memory.osd-host-unmatched', { hosts: unmatched.join(', ') }));
  const reserveOf = (n: Node): number => {
    const o = osdsByHost.get(n.name);
    return hostReservation(
      { hostReserveBytes: v.hostReserveBytes, osdsPerNode: o?.n ?? 0, osdMemoryBytes: v.osdMemoryBytes, ...(o && o.n > 0 ? { osdSizeBytes: o.size / o.n } : {}), zfsArcBytes: v.zfsArcBytes },
      FAST,
    ).perNodeBytes;
  };
  const noRam = inv.nodes.filter((n) => n.online && (n.ramTotalBytes === null || n.ramTotalBytes === 0)).map((n) => n.name);
  if (noRam.length > 0) checks.push(check('inventory.memory.node-ram-unknown', 'warn', 'inventory.memory.node-ram-unknown', { nodes: noRam.join(', ') }));
  const offline = inv.nodes.filter((n) => !n.online).map((n) => n.name);
  if (offline.length > 0) checks.push(check('inventory.memory.offline-nodes', 'warn', 'inventory.memory.offline-nodes', { nodes: offline.join(', ') }));
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

  // ---- The N − f verdict ----------------------------------------------------------------
  let worst: number | null = null;
  let runningOnly: number | null = null;
  let usable: number | null = null;
  let passes = false;
  let nodesToAdd: number | null = null;
  if (!applicable) {
    checks.push(check('inventory.memory.not-applicable', 'ok', 'inventory.memory.not-applicable'));
  } else if (online.length === 0) {
    checks.push(check('inventory.memory.no-nodes', 'fail', 'inventory.memory.no-nodes'));
  } else if (survivors.length === 0) {
    checks.push(check('inventory.memory.no-survivors', 'fail', 'inventory.memory.no-survivors', { failures: f, online: online.length }));
  } else {
    add('inventory.memory.total', t.stepTotal(online.length), 'T', { T }, T, 'bytes', 'derived');
    if (f > 0) add('inventory.memory.failed', t.stepFailed(failed.map((n) => n.name).join(', ')), 'F', { F }, F, 'bytes', 'derived');
    // With no failure F is 0 because of --failures, not a figure of the inventory.
    add('inventory.memory.surviving', t.stepSurviving, 'T - F', { T, F }, S, 'bytes', 'derived', f > 0 ? {} : { F: fromInput('failures') });
    add('inventory.memory.reservations', t.stepReserve, 'Q', { Q: R }, R, 'bytes', 'courseHostReserve');
    worst = (G + R) / S;
    add('inventory.memory.worst-case', t.stepWorst, '(G + Q) / (T - F)', { G, Q: R, T, F }, worst, 'ratio', 'courseMemory');
    runningOnly = (Grunning + R) / S;
    add('inventory.memory.running-only', t.stepRunning, '(A + Q) / (T - F)', { A: Grunning, Q: R, T, F }, runningOnly, 'ratio', 'derived');
    passes = worst <= u;
    const nf = { utilization: worst, failures: f, max: u };
    checks.push(passes ? check('inventory.memory.n-minus-f', 'ok', 'inventory.memory.n-minus-f.passes', nf) : check('inventory.memory.n-minus-f', 'fail', 'inventory.memory.n-minus-f.fails', nf));
    // The same capacity through the memory rule itself: u × ΣM(survivors) − Σ reservations.
    const groups = new Map<number, number>();
    for (const n of online) groups.set(n.ramTotalBytes ?? 0, (groups.get(n.ramTotalBytes ?? 0) ?? 0) + 1);
    const um = usableMemory({ nodeGroups: [...groups].map(([ramBytes, count]) => ({ count, ramBytes })), failures: f, maxUtilization: u, hostReserveBytes: R / survivors.length, system, lang });
    if (um.ok) {
      usable = um.value.usableGuestRamBytes;
      steps.push(...um.value.derivation);
    }
    if (!passes) {
      const largest = byRam[0];
      const Mn = largest?.ramTotalBytes ?? 0;
      const Rn = largest ? hostReservation({ hostReserveBytes: v.hostReserveBytes, osdsPerNode: 0, osdMemoryBytes: v.osdMemoryBytes, zfsArcBytes: v.zfsArcBytes }, FAST).perNodeBytes : 0;
      if (u * Mn - Rn > 0) {
        const k = Math.max(0, Math.ceil((G + R - u * S) / (u * Mn - Rn) - 1e-9));
        nodesToAdd = k;
        add('inventory.memory.nodes-to-add', t.stepNodesToAdd, 'ceil((G + Q - u * (T - F)) / (u * L - E))', { G, Q: R, u, T, F, L: Mn, E: Rn }, k, 'count', 'derived');
        checks.push(check('inventory.memory.nodes-to-add', 'ok', 'inventory.memory.nodes-to-add', { nodes: k, nodeRamBytes: Mn, system }));
      }
    }
  }
  if (notHa > 0 && counted.length > 0) checks.push(check('inventory.memory.not-ha', 'warn', 'inventory.memory.not-ha', { guests: notHa }));

  return {
    counted,
    templates,
    unknownMemory,
    stopped,
    notHa,
    G,
    Grunning,
    osdsByHost,
    reserveOf,
    offline,
    failed,
    survivors,
    failedSet,
    T,
    F,
    S,
    R,
    worst,
    runningOnly,
    usable,
    applicable,
    passes: applicable ? passes : null,
    nodesToAdd,
  };
}
