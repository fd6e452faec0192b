/**
 * Where guests go in an estate, deterministically: the guests of failing clusters first (the
 * rebalance), then the VMware guests (the migration), each set largest first (first-fit decreasing
 * by configured RAM, ties by id) onto the target with the most room left (ties by name). A guest fits
 * a target when the target's N − f utilisation stays within the limit, tested with the analysis' own
 * expression (G + R) / S ≤ u (memory.ts): every target that passed still passes after every wave.
 * The migration is then cut into waves of at most `waveGuests` guests and `waveRamBytes` of RAM.
 */
import type { EstateMove, EstateWave } from './types.js';

/** A target's memory figures from its analysis: survivors' RAM S, reservations R, guest RAM G, limit u. */
export interface Capacity {
  readonly name: string;
  readonly S: number;
  readonly R: number;
  readonly G: number;
  readonly u: number;
}

/** A guest that should move; ramBytes null when the source does not know it. */
export interface Mover {
  readonly id: string;
  readonly name: string;
  readonly ramBytes: number | null;
  readonly from: string;
}

export interface MovePlan {
  readonly moves: EstateMove[];
  readonly waves: EstateWave[];
  /** RAM each target receives in all (rebalance and waves). */
  readonly added: ReadonlyMap<string, number>;
}

/** (G + added + R) / S: the analysis' worst-case utilisation with `added` more guest RAM. */
export const utilizationWith = (c: Capacity, added: number): number => (c.G + added + c.R) / c.S;
/** u × S − R − G − added: the RAM left before the limit (negative: the excess). */
export const roomWith = (c: Capacity, added: number): number => c.u * c.S - c.R - c.G - added;

const byRamDesc = (a: Mover, b: Mover) => (b.ramBytes ?? 0) - (a.ramBytes ?? 0) || a.id.localeCompare(b.id) || a.from.localeCompare(b.from);

export function planEstateMoves(targets: readonly Capacity[], rebalance: readonly Mover[], migrate: readonly Mover[], waveGuests: number, waveRamBytes: number | null): MovePlan {
  const added = new Map<string, number>(targets.map((t) => [t.name, 0]));
  const load = (t: Capacity) => added.get(t.name) ?? 0;
  const unplaced: EstateMove[] = [];

  /** Places one set; the placed moves in order, the others into `unplaced`. */
  const place = (set: readonly Mover[], kind: EstateMove['kind']): EstateMove[] => {
    const placed: EstateMove[] = [];
    for (const g of [...set].sort(byRamDesc)) {
      const base = { id: g.id, name: g.name, from: g.from, kind, wave: null };
      if (g.ramBytes === null) {
        unplaced.push({ ...base, ramBytes: 0, to: null, reason: 'unknown-memory', largestRoomBytes: null });
        continue;
      }
      const mem = g.ramBytes;
      const fitting = targets.filter((t) => t.name !== g.from && utilizationWith(t, load(t) + mem) <= t.u);
      const best = fitting.sort((a, b) => roomWith(b, load(b)) - roomWith(a, load(a)) || a.name.localeCompare(b.name))[0];
      if (best) {
        added.set(best.name, load(best) + mem);
        placed.push({ ...base, ramBytes: mem, to: best.name, reason: null, largestRoomBytes: null });
      } else {
        const rooms = targets.filter((t) => t.name !== g.from).map((t) => roomWith(t, load(t)));
        unplaced.push({
          ...base,
          ramBytes: mem,
          to: null,
          reason: rooms.length === 0 ? 'no-target' : 'no-room',
          largestRoomBytes: rooms.length === 0 ? null : Math.max(0, ...rooms),
        });
      }
    }
    return placed;
  };

  const rebalanced = place(rebalance, 'rebalance');
  // The waves start from the estate once rebalanced: their figures include the rebalance's RAM.
  const running = new Map(added);
  const migrated = place(migrate, 'migrate');
  const waves: EstateWave[] = [];
  let current: EstateMove[] = [];
  const close = () => {
    if (current.length === 0) return;
    const index = waves.length + 1;
    const count = new Map<string, number>();
    for (const m of current) {
      running.set(m.to ?? '', (running.get(m.to ?? '') ?? 0) + m.ramBytes);
      count.set(m.to ?? '', (count.get(m.to ?? '') ?? 0) + 1);
    }
    waves.push({
      index,
      guests: current.map((m) => m.id),
      ramBytes: current.reduce((s, m) => s + m.ramBytes, 0),
      clusters: targets.map((t) => {
        const a = running.get(t.name) ?? 0;
        return { name: t.name, added: count.get(t.name) ?? 0, guestRamBytes: t.G + a, worstCaseUtilization: utilizationWith(t, a) };
      }),
    });
    current = [];
  };
  const numbered: EstateMove[] = [];
  for (const m of migrated) {
    const ram = current.reduce((s, x) => s + x.ramBytes, 0);
    if (current.length >= waveGuests || (waveRamBytes !== null && current.length > 0 && ram + m.ramBytes > waveRamBytes)) close();
    const withWave = { ...m, wave: waves.length + 1 };
    current.push(withWave);
    numbered.push(withWave);
  }
  close();
  return { moves: [...rebalanced, ...numbered, ...unplaced], waves, added };
}

/**
 * The guests a failing cluster sheds so that its own N − f passes: largest first (the fewest guests),
 * until (G − shed + R) / S ≤ u. `guests` are the counted ones (known RAM), grown as the analysis grows them.
 */
export function guestsToShed(c: Capacity, guests: readonly Mover[]): Mover[] {
  const out: Mover[] = [];
  let shed = 0;
  for (const g of [...guests].sort(byRamDesc)) {
    if (utilizationWith(c, -shed) <= c.u) break;
    out.push(g);
    shed += g.ramBytes ?? 0;
  }
  return out;
}
