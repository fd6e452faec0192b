import { GiB } from '../units/constants.js';

/**
 * Common node RAM totals, in GiB: balanced DIMM populations of 1 and 2 sockets (8/12/16/24/32
 * DIMMs of 16–128 GiB). A procurement catalogue replaces this list.
 */
export const DEFAULT_PURCHASABLE_NODE_RAM: readonly number[] = [16, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192].map((g) => g * GiB);

/** The smallest size ≥ needed, or undefined when even the largest is short. */
export function smallestCovering(neededBytes: number, sizes: readonly number[]): number | undefined {
  return [...sizes].sort((a, b) => a - b).find((s) => s >= neededBytes);
}
