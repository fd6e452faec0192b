// The compiled CRUSH map the mapper walks: flat typed arrays per bucket, indexed as Ceph indexes them
// (bucket id -1 is buckets[0], id -2 is buckets[1], ...). Built once from a crush dump by compile.ts.

/** Bucket algorithms, numbered as in Ceph's crush.h. */
export const ALG_UNIFORM = 1;
export const ALG_LIST = 2;
export const ALG_TREE = 3;
export const ALG_STRAW = 4;
export const ALG_STRAW2 = 5;

/** Rule step opcodes, as in Ceph's crush.h. */
export const OP_NOOP = 0;
export const OP_TAKE = 1;
export const OP_CHOOSE_FIRSTN = 2;
export const OP_CHOOSE_INDEP = 3;
export const OP_EMIT = 4;
export const OP_CHOOSELEAF_FIRSTN = 6;
export const OP_CHOOSELEAF_INDEP = 7;
export const OP_SET_CHOOSE_TRIES = 8;
export const OP_SET_CHOOSELEAF_TRIES = 9;
export const OP_SET_CHOOSE_LOCAL_TRIES = 10;
export const OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES = 11;
export const OP_SET_CHOOSELEAF_VARY_R = 12;
export const OP_SET_CHOOSELEAF_STABLE = 13;

/** A hole in an indep (EC) result: no OSD for this position. */
export const ITEM_NONE = 0x7fffffff;
/** Not yet chosen, inside crush_choose_indep only. */
export const ITEM_UNDEF = 0x7ffffffe;

export interface Bucket {
  readonly id: number;
  readonly name: string;
  readonly alg: number;
  readonly type: number;
  readonly size: number;
  readonly items: Int32Array;
  /** Item weights, 16.16 (straw2, list). */
  readonly weights: Float64Array;
  /** Running sums of the item weights (list buckets). */
  readonly sumWeights: Float64Array;
  /** Node weights of the implicit binary tree (tree buckets), num_nodes long. */
  readonly nodeWeights: Float64Array;
  readonly numNodes: number;
  /** Straw lengths, 16.16 (legacy straw buckets). */
  readonly straws: Float64Array;
  /** Permutation work area of bucket_perm_choose (Ceph's crush_work_bucket), reset per crush_do_rule. */
  readonly perm: Int32Array;
  permX: number;
  permN: number;
  permEpoch: number;
}

export interface Rule {
  readonly id: number;
  readonly name: string;
  readonly ruleset: number;
  /** 1 replicated, 3 erasure (the pool types). */
  readonly type: number;
  readonly minSize: number;
  readonly maxSize: number;
  /** Steps as (op, arg1, arg2) triples. */
  readonly steps: Int32Array;
}

export interface Tunables {
  readonly chooseLocalTries: number;
  readonly chooseLocalFallbackTries: number;
  readonly chooseTotalTries: number;
  readonly chooseleafDescendOnce: number;
  readonly chooseleafVaryR: number;
  readonly chooseleafStable: number;
}

/** One bucket's choose_args: weights per position (16.16) and replacement ids for the hash. */
export interface ChooseArg {
  readonly weightSet: readonly Float64Array[] | null;
  readonly ids: Int32Array | null;
}

/** A choose_args set, indexed like buckets (-1-id); null where the bucket has none. */
export type ChooseArgMap = readonly (ChooseArg | null)[];

export interface CrushMap {
  readonly buckets: readonly (Bucket | null)[];
  readonly maxBuckets: number;
  readonly maxDevices: number;
  readonly rules: readonly (Rule | null)[];
  readonly tunables: Tunables;
  /** choose_args sets by index (a pool id, or -1 for the default set). */
  readonly chooseArgs: ReadonlyMap<number, ChooseArgMap>;
  readonly typeIds: ReadonlyMap<string, number>;
  readonly bucketIds: ReadonlyMap<string, number>;
  readonly deviceClasses: ReadonlyMap<number, string>;
  /** What Capa had to assume about this map (legacy straw lengths); empty for current maps. */
  readonly warnings: readonly CrushAssumption[];
}

/**
 * One assumption, as data: the adapters word it from `code` and `params` in the user's language
 * (`capa placement`, the importer's warnings); `message` is the English text for API users.
 */
export interface CrushAssumption {
  readonly code: 'crush.legacy-straw';
  readonly params: { readonly bucket: string; readonly strawCalcVersion: number };
  readonly message: string;
}

/** The choose_args Ceph's CrushWrapper::do_rule uses for a pool: its own set, else the default (-1). */
export function chooseArgsFor(map: CrushMap, index: number): ChooseArgMap | null {
  return map.chooseArgs.get(index) ?? map.chooseArgs.get(-1) ?? null;
}
