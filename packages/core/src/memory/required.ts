import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { explaining } from '../explain/recorder.js';
import { step } from '../explain/step.js';
import { fromStep, varSymbols } from '../explain/symbols.js';
import type { Check, Explained, Outcome, Step } from '../explain/types.js';
import { ceilBytes } from '../units/rounding.js';
import { clusterChecks, overcommit } from './common-checks.js';
import { memoryMessages } from './messages.js';
import { memoryCheck } from './memory-messages.js';
import { DEFAULT_PURCHASABLE_NODE_RAM, smallestCovering } from './purchasable.js';
import { hostReservation } from './reservations.js';
import { type MemoryUsed, memoryUsed, type RequiredMemoryInput, requiredMemoryInput } from './schema.js';
import { MEMORY_KSM_NEED_SYMBOLS, MEMORY_ORIGINS, MEMORY_SYMBOLS, purchasableOrigin } from './symbols.js';

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
    // R appears only when above 0, so a reservation was stated and its step precedes.
    const origins = { ...MEMORY_ORIGINS, R: fromStep('memory.reserve-per-node'), B: purchasableOrigin(v.purchasableBytes !== undefined) };
    const glossary = v.ksmSavings === undefined ? MEMORY_SYMBOLS : MEMORY_KSM_NEED_SYMBOLS;
    steps.push(
      step(
        {
          id: 'memory.required',
          title: t.stepRequired,
          expr: R > 0 ? '(G / (N - f) + R) / u' : 'G / u / (N - f)',
          vars: R > 0 ? { G, N, f, R, u } : { G, u, N, f },
          varUnits: { G: 'bytes', N: 'count', f: 'count', R: 'bytes', u: 'ratio' },
          symbols: varSymbols(glossary, { G, N, f, R, u }, origins),
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
          // B, not P: P is a node's threads in the vCPU:pCPU step of the same derivation.
          {
            id: 'memory.recommended',
            title: t.stepRecommended,
            expr: 'B',
            vars: { B: recommended },
            varUnits: { B: 'bytes' },
            value: recommended,
            unit: 'bytes',
            source: 'derived',
            symbols: varSymbols(MEMORY_SYMBOLS, { B: 0 }, origins),
          },
          lang,
          v.system,
        ),
      );
      steps.push(
        step(
          {
            id: 'memory.total-recommended',
            title: t.stepTotalRecommended,
            expr: 'N * B',
            vars: { N, B: recommended },
            varUnits: { N: 'count', B: 'bytes' },
            symbols: varSymbols(MEMORY_SYMBOLS, { N, B: 0 }, { ...origins, B: fromStep('memory.recommended') }),
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
