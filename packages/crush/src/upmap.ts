// The pg_upmap / pg_upmap_items overrides of Ceph's OSDMap: parsed from the osd dump into tables keyed
// by (pool, folded ps), and _apply_upmap on a raw CRUSH set. Free functions over OsdMap's own tables and
// vectors, so the per-PG path reads them exactly as before the split from osdmap.ts.
import { CrushInputError } from './errors.js';
import { ITEM_NONE } from './map.js';
import type { OsdDump } from './osd-dump.js';

/** One number per PG (pool id in the high part, ps below 2^32): no string keys on the per-PG path. */
export const upmapKey = (pool: number, ps: number): number => pool * 0x100000000 + ps;

function parsePgid(text: string, field: string): { pool: number; ps: number } {
  const dot = text.indexOf('.');
  const pool = Number(text.slice(0, dot));
  const ps = parseInt(text.slice(dot + 1), 16);
  if (!Number.isSafeInteger(pool) || !Number.isSafeInteger(ps) || ps > 0xffffffff) throw new CrushInputError('crush.not-a-pg-id', { field, text });
  return { pool, ps };
}

/**
 * Fills upmap (the full replacement sets) and upmapItems (flat from, to pairs) from the dump. Returns
 * the longest pg_upmap set, at least `longest`, since a replacement may be longer than the pool size.
 */
export function loadUpmaps(dump: OsdDump, upmap: Map<number, Int32Array>, upmapItems: Map<number, Int32Array>, longest: number): number {
  (dump.pg_upmap ?? []).forEach((u, i) => {
    const { pool, ps } = parsePgid(u.pgid, `osd dump.pg_upmap[${i}].pgid`);
    upmap.set(upmapKey(pool, ps), Int32Array.from(u.osds));
    longest = Math.max(longest, u.osds.length);
  });
  (dump.pg_upmap_items ?? []).forEach((u, i) => {
    const { pool, ps } = parsePgid(u.pgid, `osd dump.pg_upmap_items[${i}].pgid`);
    upmapItems.set(upmapKey(pool, ps), Int32Array.from(u.mappings.flatMap((m) => [m.from, m.to])));
  });
  return longest;
}

/**
 * _apply_upmap on raw[0..len) for the PG `key`: returns the new length. Skipped when an explicit target
 * is out (weight 0).
 */
export function applyUpmap(
  upmap: ReadonlyMap<number, Int32Array>,
  upmapItems: ReadonlyMap<number, Int32Array>,
  key: number,
  raw: Int32Array,
  len: number,
  maxOsd: number,
  weight: Uint32Array,
): number {
  const full = upmap.get(key);
  if (full) {
    for (let i = 0; i < full.length; i++) {
      const o = full[i]!;
      if (o !== ITEM_NONE && o < maxOsd && o >= 0 && weight[o] === 0) return len;
    }
    raw.set(full);
    len = full.length;
  }
  const items = upmapItems.get(key);
  if (items) {
    for (let k = 0; k < items.length; k += 2) {
      const from = items[k]!;
      const to = items[k + 1]!;
      const targetOut = to !== ITEM_NONE && to < maxOsd && to >= 0 && weight[to] === 0;
      let exists = false;
      let pos = -1;
      for (let i = 0; i < len; i++) {
        const o = raw[i]!;
        if (o === to) {
          exists = true;
          break;
        }
        if (o === from && pos < 0 && !targetOut) pos = i;
      }
      if (!exists && pos >= 0) raw[pos] = to;
    }
  }
  return len;
}
