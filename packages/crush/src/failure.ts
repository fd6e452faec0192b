// Failure what-ifs without recomputing every PG: which PGs a set of OSDs going down and out can move,
// and their new up sets. Pure functions over an OsdMap (its reweight and up arrays are changed for the
// duration of a call and restored before it returns).
//
// Why only some PGs move: CRUSH reads an OSD's reweight (is_out) only when a descent reaches that OSD
// as a leaf, and every leaf it accepts ends up in the rule's result. Marking OSDs out only turns
// "accepted" answers for those OSDs into "rejected" ones (the CRUSH weights, and with them every
// straw2 draw, stay as they are). So a PG whose CRUSH result names none of them went through exactly
// the same draws and answers before and after: its raw set is the same. The OSDMap steps after CRUSH
// look at OSD state only for the OSDs of the raw set and the upmap targets. Hence a PG can change only
// if its raw CRUSH set or one of its upmap targets is among the failed OSDs. That holds for firstn and
// indep, every tunable profile and every bucket type; it needs each leaf a choose step accepts to reach
// the result, which fails only for odd rules that feed devices into a further choose step or drop a
// step's output with a second take before emit. For those rules every PG is recomputed.
import { CrushInputError } from './errors.js';
import { ITEM_NONE, OP_CHOOSE_FIRSTN, OP_CHOOSE_INDEP, OP_CHOOSELEAF_FIRSTN, OP_CHOOSELEAF_INDEP, OP_EMIT, OP_SET_CHOOSE_TRIES, OP_TAKE, type CrushMap, type Rule } from './map.js';
import type { OsdMap } from './osdmap.js';
import { pgidText, type Pool } from './pool.js';

/** A pool's healthy placement, with, for every OSD, the PGs whose up set that OSD can change. */
export interface PoolIndex {
  readonly poolId: number;
  readonly pgNum: number;
  /** Room per PG in `up`: the OsdMap's largest set. */
  readonly width: number;
  /** Baseline up sets, PG ps at ps * width, upLen[ps] long; ITEM_NONE marks EC holes. */
  readonly up: Int32Array;
  readonly upLen: Uint8Array;
  readonly primary: Int32Array;
  /** The PGs each OSD touches (raw CRUSH set or upmap target), CSR: osdPgs[osdStart[o] .. osdStart[o + 1]). */
  readonly osdStart: Int32Array;
  readonly osdPgs: Int32Array;
  /** False when the pool's rule is one where the "only touching PGs move" argument does not hold. */
  readonly incremental: boolean;
  /** Baseline raw CRUSH sets (before nonexistent OSDs are dropped and upmaps applied), like `up`. */
  readonly raw: Int32Array;
  readonly rawLen: Uint8Array;
  /** For single-step firstn rules: per raw position, the CRUSH attempt that placed it (else empty). */
  readonly acceptedAt: Uint16Array;
  /**
   * For rules of one firstn step: the set size that step fills (numrep) and, per device, the item of
   * the step's type it is chosen through; CRUSH is then resumed at the first failed position of a PG
   * instead of rerun from the start. Null for other rules.
   */
  readonly resume: { readonly numrep: number; readonly via: Int32Array } | null;
}

/** numrep and the device -> chosen-item map for a rule `[set_*]... take B; chooseleaf_firstn|choose_firstn N T; emit`. */
function resumeInfo(crush: CrushMap, rule: Rule, size: number): PoolIndex['resume'] {
  const s = rule.steps;
  let i = 0;
  while (i < s.length && s[i]! >= OP_SET_CHOOSE_TRIES) i += 3;
  if (s.length !== i + 9 || s[i] !== OP_TAKE || s[i + 6] !== OP_EMIT) return null;
  const op = s[i + 3]!;
  const type = s[i + 5]!;
  if (op !== OP_CHOOSELEAF_FIRSTN && !(op === OP_CHOOSE_FIRSTN && type === 0)) return null;
  let numrep = s[i + 4]!;
  if (numrep <= 0) numrep += size;
  if (numrep <= 0 || numrep > size) return null;
  const take = s[i + 1]!;
  const root = take < 0 ? crush.buckets[-1 - take] : null;
  if (!root) return null;
  const via = new Int32Array(crush.maxDevices).fill(ITEM_NONE);
  let twice = false;
  const walk = (b: NonNullable<typeof root>, at: number): void => {
    for (const item of b.items) {
      if (item >= 0) {
        if (item >= via.length) continue;
        if (via[item] !== ITEM_NONE) twice = true;
        via[item] = type === 0 ? item : at;
      } else {
        const child = crush.buckets[-1 - item];
        if (child) walk(child, child.type === type ? item : at);
      }
    }
  };
  walk(root, root.type === type ? root.id : ITEM_NONE);
  return twice ? null : { numrep, via };
}

/** One PG after a failure: its new up set (null for EC holes) and primary, next to the old ones. */
export interface PgRemap {
  readonly ps: number;
  readonly pgid: string;
  readonly up: readonly (number | null)[];
  readonly primary: number;
  readonly before: readonly (number | null)[];
  readonly beforePrimary: number;
  /** Whether the up set or the primary differ from before. */
  readonly changed: boolean;
}

