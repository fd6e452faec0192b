import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { step } from '../explain/step.js';
import { fromDefault, fromInput, fromStep, type Glossary, MODEL, varSymbols } from '../explain/symbols.js';
import type { Check, Outcome, Step, SymbolOrigin } from '../explain/types.js';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { autoscale, PG_NUM_MIN, poolSize } from './autoscaler.js';
import { withMgrDefaults } from './mgr-pool.js';
import { nearestPowerOfTwo } from './nearest-power-of-two.js';
import { PG_MESSAGES, PG_STEPS } from './messages.js';
import { pgcalc } from './pgcalc.js';
import { type PgInput, pgInput, type PoolSpec } from './schema.js';
import { PG_AUTOSCALER_SYMBOLS, PG_PGCALC_SYMBOLS } from './symbols.js';
import { type ProtectionUsed, protectionUsed } from '../ceph/protection.js';
import { CEPH_DEFAULTS, PG_DEFAULTS } from '../explain/defaults.js';

export interface PgPoolResult {
  readonly name: string;
  readonly size: number;
  readonly pgNum: number;
  readonly wouldChange: boolean | null;
  readonly currentPgNum: number | null;
  /** Autoscaler: the pass that sized it, its capacity and final ratios; PGCalc: null. */
  readonly pass: 1 | 2 | 3 | null;
  readonly capacityRatio: number | null;
  readonly finalRatio: number | null;
  readonly rawTarget: number;
  /** The pool's inputs as used, defaults included (bias, bulk, protection). */
  readonly used: PoolUsed;
}

export interface PoolUsed extends ProtectionUsed {
  readonly bias: number;
  readonly bulk: boolean;
  readonly targetRatio: number | null;
  readonly targetBytes: number | null;
  readonly storedBytes: number | null;
  readonly pgNumMin: number | null;
  readonly pgNumMax: number | null;
}

// Every result pool has its spec (autoscale and pgcalc keep the order); the fallback only satisfies the index type.
const poolUsed = (p: PoolSpec | undefined): PoolUsed => ({
  ...protectionUsed(p?.protection ?? { kind: 'replicated', size: CEPH_DEFAULTS.replicas }),
  bias: p?.bias ?? PG_DEFAULTS.bias,
  bulk: p?.bulk ?? PG_DEFAULTS.bulk,
  targetRatio: p?.targetRatio ?? null,
  targetBytes: p?.targetBytes ?? null,
  storedBytes: p?.storedBytes ?? null,
  pgNumMin: p?.pgNumMin ?? null,
  pgNumMax: p?.pgNumMax ?? null,
});

export interface PgResult extends Echoed {
  readonly method: 'autoscaler' | 'pgcalc';
  readonly pools: readonly PgPoolResult[];
  readonly budget: number;
  /** PG shards per OSD: Σ pg_num × size ÷ OSDs. */
  readonly pgPerOsd: number;
  /** Every scalar input the computation used, defaults included (each pool's are in `pools[].used`). */
  readonly used: {
    readonly osds: number;
    readonly osdSizeBytes: number | null;
    readonly targetPerOsd: number;
    readonly threshold: number;
    readonly method: 'autoscaler' | 'pgcalc';
    readonly maxPgPerOsd: number;
  };
  readonly passes: boolean;
}

/**
 * A pool's value as the user gave it: typed in its `--pool` line (or web row) → the pool input; left
 * out → the pool input's default (size 3, bias 1); the core knows which from the raw pool.
 */
const PG_INPUT = fromInput('pool');
const poolOrigin = (stated: boolean): SymbolOrigin => (stated ? PG_INPUT : fromDefault('pool'));
/** The scalar inputs by spec key; S, Σ pg_num × size, is summed by the model (no step of its own). */
const ORIGINS: Readonly<Record<string, SymbolOrigin>> = { O: fromInput('osds'), T: fromInput('targetPerOsd'), S: MODEL };

