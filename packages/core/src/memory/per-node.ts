import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import type { Lang, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { groupSymbols, MEMORY_SYMBOLS } from './symbols.js';

/**
 * How the N − f rule sees each node: the largest f nodes fail, and guest memory sits on the nodes
 * in proportion to their RAM (the rule's own assumption), before and after the failure. Pictures
 * and tables draw these figures; they do no arithmetic of their own.
 */
export interface NodeGroup {
  readonly count: number;
  readonly ramBytes: number;
}

/** The groups, largest nodes first (one group is already in order: no copy). */
const largestFirst = <G extends NodeGroup>(groups: readonly G[]): readonly G[] => (groups.length < 2 ? groups : [...groups].sort((a, b) => b.ramBytes - a.ramBytes));

/** RAM lost when the f largest nodes fail; groups in any order. */
export function largestFailedRam(groups: readonly NodeGroup[], failures: number): number {
  let left = failures;
  let failed = 0;
  for (const g of largestFirst(groups)) {
    const down = Math.min(left, g.count);
    failed += down * g.ramBytes;
    left -= down;
  }
  return failed;
}

/** A node's guest room: what u × M leaves after its reservations, never below 0 (survivingRoom's term). */
export const guestRoom = (ramBytes: number, u: number, reserveBytes: number): number => Math.max(0, u * ramBytes - reserveBytes);

/** One node in one state (all up, or with the failures), as a bar draws it: every segment a figure. */
export interface NodeSegments {
  readonly ramBytes: number;
  readonly reserveBytes: number;
  /** The node's own guests: its share with all nodes up. */
  readonly ownGuestBytes: number;
  /** Guests taken over from the failed nodes (0 with all nodes up). */
  readonly movedBytes: number;
  /** Reservation + own guests + moved guests. */
  readonly loadBytes: number;
  /** loadBytes ÷ RAM. */
  readonly share: number;
  /** u × RAM: the utilisation line. */
  readonly limitBytes: number;
  /** The node's usable part, the guest room under the line: max(0, u × RAM − reservation). */
  readonly roomBytes: number;
}

/**
 * A node's segments from its guests in this state (`guestBytes`) and with all nodes up
 * (`ownGuestBytes`): what it holds beyond its own share came from the failed nodes.
 */
export function nodeSegments(ramBytes: number, reserveBytes: number, ownGuestBytes: number, guestBytes: number, u: number): NodeSegments {
  const movedBytes = Math.max(0, guestBytes - ownGuestBytes);
  const loadBytes = reserveBytes + Math.min(ownGuestBytes, guestBytes) + movedBytes;
  return {
    ramBytes,
    reserveBytes,
    ownGuestBytes: Math.min(ownGuestBytes, guestBytes),
    movedBytes,
    loadBytes,
    share: ramBytes > 0 ? loadBytes / ramBytes : 0,
    limitBytes: u * ramBytes,
    roomBytes: guestRoom(ramBytes, u, reserveBytes),
  };
}

export interface NodeLoad {
  readonly ramBytes: number;
  /** Guest share plus host reservation, all nodes up. */
  readonly healthyBytes: number;
  /** The same with the f largest nodes down; null for a failed node. */
  readonly afterFailureBytes: number | null;
  /** The bar's segments, all nodes up. */
  readonly healthy: NodeSegments;
  /** The same with the f largest nodes down; null for a failed node. */
  readonly afterFailure: NodeSegments | null;
}

export interface NodeLoadSpec {
  readonly groups: readonly NodeGroup[];
  readonly failures: number;
  readonly guestBytes: number;
  readonly reservePerNodeBytes: number;
  /** u: the utilisation line the segments are drawn against. */
  readonly maxUtilization: number;
  /** At most this many nodes are listed (largest first); the counts stay exact. */
  readonly maxNodes: number;
}

/** Per-node memory, largest nodes first (so the failed ones come first). */
export function nodeLoads(s: NodeLoadSpec): { readonly nodes: number; readonly loads: readonly NodeLoad[] } {
  const sorted = [...s.groups].sort((a, b) => b.ramBytes - a.ramBytes);
  const nodes = sorted.reduce((sum, g) => sum + g.count, 0);
  const total = sorted.reduce((sum, g) => sum + g.count * g.ramBytes, 0);
  const surviving = total - largestFailedRam(sorted, s.failures);
  const loads: NodeLoad[] = [];
  for (const g of sorted) {
    for (let i = 0; i < g.count && loads.length < s.maxNodes; i++) {
      const index = loads.length;
      const R = s.reservePerNodeBytes;
      const own = (s.guestBytes * g.ramBytes) / total;
      const after = index < s.failures ? null : surviving > 0 ? (s.guestBytes * g.ramBytes) / surviving : 0;
      // One formula for the load (nodeSegments: reservation + guests); the totals are the segments' load.
      const healthy = nodeSegments(g.ramBytes, R, own, own, s.maxUtilization);
      const afterFailure = after === null ? null : nodeSegments(g.ramBytes, R, own, after, s.maxUtilization);
      loads.push({ ramBytes: g.ramBytes, healthyBytes: healthy.loadBytes, afterFailureBytes: afterFailure?.loadBytes ?? null, healthy, afterFailure });
    }
  }
  return { nodes, loads };
}

/** Surviving nodes per group, largest groups failing first. */
function survivingCounts<G extends NodeGroup>(groups: readonly G[], failures: number): { readonly group: G; readonly left: number }[] {
  let down = failures;
  return largestFirst(groups).map((group) => {
    const d = Math.min(down, group.count);
    down -= d;
    return { group, left: group.count - d };
  });
}

/**
 * Guest room on the survivors when nodes differ: Σ max(0, u × M − R) per surviving node. A node whose
 * reservations take its allowance holds no guest, but cannot take room from the others either.
 * Equals u × (T − F) − (N − f) × R when no node is that small.
 */
export function survivingRoom(groups: readonly NodeGroup[], failures: number, u: number, reserveBytes: number): number {
  return survivingCounts(groups, failures).reduce((sum, s) => sum + s.left * guestRoom(s.group.ramBytes, u, reserveBytes), 0);
}

/**
 * The derivation of `survivingRoom`: one term per surviving group. A group keeps its number in
 * memory.total (largest first), so M2 is the same node in both steps even when group 1 failed whole.
 * `origins` says where u and R come from in the calling derivation.
 */
export function clampedStep(
  groups: readonly NodeGroup[],
  failures: number,
  u: number,
  R: number,
  title: string,
  lang: Lang,
  system: SizeSystem,
  origins: Readonly<Record<string, SymbolOrigin>> = {},
): Step {
  const vars: Record<string, number> = { u, R };
  const varUnits: Record<string, StepUnit> = { u: 'ratio', R: 'bytes' };
  const terms: string[] = [];
  const kept: number[] = [];
  survivingCounts(groups, failures).forEach((s, at) => {
    if (s.left === 0) return;
    const i = at + 1;
    kept.push(i);
    vars[`M${i}`] = s.group.ramBytes;
    vars[`S${i}`] = s.left;
    varUnits[`M${i}`] = 'bytes';
    varUnits[`S${i}`] = 'count';
    terms.push(`S${i} * max(0, u * M${i} - R)`);
  });
  return step(
    {
      id: 'memory.usable',
      title,
      expr: terms.join(' + '),
      vars,
      varUnits,
      symbols: { ...varSymbols(MEMORY_SYMBOLS, { u, R }, origins), ...groupSymbols(kept, 'S') },
      value: survivingRoom(groups, failures, u, R),
      unit: 'bytes',
      source: 'courseMemory',
    },
    lang,
    system,
  );
}

/**
 * The surviving nodes that can host guests (u × M > R) and their RAM: the nodes the "memory used after
 * a failure" share is read on, so that a node too small for its own reservations does not push it
 * above the limit the usable figure keeps. All survivors when none can.
 */
export function guestHosts(groups: readonly NodeGroup[], failures: number, u: number, reserveBytes: number): { readonly nodes: number; readonly ramBytes: number } {
  const left = survivingCounts(groups, failures);
  const able = left.filter((s) => u * s.group.ramBytes > reserveBytes);
  const pick = able.some((s) => s.left > 0) ? able : left;
  return { nodes: pick.reduce((n, s) => n + s.left, 0), ramBytes: pick.reduce((b, s) => b + s.left * s.group.ramBytes, 0) };
}