export interface FailureRemaps {
  /** The OSDs taken down and out. */
  readonly osds: readonly number[];
  /**
   * Every PG that touches one of them, in PG order, with its new up set: all other PGs of the pool keep
   * the up set and primary they have in the index.
   */
  readonly pgs: readonly PgRemap[];
}

function poolOf(map: OsdMap, poolId: number): Pool {
  const pool = map.pools.get(poolId);
  if (!pool) throw new CrushInputError('crush.no-pool', { field: 'pool', pool: poolId });
  return pool;
}

/**
 * Whether every device a choose step accepts reaches the rule's result: each step that yields devices
 * (chooseleaf, or choose of type 0) must be followed by emit, with only set_* steps between.
 */
export function ruleAllowsIncremental(rule: Rule): boolean {
  const s = rule.steps;
  for (let i = 0; i < s.length; i += 3) {
    const op = s[i]!;
    const yieldsDevices = op === OP_CHOOSELEAF_FIRSTN || op === OP_CHOOSELEAF_INDEP || ((op === OP_CHOOSE_FIRSTN || op === OP_CHOOSE_INDEP) && s[i + 2] === 0);
    if (!yieldsDevices) continue;
    let j = i + 3;
    while (j < s.length && s[j]! >= OP_SET_CHOOSE_TRIES) j += 3;
    if (j >= s.length || s[j] !== OP_EMIT) return false;
  }
  return true;
}

/** Builds a pool's index: one CRUSH run and one up-set run per PG. */
export function indexPool(map: OsdMap, poolId: number): PoolIndex {
  const pool = poolOf(map, poolId);
  const n = pool.pgNum;
  const width = map.maxSetSize;
  const up = new Int32Array(n * width).fill(ITEM_NONE);
  const upLen = new Uint8Array(n);
  const raw = new Int32Array(n * width).fill(ITEM_NONE);
  const rawLen = new Uint8Array(n);
  const ruleno0 = map.ruleFor(pool);
  const rule0 = ruleno0 >= 0 ? map.crush.rules[ruleno0] : null;
  const firstnOnly = !!rule0 && ruleAllowsIncremental(rule0) && resumeInfo(map.crush, rule0, pool.size) !== null;
  const acceptedAt = new Uint16Array(firstnOnly ? n * width : 0);
  const primary = new Int32Array(n);
  const out = new Int32Array(width);
  // Pass 1: touched OSDs per PG (deduplicated), counted per OSD.
  const touchStart = new Int32Array(n + 1);
  let touchAll = new Int32Array(n * width);
  let t = 0;
  const count = new Int32Array(map.maxOsd + 1);
  for (let ps = 0; ps < n; ps++) {
    const len = map.upAndTouchingInto(pool, ps, out);
    up.set(out.subarray(0, len), ps * width);
    upLen[ps] = len;
    primary[ps] = map.lastPrimary;
    const touch = map.lastTouch;
    raw.set(touch.subarray(0, map.lastRawLen), ps * width);
    rawLen[ps] = map.lastRawLen;
    if (firstnOnly) for (let i = 0; i < map.lastRawLen; i++) acceptedAt[ps * width + i] = Math.min(0xffff, map.lastAcceptedAt[i]!);
    touchStart[ps] = t;
    for (let i = 0; i < map.lastTouchLen; i++) {
      const o = touch[i]!;
      if (o < 0 || o >= map.maxOsd) continue;
      let seen = false;
      for (let k = touchStart[ps]!; k < t; k++) if (touchAll[k] === o) seen = true;
      if (seen) continue;
      if (t >= touchAll.length) {
        const grown = new Int32Array(touchAll.length * 2 + 16);
        grown.set(touchAll);
        touchAll = grown;
      }
      touchAll[t++] = o;
      count[o]!++;
    }
  }
  touchStart[n] = t;
  const osdStart = new Int32Array(map.maxOsd + 1);
  for (let o = 0; o < map.maxOsd; o++) osdStart[o + 1] = osdStart[o]! + count[o]!;
  const fill = osdStart.slice(0, map.maxOsd);
  const osdPgs = new Int32Array(t);
  for (let ps = 0; ps < n; ps++) for (let k = touchStart[ps]!; k < touchStart[ps + 1]!; k++) osdPgs[fill[touchAll[k]!]!++] = ps;
  const ruleno = map.ruleFor(pool);
  const rule = ruleno >= 0 ? map.crush.rules[ruleno] : null;
  const incremental = !rule || ruleAllowsIncremental(rule);
  const resume = rule && incremental ? resumeInfo(map.crush, rule, pool.size) : null;
  return { poolId, pgNum: n, width, up, upLen, primary, osdStart, osdPgs, incremental, raw, rawLen, acceptedAt, resume };
}

