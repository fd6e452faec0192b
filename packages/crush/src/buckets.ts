// The bucket choose methods of Ceph's src/crush/mapper.c: given the input x and the replica rank r,
// each picks one item of the bucket. Straw2 is what every current map uses; uniform, list and tree
// come from older maps; legacy straw is in straw.ts.
import { hash32_3, hash32_4 } from './hash.js';
import { LN_DRAW } from './ln.js';
import { ALG_LIST, ALG_STRAW, ALG_STRAW2, ALG_TREE, ALG_UNIFORM, type Bucket, type ChooseArg } from './map.js';
import { strawChoose } from './straw.js';

/**
 * bucket_perm_choose: a pseudo-random permutation of the bucket, built lazily up to rank r. The work
 * area is per crush_do_rule call in Ceph (crush_init_workspace); `epoch` stands for that reset.
 */
export function permChoose(b: Bucket, x: number, r: number, epoch: number): number {
  const size = b.size;
  const perm = b.perm;
  const pr = (r >>> 0) % size;
  if (b.permEpoch !== epoch) {
    b.permEpoch = epoch;
    b.permX = 0;
    b.permN = 0;
  }
  if (b.permX !== x >>> 0 || b.permN === 0) {
    b.permX = x >>> 0;
    // The common r = 0 case draws one slot without building the permutation.
    if (pr === 0) {
      const s = hash32_3(x, b.id, 0) % size;
      perm[0] = s;
      b.permN = 0xffff;
      return b.items[s]!;
    }
    for (let i = 0; i < size; i++) perm[i] = i;
    b.permN = 0;
  } else if (b.permN === 0xffff) {
    // Clean up after the r = 0 shortcut: make perm a real permutation with perm[0] in place.
    for (let i = 1; i < size; i++) perm[i] = i;
    perm[perm[0]!] = 0;
    b.permN = 1;
  }
  while (b.permN <= pr) {
    const p = b.permN;
    if (p < size - 1) {
      const i = hash32_3(x, b.id, p) % (size - p);
      if (i) {
        const t = perm[p + i]!;
        perm[p + i] = perm[p]!;
        perm[p] = t;
      }
    }
    b.permN++;
  }
  return b.items[perm[pr]!]!;
}

/** bucket_list_choose: walk from the tail, keep an item with probability weight / running sum. */
function listChoose(b: Bucket, x: number, r: number): number {
  for (let i = b.size - 1; i >= 0; i--) {
    // (hash & 0xffff) * sum < 2^48: exact.
    const w = Math.floor(((hash32_4(x, b.items[i]!, r, b.id) & 0xffff) * b.sumWeights[i]!) / 0x10000);
    if (w < b.weights[i]!) return b.items[i]!;
  }
  return b.items[0]!;
}

/** bucket_tree_choose: descend the implicit binary tree, left or right by weight. */
function treeChoose(b: Bucket, x: number, r: number): number {
  const nw = b.nodeWeights;
  let n = b.numNodes >> 1;
  while ((n & 1) === 0) {
    const w = nw[n]!;
    // t = (hash * w) >> 32 with both factors 32-bit: split the hash at bit 16 to stay below 2^53.
    const h = hash32_4(x, n, r, b.id);
    const hHi = h >>> 16;
    const hLo = h & 0xffff;
    const t = Math.floor((hHi * w + Math.floor((hLo * w) / 0x10000)) / 0x10000);
    let height = 0;
    while ((n & (1 << height)) === 0) height++;
    const l = n - (1 << (height - 1));
    n = t < nw[l]! ? l : n + (1 << (height - 1));
  }
  return b.items[n >> 1]!;
}

/**
 * bucket_straw2_choose: each item draws ln(u)/weight; the highest draw wins. choose_args may replace
 * the weights (per output position) and the ids fed to the hash.
 */
function straw2Choose(b: Bucket, x: number, r: number, arg: ChooseArg | null, position: number): number {
  let weights = b.weights;
  let ids = b.items;
  if (arg) {
    const ws = arg.weightSet;
    if (ws) weights = ws[position >= ws.length ? ws.length - 1 : position]!;
    if (arg.ids) ids = arg.ids;
  }
  let high = 0;
  let highDraw = 0;
  for (let i = 0; i < b.size; i++) {
    const w = weights[i]!;
    let draw: number;
    if (w) {
      // Truncating division of an exact integer below 2^49 by w < 2^32: exact (see ln.ts).
      draw = Math.trunc(LN_DRAW[hash32_3(x, ids[i]!, r) & 0xffff]! / w);
    } else {
      draw = -Infinity;
    }
    if (i === 0 || draw > highDraw) {
      high = i;
      highDraw = draw;
    }
  }
  return b.items[high]!;
}

/** crush_bucket_choose: dispatch on the bucket algorithm. */
export function bucketChoose(b: Bucket, x: number, r: number, arg: ChooseArg | null, position: number, epoch: number): number {
  switch (b.alg) {
    case ALG_STRAW2:
      return straw2Choose(b, x, r, arg, position);
    case ALG_UNIFORM:
      return permChoose(b, x, r, epoch);
    case ALG_LIST:
      return listChoose(b, x, r);
    case ALG_TREE:
      return treeChoose(b, x, r);
    case ALG_STRAW:
      return strawChoose(b, x, r);
    default:
      return b.items[0]!;
  }
}
