import { check } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { LIMITS } from '../explain/limits.js';
import { count, hostCount, lang, rate } from '../explain/schema.js';
import * as z from 'zod/mini';
import { step } from '../explain/step.js';
import type { Check, Explained, Lang, Outcome, Step } from '../explain/types.js';
import { formatRate } from '../units/format.js';
import { networkMessages } from './messages.js';

export const BOND_MODES = ['lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb'] as const;
export const HASH_POLICIES = ['layer2', 'layer2+3', 'layer3+4'] as const;
export type BondMode = (typeof BOND_MODES)[number];
export type HashPolicy = (typeof HASH_POLICIES)[number];

export const bondInput = z
  .object({
    links: count(1, LIMITS.bondLinks),
    speedBps: rate,
    mode: z._default(z.enum(BOND_MODES), 'lacp'),
    /** Linux's default xmit_hash_policy is layer2. */
    hash: z._default(z.enum(HASH_POLICIES), 'layer2'),
    flows: z._default(count(1), 1),
    peers: z._default(hostCount(), 1),
    down: z._default(count(0), 1),
    lang,
  })
  .check(z.superRefine((v, ctx) => {
    if (v.down > v.links) ctx.addIssue({ code: 'custom', path: ['down'], message: `must be at most the number of links (${v.links})`, input: v.down });
  }));
export type BondInput = z.input<typeof bondInput>;

export interface BondResult extends Explained {
  readonly aggregateBps: number;
  readonly degradedBps: number;
  readonly singleFlowBps: number;
  readonly expectedBps: number;
  readonly expectedBusyLinks: number;
  readonly passes: boolean;
}

/** Modes that hash flows onto links (802.3ad and balance-xor share xmit_hash_policy). */
const hashed = (mode: BondMode) => mode === 'lacp' || mode === 'balance-xor';

/** Distinct hash inputs: layer2/layer2+3 see one per peer host, layer3+4 one per flow. */
export function hashBalls(hash: HashPolicy, flows: number, peers: number): number {
  return hash === 'layer3+4' ? flows : Math.min(flows, peers);
}

/** Expected non-empty bins when b balls fall uniformly into n bins: n(1 − (1 − 1/n)^b). */
export function expectedBusyLinks(n: number, b: number): number {
  return n * (1 - (1 - 1 / n) ** b);
}

export function bond(input: BondInput): Outcome<BondResult> {
  return validated(bondInput, input, (v) => bondModel(v));
}

/** The bond model on validated input; also used by the recovery-time calculator. */
export function bondModel(v: z.output<typeof bondInput>): BondResult {
  const { links: n, speedBps: L, mode, hash, flows: f, peers: P, down: k, lang } = v;
  const t = networkMessages(lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const units = { n: 'count', L: 'bits/s', k: 'count', b: 'count', f: 'count', B: 'number' } as const;
  const s = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: 'bits/s' | 'number' = 'bits/s', derived = false) =>
    steps.push(step({ id, title, expr, vars, varUnits: units, value, unit, source: derived ? 'derived' : mode === 'lacp' || mode === 'active-backup' ? 'courseLacp' : 'linuxBonding' }, lang));

  let aggregateBps: number;
  let degradedBps: number;
  let singleFlowBps = L;
  let busy = 1;
  if (mode === 'active-backup') {
    aggregateBps = L;
    degradedBps = k < n ? L : 0;
    s('bond.aggregate', t.stepAggregate, 'L', { L }, aggregateBps);
    s('bond.degraded', t.stepDegraded, k < n ? 'L' : '0 * L', { L }, degradedBps);
    checks.push(check('bond.mode', 'ok', t.activeBackup));
  } else {
    aggregateBps = n * L;
    degradedBps = (n - k) * L;
    s('bond.aggregate', t.stepAggregate, 'n * L', { n, L }, aggregateBps);
    s('bond.degraded', t.stepDegraded, '(n - k) * L', { n, k, L }, degradedBps);
  }
  if (mode === 'balance-rr') {
    singleFlowBps = n * L;
    busy = n;
    s('bond.single-flow', t.stepSingleFlow, 'n * L', { n, L }, singleFlowBps);
    checks.push(check('bond.reordering', 'warn', t.rrReorder));
  } else {
    s('bond.single-flow', t.stepSingleFlow, 'L', { L }, singleFlowBps);
    checks.push(check('bond.single-flow', 'ok', t.singleFlow(formatRate(L, lang))));
  }
  if (hashed(mode)) {
    const b = hashBalls(hash, f, P);
    busy = expectedBusyLinks(n, b);
    s('bond.busy-links', t.stepBusy, 'n * (1 - (1 - 1 / n) ^ b)', { n, b }, busy, 'number', true);
    if (hash !== 'layer3+4' && n > 1 && f > P) checks.push(check('bond.hash-one-link', 'warn', t.hashOneLink(hash)));
    if (mode === 'lacp') checks.push(check('bond.lacp-switch', 'ok', t.lacpSwitch));
  } else if (mode === 'balance-tlb' || mode === 'balance-alb') {
    // Transmit load balancing assigns peers to the least-loaded link, not by hash.
    busy = Math.min(n, Math.min(f, P));
    s('bond.busy-links', t.stepBusy, 'min(n, min(f, P))', { n, f, P }, busy, 'number');
  }
  const expectedBps = mode === 'active-backup' ? L : busy * L;
  if (mode !== 'active-backup') s('bond.expected', t.stepExpected, 'B * L', { B: busy, L }, expectedBps, 'bits/s', true);
  if (degradedBps === 0) checks.push(check('bond.no-redundancy', 'warn', t.noRedundancy));
  if (aggregateBps < 10e9) checks.push(check('bond.storage-speed', 'warn', t.slowStorage(formatRate(aggregateBps, lang))));
  return { aggregateBps, degradedBps, singleFlowBps, expectedBps, expectedBusyLinks: busy, passes: !checks.some((c) => c.level === 'fail'), checks, derivation: steps };
}

export type { Lang };
