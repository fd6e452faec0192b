import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { explaining, type Recorder } from '../explain/recorder.js';
import type { Check, Explained, Outcome, Step } from '../explain/types.js';
import { fromInput, fromStep, varSymbols } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';
import { ceilBytes, floorBytes } from '../units/rounding.js';
import { clusterChecks, overcommit } from './common-checks.js';
import { memoryMessages } from './messages.js';
import { memoryCheck } from './memory-messages.js';
import { clampedStep, guestHosts, largestFailedRam, survivingRoom } from './per-node.js';
import { hostReservation } from './reservations.js';
import { type MemoryUsed, memoryUsed, type UsableMemoryInput, usableMemoryInput, type UsableMemoryValues } from './schema.js';
import { groupSymbols, MEMORY_ORIGINS, MEMORY_SYMBOLS } from './symbols.js';

export interface UsableMemoryResult extends Explained {
  readonly nodes: number;
  readonly failures: number;
  readonly maxUtilization: number;
  readonly totalRamBytes: number;
  readonly survivingRamBytes: number;
  /** Surviving nodes that can host guests (u × M above the reservation) and their RAM. */
  readonly guestHostNodes: number;
  readonly guestHostRamBytes: number;
  readonly hostReservePerNodeBytes: number;
  /** Rounded down to the byte: a capacity is never overstated. */
  readonly usableGuestRamBytes: number;
  readonly usableFraction: number;
  readonly ksmUsableGuestRamBytes: number | null;
  readonly overcommitRatio: number | null;
  readonly passes: boolean;
  /** Every scalar input the computation used, defaults included (the node groups are the input itself). */
  readonly used: MemoryUsed;
}

/**
 * Usable guest memory under the N − f rule: with the f largest nodes down, guests plus host
 * reservations stay within u of the survivors' RAM: usable = u × ΣM(survivors) − Σ reservations.
 * Homogeneous nodes give the course's M × (N − f) × u.
 */
export function usableMemory(input: UsableMemoryInput): Outcome<UsableMemoryResult> {
  return validated(usableMemoryInput, input, (v) => usableMemoryOf(v, explaining(v.lang, v.system)));
}

/**
 * The rule itself, on validated values: `usableMemory` runs it explained; the planner's optimizer runs
 * it with the FAST recorder (no step, no message) on inputs its scenario checks already validated.
 */
