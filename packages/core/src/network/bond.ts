import { validated } from '../explain/outcome.js';
import { LIMITS, limitMessage } from '../explain/limits.js';
import { count, hostCount, lang, rate } from '../explain/schema.js';
import * as z from 'zod/mini';
import { step } from '../explain/step.js';
import { fromInput, fromStep, MODEL, varSymbols } from '../explain/symbols.js';
import type { Check, Lang, Outcome, Step, SymbolOrigin } from '../explain/types.js';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { expectedMaxLoad } from './max-load.js';
import { BOND_MESSAGES, bondSteps } from './messages.js';
import { BOND_BALANCED_SYMBOLS, BOND_STRIPED_SYMBOLS, BOND_SYMBOLS } from './symbols.js';

export const BOND_MODES = ['lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb'] as const;
export const HASH_POLICIES = ['layer2', 'layer2+3', 'layer3+4'] as const;
export type BondMode = (typeof BOND_MODES)[number];
export type HashPolicy = (typeof HASH_POLICIES)[number];

/**
 * A bond's mode and hash policy as every calculator over a bond reads them (bond, network, drain,
 * backup, filer): 802.3ad unless given, and layer2, Linux's default xmit_hash_policy
 * (torvalds/linux:Documentation/networking/bonding.rst).
 */
export const BOND_DEFAULTS = { links: 1, mode: 'lacp', hash: 'layer2' } as const satisfies { links: number; mode: BondMode; hash: HashPolicy };
export const BOND_MODE_FIELDS = { mode: z._default(z.enum(BOND_MODES), BOND_DEFAULTS.mode), hash: z._default(z.enum(HASH_POLICIES), BOND_DEFAULTS.hash) };
/** A bond's member links where the calculator's question is not the bond itself: one unless given. */
export const BOND_LINKS_FIELD = z._default(count(1, LIMITS.bondLinks), BOND_DEFAULTS.links);

export const bondInput = z
  .object({
    links: count(1, LIMITS.bondLinks),
    speedBps: rate,
    ...BOND_MODE_FIELDS,
    flows: z._default(count(1), 1),
    peers: z._default(hostCount(), 1),
    down: z._default(count(0), 1),
    lang,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.down > v.links) ctx.addIssue({ code: 'custom', path: ['down'], message: limitMessage({ k: 'atMostLinks', max: v.links }), input: v.down });
    }),
  );
export type BondInput = z.input<typeof bondInput>;

