// crush_choose_firstn of Ceph's src/crush/mapper.c, followed line by line (Pacific 16.2): replicated
// placement, depth first. C pointer offsets become (array, base) pairs. Also consults doRuleFrom's memo
// (see mapper.ts), which is why it reads the context's memo vectors.
import { permChoose } from './buckets.js';
import type { ChooseContext } from './choose-context.js';
import type { Bucket } from './map.js';

/** crush_choose_firstn: numrep distinct items of the given type, depth first. Returns the new outpos. */
export function chooseFirstn(
  ctx: ChooseContext,
  bucket: Bucket,
  numrep: number,
  type: number,
  out: Int32Array,
  outBase: number,
  outpos: number,
  outSize: number,
  tries: number,
  recurseTries: number,
  localRetries: number,
  localFallbackRetries: number,
  recurseToLeaf: boolean,
  varyR: number,
  stable: number,
  out2: Int32Array | null,
  out2Base: number,
  parentR: number,
  firstRep = -1,
  firstFtotal = 0,
): number {
  const map = ctx.map;
  let count = outSize;
  let item = 0;
  for (let rep = firstRep >= 0 ? firstRep : stable ? 0 : outpos; rep < numrep && count > 0; rep++) {
    let ftotal = rep === firstRep ? firstFtotal : 0;
    let skipRep = false;
    let retryDescent: boolean;
    do {
      retryDescent = false;
      let inb = bucket;
      let flocal = 0;
      let retryBucket: boolean;
      do {
        let collide = false;
        let reject = false;
        retryBucket = false;
        const r = rep + parentR + ftotal;
        let memo = -1;
        if (ctx.memoN > 0 && recurseToLeaf && inb === bucket) {
          for (let i = 0; i < ctx.memoN; i++) if (ctx.memoR[i] === r) memo = i;
        }
        if (memo >= 0) {
          // doRuleFrom's memo: an earlier run's attempt with this r descended to this item and leaf
          // (the draws depend only on x, r and CRUSH weights); only collision and is_out can differ.
          item = ctx.memoItem[memo]!;
          for (let i = 0; i < outpos; i++) {
            if (out[outBase + i] === item) {
              collide = true;
              break;
            }
          }
          if (!collide) {
            const leaf = ctx.memoLeaf[memo]!;
            if (ctx.isOut(leaf)) reject = true;
            else out2![out2Base + outpos] = leaf;
          }
        } else if (inb.size === 0) {
          reject = true;
        } else {
          if (localFallbackRetries > 0 && flocal >= inb.size >> 1 && flocal > localFallbackRetries) {
            item = permChoose(inb, ctx.x, r, ctx.epoch);
          } else {
            item = ctx.choose(inb, r, outpos);
          }
          const sub = item < 0 ? map.buckets[-1 - item] : null;
          const itemtype = sub ? sub.type : 0;
          // A device beyond max_devices, or a device/missing bucket where a bucket type was wanted.
          if (item >= map.maxDevices || (itemtype !== type && (item >= 0 || !sub))) {
            skipRep = true;
            break;
          }
          if (itemtype !== type && sub) {
            inb = sub;
            retryBucket = true;
            continue;
          }
          for (let i = 0; i < outpos; i++) {
            if (out[outBase + i] === item) {
              collide = true;
              break;
            }
          }
          if (!collide && recurseToLeaf) {
            if (sub) {
              const subR = varyR ? r >> (varyR - 1) : 0;
              const got = chooseFirstn(ctx, sub, stable ? 1 : outpos + 1, 0, out2!, out2Base, outpos, count, recurseTries, 0, localRetries, localFallbackRetries, false, varyR, stable, null, 0, subR);
              if (got <= outpos) reject = true; // no leaf under this item
            } else {
              out2![out2Base + outpos] = item;
            }
          }
          if (!reject && !collide && itemtype === 0) reject = ctx.isOut(item);
        }
        if (reject || collide) {
          ftotal++;
          flocal++;
          if (collide && flocal <= localRetries) retryBucket = true;
          else if (localFallbackRetries > 0 && flocal <= inb.size + localFallbackRetries) retryBucket = true;
          else if (ftotal < tries) retryDescent = true;
          else skipRep = true;
        }
      } while (retryBucket);
    } while (retryDescent);
    if (skipRep) continue;
    out[outBase + outpos] = item;
    // The attempt that placed this position (the top-level call writes last, after its leaf search).
    ctx.acceptedAt[outBase + outpos] = ftotal;
    outpos++;
    count--;
  }
  return outpos;
}
