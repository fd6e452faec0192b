// The primary choice of Ceph's OSDMap (_apply_primary_affinity), apart from osdmap.ts's set steps since
// it is the one step that reads the per-OSD primary affinity.
import { hash32_2 } from './hash.js';
import { ITEM_NONE } from './map.js';

/** CEPH_OSD_MAX_PRIMARY_AFFINITY (= the default): 1.0 in 16.16. */
export const MAX_AFFINITY = 0x10000;

/**
 * _apply_primary_affinity on the up set osds[0..n): an OSD with affinity a < 1 declines a share 1 - a
 * of its primaries. Returns the primary; for a shifting (replicated) pool it also moves it to the front.
 */
export function applyPrimaryAffinity(affinity: Uint32Array, seed: number, shift: boolean, osds: Int32Array, n: number, primary: number): number {
  let any = false;
  for (let i = 0; i < n; i++) {
    const o = osds[i]!;
    if (o !== ITEM_NONE && affinity[o] !== MAX_AFFINITY) {
      any = true;
      break;
    }
  }
  if (!any) return primary;
  let pos = -1;
  for (let i = 0; i < n; i++) {
    const o = osds[i]!;
    if (o === ITEM_NONE) continue;
    const a = affinity[o]!;
    if (a < MAX_AFFINITY && hash32_2(seed, o) >>> 16 >= a) {
      if (pos < 0) pos = i; // declined, but a fallback if nobody accepts
    } else {
      pos = i;
      break;
    }
  }
  if (pos < 0) return primary;
  const chosen = osds[pos]!;
  if (shift && pos > 0) {
    for (let i = pos; i > 0; i--) osds[i] = osds[i - 1]!;
    osds[0] = chosen;
  }
  return chosen;
}
