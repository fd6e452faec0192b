import { count } from '../explain/schema.js';
import * as z from 'zod/mini';

/** The largest replicated size capa accepts (the CLI's and web's readers say the same range). */
export const MAX_REPLICAS = 32;

/** How a pool protects data: s full copies, or k data + m coding chunks. */
export const protection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replicated'), size: count(1).check(z.maximum(MAX_REPLICAS, `must be at most ${MAX_REPLICAS}`)) }),
  z.object({ kind: z.literal('erasure'), k: count(2).check(z.maximum(64, 'must be at most 64')), m: count(1).check(z.maximum(64, 'must be at most 64')) }),
]);
export type Protection = z.output<typeof protection>;

/** Failure domains one object spans: s, or k + m (Ceph's pool `size` for EC). */
export const width = (p: Protection): number => (p.kind === 'replicated' ? p.size : p.k + p.m);

/** Raw bytes written per logical byte (Ceph's raw_used_rate): s, or (k + m)/k. */
export const rawPerLogical = (p: Protection): number => (p.kind === 'replicated' ? p.size : (p.k + p.m) / p.k);

/** Ceph's default min_size: s − ⌊s/2⌋ (config.h), k + min(1, m − 1) (OSDMonitor::prepare_pool_size). */
export const defaultMinSize = (p: Protection): number => (p.kind === 'replicated' ? p.size - Math.floor(p.size / 2) : p.k + Math.min(1, p.m - 1));

export const label = (p: Protection): string => (p.kind === 'replicated' ? `replica ${p.size}` : `EC ${p.k}+${p.m}`);

/** mathjs-syntax factor from raw to usable, with its variables, for derivation steps. */
export function usableFactorExpr(p: Protection): { expr: string; vars: Record<string, number> } {
  return p.kind === 'replicated' ? { expr: '/ s', vars: { s: p.size } } : { expr: '* k / (k + m)', vars: { k: p.k, m: p.m } };
}

/** A protection as flat `used` values: kind, then size (replicated) or k and m (erasure), null otherwise. */
export interface ProtectionUsed {
  readonly protection: Protection['kind'];
  readonly size: number | null;
  readonly k: number | null;
  readonly m: number | null;
}
export const protectionUsed = (p: Protection): ProtectionUsed =>
  p.kind === 'replicated' ? { protection: p.kind, size: p.size, k: null, m: null } : { protection: p.kind, size: null, k: p.k, m: p.m };
