// The OSDMap placement steps of Ceph's src/osd/OSDMap.cc: raw CRUSH set, nonexistent OSDs removed,
// pg_upmap / pg_upmap_items (upmap.ts), the up set (down OSDs dropped, EC holes kept) and the primary
// with primary affinity (primary-affinity.ts). Built from a crush dump and an osd dump.
import { CrushInputError } from './errors.js';
import { chooseArgsFor, ITEM_NONE, type ChooseArgMap, type CrushMap } from './map.js';
import { CrushMapper } from './mapper.js';
import type { OsdDump } from './osd-dump.js';
import { canShiftOsds, pgidText, pgMask, rawPgToPps, stableMod, type Pool } from './pool.js';
import { applyPrimaryAffinity, MAX_AFFINITY } from './primary-affinity.js';
import { applyUpmap, loadUpmaps, upmapKey } from './upmap.js';

export interface PgMapping {
  /** Ceph's PG id, e.g. "1.1f". */
  readonly pgid: string;
  /** The up set; null marks an EC hole (Ceph's CRUSH_ITEM_NONE). */
  readonly up: readonly (number | null)[];
  /** The up primary, -1 when the set is empty. */
  readonly primary: number;
}

export class OsdMap {
  readonly maxOsd: number;
  readonly pools: ReadonlyMap<number, Pool>;
  /** Per OSD id: exists, up, reweight (16.16), primary affinity (16.16). Mutable for what-ifs. */
  readonly exists: Uint8Array;
  readonly isUp: Uint8Array;
  readonly weight: Uint32Array;
  readonly affinity: Uint32Array;
  private readonly upmap = new Map<number, Int32Array>();
  private readonly upmapItems = new Map<number, Int32Array>();
  private readonly mapper: CrushMapper;
  private readonly ruleOf = new Map<number, number>();
  private readonly argsOf = new Map<number, ChooseArgMap | null>();
  private raw = new Int32Array(16);
  private tmp = new Int32Array(16);
  /** The primary of the last upInto call. */
  lastPrimary = -1;

  constructor(
    readonly crush: CrushMap,
    dump: OsdDump,
  ) {
    this.maxOsd = dump.max_osd;
    this.exists = new Uint8Array(this.maxOsd);
    this.isUp = new Uint8Array(this.maxOsd);
    this.weight = new Uint32Array(this.maxOsd);
    this.affinity = new Uint32Array(this.maxOsd).fill(MAX_AFFINITY);
    dump.osds.forEach((o, i) => {
      if (o.osd >= this.maxOsd) throw new CrushInputError('crush.osd-above-max', { field: `osd dump.osds[${i}].osd`, osd: o.osd, max: this.maxOsd });
      this.exists[o.osd] = 1;
      this.isUp[o.osd] = o.up;
      // The dump prints w / 65536 with enough digits to round-trip.
      this.weight[o.osd] = Math.round(o.weight * 0x10000);
      if (o.primary_affinity !== undefined) this.affinity[o.osd] = Math.round(o.primary_affinity * MAX_AFFINITY);
    });
    const pools = new Map<number, Pool>();
    dump.pools.forEach((p, i) => {
      const pgpNum = p.pg_placement_num ?? p.pgp_num;
      if (pgpNum === undefined) throw new CrushInputError('crush.pgp-num-missing', { field: `osd dump.pools[${i}].pg_placement_num` });
      pools.set(p.pool, {
        id: p.pool,
        name: p.pool_name ?? `pool ${p.pool}`,
        type: p.type,
        size: p.size,
        minSize: p.min_size ?? p.size,
        crushRule: p.crush_rule,
        flags: p.flags,
        pgNum: p.pg_num,
        pgpNum,
        pgNumMask: pgMask(p.pg_num),
        pgpNumMask: pgMask(pgpNum),
      });
    });
    this.pools = pools;
    let longest = loadUpmaps(dump, this.upmap, this.upmapItems, 16);
    for (const p of pools.values()) longest = Math.max(longest, p.size);
    this.raw = new Int32Array(longest);
    this.tmp = new Int32Array(longest);
    this.mapper = new CrushMapper(crush);
  }

