// Builds the mapper's CrushMap from a validated crush dump: bucket arrays, list sums and tree node
// weights as Ceph's builder.c derives them, rule steps as opcodes, choose_args as 16.16 integers.
import { CrushInputError, CrushUnsupportedError } from './errors.js';
import type { CrushDump } from './crush-dump.js';
import { calcStraws } from './straw.js';
import {
  ALG_LIST,
  ALG_STRAW,
  ALG_STRAW2,
  ALG_TREE,
  ALG_UNIFORM,
  OP_CHOOSE_FIRSTN,
  OP_CHOOSE_INDEP,
  OP_CHOOSELEAF_FIRSTN,
  OP_CHOOSELEAF_INDEP,
  OP_EMIT,
  OP_NOOP,
  OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES,
  OP_SET_CHOOSE_LOCAL_TRIES,
  OP_SET_CHOOSE_TRIES,
  OP_SET_CHOOSELEAF_STABLE,
  OP_SET_CHOOSELEAF_TRIES,
  OP_SET_CHOOSELEAF_VARY_R,
  OP_TAKE,
  type Bucket,
  type ChooseArg,
  type CrushAssumption,
  type CrushMap,
  type Rule,
} from './map.js';

const ALGS: Record<string, number> = { uniform: ALG_UNIFORM, list: ALG_LIST, tree: ALG_TREE, straw: ALG_STRAW, straw2: ALG_STRAW2 };

const NAMED_OPS: Record<string, number> = {
  noop: OP_NOOP,
  take: OP_TAKE,
  emit: OP_EMIT,
  choose_firstn: OP_CHOOSE_FIRSTN,
  choose_indep: OP_CHOOSE_INDEP,
  chooseleaf_firstn: OP_CHOOSELEAF_FIRSTN,
  chooseleaf_indep: OP_CHOOSELEAF_INDEP,
  set_choose_tries: OP_SET_CHOOSE_TRIES,
  set_chooseleaf_tries: OP_SET_CHOOSELEAF_TRIES,
  set_choose_local_tries: OP_SET_CHOOSE_LOCAL_TRIES,
  set_choose_local_fallback_tries: OP_SET_CHOOSE_LOCAL_FALLBACK_TRIES,
  set_chooseleaf_vary_r: OP_SET_CHOOSELEAF_VARY_R,
  set_chooseleaf_stable: OP_SET_CHOOSELEAF_STABLE,
};

/** Weights in dumps of choose_args are floats w / 65536 (exact binary fractions): back to 16.16. */
const fixed16 = (w: number): number => Math.round(w * 0x10000);

/** Ceph's calc_depth and crush_calc_tree_node / parent for the implicit binary tree of tree buckets. */
function treeDepth(size: number): number {
  let depth = 1;
  for (let t = size - 1; t; t >>= 1) depth++;
  return depth;
}
const treeNode = (i: number): number => ((i + 1) << 1) - 1;
function treeParent(n: number): number {
  let h = 0;
  while ((n & (1 << h)) === 0) h++;
  return n & (1 << (h + 1)) ? n - (1 << h) : n + (1 << h);
}

function compileBucket(b: CrushDump['buckets'][number], at: string, strawCalcVersion: number): Bucket {
  const alg = ALGS[b.alg];
  if (alg === undefined) throw new CrushUnsupportedError('crush.unknown-alg', { field: `${at}.alg`, bucket: b.name, alg: b.alg });
  if (b.hash !== 'rjenkins1') throw new CrushUnsupportedError('crush.unknown-hash', { field: `${at}.hash`, bucket: b.name, hash: b.hash });
  const sorted = [...b.items].sort((p, q) => (p.pos ?? 0) - (q.pos ?? 0));
  const size = sorted.length;
  const items = new Int32Array(size);
  const weights = new Float64Array(size);
  const sumWeights = new Float64Array(alg === ALG_LIST ? size : 0);
  let sum = 0;
  for (let i = 0; i < size; i++) {
    const it = sorted[i]!;
    items[i] = it.id;
    weights[i] = it.weight;
    sum += it.weight;
    if (alg === ALG_LIST) sumWeights[i] = sum;
  }
  let numNodes = 0;
  let nodeWeights = new Float64Array(0);
  if (alg === ALG_TREE && size > 0) {
    const depth = treeDepth(size);
    numNodes = 1 << depth;
    nodeWeights = new Float64Array(numNodes);
    for (let i = 0; i < size; i++) {
      let node = treeNode(i);
      nodeWeights[node] = weights[i]!;
      for (let j = 1; j < depth; j++) {
        node = treeParent(node);
        nodeWeights[node] = nodeWeights[node]! + weights[i]!;
      }
    }
  }
  const straws = alg === ALG_STRAW ? calcStraws(weights, strawCalcVersion) : new Float64Array(0);
  return { id: b.id, name: b.name, alg, type: b.type_id, size, items, weights, sumWeights, nodeWeights, numNodes, straws, perm: new Int32Array(size), permX: 0, permN: 0, permEpoch: -1 };
}

