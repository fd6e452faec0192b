/**
 * Alert thresholds (`capa alerts`): the live figures at which the cluster stops passing what
 * `capa analyze` judged, taken from the analysis' own figures (no rule restated here):
 * - memory, configured: Σ configured guest RAM > usable guest RAM U (the analysis' u × (T − F) − R);
 * - memory, in use: RAM in use on the nodes > U + R = u × (T − F), what the survivors may hold;
 * - Ceph, fullest OSD (CRUSH simulation): the simulated fills scale with the stored data (bytes per
 *   PG = stored ÷ pg_num), so the worst host loss brings an OSD to nearfull r once the stored data is
 *   r ÷ K times today's (K = max(O, H), the simulation's peak); the healthy fullest OSD is then at
 *   O × r ÷ K: the live fullest OSD crossing that fill is the alert;
 * - Ceph, stored: Σ stored > the analysis' crush-safe stored (the same point, in stored bytes);
 * - Ceph without the simulation: raw used > the average model's safe raw (nearfull × (raw − largest host)).
 * And the counts they assume (nodes, in OSDs): a cluster that no longer has them needs new rules.
 * Pure: thresholds as data with their steps; the adapter writes them in an alerting system's words.
 */
import { checkMaker } from '../spec/messages.js';
import { step } from '../explain/step.js';
import type { SourceId } from '../explain/sources.js';
import type { Check, Explained, Lang, Step, StepUnit } from '../explain/types.js';
import type { InventoryAnalysis, RatioFrom } from '../inventory-analysis/types.js';
import { alertMessages, ALERT_CHECK_MESSAGES } from './messages.js';

export type AlertKind = 'memory.configured' | 'memory.in-use' | 'ceph.fullest-osd' | 'ceph.stored' | 'ceph.raw-used';

export interface AlertThreshold {
  readonly id: AlertKind;
  /** bytes, or ratio (the fullest OSD's fill). */
  readonly unit: 'bytes' | 'ratio';
  /** The alert fires when the live figure is above this. */
  readonly threshold: number;
  /** The same figure in the inventory, as analysed (null when the inventory does not hold it). */
  readonly now: number | null;
  /** The `capa analyze --json` figures it comes from. */
  readonly from: readonly string[];
  /** Id of its derivation step. */
  readonly step: string;
  readonly source: SourceId;
}

export interface AlertThresholds extends Explained {
  readonly failures: number;
  /** The nodes the memory thresholds assume down (the largest, as analyze takes them). */
  readonly failedNodes: readonly string[];
  readonly maxUtilization: number;
  readonly nearfull: number | null;
  readonly nearfullFrom: RatioFrom | null;
  /** The host loss the fullest-OSD threshold plays (host names joined by " + "). */
  readonly worstHostLoss: string | null;
  readonly thresholds: readonly AlertThreshold[];
  /**
   * What the thresholds assume of the cluster: its node count (online or not) and in OSDs, as analysed;
   * a live cluster that differs has outgrown them (null: nothing to compare).
   */
  readonly assumed: { readonly nodes: number | null; readonly inOsds: number | null };
}

/** The analysis inputs that change a threshold (the others, what-ifs included, do not apply to a live cluster). */
export const ALERT_INPUT_KEYS = ['failures', 'maxUtilization', 'hostReserve', 'osdMemory', 'zfsArc', 'nearfull', 'backfillfull'] as const;

