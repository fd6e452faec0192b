/**
 * The capacity waterfall's figures: the levels `cephCapacity` computed (raw, usable, usable under
 * nearfull, safe usable) and the reserve between each level and the next, in bytes, so an adapter
 * drawing the waterfall only formats them (one rule, one place).
 */
import type { CephCapacityResult } from './capacity.js';

export interface CapacityWaterfall {
  readonly rawBytes: number;
  /** Raw − usable: what replication or erasure coding keeps for the copies or chunks. */
  readonly protectionBytes: number;
  readonly usableBytes: number;
  /** Usable − usable under nearfull. */
  readonly nearfullReserveBytes: number;
  readonly nearfullUsableBytes: number;
  /** Usable under nearfull − safe usable: the room kept to re-create a failed host's (or OSD's) data. */
  readonly failureReserveBytes: number;
  readonly safeUsableBytes: number;
}

/** The waterfall of one capacity result: each level and the reserve down to the next. */
export function capacityWaterfall(r: Pick<CephCapacityResult, 'rawBytes' | 'usableBytes' | 'nearfullUsableBytes' | 'safeUsableBytes'>): CapacityWaterfall {
  return {
    rawBytes: r.rawBytes,
    protectionBytes: r.rawBytes - r.usableBytes,
    usableBytes: r.usableBytes,
    nearfullReserveBytes: r.usableBytes - r.nearfullUsableBytes,
    nearfullUsableBytes: r.nearfullUsableBytes,
    failureReserveBytes: r.nearfullUsableBytes - r.safeUsableBytes,
    safeUsableBytes: r.safeUsableBytes,
  };
}
