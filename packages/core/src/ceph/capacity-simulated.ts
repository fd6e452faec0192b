/**
 * `capa ceph` with Ceph's placement simulated: the average model (capacity.ts) stays as the theory
 * figure, and a map built the way Proxmox VE builds one (designedMap) is played out on top: the
 * fullest OSD now, every host failure (each OSD's when hosts = width, where a host loss moves nothing),
 * and the largest stored data keeping every OSD under nearfull (crushSafeUsableBytes). The checks that
 * judge a fill judge the fullest OSD.
 */
import { step } from '../explain/step.js';
import { fromInput, fromStep, MODEL, varSymbols } from '../explain/symbols.js';
import type { Check, Lang, Outcome, Step, SymbolOrigin } from '../explain/types.js';
import { CRUSH_SYMBOLS } from './symbols.js';
import type { SizeSystem } from '../units/size-units.js';
import type * as z from 'zod/mini';
import { hasFailure } from '../explain/check.js';
import { autoscale } from '../pg/autoscaler.js';
import { MGR_POOL } from '../pg/mgr-pool.js';
import { PG_DEFAULTS } from '../explain/defaults.js';
import { type CephCapacityInput, cephCapacityInput } from './capacity-schema.js';
import { type CephCapacityResult, cephCalculator } from './capacity.js';
import { defaultMinSize, width } from './protection.js';
import { osdLossRefills } from './refill.js';
import { type NotSimulated, type SimulatedCeph, simulatedMessages } from './capacity-simulated-messages.js';
import { fillAfterFailureCheck, fullestOsdCheck, ioBlockedChecks } from './simulation-checks.js';
import { type CephSimulation, crushSafeOfPlay, designedMap, type PlacementEngine, playFailures } from './simulation.js';

export type { SimulatedCeph } from './capacity-simulated-messages.js';

export interface CephCapacitySimulatedResult extends CephCapacityResult {
  /** Healthy, the fullest OSD's expected fill (CRUSH simulated); null without stored data. */
  readonly fullestOsdFill: number | null;
  /** After the worst refilling failure (a host, or an OSD when hosts = width) and backfill, the fullest OSD's fill; null without stored data. */
  readonly fullestOsdFillAfterFailure: number | null;
  /** Largest stored data for which no OSD crosses nearfull, healthy or after the worst failure; null when the pool cannot be placed. */
  readonly crushSafeUsableBytes: number | null;
  readonly hostFailure: CephCapacityResult['hostFailure'] & SimulatedCeph['hostFailure'];
  readonly placement: SimulatedCeph['placement'];
  /** cephCapacity's, plus the autoscaler settings the data pool's pg_num is computed with. */
  readonly used: CephCapacityResult['used'] & { readonly targetPerOsd: number; readonly threshold: number };
}

/** The data pool's id: Proxmox VE clusters have `.mgr` as pool 1, the first pool the user creates is 2. */
const POOL_ID = 2;
/** PG remaps one `capa ceph` may spend on failures (about 3 s on one core); beyond, the heaviest hosts first. */
const REMAP_BUDGET = 200_000;
/**
 * PGs × hosts one `capa ceph` maps at most: a straw2 draw weighs every host, so mapping costs about
 * pg_num × hosts (2^23: 65,536 PGs on 128 hosts, about 2 s on one core).
 */
const SIM_BUDGET = 2 ** 23;

/** Hosts as lists of OSD sizes, from either input form. */
function hostList(v: { hosts?: number | undefined; osdsPerHost?: number | undefined; osdSizeBytes?: number | undefined; hostOsds?: number[][] | undefined }): number[][] {
  if (v.hostOsds !== undefined) return v.hostOsds;
  return Array.from({ length: v.hosts ?? 0 }, () => Array.from({ length: v.osdsPerHost ?? 0 }, () => v.osdSizeBytes ?? 0));
}

/**
 * Where the simulated steps' letters come from: the simulation itself, the inputs, the capacity's
 * and the bond's steps. The data simulated is the stored data (D) when given, else the usable
 * capacity (U, from its step).
 */
const SIM_FROM: Readonly<Record<string, SymbolOrigin>> = {
  P: MODEL,
  r: fromInput('nearfull'),
  D: fromInput('stored'),
  U: fromStep('ceph.usable'),
  F: MODEL,
  T: fromInput('markOut'),
  I: MODEL,
  X: fromStep('failure.bond-transfer'),
  O: MODEL,
  y: fromInput('osdWrite'),
};

const stepAdder =
  (steps: Step[], lang: Lang, system: SizeSystem) =>
  (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: 'bytes' | 'ratio' | 'count', source: 'crushSimulation' | 'cephAutoscaler' = 'crushSimulation') =>
    steps.push(
      step({ id, title, expr, vars, varUnits: { F: 'ratio', D: 'bytes', U: 'bytes', r: 'ratio', P: 'count' }, value, unit, source, symbols: varSymbols(CRUSH_SYMBOLS, vars, SIM_FROM) }, lang, system),
    );