const UNITS: Record<string, StepUnit> = { U: 'bytes', R: 'bytes', O: 'ratio', H: 'ratio', K: 'ratio', r: 'ratio', Z: 'bytes', A: 'bytes' };

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** The thresholds of `analysis` (a value `analyzeInventory` returned), in `lang`. */
export function alertThresholds(analysis: InventoryAnalysis, lang: Lang): AlertThresholds {
  const system = analysis.used.system;
  const t = alertMessages(lang);
  const check = checkMaker(ALERT_CHECK_MESSAGES, lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const out: AlertThreshold[] = [];
  const add = (a: Omit<AlertThreshold, 'step'>, title: string, expr: string, vars: Record<string, number>): void => {
    const id = `alerts.${a.id}`;
    steps.push(step({ id, title, expr, vars, varUnits: UNITS, value: a.threshold, unit: a.unit, source: a.source }, lang, system));
    out.push({ ...a, step: id });
    if (a.now !== null && a.now > a.threshold) checks.push(check('alerts.crossed', 'warn', 'alerts.crossed', { alert: a.id, now: a.now, threshold: a.threshold, unit: a.unit, system }));
  };

  // ---- Memory N − f -----------------------------------------------------------------------
  const m = analysis.memory;
  if (!m.applicable) checks.push(check('alerts.memory.none', 'ok', 'alerts.memory.not-applicable'));
  else if (!finite(m.usableGuestRamBytes)) checks.push(check('alerts.memory.none', 'warn', 'alerts.memory.no-survivors'));
  else {
    const U = m.usableGuestRamBytes;
    const R = m.hostReservationBytes;
    add({ id: 'memory.configured', unit: 'bytes', threshold: U, now: m.guestRamBytes, from: ['memory.usableGuestRamBytes'], source: 'courseMemory' }, t.stepConfigured, 'U', { U });
    add({ id: 'memory.in-use', unit: 'bytes', threshold: U + R, now: null, from: ['memory.usableGuestRamBytes', 'memory.hostReservationBytes'], source: 'courseMemory' }, t.stepInUse, 'U + R', {
      U,
      R,
    });
    if (U < 0) checks.push(check('alerts.memory.negative', 'warn', 'alerts.memory.negative', { usable: U, system }));
  }

  // ---- Ceph after a host loss ---------------------------------------------------------------
  const c = analysis.ceph;
  let worstHostLoss: string | null = null;
  if (c !== null) {
    const p = c.placement;
    const O = c.fullestOsdFill;
    const H = c.fullestOsdFillAfterHostLoss;
    const r = c.nearfull;
    if (p !== null && finite(O) && finite(H) && O > 0 && finite(p.crushSafeStoredBytes)) {
      worstHostLoss = p.worstHostLoss?.hosts ?? null;
      const K = Math.max(O, H);
      add(
        { id: 'ceph.fullest-osd', unit: 'ratio', threshold: (O * r) / K, now: O, from: ['ceph.fullestOsdFill', 'ceph.fullestOsdFillAfterHostLoss', 'ceph.nearfull'], source: 'crushSimulation' },
        t.stepFullest,
        'O * r / max(O, H)',
        { O, r, H },
      );
      add({ id: 'ceph.stored', unit: 'bytes', threshold: p.crushSafeStoredBytes, now: p.storedBytes, from: ['ceph.placement.crushSafeStoredBytes'], source: 'crushSimulation' }, t.stepStored, 'Z', {
        Z: p.crushSafeStoredBytes,
      });
    } else if (finite(c.safeRawBytes) && c.healing === 'heals') {
      checks.push(check('alerts.ceph.average-model', 'warn', 'alerts.ceph.average-model'));
      add({ id: 'ceph.raw-used', unit: 'bytes', threshold: c.safeRawBytes, now: c.usedBytes, from: ['ceph.safeRawBytes'], source: 'cephCapacity' }, t.stepRaw, 'A', { A: c.safeRawBytes });
    } else checks.push(check('alerts.ceph.none', 'warn', 'alerts.ceph.no-threshold', { healing: c.healing }));
  }

  return {
    failures: m.failures,
    failedNodes: m.failedNodes,
    maxUtilization: m.maxUtilization,
    nearfull: c?.nearfull ?? null,
    nearfullFrom: analysis.used.nearfullFrom,
    worstHostLoss,
    thresholds: out,
    assumed: { nodes: m.perNode.length > 0 ? m.perNode.length : null, inOsds: c !== null && c.osdCount > 0 ? c.osdCount : null },
    checks,
    derivation: steps,
  };
}