export interface BondResult extends Echoed {
  readonly aggregateBps: number;
  readonly degradedBps: number;
  /** Links left up in the degraded case (n − k): the links the degraded figures run on. */
  readonly upLinks: number;
  readonly singleFlowBps: number;
  /** balance-rr: one flow striped over n links is a ceiling, not a promise (reordering; the switch delivers a flow on one port). */
  readonly singleFlowIsUpperBound: boolean;
  /** Long-lived elastic flows: every busy link full. */
  readonly expectedBps: number;
  /** Equal-sized transfers (recovery, migration, backup): the busiest link sets the finish time. */
  readonly transferBps: number;
  readonly expectedBusyLinks: number;
  readonly passes: boolean;
  /** The inputs the figures were computed from, defaults included (mode, hash, flows, peers, down). */
  readonly used: {
    readonly links: number;
    readonly speedBps: number;
    readonly mode: BondMode;
    readonly hash: HashPolicy;
    readonly flows: number;
    readonly peers: number;
    readonly down: number;
  };
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

/** One host's bond, as the recovery and planning models see it. */
export interface BondLink {
  readonly links: number;
  readonly speedBps: number;
  readonly mode: BondMode;
  readonly hash: HashPolicy;
}

/** The bond's figures without messages or derivation: the one place the mode rules live. */
export interface BondRates {
  readonly aggregateBps: number;
  /** One TCP flow; for balance-rr an upper bound (reordering; the switch delivers a flow on one port). */
  readonly singleFlowBps: number;
  /** Distinct hash inputs (or peer groups) spread over the links. */
  readonly balls: number;
  readonly expectedBusyLinks: number;
  /** Expected flows (hash inputs) on the busiest link: sets the finish time of equal transfers. */
  readonly busiestLoad: number;
  /** Long-lived elastic flows: every busy link full. */
  readonly expectedBps: number;
  /** Equal-sized transfers: bytes ÷ the time the busiest link takes, balls × L ÷ busiestLoad. */
  readonly transferBps: number;
  /** What the peers can push into this host (transmit side of the peers, receive side of this bond). */
  readonly inboundExpectedBps: number;
  readonly inboundTransferBps: number;
  /**
   * How the inbound rates come about, for a derivation to show: b hash inputs, e busy links, M inputs
   * on the busiest link (transfer = b × L ÷ M, expected = e × L); null when one link receives
   * everything (active-backup, balance-tlb: both rates are L).
   */
  readonly inboundSpread: InboundSpread | null;
}

export interface InboundSpread {
  readonly balls: number;
  readonly busyLinks: number;
  readonly busiestLoad: number;
}

/** Spreads of b equal hash inputs over n links: expected busy links, expected busiest load, transfer rate. */
function hashedSpread(n: number, b: number, L: number) {
  const busy = expectedBusyLinks(n, b);
  const busiest = expectedMaxLoad(n, b);
  return { busy, busiest, expected: busy * L, transfer: (b * L) / busiest };
}

/** Peer groups placed on the least-loaded link in turn (balance-tlb/alb): the busiest carries ⌈b ÷ n⌉. */
function balancedSpread(n: number, b: number, L: number) {
  const busiest = Math.ceil(b / n);
  return { busy: Math.min(n, b), busiest, expected: Math.min(n, b) * L, transfer: (b * L) / busiest };
}

/**
 * The bond's rates for `flows` flows to `peers` hosts, all links up. Transmit side:
 * - active-backup: one link; balance-rr: packets striped, every link evenly loaded;
 * - lacp / balance-xor: the b hash inputs thrown like balls into n bins;
 * - balance-tlb / balance-alb: peers assigned to the least-loaded link.
 * Receive side (bonding.rst): balance-tlb receives on the current active link only; balance-alb
 * spreads peers over the links by ARP negotiation; lacp / balance-xor / balance-rr receive what the
 * switch hashes to each port, one flow per port (counted per flow for balance-rr, as the host's
 * policy for lacp / balance-xor: the most favourable case).
 */
export function bondRates(l: BondLink, flows: number, peers: number): BondRates {
  const { links: n, speedBps: L, mode } = l;
  if (mode === 'active-backup') {
    return { aggregateBps: L, singleFlowBps: L, balls: 1, expectedBusyLinks: 1, busiestLoad: 1, expectedBps: L, transferBps: L, inboundExpectedBps: L, inboundTransferBps: L, inboundSpread: null };
  }
  if (mode === 'balance-rr') {
    const inbound = hashedSpread(n, flows, L);
    return {
      aggregateBps: n * L,
      singleFlowBps: n * L,
      balls: flows,
      expectedBusyLinks: n,
      busiestLoad: 1,
      expectedBps: n * L,
      transferBps: n * L,
      inboundExpectedBps: inbound.expected,
      inboundTransferBps: inbound.transfer,
      inboundSpread: { balls: flows, busyLinks: inbound.busy, busiestLoad: inbound.busiest },
    };
  }
  const b = hashed(mode) ? hashBalls(l.hash, flows, peers) : Math.min(flows, peers);
  const out = hashed(mode) ? hashedSpread(n, b, L) : balancedSpread(n, b, L);
  const tlb = mode === 'balance-tlb';
  return {
    aggregateBps: n * L,
    singleFlowBps: L,
    balls: b,
    expectedBusyLinks: out.busy,
    busiestLoad: out.busiest,
    expectedBps: out.expected,
    transferBps: out.transfer,
    inboundExpectedBps: tlb ? L : out.expected,
    inboundTransferBps: tlb ? L : out.transfer,
    inboundSpread: tlb ? null : { balls: b, busyLinks: out.busy, busiestLoad: out.busiest },
  };
}

/**
 * Where capa bond's letters come from: the inputs (spec keys, marked defaults by the adapters), b the
 * flows themselves where each flow is a hash input, else min(f, P) as the model counts it.
 */
function bondOrigins(mode: BondMode, hash: HashPolicy): Record<string, SymbolOrigin> {
  const flowsAreInputs = mode === 'balance-rr' || (hashed(mode) && hash === 'layer3+4');
  return {
    n: fromInput('links'),
    L: fromInput('speed'),
    k: fromInput('down'),
    f: fromInput('flows'),
    P: fromInput('peers'),
    b: flowsAreInputs ? fromInput('flows') : MODEL,
    // The busiest link's expected load (max-load.ts) where its step shows it; balance-rr's busy links are all n.
    M: MODEL,
    B: MODEL,
  };
}
const sourceOf = (mode: BondMode) => (mode === 'lacp' || mode === 'active-backup' ? 'courseLacp' : 'linuxBonding');
/** A letter an earlier step computed (balance-rr has no busy-links step: its busy links are all n, the model's). */
const STEP_ORIGINS: Readonly<Record<string, Readonly<Record<string, SymbolOrigin>>>> = {
  'bond.expected': { B: fromStep('bond.busy-links') },
  'bond.transfer': { M: fromStep('bond.busiest') },
};

/** The bond model on validated input. */
export function bondModel(v: z.output<typeof bondInput>): BondResult {
  const { links: n, speedBps: L, mode, hash, flows: f, peers: P, down: k, lang } = v;
  const t = bondSteps(lang);
  const check = checkMaker(BOND_MESSAGES, lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const units = { n: 'count', L: 'bits/s', k: 'count', b: 'count', f: 'count', P: 'count', B: 'number', M: 'number' } as const;
  const glossary = mode === 'balance-tlb' || mode === 'balance-alb' ? BOND_BALANCED_SYMBOLS : mode === 'balance-rr' ? BOND_STRIPED_SYMBOLS : BOND_SYMBOLS;
  const from = bondOrigins(mode, hash);
  const s = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: 'bits/s' | 'number' = 'bits/s', derived = false) =>
    steps.push(
      step(
        {
          id,
          title,
          expr,
          vars,
          varUnits: units,
          value,
          unit,
          source: derived ? 'derived' : sourceOf(mode),
          symbols: varSymbols(glossary, vars, { ...from, ...(mode === 'balance-rr' ? {} : STEP_ORIGINS[id]) }),
        },
        lang,
      ),
    );

  const r = bondRates({ links: n, speedBps: L, mode, hash }, f, P);
  const aggregateBps = r.aggregateBps;
  let degradedBps: number;
  if (mode === 'active-backup') {
    degradedBps = k < n ? L : 0;
    s('bond.aggregate', t.stepAggregate, 'L', { L }, aggregateBps);
    s('bond.degraded', t.stepDegraded, k < n ? 'L' : '0 * L', { L }, degradedBps);
    checks.push(check('bond.mode', 'ok', 'bond.mode'));
  } else {
    degradedBps = (n - k) * L;
    s('bond.aggregate', t.stepAggregate, 'n * L', { n, L }, aggregateBps);
    s('bond.degraded', t.stepDegraded, '(n - k) * L', { n, k, L }, degradedBps);
  }
  if (mode === 'balance-rr') {
    s('bond.single-flow', t.stepSingleFlowRr, 'n * L', { n, L }, r.singleFlowBps);
    checks.push(check('bond.reordering', 'warn', 'bond.reordering'));
  } else {
    s('bond.single-flow', t.stepSingleFlow, 'L', { L }, r.singleFlowBps);
    checks.push(check('bond.single-flow', 'ok', 'bond.single-flow', { speedBps: L }));
  }
  const b = r.balls;
  if (hashed(mode)) {
    s('bond.busy-links', t.stepBusy, 'n * (1 - (1 - 1 / n) ^ b)', { n, b }, r.expectedBusyLinks, 'number', true);
    s('bond.busiest', t.stepBusiest, 'M', { M: r.busiestLoad }, r.busiestLoad, 'number', true);
    if (hash !== 'layer3+4' && n > 1 && f > P) checks.push(check('bond.hash-one-link', 'warn', 'bond.hash-one-link', { hash }));
    if (mode === 'lacp') checks.push(check('bond.lacp-switch', 'ok', 'bond.lacp-switch'));
  } else if (mode === 'balance-tlb' || mode === 'balance-alb') {
    // Transmit load balancing assigns peers to the least-loaded link, not by hash.
    s('bond.busy-links', t.stepBusy, 'min(n, min(f, P))', { n, f, P }, r.expectedBusyLinks, 'number');
    s('bond.busiest', t.stepBusiestBalanced, 'ceil(b / n)', { b, n }, r.busiestLoad, 'number');
    if (mode === 'balance-tlb' && n > 1) checks.push(check('bond.tlb-receive', 'warn', 'bond.tlb-receive', { speedBps: L }));
  }
  if (mode !== 'active-backup') s('bond.expected', t.stepExpected, 'B * L', { B: r.expectedBusyLinks, L }, r.expectedBps, 'bits/s', true);
  if (hashed(mode) || mode === 'balance-tlb' || mode === 'balance-alb') s('bond.transfer', t.stepTransfer, 'b * L / M', { b, L, M: r.busiestLoad }, r.transferBps, 'bits/s', true);
  else s('bond.transfer', t.stepTransferEven, mode === 'balance-rr' ? 'n * L' : 'L', mode === 'balance-rr' ? { n, L } : { L }, r.transferBps, 'bits/s', true);
  if (degradedBps === 0) checks.push(check('bond.no-redundancy', 'warn', 'bond.no-redundancy'));
  if (aggregateBps < 10e9) checks.push(check('bond.storage-speed', 'warn', 'bond.storage-speed', { aggregateBps }));
  return {
    aggregateBps,
    degradedBps,
    upLinks: n - k,
    singleFlowBps: r.singleFlowBps,
    singleFlowIsUpperBound: mode === 'balance-rr',
    expectedBps: r.expectedBps,
    transferBps: r.transferBps,
    expectedBusyLinks: r.expectedBusyLinks,
    passes: !checks.some((c) => c.level === 'fail'),
    used: { links: n, speedBps: L, mode, hash, flows: f, peers: P, down: k },
    checks,
    derivation: steps,
  };
}

export type { Lang };
