// crush_do_rule of Ceph's src/crush/mapper.c, followed line by line (Pacific 16.2), and doRuleFrom, its
// resumption at a position for failure what-ifs. The choose steps are in choose-firstn.ts and
// choose-indep.ts, the bucket methods in buckets.ts; the scratch vectors live on the ChooseContext this
// class extends and are reused, so a mapping allocates nothing.
import { ChooseContext } from './choose-context.js';
import { chooseFirstn } from './choose-firstn.js';
import { chooseIndep } from './choose-indep.js';
import {
  OP_CHOOSE_FIRSTN,
  OP_CHOOSE_INDEP,
  OP_CHOOSELEAF_FIRSTN,
  OP_CHOOSELEAF_INDEP,
  OP_EMIT,
  OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES,
  OP_SET_CHOOSE_LOCAL_TRIES,
  OP_SET_CHOOSE_TRIES,
  OP_SET_CHOOSELEAF_STABLE,
  OP_SET_CHOOSELEAF_TRIES,
  OP_SET_CHOOSELEAF_VARY_R,
  OP_TAKE,
  type ChooseArgMap,
} from './map.js';

export class CrushMapper extends ChooseContext {
  /**
   * crush_do_rule: runs rule `ruleno` for input x, writing up to resultMax items into result. weight is
   * the devices' reweight (16.16, 0x10000 = in), weightMax its length; args the choose_args set or null.
   * Returns the number of items written (indep rules keep ITEM_NONE holes).
   */
  doRule(ruleno: number, x: number, result: Int32Array, resultMax: number, weight: ArrayLike<number>, weightMax: number, args: ChooseArgMap | null): number {
    const map = this.map;
    const rule = ruleno >= 0 ? map.rules[ruleno] : undefined;
    if (!rule) return 0;
    if (this.a.length < resultMax) {
      this.a = new Int32Array(resultMax);
      this.b = new Int32Array(resultMax);
      this.c = new Int32Array(resultMax);
      this.acceptedAt = new Int32Array(resultMax);
    }
    this.x = x | 0;
    this.weight = weight;
    this.weightMax = weightMax;
    this.args = args;
    this.epoch++;
    const c = this.c;
    let w = this.a;
    let o = this.b;
    let wsize = 0;
    let resultLen = 0;
    const t = map.tunables;
    // The original choose_total_tries counted retries, not tries: Ceph adds one.
    let chooseTries = t.chooseTotalTries + 1;
    let chooseLeafTries = 0;
    let localRetries = t.chooseLocalTries;
    let localFallbackRetries = t.chooseLocalFallbackTries;
    let varyR = t.chooseleafVaryR;
    let stable = t.chooseleafStable;
    const steps = rule.steps;
    for (let s = 0; s < steps.length; s += 3) {
      const op = steps[s]!;
      const arg1 = steps[s + 1]!;
      const arg2 = steps[s + 2]!;
      switch (op) {
        case OP_TAKE:
          if ((arg1 >= 0 && arg1 < map.maxDevices) || (-1 - arg1 >= 0 && -1 - arg1 < map.maxBuckets && map.buckets[-1 - arg1])) {
            w[0] = arg1;
            wsize = 1;
          }
          break;
        case OP_SET_CHOOSE_TRIES:
          if (arg1 > 0) chooseTries = arg1;
          break;
        case OP_SET_CHOOSELEAF_TRIES:
          if (arg1 > 0) chooseLeafTries = arg1;
          break;
        case OP_SET_CHOOSE_LOCAL_TRIES:
          if (arg1 >= 0) localRetries = arg1;
          break;
        case OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES:
          if (arg1 >= 0) localFallbackRetries = arg1;
          break;
        case OP_SET_CHOOSELEAF_VARY_R:
          if (arg1 >= 0) varyR = arg1;
          break;
        case OP_SET_CHOOSELEAF_STABLE:
          if (arg1 >= 0) stable = arg1;
          break;
        case OP_CHOOSELEAF_FIRSTN:
        case OP_CHOOSE_FIRSTN:
        case OP_CHOOSELEAF_INDEP:
        case OP_CHOOSE_INDEP: {
          if (wsize === 0) break;
          const firstn = op === OP_CHOOSELEAF_FIRSTN || op === OP_CHOOSE_FIRSTN;
          const recurseToLeaf = op === OP_CHOOSELEAF_FIRSTN || op === OP_CHOOSELEAF_INDEP;
          let osize = 0;
          for (let i = 0; i < wsize; i++) {
            let numrep = arg1;
            if (numrep <= 0) {
              numrep += resultMax;
              if (numrep <= 0) continue;
            }
            const bno = -1 - w[i]!;
            const bucket = bno >= 0 && bno < map.maxBuckets ? map.buckets[bno] : null;
            if (!bucket) continue; // w[i] is probably ITEM_NONE
            if (firstn) {
              const recurseTries = chooseLeafTries ? chooseLeafTries : t.chooseleafDescendOnce ? 1 : chooseTries;
              osize += chooseFirstn(
                this,
                bucket,
                numrep,
                arg2,
                o,
                osize,
                0,
                resultMax - osize,
                chooseTries,
                recurseTries,
                localRetries,
                localFallbackRetries,
                recurseToLeaf,
                varyR,
                stable,
                c,
                osize,
                0,
              );
            } else {
              const outSize = numrep < resultMax - osize ? numrep : resultMax - osize;
              chooseIndep(this, bucket, outSize, numrep, arg2, o, osize, 0, chooseTries, chooseLeafTries ? chooseLeafTries : 1, recurseToLeaf, c, osize, 0);
              osize += outSize;
            }
          }
          // chooseleaf: the leaves, not the chosen buckets, are the step's output.
          if (recurseToLeaf) for (let i = 0; i < osize; i++) o[i] = c[i]!;
          const tmp = o;
          o = w;
          w = tmp;
          wsize = osize;
          break;
        }
        case OP_EMIT:
          for (let i = 0; i < wsize && resultLen < resultMax; i++) result[resultLen++] = w[i]!;
          wsize = 0;
          break;
        default: // noop and unknown opcodes do nothing, as in Ceph
      }
    }
    return resultLen;
  }

