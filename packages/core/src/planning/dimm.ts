/**
 * Balanced DIMM populations: every memory channel of every socket holds the same number of identical
 * DIMMs (Dell, "Balanced Memory with 2nd Generation AMD EPYC Processors"; servnetuk population rules).
 * Two DIMMs per channel double the capacity at a lower speed (xFusion 1288H V7: DDR5 4800 → 4400 MT/s).
 */
export interface DimmOption {
  readonly sizeBytes: number;
  readonly price: number;
}

export interface PopulationSpec {
  readonly sockets: number;
  readonly channelsPerSocket: number;
  readonly slotsPerSocket: number;
  /** Memory speed in MT/s at 1, 2, … DIMMs per channel; its length caps the DIMMs per channel. */
  readonly speedsMTs: readonly number[];
  readonly dimms: readonly DimmOption[];
}

export interface Population {
  readonly dimmsPerChannel: number;
  readonly dimmBytes: number;
  readonly dimmPrice: number;
  /** sockets × channels × DIMMs per channel. */
  readonly dimmCount: number;
  readonly ramBytes: number;
  readonly price: number;
  readonly speedMTs: number;
  /** 1 − speed ÷ speed at 1 DIMM per channel. */
  readonly speedPenalty: number;
}

/** Every balanced population of a node, by RAM then price. */
export function balancedPopulations(spec: PopulationSpec): Population[] {
  const out: Population[] = [];
  const maxDpc = Math.min(Math.floor(spec.slotsPerSocket / spec.channelsPerSocket), spec.speedsMTs.length);
  const base = spec.speedsMTs[0] ?? 0;
  for (let dpc = 1; dpc <= maxDpc; dpc++) {
    const speed = spec.speedsMTs[dpc - 1] ?? 0;
    for (const d of spec.dimms) {
      const dimmCount = spec.sockets * spec.channelsPerSocket * dpc;
      out.push({
        dimmsPerChannel: dpc,
        dimmBytes: d.sizeBytes,
        dimmPrice: d.price,
        dimmCount,
        ramBytes: dimmCount * d.sizeBytes,
        price: dimmCount * d.price,
        speedMTs: speed,
        speedPenalty: base > 0 ? 1 - speed / base : 0,
      });
    }
  }
  return out.sort((a, b) => a.ramBytes - b.ramBytes || a.price - b.price || a.dimmsPerChannel - b.dimmsPerChannel);
}

/** The cheapest balanced population giving exactly `ramBytes` (fewer DIMMs per channel on a tie), or undefined. */
export function populationFor(spec: PopulationSpec, ramBytes: number): Population | undefined {
  return balancedPopulations(spec).find((p) => p.ramBytes === ramBytes);
}

/** Drops populations that cost more for no more RAM (the optimizer only needs the cheapest per size). */
export function cheapestPerSize(pops: readonly Population[]): Population[] {
  const best = new Map<number, Population>();
  for (const p of pops) {
    const b = best.get(p.ramBytes);
    if (b === undefined || p.price < b.price || (p.price === b.price && p.dimmsPerChannel < b.dimmsPerChannel)) best.set(p.ramBytes, p);
  }
  return [...best.values()].sort((a, b) => a.ramBytes - b.ramBytes);
}
