/**
 * The optimizer's fast path: the same arithmetic as the explained calculators (memory N − f, Ceph
 * capacity and fill after a failure), in the same order and with the same rounding (units/rounding),
 * so the figures agree to the bit, without validation, messages or derivation steps. A property test
 * (packages/planner/test) checks it against the calculators: a change there must be mirrored here.
 */
import { type Protection, rawPerLogical } from '../ceph/protection.js';
import { fillAfterFailure, type RefillShape, safeUsableAt } from '../ceph/refill.js';
import { healing } from '../ceph/topology-checks.js';
import { GB, TB } from '../units/constants.js';
import { floorBytes } from '../units/rounding.js';

/** ceph df raw used for pools sharing the OSDs: Σ stored × size, or stored ÷ k × (k + m). */
export function cephRawUsed(pools: readonly { readonly protection: Protection; readonly storedBytes: number }[]): number {
  let raw = 0;
  for (const p of pools) raw += p.protection.kind === 'replicated' ? p.storedBytes * p.protection.size : (p.storedBytes / p.protection.k) * (p.protection.k + p.protection.m);
  return raw;
}

/**
 * The logical amount that, in pool p alone, fills the OSDs as much as all pools together: the core's
 * single-pool capacity calculator then reports the shared OSDs' real fill for that pool's rules.
 */
export const equivalentStored = (rawUsedBytes: number, p: Protection): number => rawUsedBytes / rawPerLogical(p);

/** Per-node host reservation, as the core's `hostReservation`. */
export function reservationFast(hostReserveBytes: number, osdsPerNode: number, osdMemoryBytes: number, osdSizeBytes: number | undefined, zfsArcBytes: number): number {
  const k = osdsPerNode;
  const perTb = osdSizeBytes === undefined ? 0 : k * (osdSizeBytes / (TB / GB));
  const osdBytes = k > 0 ? Math.max(osdMemoryBytes * k, perTb) : 0;
  return hostReserveBytes + osdBytes + zfsArcBytes;
}

export interface MemoryFast {
  /** Floored and ≥ 0, as `usableGuestRamBytes`. */
  readonly usable: number;
  readonly reservationsExceed: boolean;
  readonly guestFits: boolean;
}

/** Homogeneous nodes, as the core's `usableMemory`: U = M × (N − f) × u − (N − f) × R. */
export function memoryFast(nodes: number, failures: number, u: number, ramBytes: number, reserveBytes: number, guestBytes: number | undefined, ksm: number | undefined): MemoryFast {
  const survivors = nodes - failures;
  const usableRaw = ramBytes * survivors * u - survivors * reserveBytes;
  const usable = Math.max(0, floorBytes(usableRaw));
  const capacity = ksm !== undefined && ksm > 0 ? floorBytes(usable / (1 - ksm)) : usable;
  return { usable, reservationsExceed: usableRaw <= 0, guestFits: guestBytes === undefined || guestBytes <= capacity };
}

export type CephSafeRule = 'nearfull' | 'backfillfull';

export interface CephPoolFast {
  readonly healing: 'unplaceable' | 'cannot-heal' | 'heals';
  readonly usable: number;
  /** Floored safe usable at nearfull and at backfillfull (the core's safeUsableBytes / …BackfillfullBytes). */
  readonly safeNearfull: number;
  readonly safeBackfillfull: number;
  readonly fillNow: number | null;
  readonly fillAfter: number | null;
  /** Any of the core's failing checks: unplaceable, size 1, stored above full, refill above backfillfull. */
  readonly coreFails: boolean;
  /** The planner's rule: the pool's equivalent data stays within the safe capacity at the chosen ratio. */
  readonly safeFails: boolean;
}

/** One pool on H identical hosts of n OSDs of S bytes, all pools together holding `rawUsedBytes`. */
export function cephPoolFast(H: number, n: number, S: number, p: Protection, nearfull: number, backfillfull: number, full: number, rawUsedBytes: number, rule: CephSafeRule): CephPoolFast {
  const raw = H * n * S;
  const hostRaw = n * S;
  const usableRaw = p.kind === 'replicated' ? raw / p.size : (raw * p.k) / (p.k + p.m);
  const heal = healing(H, p);
  const shape: RefillShape = { heal, n, raw, hostRaw, usable: usableRaw, protection: p };
  const safeAt = (r: number): number => safeUsableAt(shape, r);
  let coreFails = heal === 'unplaceable' || (p.kind === 'replicated' && p.size === 1);
  const safeNearfull = floorBytes(safeAt(nearfull));
  const safeBackfillfull = floorBytes(safeAt(backfillfull));
  let fillNow: number | null = null;
  let fillAfter: number | null = null;
  let safeFails = false;
  if (rawUsedBytes > 0) {
    const D = equivalentStored(rawUsedBytes, p);
    const rawUsed = p.kind === 'replicated' ? D * p.size : (D / p.k) * (p.k + p.m);
    fillNow = rawUsed / raw;
    if (rawUsed > full * raw) coreFails = true;
    fillAfter = fillAfterFailure(shape, rawUsed);
    if (fillAfter !== null && fillAfter > backfillfull) coreFails = true;
    safeFails = D > (rule === 'nearfull' ? safeNearfull : safeBackfillfull);
  }
  return { healing: heal, usable: floorBytes(usableRaw), safeNearfull, safeBackfillfull, fillNow, fillAfter, coreFails, safeFails };
}

/** vCPU : pCPU on the survivors, as the core's overcommit check. */
export const overcommitFast = (vcpus: number, threadsPerNode: number, survivors: number): number => vcpus / (threadsPerNode * survivors);

/**
 * Safe logical capacity of pools sharing OSDs, for their data mix: every pool's rule bounds the shared
 * raw fill (raw used ≤ safe_p × rawPerLogical_p), so logical ≤ min_p(safe_p × r_p) ÷ Σ w_p × r_p with
 * w_p the pools' shares of the data; whole bytes, rounded down.
 */
export function mixSafeLogical(pools: readonly { readonly protection: Protection; readonly weight: number; readonly safeBytes: number }[]): number {
  let minRaw = Number.POSITIVE_INFINITY;
  let perLogical = 0;
  let weights = 0;
  for (const p of pools) {
    const r = rawPerLogical(p.protection);
    minRaw = Math.min(minRaw, p.safeBytes * r);
    perLogical += p.weight * r;
    weights += p.weight;
  }
  if (pools.length === 0 || weights <= 0) return 0;
  return floorBytes(minRaw / (perLogical / weights));
}