  private osdExists(o: number): boolean {
    return o >= 0 && o < this.maxOsd && this.exists[o] === 1;
  }

  /** CrushWrapper::find_rule: the first rule of the pool's ruleset, type and size range, or -1. */
  ruleFor(pool: Pool): number {
    const cached = this.ruleOf.get(pool.id);
    if (cached !== undefined) return cached;
    let found = -1;
    const rules = this.crush.rules;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (r && r.ruleset === pool.crushRule && r.type === pool.type && r.minSize <= pool.size && r.maxSize >= pool.size) {
        found = i;
        break;
      }
    }
    this.ruleOf.set(pool.id, found);
    return found;
  }

  /** Room an `upInto` output needs: the largest pool size or pg_upmap entry. */
  get maxSetSize(): number {
    return this.raw.length;
  }

  private crushRaw(pool: Pool, pps: number): number {
    const ruleno = this.ruleFor(pool);
    let args = this.argsOf.get(pool.id);
    if (args === undefined) this.argsOf.set(pool.id, (args = chooseArgsFor(this.crush, pool.id)));
    return ruleno >= 0 ? this.mapper.doRule(ruleno, pps, this.raw, pool.size, this.weight, this.maxOsd, args) : 0;
  }

  /** The touched OSDs of the last upAndTouchingInto call (lastTouchLen long; the array may be longer). */
  lastTouch: Int32Array = new Int32Array(32);
  lastTouchLen = 0;

  /**
   * upInto, and also the OSDs whose state can change this PG's up set when they go out, left in
   * lastTouch / lastTouchLen: the raw CRUSH result (before nonexistent OSDs are dropped) plus every OSD a
   * pg_upmap or pg_upmap_items entry of the PG maps to. CRUSH only consults an OSD's reweight when it
   * reaches that OSD as a leaf, and every leaf it accepts is in its result, so marking out OSDs none of
   * these name leaves the PG as it is (see failure.ts). One CRUSH run for both.
   */
  upAndTouchingInto(pool: Pool, ps: number, out: Int32Array): number {
    const pps = rawPgToPps(pool, ps);
    const len = this.crushRaw(pool, pps);
    const key = upmapKey(pool.id, stableMod(ps, pool.pgNum, pool.pgNumMask));
    const full = this.upmap.get(key);
    const items = this.upmapItems.get(key);
    const need = len + (full ? full.length : 0) + (items ? items.length >> 1 : 0);
    if (this.lastTouch.length < need) this.lastTouch = new Int32Array(need * 2);
    const touch = this.lastTouch;
    let t = 0;
    for (let i = 0; i < len; i++) touch[t++] = this.raw[i]!;
    if (full) for (let i = 0; i < full.length; i++) touch[t++] = full[i]!;
    if (items) for (let k = 1; k < items.length; k += 2) touch[t++] = items[k]!;
    this.lastTouchLen = t;
    this.lastRawLen = len;
    this.lastAcceptedAt = this.mapper.acceptedAt;
    return this.rawToUp(pool, ps, pps, len, out);
  }

  /** The length of the raw CRUSH result at the start of lastTouch, after upAndTouchingInto. */
  lastRawLen = 0;
  /** After upAndTouchingInto, for a firstn rule: per raw position, the CRUSH attempt that placed it. */
  lastAcceptedAt: Int32Array = new Int32Array(0);

  /**
   * upInto with CRUSH resumed at position k (CrushMapper.doRuleFrom): rawPrefix[0..k) are the first k
   * devices of the PG's raw CRUSH set in an earlier, complete run, chosen[0..k) the rule-type items they
   * came through. Only for failure what-ifs whose failed OSDs are not among them (see failure.ts);
   * falls back to upInto when the pool's rule is not a single firstn step.
   */
  upIntoFrom(
    pool: Pool,
    ps: number,
    out: Int32Array,
    k: number,
    rawPrefix: Int32Array,
    rawBase: number,
    chosen: Int32Array,
    fK = -1,
    earlier: Parameters<CrushMapper['doRuleFrom']>[10] = null,
  ): number {
    const pps = rawPgToPps(pool, ps);
    const ruleno = this.ruleFor(pool);
    let args = this.argsOf.get(pool.id);
    if (args === undefined) this.argsOf.set(pool.id, (args = chooseArgsFor(this.crush, pool.id)));
    for (let i = 0; i < k; i++) this.raw[i] = rawPrefix[rawBase + i]!;
    const len = this.mapper.doRuleFrom(ruleno, pps, this.raw, pool.size, this.weight, this.maxOsd, args, k, chosen, fK, earlier);
    if (len < 0) return this.upInto(pool, ps, out);
    return this.rawToUp(pool, ps, pps, len, out);
  }

  /**
   * The up set of PG ps of `pool` into out (ITEM_NONE marks EC holes; out needs maxSetSize entries);
   * returns its length and leaves the primary in lastPrimary. Allocates nothing: for bulk use.
   */
  upInto(pool: Pool, ps: number, out: Int32Array): number {
    const pps = rawPgToPps(pool, ps);
    return this.rawToUp(pool, ps, pps, this.crushRaw(pool, pps), out);
  }

  /** The OSDMap steps after CRUSH, on the raw set in this.raw[0..len). */
  private rawToUp(pool: Pool, ps: number, pps: number, len: number, out: Int32Array): number {
    const raw = this.raw;
    const shift = canShiftOsds(pool);
    // _remove_nonexistent_osds
    if (shift) {
      let n = 0;
      for (let i = 0; i < len; i++) if (this.osdExists(raw[i]!)) raw[n++] = raw[i]!;
      len = n;
    } else {
      for (let i = 0; i < len; i++) if (!this.osdExists(raw[i]!)) raw[i] = ITEM_NONE;
    }
    // raw_pg_to_pg: the upmaps are keyed by the PG, the raw ps folded onto pg_num.
    len = applyUpmap(this.upmap, this.upmapItems, upmapKey(pool.id, stableMod(ps, pool.pgNum, pool.pgNumMask)), raw, len, this.maxOsd, this.weight);
    // _raw_to_up_osds
    let n = 0;
    for (let i = 0; i < len; i++) {
      const o = raw[i]!;
      const live = this.osdExists(o) && this.isUp[o] === 1;
      if (shift) {
        if (live) out[n++] = o;
      } else {
        out[n++] = live ? o : ITEM_NONE;
      }
    }
    // _pick_primary
    let primary = -1;
    for (let i = 0; i < n; i++) {
      if (out[i] !== ITEM_NONE) {
        primary = out[i]!;
        break;
      }
    }
    this.lastPrimary = applyPrimaryAffinity(this.affinity, pps, shift, out, n, primary);
    return n;
  }

  /** One PG's up set and primary, with EC holes as null. */
  mapPg(poolId: number, ps: number): PgMapping {
    const pool = this.pools.get(poolId);
    if (!pool) throw new CrushInputError('crush.no-pool', { field: 'pool', pool: poolId });
    const out = this.tmp;
    const n = this.upInto(pool, ps, out);
    const up: (number | null)[] = [];
    for (let i = 0; i < n; i++) up.push(out[i] === ITEM_NONE ? null : out[i]!);
    return { pgid: pgidText(poolId, ps), up, primary: this.lastPrimary };
  }

  /** Every PG of a pool, in PG order. */
  mapPool(poolId: number): PgMapping[] {
    const pool = this.pools.get(poolId);
    if (!pool) throw new CrushInputError('crush.no-pool', { field: 'pool', pool: poolId });
    const all: PgMapping[] = [];
    for (let ps = 0; ps < pool.pgNum; ps++) all.push(this.mapPg(poolId, ps));
    return all;
  }
}