function compileRule(r: CrushDump['rules'][number], at: string, typeIds: ReadonlyMap<string, number>): Rule {
  const steps = new Int32Array(r.steps.length * 3);
  r.steps.forEach((s, i) => {
    const where = `${at}.steps[${i}]`;
    let op: number;
    let arg1 = 0;
    let arg2 = 0;
    if (s.op !== undefined) {
      const known = NAMED_OPS[s.op];
      if (known === undefined) throw new CrushUnsupportedError('crush.unknown-step', { field: `${where}.op`, rule: r.rule_name ?? r.rule_id, op: s.op });
      op = known;
      if (op === OP_TAKE) {
        if (s.item === undefined) throw new CrushInputError('crush.take-needs-item', { field: `${where}.item` });
        arg1 = s.item;
      } else if (op !== OP_EMIT && op !== OP_NOOP) {
        if (s.num === undefined) throw new CrushInputError('crush.step-needs-num', { field: `${where}.num`, op: s.op });
        arg1 = s.num;
        if (op === OP_CHOOSE_FIRSTN || op === OP_CHOOSE_INDEP || op === OP_CHOOSELEAF_FIRSTN || op === OP_CHOOSELEAF_INDEP) {
          const t = s.type === undefined ? undefined : typeIds.get(s.type);
          if (t === undefined) throw new CrushInputError('crush.unknown-bucket-type', { field: `${where}.type`, type: s.type ?? '' });
          arg2 = t;
        }
      }
    } else if (s.opcode !== undefined) {
      op = s.opcode;
      arg1 = s.arg1 ?? 0;
      arg2 = s.arg2 ?? 0;
      if (op < OP_NOOP || op > OP_SET_CHOOSELEAF_STABLE || op === 5) {
        throw new CrushUnsupportedError('crush.unknown-opcode', { field: `${where}.opcode`, rule: r.rule_name ?? r.rule_id, opcode: op });
      }
    } else {
      throw new CrushInputError('crush.step-needs-op', { field: where });
    }
    steps[i * 3] = op;
    steps[i * 3 + 1] = arg1;
    steps[i * 3 + 2] = arg2;
  });
  return {
    id: r.rule_id,
    name: r.rule_name ?? `rule ${r.rule_id}`,
    ruleset: r.ruleset ?? r.rule_id,
    type: r.type,
    minSize: r.min_size ?? 1,
    maxSize: r.max_size ?? 0x7fffffff,
    steps,
  };
}