export function cephCapacitySimulated(input: CephCapacityInput, engine: PlacementEngine): Outcome<CephCapacitySimulatedResult> {
  // The calculator's reading (`capa ceph`): stored data beyond the raw capacity is refused.
  const base = cephCalculator(input);
  if (!base.ok) return base;
  // Parsed again for the defaults (ratios, system): cephCapacity accepted it, so this cannot fail.
  const parsed = cephCapacityInput.safeParse(input);
  if (!parsed.success) return { ok: false, issues: [] };
  const v = parsed.data;
  const r = base.value;
  const lang = v.lang;
  const t = simulatedMessages(lang);
  const p = v.protection;
  const hosts = hostList(v);
  const osds = hosts.reduce((s, h) => s + h.length, 0);
  const steps: Step[] = [...r.derivation];
  const add = stepAdder(steps, lang, v.system);

  const dataPool = { name: 'data', protection: p, targetRatio: 1, bias: 1, bulk: false };
  const pgNum = autoscale({
    osds,
    capacityBytes: r.rawBytes,
    targetPerOsd: PG_DEFAULTS.targetPerOsd,
    threshold: PG_DEFAULTS.threshold,
    pools: [{ ...MGR_POOL, bias: PG_DEFAULTS.bias, bulk: PG_DEFAULTS.bulk }, dataPool],
  })[1]!.pgNum;
  add('ceph.crush-pg-num', t.stepPgNum, 'P', { P: pgNum }, pgNum, 'count', 'cephAutoscaler');
  const placement = {
    poolId: POOL_ID,
    pgNum,
    hosts: hosts.length,
    osds,
    failuresEvaluated: 0,
    failuresPossible: 0,
    failureKind: 'host' as CephSimulation['failureKind'],
    worstHost: null as string | null,
    storedBytes: v.storedBytes ?? null,
    assumptions: t.assumptions(v.storedBytes !== undefined),
  };
  const used = { ...r.used, targetPerOsd: PG_DEFAULTS.targetPerOsd, threshold: PG_DEFAULTS.threshold };
  const none = {
    ...r,
    used,
    fullestOsdFill: null,
    fullestOsdFillAfterFailure: null,
    crushSafeUsableBytes: r.healing === 'unplaceable' ? 0 : null,
    hostFailure: { ...r.hostFailure, ...t.noHostFailure },
    placement,
  };
  if (r.healing === 'unplaceable') return { ok: true, value: none };
  // Beyond SIM_BUDGET the map would take many seconds: the average model stands alone, and says so.
  const notSimulated = (why: NotSimulated): Outcome<CephCapacitySimulatedResult> => ({
    ok: true,
    value: { ...none, checks: [...r.checks, t.notSimulatedCheck(why)], placement: { ...placement, assumptions: [...placement.assumptions, t.notSimulated(t.why(why))] } },
  });
  if (pgNum * hosts.length > SIM_BUDGET) return notSimulated({ pgs: pgNum, hosts: hosts.length });
  try {
    return simulated(engine, v, { ...r, used }, hosts, pgNum, steps, placement);
  } catch (e) {
    // The placement library refuses what it does not simulate (with the field named): say so, keep the average model.
    return notSimulated({ reason: e instanceof Error ? e.message : String(e) });
  }
}