export function placementGroups(input: PgInput): Outcome<PgResult> {
  return validated(pgInput, input, (parsed) => {
    const v = { ...parsed, pools: parsed.pools.map(withMgrDefaults) };
    const t = PG_STEPS[v.lang];
    const check = checkMaker(PG_MESSAGES, v.lang);
    const steps: Step[] = [];
    const checks: Check[] = [];
    const budget = v.osds * v.targetPerOsd;
    const glossary: Glossary<string> = v.method === 'autoscaler' ? PG_AUTOSCALER_SYMBOLS : PG_PGCALC_SYMBOLS;
    const add = (
      id: string,
      title: string,
      expr: string,
      vars: Record<string, number>,
      value: number,
      source: 'cephAutoscaler' | 'cephPgcalc' | 'cephPgLimits',
      from: Readonly<Record<string, SymbolOrigin>> = {},
    ) =>
      steps.push(
        step({ id, title, expr, vars, varUnits: { O: 'count', T: 'count', L: 'count' }, value, unit: 'number', source, symbols: varSymbols(glossary, vars, { ...ORIGINS, ...from }) }, v.lang),
      );
    // What each pool's line stated, before the schema's defaults (size 3, bias 1) fill it in.
    const raw = (i: number) => input.pools[i];
    add('pg.budget', t.stepBudget, 'O * T', { O: v.osds, T: v.targetPerOsd }, budget, v.method === 'autoscaler' ? 'cephAutoscaler' : 'cephPgcalc');

    for (const p of v.pools) if (p.targetRatio !== undefined && p.targetBytes !== undefined) checks.push(check('pg.ratio-and-target', 'warn', 'pg.ratio-and-target', { pool: p.name }));
    let pools: PgPoolResult[];
    if (v.method === 'autoscaler') {
      const capacityBytes = v.osdSizeBytes === undefined ? 0 : v.osds * v.osdSizeBytes;
      const res = autoscale({ osds: v.osds, capacityBytes, targetPerOsd: v.targetPerOsd, threshold: v.threshold, pools: v.pools });
      pools = res.map((r, i) => {
        const spec = v.pools[i];
        const size = spec ? poolSize(spec.protection) : 1;
        // An over-full pool earlier in the order can drive Ceph's budget below 0; its target then rounds
        // to 0 either way, so the budget shown is floored at 0 (no negative PG counts in the output).
        const target = Math.max(0, r.poolPgTarget);
        const L = Math.max(0, r.pgLeftBefore);
        // r is the autoscaler's own ratio; L is the whole budget for the first pool it sizes, then
        // what the pools before left (the model's running count, no step of its own).
        const targetFrom = { r: MODEL, L: L === budget ? fromStep('pg.budget') : MODEL, z: poolOrigin(raw(i)?.protection !== undefined), b: poolOrigin(raw(i)?.bias !== undefined) };
        add(`pg.pool.${r.name}.target`, t.stepPool(r.name, r.pass), 'r * L / z * b', { r: r.finalRatio, L, z: size, b: spec?.bias ?? 1 }, target, 'cephAutoscaler', targetFrom);
        const rounding = { m: spec?.pgNumMin ?? PG_NUM_MIN, p: nearestPowerOfTwo(r.poolPgTarget) };
        // pg_num_min and pg_num_max as the line states them, else Ceph's (the module's 32; .mgr's own bounds, mgr-pool.ts).
        const roundFrom = { m: raw(i)?.pgNumMin === undefined ? MODEL : PG_INPUT, x: raw(i)?.pgNumMax === undefined ? MODEL : PG_INPUT, p: fromStep(`pg.pool.${r.name}.target`) };
        if (spec?.pgNumMax) add(`pg.pool.${r.name}.rounded`, t.stepRound(r.name), 'min(x, max(m, p))', { ...rounding, x: spec.pgNumMax }, r.pgNum, 'cephAutoscaler', roundFrom);
        else add(`pg.pool.${r.name}.rounded`, t.stepRound(r.name), 'max(m, p)', rounding, r.pgNum, 'cephAutoscaler', roundFrom);
        if (r.capacityRatio > 1) checks.push(check('pg.overfull', 'warn', 'pg.overfull', { pool: r.name }));
        const cur = spec?.currentPgNum;
        if (cur !== undefined) {
          const p = { pool: r.name, current: cur, pgNum: r.pgNum };
          checks.push(r.wouldChange ? check('pg.would-change', 'warn', 'pg.would-change', p) : check('pg.would-change', 'ok', 'pg.would-change.stays', p));
        }
        return {
          name: r.name,
          size,
          pgNum: r.pgNum,
          wouldChange: r.wouldChange,
          currentPgNum: cur ?? null,
          pass: r.pass,
          capacityRatio: r.capacityRatio,
          finalRatio: r.finalRatio,
          rawTarget: target,
          used: poolUsed(spec),
        };
      });
    } else {
      pools = pgcalc(v.osds, v.targetPerOsd, v.pools).map((r, i) => {
        const spec = v.pools[i];
        const size = spec ? poolSize(spec.protection) : 1;
        // d is the line's ratio, or the even share the model computes; m is PGCalc's own minimum.
        const targetFrom = { d: raw(i)?.targetRatio === undefined ? MODEL : PG_INPUT, z: poolOrigin(raw(i)?.protection !== undefined) };
        add(`pg.pool.${r.name}.target`, t.stepPgcalc(r.name), 'T * O * d / z', { T: v.targetPerOsd, O: v.osds, d: r.dataFraction, z: size }, r.rawTarget, 'cephPgcalc', targetFrom);
        add(`pg.pool.${r.name}.rounded`, t.stepPgcalcRound(r.name), 'max(m, c)', { m: r.minValue, c: r.calcValue }, r.pgNum, 'cephPgcalc', { m: MODEL, c: fromStep(`pg.pool.${r.name}.target`) });
        return {
          name: r.name,
          size,
          pgNum: r.pgNum,
          wouldChange: null,
          currentPgNum: spec?.currentPgNum ?? null,
          pass: null,
          capacityRatio: null,
          finalRatio: null,
          rawTarget: r.rawTarget,
          used: poolUsed(spec),
        };
      });
      checks.push(check('pg.pgcalc', 'ok', 'pg.pgcalc'));
    }

    const shards = pools.reduce((s, p) => s + p.pgNum * p.size, 0);
    const pgPerOsd = shards / v.osds;
    add('pg.per-osd', t.stepPerOsd, 'S / O', { S: shards, O: v.osds }, pgPerOsd, 'cephPgLimits');
    const perOsd = { perOsd: pgPerOsd, max: v.maxPgPerOsd };
    checks.push(pgPerOsd > v.maxPgPerOsd ? check('pg.per-osd', 'warn', 'pg.per-osd.high', perOsd) : check('pg.per-osd', 'ok', 'pg.per-osd', perOsd));
    const limit = v.maxPgPerOsd * Math.max(v.osds, 3);
    if (shards > limit) checks.push(check('pg.create-limit', 'fail', 'pg.create-limit', { total: shards, max: limit }));
    const used = { osds: v.osds, osdSizeBytes: v.osdSizeBytes ?? null, targetPerOsd: v.targetPerOsd, threshold: v.threshold, method: v.method, maxPgPerOsd: v.maxPgPerOsd };
    return { method: v.method, pools, budget, pgPerOsd, used, passes: !hasFailure(checks), checks, derivation: steps };
  });
}
