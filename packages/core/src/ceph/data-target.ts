import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { step } from '../explain/step.js';
import { fromInput, fromStep, MODEL, varSymbols } from '../explain/symbols.js';
import { TARGET_SYMBOLS } from './symbols.js';
import type { Check, Explained, Outcome, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import { type CephDataTargetInput, cephDataTargetInput, type CephDataTargetUsed, cephDataTargetUsed } from './capacity-schema.js';
import { CEPH_CHECK_MESSAGES } from './check-messages.js';
import { cephMessages } from './messages.js';
import { rawPerLogical } from './protection.js';
import { ceilBytes, ceilCount } from '../units/rounding.js';
import { safeOsdsPerHostCannotHeal } from './refill.js';
import { healing, topologyChecks } from './topology-checks.js';
import { explaining } from '../explain/recorder.js';

export interface CephDataTargetResult extends Explained {
  /** D × s × 1.1 ÷ N (EC: D × (k+m)/k × 1.1 ÷ N), rounded up to the byte. */
  readonly ruleOfThumbNodeRawBytes: number;
  /** Per-node raw so that after a host loss the refill stays under nearfull; null when the pool cannot be placed. */
  readonly safeNodeRawBytes: number | null;
  readonly ruleOfThumbDisksPerNode: number | null;
  readonly safeDisksPerNode: number | null;
  readonly passes: boolean;
  /** Every scalar input the computation used, defaults included (ratios, margin). */
  readonly used: CephDataTargetUsed;
}

/** Reverse direction: how much raw per node, and how many disks, a data target needs. */
export function cephDataTarget(input: CephDataTargetInput): Outcome<CephDataTargetResult> {
  return validated(cephDataTargetInput, input, (v) => {
    const { lang, hosts: N, dataBytes: D, protection: p, diskSizeBytes: d, nearfull: r, margin } = v;
    const t = cephMessages(lang);
    const steps: Step[] = [];
    const rec = explaining(lang, v.system);
    const checks: Check[] = topologyChecks(N, p, rec);
    const units: Record<string, StepUnit> = { D: 'bytes', N: 'count', s: 'count', k: 'count', m: 'count', r: 'ratio', d: 'bytes', X: 'bytes', h: 'number', n: 'count' };
    const ec = fromInput('ec');
    const from: Record<string, SymbolOrigin> = { D: fromInput('data'), N: fromInput('nodes'), s: fromInput('replicas'), k: ec, m: ec, r: fromInput('nearfull'), d: fromInput('diskSize'), h: MODEL };
    // X: the raw per host of the step just before (the rule of thumb's or the safe one).
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: Parameters<typeof step>[0]['source'], x?: string) =>
      steps.push(
        step({ id, title, expr, vars, varUnits: units, value, unit, source, symbols: varSymbols(TARGET_SYMBOLS, vars, x === undefined ? from : { ...from, X: fromStep(x) }) }, lang, v.system),
      );
    const pv: Record<string, number> = p.kind === 'replicated' ? { s: p.size } : { k: p.k, m: p.m };
    const over = p.kind === 'replicated' ? 'D * s' : 'D * (k + m) / k';
    const rawNeeded = D * rawPerLogical(p);

    const rot = (rawNeeded * margin) / N;
    add('ceph.rot-node-raw', t.stepRotNode, `${over} * h / N`, { D, ...pv, h: margin, N }, rot, 'bytes', 'courseDisk');
    const ruleOfThumbNodeRawBytes = ceilBytes(rot);

    const heal = healing(N, p);
    let safeNodeRaw: number | null = null;
    let safeDisks: number | null = null;
    if (heal === 'heals') {
      safeNodeRaw = rawNeeded / (r * (N - 1));
      add('ceph.safe-node-raw', t.stepSafeNode, `${over} / (r * (N - 1))`, { D, ...pv, r, N }, safeNodeRaw, 'bytes', 'cephCapacity');
      if (d !== undefined) safeDisks = ceilCount(safeNodeRaw / d);
    } else if (heal === 'cannot-heal') {
      // An OSD loss refills its own host's other OSDs (refill.ts): the inverse of the capacity rule.
      const share = rawNeeded / N;
      if (d !== undefined) {
        const need = safeOsdsPerHostCannotHeal(share, r, d);
        safeDisks = need.osds;
        if (need.osds === 1) add('ceph.safe-disks', t.stepSafeDisks1, `${over} / N / (r * d)`, { D, ...pv, N, r, d }, need.raw, 'number', 'cephCapacity');
        else add('ceph.safe-disks', t.stepSafeDisks, `${over} / N / (r * d) + 1`, { D, ...pv, N, r, d }, need.raw, 'number', 'thomasKrenn3Node');
        safeNodeRaw = safeDisks * d;
      } else {
        safeNodeRaw = share / r;
        add('ceph.safe-node-raw', t.stepSafeNode, `${over} / N / r`, { D, ...pv, N, r }, safeNodeRaw, 'bytes', 'thomasKrenn3Node');
        checks.push(rec.coded(CEPH_CHECK_MESSAGES, 'ceph.safe-lower-bound', 'warn', 'ceph.safe-lower-bound'));
      }
    }

    let rotDisks: number | null = null;
    if (d !== undefined) {
      rotDisks = ceilCount(rot / d);
      add('ceph.rot-disks', t.stepRotDisks, 'ceil(X / d)', { X: rot, d }, rotDisks, 'count', 'courseDisk', 'ceph.rot-node-raw');
      if (rotDisks > 1) {
        const disks = rotDisks;
        const fewer = disks - 1;
        // Says why one disk fewer is not enough (the course's 8 × 16 TB = 128 TB < 132 TB slip), in an ok check's words.
        checks.push(
          rec.coded(CEPH_CHECK_MESSAGES, 'ceph.rule-of-thumb-disks', 'ok', 'ceph.rule-of-thumb-disks', () => ({
            disks,
            diskBytes: d,
            neededBytes: ruleOfThumbNodeRawBytes,
            fewer,
            fewerBytes: fewer * d,
          })),
        );
      }
      if (safeDisks !== null && heal === 'heals' && safeNodeRaw !== null) {
        add('ceph.safe-disks', t.stepSafeDisks, 'ceil(X / d)', { X: safeNodeRaw, d }, safeDisks, 'count', 'cephCapacity', 'ceph.safe-node-raw');
      }
    }
    return {
      ruleOfThumbNodeRawBytes,
      safeNodeRawBytes: safeNodeRaw === null ? null : ceilBytes(safeNodeRaw),
      ruleOfThumbDisksPerNode: rotDisks,
      safeDisksPerNode: safeDisks,
      used: cephDataTargetUsed(v),
      passes: !hasFailure(checks),
      checks,
      derivation: steps,
    };
  });
}
