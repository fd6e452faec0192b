// The state crush_choose_firstn / crush_choose_indep read on every draw. Ceph passes it down each call;
// here it lives on one object (CrushMapper extends this class) that the choose functions of
// choose-firstn.ts and choose-indep.ts take as their first argument, so they can sit in their own files
// without adding a lookup or an allocation to the inner loops. Internal: index.ts does not export it.
import { hash32_2 } from './hash.js';
import { bucketChoose } from './buckets.js';
import type { Bucket, ChooseArgMap, CrushMap } from './map.js';

export class ChooseContext {
  // Per-call context, set by doRule (Ceph passes these down every call).
  x = 0;
  weight: ArrayLike<number> = [];
  weightMax = 0;
  args: ChooseArgMap | null = null;
  /** Stands for crush_init_workspace: bumping it resets every bucket's permutation. */
  epoch = 0;
  // crush_do_rule's three scratch vectors (w, o and the chooseleaf leaves), grown to result_max.
  a = new Int32Array(16);
  b = new Int32Array(16);
  c = new Int32Array(16);
  /** firstn: for each position of the last run, the attempt (ftotal) that placed it. */
  acceptedAt = new Int32Array(16);
  // doRuleFrom's memo of an earlier run's accepted attempts: r -> (item of the step's type, leaf).
  memoN = 0;
  memoR = new Int32Array(16);
  memoItem = new Int32Array(16);
  memoLeaf = new Int32Array(16);

  constructor(readonly map: CrushMap) {}

  /** is_out: reweight 0x10000 is fully in, 0 fully out; in between, a hash draw decides per input. */
  isOut(item: number): boolean {
    if (item >= this.weightMax) return true;
    const w = this.weight[item]!;
    if (w >= 0x10000) return false;
    if (w === 0) return true;
    return (hash32_2(this.x, item) & 0xffff) >= w;
  }

  choose(b: Bucket, r: number, position: number): number {
    return bucketChoose(b, this.x, r, this.args ? (this.args[-1 - b.id] ?? null) : null, position, this.epoch);
  }
}