  /**
   * crush_do_rule for a rule of the form `[set_*]... take B; choose_firstn|chooseleaf_firstn N T; emit`,
   * resumed at position k: result[0..k) holds the first k devices of an earlier run and chosen[0..k)
   * the items of type T they were chosen through (the devices themselves when T is 0). Reps 0..k-1 are
   * not redone. This gives crush_do_rule's answer when that earlier run filled every position (so rep i
   * made position i) and nothing reps 0..k-1 looked at has changed since: what a failure of OSDs none
   * of which is among result[0..k) guarantees (see failure.ts). fK, when given, is the attempt at which
   * the earlier run placed position k (acceptedAt), whose device is now out: see below. Returns the
   * result length, or -1 when the rule does not have that form.
   */
  doRuleFrom(
    ruleno: number,
    x: number,
    result: Int32Array,
    resultMax: number,
    weight: ArrayLike<number>,
    weightMax: number,
    args: ChooseArgMap | null,
    k: number,
    chosen: Int32Array,
    fK = -1,
    earlier: { readonly raw: Int32Array; readonly at: number; readonly len: number; readonly acceptedAt: Uint16Array } | null = null,
  ): number {
    const map = this.map;
    const rule = ruleno >= 0 ? map.rules[ruleno] : undefined;
    if (!rule) return -1;
    if (this.a.length < resultMax) {
      this.a = new Int32Array(resultMax);
      this.b = new Int32Array(resultMax);
      this.c = new Int32Array(resultMax);
      this.acceptedAt = new Int32Array(resultMax);
    }
    const t = map.tunables;
    let chooseTries = t.chooseTotalTries + 1;
    let chooseLeafTries = 0;
    let localRetries = t.chooseLocalTries;
    let localFallbackRetries = t.chooseLocalFallbackTries;
    let varyR = t.chooseleafVaryR;
    let stable = t.chooseleafStable;
    const steps = rule.steps;
    let s = 0;
    for (; s < steps.length; s += 3) {
      const op = steps[s]!;
      const arg1 = steps[s + 1]!;
      if (op === OP_SET_CHOOSE_TRIES) {
        if (arg1 > 0) chooseTries = arg1;
      } else if (op === OP_SET_CHOOSELEAF_TRIES) {
        if (arg1 > 0) chooseLeafTries = arg1;
      } else if (op === OP_SET_CHOOSE_LOCAL_TRIES) {
        if (arg1 >= 0) localRetries = arg1;
      } else if (op === OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES) {
        if (arg1 >= 0) localFallbackRetries = arg1;
      } else if (op === OP_SET_CHOOSELEAF_VARY_R) {
        if (arg1 >= 0) varyR = arg1;
      } else if (op === OP_SET_CHOOSELEAF_STABLE) {
        if (arg1 >= 0) stable = arg1;
      } else break;
    }
    if (steps.length !== s + 9 || steps[s] !== OP_TAKE || steps[s + 6] !== OP_EMIT) return -1;
    const op = steps[s + 3]!;
    if (op !== OP_CHOOSE_FIRSTN && op !== OP_CHOOSELEAF_FIRSTN) return -1;
    const takeId = steps[s + 1]!;
    const bucket = takeId < 0 && -1 - takeId < map.maxBuckets ? map.buckets[-1 - takeId] : null;
    if (!bucket) return -1;
    let numrep = steps[s + 4]!;
    if (numrep <= 0) numrep += resultMax;
    if (numrep <= 0) return 0;
    this.x = x | 0;
    this.weight = weight;
    this.weightMax = weightMax;
    this.args = args;
    this.epoch++;
    const recurseToLeaf = op === OP_CHOOSELEAF_FIRSTN;
    const o = this.b;
    const c = this.c;
    for (let i = 0; i < k; i++) {
      o[i] = recurseToLeaf ? chosen[i]! : result[i]!;
      c[i] = result[i]!;
    }
    const recurseTries = chooseLeafTries ? chooseLeafTries : t.chooseleafDescendOnce ? 1 : chooseTries;
    // Position k was placed at attempt fK and its device is now out. When that attempt must fail the
    // same way (no local retries, one leaf try), and attempts before it failed already, rep k can start
    // at attempt fK + 1, as a fresh descent, exactly as crush_choose_firstn would reach it.
    let firstF = 0;
    if (fK >= 0 && localRetries === 0 && localFallbackRetries === 0 && (!recurseToLeaf || recurseTries === 1) && fK + 1 < chooseTries) firstF = fK + 1;
    // With chooseleaf_stable, rep j's attempt f used r = j + f, and a top-level attempt's host and leaf
    // depend only on x, r and CRUSH weights (no choose_args: their weight sets depend on the position).
    // Later reps retrying with an r an earlier rep used (firstn's shift) then need no draws.
    this.memoN = 0;
    if (firstF > 0 && earlier && recurseToLeaf && stable === 1 && args === null && earlier.len <= 16) {
      for (let j = 0; j < earlier.len; j++) {
        this.memoR[j] = j + earlier.acceptedAt[earlier.at + j]!;
        this.memoItem[j] = chosen[j]!;
        this.memoLeaf[j] = earlier.raw[earlier.at + j]!;
      }
      this.memoN = earlier.len;
    }
    let osize: number;
    try {
      osize = chooseFirstn(
        this,
        bucket,
        numrep,
        steps[s + 5]!,
        o,
        0,
        k,
        resultMax - k,
        chooseTries,
        recurseTries,
        localRetries,
        localFallbackRetries,
        recurseToLeaf,
        varyR,
        stable,
        c,
        0,
        0,
        k,
        firstF,
      );
    } finally {
      this.memoN = 0;
    }
    const w = recurseToLeaf ? c : o;
    let len = 0;
    for (let i = 0; i < osize && len < resultMax; i++) result[len++] = w[i]!;
    return len;
  }
}