/** The OSDs under a bucket (by name or id), found through the bucket tree; shadow buckets included. */
export function osdsUnder(crush: CrushMap, bucket: string | number): number[] {
  const id = typeof bucket === 'number' ? bucket : crush.bucketIds.get(bucket);
  const root = id !== undefined && id < 0 ? crush.buckets[-1 - id] : null;
  if (!root) throw new CrushInputError('crush.no-bucket-named', { field: 'bucket', bucket: String(bucket) });
  const found = new Set<number>();
  const walk = (b: NonNullable<typeof root>): void => {
    for (const item of b.items) {
      if (item >= 0) found.add(item);
      else {
        const child = crush.buckets[-1 - item];
        if (child) walk(child);
      }
    }
  };
  walk(root);
  return [...found].sort((p, q) => p - q);
}

const asSet = (a: Int32Array, from: number, len: number): (number | null)[] => {
  const s: (number | null)[] = [];
  for (let i = 0; i < len; i++) s.push(a[from + i] === ITEM_NONE ? null : a[from + i]!);
  return s;
};

/**
 * The new up sets after `osds` go down and out (reweight 0, as `ceph osd out` and Ceph's automatic
 * mark-out do), for exactly the PGs of the pool that can move: those whose raw CRUSH set or upmap
 * targets name one of them. Every other PG keeps its up set and primary from `index`. For a rule where
 * that argument does not hold (index.incremental false), every PG is recomputed and returned.
 */
export function failureRemaps(map: OsdMap, poolId: number, osds: readonly number[], index: PoolIndex = indexPool(map, poolId)): FailureRemaps {
  const pool = poolOf(map, poolId);
  if (index.poolId !== poolId) throw new CrushInputError('crush.index-pool', { field: 'index', indexPool: index.poolId, pool: poolId });
  const failed = [...new Set(osds)].filter((o) => o >= 0 && o < map.maxOsd).sort((p, q) => p - q);
  let affected: number[];
  if (index.incremental) {
    // Only the failed OSDs' lists are read (not every PG): a failure costs what it touches.
    const seen = new Set<number>();
    for (const o of failed) for (let k = index.osdStart[o]!; k < index.osdStart[o + 1]!; k++) seen.add(index.osdPgs[k]!);
    affected = [...seen].sort((p, q) => p - q);
  } else {
    affected = Array.from({ length: index.pgNum }, (_, ps) => ps);
  }
  const savedWeight = failed.map((o) => map.weight[o]!);
  const savedUp = failed.map((o) => map.isUp[o]!);
  const out = new Int32Array(map.maxSetSize);
  const pgs: PgRemap[] = [];
  try {
    for (const o of failed) {
      map.weight[o] = 0;
      map.isUp[o] = 0;
    }
    const isFailed = new Uint8Array(map.maxOsd);
    for (const o of failed) isFailed[o] = 1;
    const resume = index.resume;
    const chosen = new Int32Array(index.width);
    for (const ps of affected) {
      let len: number;
      const rawAt = ps * index.width;
      const rawLen = index.rawLen[ps]!;
      if (resume && rawLen === resume.numrep) {
        // Positions before the first failed OSD are what CRUSH chose before: resume there.
        let k = rawLen;
        for (let i = 0; i < rawLen; i++) {
          const o = index.raw[rawAt + i]!;
          if (k === rawLen && o >= 0 && o < map.maxOsd && isFailed[o]) k = i;
          chosen[i] = o >= 0 && o < resume.via.length ? resume.via[o]! : ITEM_NONE;
        }
        // k < rawLen: position k's device failed; k === rawLen: only an upmap target did.
        const fK = k < rawLen && index.acceptedAt.length > 0 ? index.acceptedAt[rawAt + k]! : -1;
        len = map.upIntoFrom(pool, ps, out, k, index.raw, rawAt, chosen, fK, fK >= 0 ? { raw: index.raw, at: rawAt, len: rawLen, acceptedAt: index.acceptedAt } : null);
      } else {
        len = map.upInto(pool, ps, out);
      }
      const primary = map.lastPrimary;
      const at = ps * index.width;
      const oldLen = index.upLen[ps]!;
      let changed = len !== oldLen || primary !== index.primary[ps];
      for (let i = 0; !changed && i < len; i++) changed = out[i] !== index.up[at + i];
      pgs.push({ ps, pgid: pgidText(poolId, ps), up: asSet(out, 0, len), primary, before: asSet(index.up, at, oldLen), beforePrimary: index.primary[ps]!, changed });
    }
  } finally {
    failed.forEach((o, i) => {
      map.weight[o] = savedWeight[i]!;
      map.isUp[o] = savedUp[i]!;
    });
  }
  return { osds: failed, pgs };
}

/** failureRemaps for one CRUSH host (its name or bucket id): every OSD under it goes down and out. */
export function hostFailureRemaps(map: OsdMap, poolId: number, host: string | number, index: PoolIndex = indexPool(map, poolId)): FailureRemaps {
  return failureRemaps(map, poolId, osdsUnder(map.crush, host), index);
}
