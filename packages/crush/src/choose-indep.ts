// crush_choose_indep of Ceph's src/crush/mapper.c, followed line by line (Pacific 16.2): erasure-coded
// placement, breadth first and positionally stable. C pointer offsets become (array, base) pairs.
import type { ChooseContext } from './choose-context.js';
import { ALG_UNIFORM, ITEM_NONE, ITEM_UNDEF, type Bucket } from './map.js';

/** crush_choose_indep: breadth first and positionally stable (EC); a failed position stays ITEM_NONE. */
export function chooseIndep(
  ctx: ChooseContext,
  bucket: Bucket,
  left: number,
  numrep: number,
  type: number,
  out: Int32Array,
  outBase: number,
  outpos: number,
  tries: number,
  recurseTries: number,
  recurseToLeaf: boolean,
  out2: Int32Array | null,
  out2Base: number,
  parentR: number,
): void {
  const map = ctx.map;
  const endpos = outpos + left;
  for (let rep = outpos; rep < endpos; rep++) {
    out[outBase + rep] = ITEM_UNDEF;
    if (out2) out2[out2Base + rep] = ITEM_UNDEF;
  }
  for (let ftotal = 0; left > 0 && ftotal < tries; ftotal++) {
    for (let rep = outpos; rep < endpos; rep++) {
      if (out[outBase + rep] !== ITEM_UNDEF) continue;
      let inb = bucket;
      for (;;) {
        // The rank depends on the position even in nested calls, so a bucket chosen again for another
        // position tends to give a different item.
        let r = rep + parentR;
        if (inb.alg === ALG_UNIFORM && inb.size % numrep === 0) r += (numrep + 1) * ftotal;
        else r += numrep * ftotal;
        if (inb.size === 0) break;
        const item = ctx.choose(inb, r, outpos);
        if (item >= map.maxDevices) {
          out[outBase + rep] = ITEM_NONE;
          if (out2) out2[out2Base + rep] = ITEM_NONE;
          left--;
          break;
        }
        const sub = item < 0 ? map.buckets[-1 - item] : null;
        const itemtype = sub ? sub.type : 0;
        if (itemtype !== type) {
          if (item >= 0 || !sub) {
            out[outBase + rep] = ITEM_NONE;
            if (out2) out2[out2Base + rep] = ITEM_NONE;
            left--;
            break;
          }
          inb = sub;
          continue;
        }
        let collide = false;
        for (let i = outpos; i < endpos; i++) {
          if (out[outBase + i] === item) {
            collide = true;
            break;
          }
        }
        if (collide) break;
        if (recurseToLeaf) {
          if (sub) {
            chooseIndep(ctx, sub, 1, numrep, 0, out2!, out2Base, rep, recurseTries, 0, false, null, 0, r);
            if (out2![out2Base + rep] === ITEM_NONE) break; // no leaf under this item
          } else {
            out2![out2Base + rep] = item;
          }
        }
        if (itemtype === 0 && ctx.isOut(item)) break;
        out[outBase + rep] = item;
        left--;
        break;
      }
    }
  }
  for (let rep = outpos; rep < endpos; rep++) {
    if (out[outBase + rep] === ITEM_UNDEF) out[outBase + rep] = ITEM_NONE;
    if (out2 && out2[out2Base + rep] === ITEM_UNDEF) out2[out2Base + rep] = ITEM_NONE;
  }
}
