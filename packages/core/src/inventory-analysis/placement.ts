/**
 * Where the failed nodes' guests restart: largest first, onto the first survivor (by name) that stays
 * within the limit (first-fit decreasing), then above it up to 100 % for what is left. Also each
 * node's utilisation now and after.
 */
import { checkMaker } from '../spec/messages.js';
import { INVENTORY_MESSAGES } from './check-messages.js';
import type { Check, Lang } from '../explain/types.js';
import type { MemoryPart } from './memory.js';
import type { Guest, Inv, NodeAnalysis, PlacedGuest } from './types.js';

export interface PlacementPart {
  readonly moved: PlacedGuest[];
  readonly unplaced: PlacedGuest[];
  readonly perNode: NodeAnalysis[];
}

export function placeGuests(inv: Inv, m: MemoryPart, u: number, checks: Check[], lang: Lang): PlacementPart {
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  const { survivors, reserveOf } = m;
  const load = new Map<string, number>();
  for (const n of survivors) load.set(n.name, reserveOf(n));
  const guestRamOn = new Map<string, number>();
  for (const g of m.counted) if (g.node !== null) guestRamOn.set(g.node, (guestRamOn.get(g.node) ?? 0) + (g.memoryBytes ?? 0));
  const homeless: Guest[] = [];
  for (const g of m.counted) {
    if (g.node !== null && load.has(g.node)) load.set(g.node, (load.get(g.node) ?? 0) + (g.memoryBytes ?? 0));
    else homeless.push(g);
  }
  homeless.sort((a, b) => (b.memoryBytes ?? 0) - (a.memoryBytes ?? 0) || a.id.localeCompare(b.id));
  const moved: PlacedGuest[] = [];
  const unplaced: PlacedGuest[] = [];
  const leftover: Guest[] = [];
  for (const g of homeless) {
    const mem = g.memoryBytes ?? 0;
    const to = survivors.find((n) => (load.get(n.name) ?? 0) + mem <= u * (n.ramTotalBytes ?? 0));
    if (to) {
      load.set(to.name, (load.get(to.name) ?? 0) + mem);
      moved.push({ id: g.id, name: g.name, ramBytes: mem, from: g.node, to: to.name, withinLimit: true });
    } else leftover.push(g);
  }
  for (const g of leftover) {
    const mem = g.memoryBytes ?? 0;
    const to = survivors.find((n) => (load.get(n.name) ?? 0) + mem <= (n.ramTotalBytes ?? 0));
    if (to) {
      load.set(to.name, (load.get(to.name) ?? 0) + mem);
      moved.push({ id: g.id, name: g.name, ramBytes: mem, from: g.node, to: to.name, withinLimit: false });
    } else unplaced.push({ id: g.id, name: g.name, ramBytes: mem, from: g.node, to: null, withinLimit: false });
  }
  if (homeless.length > 0 && survivors.length > 0) {
    const over = moved.filter((p) => !p.withinLimit).length;
    if (unplaced.length > 0) checks.push(check('inventory.memory.placement', 'fail', 'inventory.memory.placement.fail', { guests: unplaced.length }));
    else if (over > 0) checks.push(check('inventory.memory.placement', 'warn', 'inventory.memory.placement.warn', { guests: over, max: u }));
    else checks.push(check('inventory.memory.placement', 'ok', 'inventory.memory.placement.ok', { guests: homeless.length }));
  }
  const perNode: NodeAnalysis[] = inv.nodes.map((n) => {
    const ram = n.ramTotalBytes;
    const res = reserveOf(n);
    const gr = guestRamOn.get(n.name) ?? 0;
    const isSurvivor = load.has(n.name);
    const after = isSurvivor ? (load.get(n.name) ?? 0) - res : null;
    return {
      name: n.name,
      online: n.online,
      ramBytes: ram,
      threads: n.threads,
      failed: m.failedSet.has(n.name),
      osds: m.osdsByHost.get(n.name)?.n ?? 0,
      reservationBytes: res,
      guestRamBytes: gr,
      utilization: ram ? (gr + res) / ram : null,
      afterFailureGuestRamBytes: after,
      afterFailureUtilization: isSurvivor && ram ? (load.get(n.name) ?? 0) / ram : null,
    };
  });
  return { moved, unplaced, perNode };
}