function simulated(
  engine: PlacementEngine,
  v: z.output<typeof cephCapacityInput>,
  r: CephCapacityResult & Pick<CephCapacitySimulatedResult, 'used'>,
  hosts: number[][],
  pgNum: number,
  steps: Step[],
  placement: CephCapacitySimulatedResult['placement'],
): Outcome<CephCapacitySimulatedResult> {
  const lang = v.lang;
  const t = simulatedMessages(lang);
  const p = v.protection;
  const w = width(p);
  const add = stepAdder(steps, lang, v.system);

  const name = (i: number) => `node${i + 1}`;
  const { map, osdSizeBytes } = designedMap(
    engine,
    hosts.map((h, i) => ({ name: name(i), osdBytes: h })),
    [{ id: POOL_ID, name: 'data', erasure: p.kind === 'erasure', size: w, minSize: defaultMinSize(p), pgNum }],
  );
  const k = p.kind === 'erasure' ? p.k : 1;
  // Fills scale with the stored bytes: without --stored, simulate at the usable capacity and scale.
  const reference = v.storedBytes !== undefined && v.storedBytes > 0 ? v.storedBytes : r.usableBytes;
  const pools = [{ id: POOL_ID, storedBytes: reference, dataChunks: k }];
  const perHost = (pgNum * w) / hosts.length;
  const limit = Math.max(8, Math.min(256, Math.floor(REMAP_BUDGET / Math.max(1, perHost))));
  // Hosts = width: a host loss moves nothing, so the refilling failure is one OSD onto its own host.
  const maxPerHost = Math.max(...hosts.map((h) => h.length));
  const play = playFailures(engine, map, { pools, osdSizeBytes, failures: 1, limit, withOsds: r.healing === 'cannot-heal' && osdLossRefills(maxPerHost) });
  const hostSim = play.hosts;
  const fillSim = play.fill;
  const crushSafe = crushSafeOfPlay(play, v.nearfull);
  const worst = fillSim.worstFill;
  if (crushSafe !== null && fillSim.peakFill !== null) {
    const stored = v.storedBytes !== undefined && v.storedBytes > 0;
    add(
      'ceph.crush-safe',
      t.stepCrushSafe,
      stored ? 'r * D / F' : 'r * U / F',
      stored ? { r: v.nearfull, D: reference, F: fillSim.peakFill } : { r: v.nearfull, U: reference, F: fillSim.peakFill },
      crushSafe,
      'bytes',
    );
  }

  const checks: Check[] = r.checks.filter((c) => c.id !== 'ceph.fill-after-failure' && c.id !== 'ceph.safe-capacity');
  checks.push(t.safeCheck(crushSafe ?? 0, r.safeUsableBytes, v.nearfull, fillSim.failureKind, v.system));
  let fullestOsdFill: number | null = null;
  let fillAfter: number | null = null;
  if (v.storedBytes !== undefined) {
    fullestOsdFill = fillSim.fullestOsd?.fill ?? (v.storedBytes === 0 ? 0 : null);
    fillAfter = worst?.after.fullestOsd?.fill ?? fullestOsdFill;
    if (fullestOsdFill !== null) add('ceph.crush-fullest', t.stepFullest, 'F', { F: fullestOsdFill }, fullestOsdFill, 'ratio');
    if (worst && fillAfter !== null) add('ceph.crush-fill-after', t.stepFillAfter(worst.label), 'F', { F: fillAfter }, fillAfter, 'ratio');
    const ratios = { nearfull: v.nearfull, backfillfull: v.backfillfull, full: v.full };
    const now = fullestOsdCheck(fillSim, ratios, lang);
    if (now) checks.push(now);
    const after = fillAfterFailureCheck('ceph.fill-after-failure', fillSim, ratios, r.fillAfterFailure, lang);
    if (after) checks.push(after);
  }
  checks.push(...ioBlockedChecks(hostSim, 1, lang));

  // Recovery set by the busiest host's bond and the busiest OSD's disk, not the mean (failure.ts's rates).
  let crushRecoverySeconds: number | null = null;
  const X = r.hostFailure.recoveryHostTransferBps;
  const rec = v.recovery;
  if (v.storedBytes !== undefined && X !== null && rec !== undefined && r.healing === 'heals') {
    let worstT = 0;
    let worstVars: Record<string, number> = {};
    for (const f of hostSim.failures) {
      const I = f.after.busiestHost?.inboundBytes ?? 0;
      const O = f.after.busiestOsd ? f.after.busiestOsd.writeBytes + f.after.busiestOsd.readBytes : 0;
      const y = rec.osdWriteBps;
      const secs = rec.markOutSeconds + Math.max((I * 8) / X, y === undefined ? 0 : (O * 8) / y);
      if (secs > worstT) {
        worstT = secs;
        worstVars = y === undefined ? { T: rec.markOutSeconds, I, X } : { T: rec.markOutSeconds, I, X, O, y };
      }
    }
    crushRecoverySeconds = worstT;
    steps.push(
      step(
        {
          id: 'failure.crush-recovery-time',
          title: t.stepRecovery,
          expr: worstVars['y'] === undefined ? 'T + I * 8 / X' : 'T + max(I * 8 / X, O * 8 / y)',
          vars: worstVars,
          varUnits: { T: 'seconds', I: 'bytes', X: 'bits/s', O: 'bytes', y: 'bits/s' },
          symbols: varSymbols(CRUSH_SYMBOLS, worstVars, SIM_FROM),
          value: worstT,
          unit: 'seconds',
          source: 'crushSimulation',
        },
        lang,
        v.system,
      ),
    );
  }

  const wh = hostSim.worstFill;
  const blocked = hostSim.worstBlocked;
  const hostFailure = {
    ...r.hostFailure,
    fullestOsdFill: v.storedBytes !== undefined ? (wh?.after.fullestOsd?.fill ?? fullestOsdFill) : null,
    worstHost: wh?.label ?? null,
    pgsBelowMinSizeFraction: blocked ? blocked.now.pgsBelowMinSize / Math.max(1, blocked.now.pgs) : 0,
    crushRebuildBytes: wh && v.storedBytes !== undefined ? wh.after.movedBytes : null,
    crushRecoverySeconds,
  };
  return {
    ok: true,
    value: {
      ...r,
      fullestOsdFill,
      fullestOsdFillAfterFailure: fillAfter,
      crushSafeUsableBytes: crushSafe,
      hostFailure,
      placement: { ...placement, failuresEvaluated: fillSim.failuresEvaluated, failuresPossible: fillSim.failuresPossible, failureKind: fillSim.failureKind, worstHost: worst?.label ?? null },
      passes: !hasFailure(checks),
      checks,
      derivation: steps,
    },
  };
}
