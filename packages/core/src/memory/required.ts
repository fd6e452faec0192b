import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { explaining } from '../explain/recorder.js';
import { step } from '../explain/step.js';
import type { Check, Explained, Outcome, Step } from '../explain/types.js';
import { ceilBytes } from '../units/rounding.js';
import { clusterChecks, overcommit } from './common-checks.js';
import { memoryMessages } from './messages.js';
import { memoryCheck } from './memory-messages.js';
import { DEFAULT_PURCHASABLE_NODE_RAM, smallestCovering } from './purchasable.js';
import { hostReservation } from './reservations.js';
import { type MemoryUsed, memoryUsed, type RequiredMemoryInput, requiredMemoryInput } from './schema.js';

export interface RequiredMemoryResult extends Explained {
  readonly nodes: number;
  readonly failures: number;
  readonly guestRamBytes: number;
  /** Rounded up to the byte: a requirement is never understated. */
  readonly requiredNodeRamBytes: number;
  /** Smallest purchasable size ≥ required, or null when none is large enough. */
  readonly recommendedNodeRamBytes: number | null;
  /** nodes × recommended, or null. */
  readonly totalRamBytes: number | null;
  readonly hostReservePerNodeBytes: number;
  readonly overcommitRatio: number | null;
  readonly passes: boolean;
  /** Every scalar input the computation used, defaults included; `purchasable` says whose size list. */
  readonly used: MemoryUsed & { readonly nodes: number; readonly purchasable: 'default' | 'given' };
}

/**
 * Node RAM needed for a guest total: (G ÷ (N − f) + R) ÷ u, the course's R ÷ u ÷ (N − f) when no
 * reservation is stated (700 GB over 5 nodes → 233.3 GB; the course's "700*100/75*(5-1)" is a slip
 * for a division by (5 − 1)).
 */
export function requiredMemory(input: RequiredMemoryInput): Outcome<RequiredMemoryResult> {
  return validated(requiredMemoryInput, input, (v) => {
    const { lang, nodes: N, failures: f, maxUtilization: u } = v;
    const t = memoryMessages(lang);
    const steps: Step[] = [];
    const checks: Check[] = [];
    const rec = explaining(lang, v.system);
    const check = memoryCheck(rec);
    const res = hostReservation(v, rec);
    steps.push(...res.steps);
    const R = res.perNodeBytes;
    const G = v.ksmSavings === undefined ? v.guestRamBytes : v.guestRamBytes * (1 - v.ksmSavings);
    const requiredRaw = (G / (N - f) + R) / u;
    steps.push(
      step(
        {
          id: 'memory.required',
          title: t.stepRequired,
          expr: R > 0 ? '(G / (N - f) + R) / u' : 'G / u / (N - f)',
          vars: R > 0 ? { G, N, f, R, u } : { G, u, N, f },
          varUnits: { G: 'bytes', N: 'count', f: 'count', R: 'bytes', u: 'ratio' },
          value: requiredRaw,
          unit: 'bytes',
          source: 'courseMemory',
        },
        lang,
        v.system,
      ),
    );
    const requiredNodeRamBytes = ceilBytes(requiredRaw);
    const sizes = v.purchasableBytes ?? DEFAULT_PURCHASABLE_NODE_RAM;
    const recommended = smallestCovering(requiredNodeRamBytes, sizes) ?? null;
    if (recommended === null) {
      checks.push(check('memory.purchasable', 'fail', 'memory.purchasable.none', () => ({ requiredBytes: requiredNodeRamBytes, maxBytes: Math.max(...sizes) }), 'memory'));
    } else {
      steps.push(
        step(
          { id: 'memory.recommended', title: t.stepRecommended, expr: 'P', vars: { P: recommended }, varUnits: { P: 'bytes' }, value: recommended, unit: 'bytes', source: 'derived' },
          lang,
          v.system,
        ),
      );
      steps.push(
        step(
          {
            id: 'memory.total-recommended',
            title: t.stepTotalRecommended,
            expr: 'N * P',
            vars: { N, P: recommended },
            varUnits: { N: 'count', P: 'bytes' },
            value: N * recommended,
            unit: 'bytes',
            source: 'derived',
          },
          lang,
          v.system,
        ),
      );
      checks.push(check('memory.purchasable', 'ok', 'memory.purchasable', () => ({ requiredBytes: requiredNodeRamBytes, recommendedBytes: recommended }), 'memory'));
    }
    const ksm = v.ksmSavings;
    if (ksm !== undefined && ksm > 0) checks.push(check('memory.ksm', 'warn', 'memory.ksm', () => ({ savings: ksm, u }), 'memory'));
    checks.push(...clusterChecks(N, f, v, res, v.qdevice, rec));
    const oc = overcommit(v.vcpus, v.cpuThreadsPerNode, N - f, v.maxOvercommit, rec);
    steps.push(...oc.steps);
    checks.push(...oc.checks);
    return {
      nodes: N,
      failures: f,
      guestRamBytes: v.guestRamBytes,
      requiredNodeRamBytes,
      recommendedNodeRamBytes: recommended,
      totalRamBytes: recommended === null ? null : N * recommended,
      hostReservePerNodeBytes: ceilBytes(R),
      overcommitRatio: oc.ratio,
      used: { nodes: N, ...memoryUsed(v), purchasable: v.purchasableBytes === undefined ? 'default' : 'given' },
      passes: !hasFailure(checks),
      checks,
      derivation: steps,
    };
  });
}