/** Compiles a validated crush dump into the mapper's map. Throws typed errors for what it cannot place. */
export function compileCrushMap(dump: CrushDump): CrushMap {
  const typeIds = new Map(dump.types.map((t) => [t.name, t.type_id] as const));
  let maxDevices = 0;
  const deviceClasses = new Map<number, string>();
  for (const d of dump.devices) {
    maxDevices = Math.max(maxDevices, d.id + 1);
    if (d.class !== undefined) deviceClasses.set(d.id, d.class);
  }
  let maxBuckets = 0;
  for (const b of dump.buckets) maxBuckets = Math.max(maxBuckets, -1 - b.id + 1);
  const buckets: (Bucket | null)[] = new Array<Bucket | null>(maxBuckets).fill(null);
  const bucketIds = new Map<string, number>();
  const warnings: CrushAssumption[] = [];
  dump.buckets.forEach((b, i) => {
    const at = `crush dump.buckets[${i}]`;
    if (buckets[-1 - b.id]) throw new CrushInputError('crush.bucket-id-twice', { field: `${at}.id`, id: b.id });
    for (const it of b.items) if (it.id >= 0) maxDevices = Math.max(maxDevices, it.id + 1);
    const strawCalcVersion = dump.tunables.straw_calc_version ?? 1;
    buckets[-1 - b.id] = compileBucket(b, at, strawCalcVersion);
    if (b.alg === 'straw') {
      warnings.push({
        code: 'crush.legacy-straw',
        params: { bucket: b.name, strawCalcVersion },
        message: `bucket ${b.name} is a legacy straw bucket: its straw lengths are not in the dump, so Capa recomputes them with straw_calc_version ${strawCalcVersion}; Ceph keeps the lengths from the bucket's last change, which may have used another version (convert with "ceph osd crush set-all-straw-buckets-to-straw2")`,
      });
    }
    bucketIds.set(b.name, b.id);
  });
  // Every bucket an item names must exist: Ceph would dereference a null bucket there.
  dump.buckets.forEach((b, i) => {
    b.items.forEach((it, j) => {
      if (it.id < 0 && !buckets[-1 - it.id]) throw new CrushInputError('crush.missing-bucket', { field: `crush dump.buckets[${i}].items[${j}].id`, bucket: b.name, id: it.id });
    });
  });
  const maxRules = dump.rules.reduce((m, r) => Math.max(m, r.rule_id + 1), 0);
  const rules: (Rule | null)[] = new Array<Rule | null>(maxRules).fill(null);
  dump.rules.forEach((r, i) => {
    rules[r.rule_id] = compileRule(r, `crush dump.rules[${i}]`, typeIds);
  });
  const chooseArgs = new Map<number, (ChooseArg | null)[]>();
  for (const [key, args] of Object.entries(dump.choose_args ?? {})) {
    const index = Number(key);
    if (!Number.isInteger(index)) throw new CrushInputError('crush.choose-args-key', { field: `crush dump.choose_args.${key}` });
    const set: (ChooseArg | null)[] = new Array<ChooseArg | null>(maxBuckets).fill(null);
    args.forEach((a, i) => {
      const at = `crush dump.choose_args.${key}[${i}]`;
      const b = buckets[-1 - a.bucket_id];
      if (!b) throw new CrushInputError('crush.choose-args-no-bucket', { field: `${at}.bucket_id`, id: a.bucket_id });
      const weightSet = a.weight_set?.map((pos, p) => {
        if (pos.length !== b.size) throw new CrushInputError('crush.choose-args-size', { field: `${at}.weight_set[${p}]`, bucket: b.name, size: b.size, count: pos.length });
        return Float64Array.from(pos, fixed16);
      });
      if (a.ids && a.ids.length !== b.size) throw new CrushInputError('crush.choose-args-size', { field: `${at}.ids`, bucket: b.name, size: b.size, count: a.ids.length });
      set[-1 - a.bucket_id] = { weightSet: weightSet && weightSet.length > 0 ? weightSet : null, ids: a.ids ? Int32Array.from(a.ids) : null };
    });
    chooseArgs.set(index, set);
  }
  const t = dump.tunables;
  return {
    buckets,
    maxBuckets,
    maxDevices,
    rules,
    chooseArgs,
    typeIds,
    bucketIds,
    deviceClasses,
    warnings,
    tunables: {
      chooseLocalTries: t.choose_local_tries,
      chooseLocalFallbackTries: t.choose_local_fallback_tries,
      chooseTotalTries: t.choose_total_tries,
      chooseleafDescendOnce: t.chooseleaf_descend_once,
      chooseleafVaryR: t.chooseleaf_vary_r,
      chooseleafStable: t.chooseleaf_stable ?? 0,
    },
  };
}