export function usableMemoryOf(v: UsableMemoryValues, rec: Recorder): UsableMemoryResult {
  const { failures: f, maxUtilization: u } = v;
  const lang = rec.lang;
  const t = memoryMessages(lang);
  const check = memoryCheck(rec);
  const groups = v.nodeGroups.length === 1 ? v.nodeGroups : [...v.nodeGroups].sort((a, b) => b.ramBytes - a.ramBytes);
  const nodes = groups.reduce((s, g) => s + g.count, 0);
  const homogeneous = groups.every((g) => g.ramBytes === groups[0]?.ramBytes);
  const steps: Step[] = [];

  const totalRamBytes = groups.reduce((s, g) => s + g.count * g.ramBytes, 0);
  const failedRam = largestFailedRam(groups, f);
  const survivingRamBytes = totalRamBytes - failedRam;
  const survivors = nodes - f;
  const res = hostReservation(v, rec);
  const R = res.perNodeBytes;
  steps.push(...res.steps);

  // R is the reservation step's figure; without one stated, the (zero) system reservation typed or defaulted.
  const origins: Record<string, SymbolOrigin> = {
    ...MEMORY_ORIGINS,
    R: res.stated ? fromStep('memory.reserve-per-node') : fromInput('hostReserve'),
    ...(homogeneous ? {} : { T: fromStep('memory.total'), F: fromStep('memory.failed') }),
  };
  const sym = (vars: Readonly<Record<string, number>>) => varSymbols(MEMORY_SYMBOLS, vars, origins);
  let usableRaw: number;
  const nodeChecks: Check[] = [];
  if (homogeneous) {
    const M = groups[0]?.ramBytes ?? 0;
    usableRaw = M * survivors * u - survivors * R;
    rec.step?.(steps, {
      id: 'memory.usable',
      title: t.stepUsable,
      // max(0, …): reservations beyond the allowance leave nothing, never a negative size.
      expr: R > 0 ? 'max(0, M * (N - f) * u - (N - f) * R)' : 'M * (N - f) * u',
      vars: R > 0 ? { M, N: nodes, f, u, R } : { M, N: nodes, f, u },
      varUnits: { M: 'bytes', N: 'count', f: 'count', u: 'ratio', R: 'bytes' },
      symbols: sym({ M, N: nodes, f, u, R }),
      value: Math.max(0, usableRaw),
      unit: 'bytes',
      source: 'courseMemory',
    });
  } else {
    // A node whose reservations take its whole allowance (u × M ≤ R) gives guests nothing, never
    // less: its reservations stay on it and do not eat the other nodes' room.
    const clamped = groups.some((g) => u * g.ramBytes < R);
    usableRaw = clamped ? survivingRoom(groups, f, u, R) : u * (totalRamBytes - failedRam) - survivors * R;
    if (rec.explains) {
      const vars: Record<string, number> = {};
      groups.forEach((g, i) => {
        vars[`M${i + 1}`] = g.ramBytes;
        vars[`c${i + 1}`] = g.count;
      });
      const totalExpr = groups.map((_, i) => `M${i + 1} * c${i + 1}`).join(' + ');
      rec.step?.(steps, {
        id: 'memory.total',
        title: t.stepTotal,
        expr: totalExpr,
        vars,
        varUnits: Object.fromEntries(Object.keys(vars).map((k) => [k, k.startsWith('M') ? 'bytes' : 'count'])),
        symbols: groupSymbols(
          groups.map((_, i) => i + 1),
          'c',
        ),
        value: totalRamBytes,
        unit: 'bytes',
        source: 'derived',
      });
      rec.step?.(steps, {
        id: 'memory.failed',
        title: t.stepFailed,
        expr: 'F',
        vars: { F: failedRam },
        varUnits: { F: 'bytes' },
        value: failedRam,
        unit: 'bytes',
        source: 'derived',
        symbols: varSymbols(MEMORY_SYMBOLS, { F: 0 }),
      });
      if (clamped) steps.push(clampedStep(groups, f, u, R, t.stepUsable, lang, rec.system, origins));
      else {
        rec.step?.(steps, {
          id: 'memory.usable',
          title: t.stepUsable,
          expr: 'max(0, u * (T - F) - (N - f) * R)',
          vars: { u, T: totalRamBytes, F: failedRam, N: nodes, f, R },
          varUnits: { u: 'ratio', T: 'bytes', F: 'bytes', N: 'count', f: 'count', R: 'bytes' },
          symbols: sym({ u, T: 0, F: 0, N: 0, f: 0, R: 0 }),
          value: Math.max(0, usableRaw),
          unit: 'bytes',
          source: 'courseMemory',
        });
      }
    }
    for (const g of groups) {
      if (R <= 0 || u * g.ramBytes > R) continue;
      const node = () => ({ name: g.name ?? null, position: g.position ?? null, count: g.count, ramBytes: g.ramBytes, reserveBytes: R, u, system: v.system });
      nodeChecks.push(check('memory.node-below-reservations', 'warn', g.ramBytes <= R ? 'memory.node-below-reservations' : 'memory.node-no-guest-room', node, 'memory'));
    }
  }
  const usableGuestRamBytes = Math.max(0, floorBytes(usableRaw));
  const usableFraction = usableGuestRamBytes / totalRamBytes;
  rec.step?.(steps, {
    id: 'memory.usable-fraction',
    title: t.stepFraction,
    expr: 'U / T',
    vars: { U: usableGuestRamBytes, T: totalRamBytes },
    varUnits: { U: 'bytes', T: 'bytes' },
    symbols: sym({ U: 0, T: 0 }),
    value: usableFraction,
    unit: 'ratio',
    source: 'derived',
  });

  let ksmUsable: number | null = null;
  const checks: Check[] = [];
  const ksm = v.ksmSavings;
  if (ksm !== undefined && ksm > 0) {
    ksmUsable = floorBytes(usableGuestRamBytes / (1 - ksm));
    rec.step?.(steps, {
      id: 'memory.ksm',
      title: t.stepKsm,
      // K, not k: k counts the OSDs per node earlier in the same derivation.
      expr: 'U / (1 - K)',
      vars: { U: usableGuestRamBytes, K: ksm },
      varUnits: { U: 'bytes', K: 'ratio' },
      symbols: sym({ U: 0, K: 0 }),
      value: usableGuestRamBytes / (1 - ksm),
      unit: 'bytes',
      source: 'proxmoxKsm',
    });
    checks.push(check('memory.ksm', 'warn', 'memory.ksm', () => ({ savings: ksm, u }), 'memory'));
  }

  if (usableRaw <= 0) checks.push(check('memory.reservations-exceed', 'fail', 'memory.reservations-exceed', () => ({}), 'memory'));
  else checks.push(check('memory.n-minus-f', 'ok', 'memory.n-minus-f', () => ({ usableBytes: usableGuestRamBytes, system: v.system, nodes, failures: f, u }), 'memory'));
  if (!homogeneous)
    checks.push(
      check('memory.heterogeneous', 'warn', 'memory.heterogeneous', () => ({}), 'memory'),
      ...nodeChecks,
    );
  checks.push(...clusterChecks(nodes, f, v, res, v.qdevice, rec));
  const guest = v.guestRamBytes;
  if (guest !== undefined) {
    const capacity = ksmUsable ?? usableGuestRamBytes;
    const fit = () => ({ guestBytes: guest, capacityBytes: capacity, system: v.system });
    checks.push(guest <= capacity ? check('memory.guest-fits', 'ok', 'memory.guest-fits', fit, 'memory') : check('memory.guest-fits', 'fail', 'memory.guest-too-big', fit, 'memory'));
  }
  const oc = overcommit(v.vcpus, v.cpuThreadsPerNode, survivors, v.maxOvercommit, rec);
  const hosts = guestHosts(groups, f, u, R);
  steps.push(...oc.steps);
  checks.push(...oc.checks);

  return {
    nodes,
    failures: f,
    maxUtilization: u,
    totalRamBytes,
    survivingRamBytes,
    guestHostNodes: hosts.nodes,
    guestHostRamBytes: hosts.ramBytes,
    hostReservePerNodeBytes: ceilBytes(R),
    usableGuestRamBytes,
    usableFraction,
    ksmUsableGuestRamBytes: ksmUsable,
    overcommitRatio: oc.ratio,
    used: memoryUsed(v),
    passes: !hasFailure(checks),
    checks,
    derivation: steps,
  };
}
