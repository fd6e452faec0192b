/**
 * The verdicts drawn from a CRUSH simulation (simulation.ts), worded once for `capa ceph`, `capa
 * analyze` and `capa plan`: Ceph's ratios apply per OSD, so the fullest OSD is judged, not the mean.
 */
import type { Check, Lang } from '../explain/types.js';
import { checkMaker } from '../spec/messages.js';
import type { CephSimulation, FailureImpact, OsdFill } from './simulation.js';
import { osdName, SIMULATION_CHECK_MESSAGES } from './simulation-check-messages.js';

export interface Ratios {
  readonly nearfull: number;
  readonly backfillfull: number;
  readonly full: number;
}

/** The words the inventory's derivation steps share with these checks: an OSD's name. */
export const simulationMessages = (lang: Lang) => ({ osd: (o: OsdFill): string => osdName(o, lang) });

/** The failure played out, as language-free parameters: its label, its kind, and how many of how many were played. */
const failureParams = (f: FailureImpact, sim: CephSimulation) => ({ failure: f.label, kind: sim.failureKind, evaluated: sim.failuresEvaluated, possible: sim.failuresPossible });

const levelOf = (fill: number, okBelow: number, warnBelow: number): 'ok' | 'warn' | 'fail' => (fill <= okBelow ? 'ok' : fill <= warnBelow ? 'warn' : 'fail');

/** `ceph.fullest-osd`: the healthy fullest OSD against nearfull (warn) and full (fail). */
export function fullestOsdCheck(sim: CephSimulation, r: Ratios, lang: Lang): Check | null {
  const o = sim.fullestOsd;
  if (o === null) return null;
  const level = levelOf(o.fill, r.nearfull, r.full);
  const bound = level === 'fail' ? { full: r.full } : { nearfull: r.nearfull };
  const check = checkMaker(SIMULATION_CHECK_MESSAGES, lang);
  return check('ceph.fullest-osd', level, `ceph.fullest-osd.${level}`, { osd: o.id, host: o.host, fill: o.fill, mean: sim.meanFill ?? 0, ...bound });
}

/** The fill check after the worst failure (under the caller's id), judging its fullest OSD. */
export function fillAfterFailureCheck(id: string, sim: CephSimulation, r: Ratios, averageFill: number | null, lang: Lang): Check | null {
  const w = sim.worstFill;
  const o = w?.after.fullestOsd;
  if (!w || !o) return null;
  const level = levelOf(o.fill, r.nearfull, r.backfillfull);
  const bound = level === 'fail' ? { backfillfull: r.backfillfull } : { nearfull: r.nearfull };
  const check = checkMaker(SIMULATION_CHECK_MESSAGES, lang);
  return check(id, level, `ceph.fill-after-worst.${level}`, { ...failureParams(w, sim), osd: o.id, host: o.host, fill: o.fill, average: averageFill, ...bound });
}

/** `failure.ceph-io-blocked` (fail, or ok when none) and `failure.ceph-pgs-lost` (fail only). */
export function ioBlockedChecks(sim: CephSimulation, f: number, lang: Lang): Check[] {
  const check = checkMaker(SIMULATION_CHECK_MESSAGES, lang);
  const out: Check[] = [];
  if (sim.failuresEvaluated === 0) return out;
  const b = sim.worstBlocked;
  if (b && b.now.pgsBelowMinSize > 0) {
    out.push(check('failure.ceph-io-blocked', 'fail', 'ceph.io-blocked', { ...failureParams(b, sim), below: b.now.pgsBelowMinSize, pgs: b.now.pgs, share: b.now.pgsBelowMinSize / b.now.pgs }));
  } else {
    out.push(check('failure.ceph-io-blocked', 'ok', 'ceph.io-not-blocked', { kind: sim.failureKind, failures: f, evaluated: sim.failuresEvaluated, possible: sim.failuresPossible }));
  }
  const l = sim.worstLost;
  if (l && l.now.pgsLost > 0) out.push(check('failure.ceph-pgs-lost', 'fail', 'ceph.pgs-lost', { ...failureParams(l, sim), lost: l.now.pgsLost }));
  return out;
}
