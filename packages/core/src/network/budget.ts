/**
 * capa network (issue 11): the traffic classes of one bond against its capacity, in three states:
 * every link up, one link down, and during a host failure's recovery (the `recovery` class counts
 * only there). The bond's capacity is the bond model's (bond.ts, one place for the mode rules).
 */
import { hasFailure } from '../explain/check.js';
import { LIMITS } from '../explain/limits.js';
import { validated } from '../explain/outcome.js';
import { count, lang, rate } from '../explain/schema.js';
import { step } from '../explain/step.js';
import { fromDefault, fromInput, fromStep, type SymbolSpec, varSymbols } from '../explain/symbols.js';
import type { Check, Outcome, Step, SymbolOrigin } from '../explain/types.js';
import * as z from 'zod/mini';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { BOND_MODE_FIELDS, bondRates } from './bond.js';
import { BUDGET_MESSAGES, budgetSteps } from './budget-messages.js';
import { BUDGET_SYMBOLS, classSymbol } from './budget-symbols.js';
import { CEPH_CLASSES, CLASS_NAME, type Grant, MAX_CLASSES, shareCapacity, starvingClass, type TrafficClass } from './traffic.js';

/** Proxmox VE's advice for NVMe OSDs: at least 25 Gb/s (the planner's network.nvme-speed reads it here). */
export const NVME_MIN_BPS = 25e9;
/** corosync 3's kronosnet takes up to 8 links (pvecm, "Corosync Redundancy"). */
export const MAX_COROSYNC_LINKS = 8;
export const BUDGET_STATES = ['normal', 'link-down', 'recovery'] as const;
export type BudgetState = (typeof BUDGET_STATES)[number];

export const budgetInput = z
  .object({
    links: count(1, LIMITS.bondLinks),
    speedBps: rate,
    ...BOND_MODE_FIELDS,
    classes: z
      .array(z.object({ name: z.string().check(z.regex(CLASS_NAME, 'must be a letter, then letters, digits, -')), bps: rate }))
      .check(z.minLength(1, `must have from 1 to ${MAX_CLASSES} classes`), z.maxLength(MAX_CLASSES, `must have from 1 to ${MAX_CLASSES} classes`)),
    corosyncLinks: z._default(count(1, MAX_COROSYNC_LINKS), 1),
    nvme: z._default(z.boolean(), false),
    lang,
  })
  .check(
    z.superRefine((v, ctx) => {
      // A class named twice would be counted twice and shared as one.
      v.classes.forEach((c, i) => {
        if (v.classes.findIndex((o) => o.name === c.name) < i) ctx.addIssue({ code: 'custom', path: ['classes', i, 'name'], message: 'is given twice', input: c.name });
      });
    }),
  );
export type BudgetInput = z.input<typeof budgetInput>;

export interface StateBudget {
  readonly state: BudgetState;
  readonly capacityBps: number;
  readonly demandBps: number;
  /** demand ÷ capacity; null when no link is left. */
  readonly utilisation: number | null;
  readonly starving: string | null;
  readonly grants: readonly Grant[];
}

export interface BudgetResult extends Echoed {
  readonly normal: StateBudget;
  readonly linkDown: StateBudget;
  /** Null without a `recovery` class: that state is then the normal one. */
  readonly recovery: StateBudget | null;
  readonly singleFlowBps: number;
  readonly passes: boolean;
  /** The inputs as the model read them (defaults filled), the classes as one `name=bps` list. */
  readonly used: Readonly<Omit<z.output<typeof budgetInput>, 'classes' | 'lang'> & { classes: string }>;
}

export function networkBudget(input: BudgetInput): Outcome<BudgetResult> {
  // The corosync links are a default when left out: their letter says so.
  return validated(budgetInput, input, (v) => budgetModel(v, input.corosyncLinks === undefined ? fromDefault('corosyncLinks') : fromInput('corosyncLinks')));
}

function budgetModel(v: z.output<typeof budgetInput>, corosyncFrom: SymbolOrigin): BudgetResult {
  const { links: n, speedBps: L, mode, hash, lang } = v;
  const t = budgetSteps(lang);
  const check = checkMaker(BUDGET_MESSAGES, lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const units: Record<string, 'count' | 'bits/s'> = { R: 'count', n: 'count', L: 'bits/s', C: 'bits/s', D: 'bits/s' };
  // Every letter's origin; a class's letter is its name, from --class. C and D per state are set by state().
  const from: Record<string, SymbolOrigin> = { n: fromInput('links'), L: fromInput('speed'), R: corosyncFrom };
  const classSymbols: Record<string, SymbolSpec> = {};
  const add = (
    id: string,
    title: string,
    expr: string,
    vars: Record<string, number>,
    value: number,
    unit: 'bits/s' | 'ratio' | 'count',
    source: 'linuxBonding' | 'courseLacp' | 'derived' | 'pvecmNetwork' | 'courseCephNetwork',
    origins: Record<string, SymbolOrigin> = {},
  ) => {
    const symbols = { ...varSymbols(BUDGET_SYMBOLS, vars, { ...from, ...origins }), ...Object.fromEntries(Object.keys(vars).flatMap((x) => (classSymbols[x] ? [[x, classSymbols[x]]] : []))) };
    steps.push(step({ id, title, expr, vars, varUnits: units, value, unit, source, symbols }, lang));
  };
  // A class's name as a formula variable (`ceph-public` → `ceph_public`), so the sum evaluates; a
  // class named n would take the member links' letter, so it gets a suffix.
  const varOf = (name: string): string => (name === 'n' ? 'n_class' : name.replaceAll('-', '_'));
  for (const c of v.classes) {
    units[varOf(c.name)] = 'bits/s';
    classSymbols[varOf(c.name)] = { ...classSymbol(c.name), from: fromInput('class') };
  }
  const bondSource = mode === 'lacp' || mode === 'active-backup' ? 'courseLacp' : 'linuxBonding';
  const classes: TrafficClass[] = v.classes;
  const steady = classes.filter((c) => c.name !== 'recovery');
  const hasRecovery = steady.length < classes.length;

  // Capacity: the bond's aggregate, all links up or one fewer (active-backup keeps one link either way).
  const up = bondRates({ links: n, speedBps: L, mode, hash }, 1, 1);
  const downBps = n > 1 ? bondRates({ links: n - 1, speedBps: L, mode, hash }, 1, 1).aggregateBps : 0;
  const aggExpr = mode === 'active-backup' ? 'L' : 'n * L';
  add('network.capacity', t.capacity, aggExpr, mode === 'active-backup' ? { L } : { n, L }, up.aggregateBps, 'bits/s', bondSource);
  add(
    'network.capacity-down',
    t.capacityDown,
    n === 1 ? '0 * L' : mode === 'active-backup' ? 'L' : '(n - 1) * L',
    n === 1 || mode === 'active-backup' ? { L } : { n, L },
    downBps,
    'bits/s',
    bondSource,
  );

  const state = (s: BudgetState, cls: readonly TrafficClass[], C: number): StateBudget => {
    const D = cls.reduce((a, c) => a + c.bps, 0);
    const grants = shareCapacity(cls, C);
    add(`network.${s}.demand`, t.demand(s), cls.map((c) => varOf(c.name)).join(' + ') || '0', Object.fromEntries(cls.map((c) => [varOf(c.name), c.bps])), D, 'bits/s', 'derived');
    const utilisation = C > 0 ? D / C : null;
    const origins = { D: fromStep(`network.${s}.demand`), C: fromStep(s === 'link-down' ? 'network.capacity-down' : 'network.capacity') };
    if (utilisation !== null) add(`network.${s}.utilisation`, t.utilisation(s), 'D / C', { D, C }, utilisation, 'ratio', 'derived', origins);
    return { state: s, capacityBps: C, demandBps: D, utilisation, starving: starvingClass(grants), grants };
  };
  const normal = state('normal', steady, up.aggregateBps);
  const linkDown = state('link-down', steady, downBps);
  const recovery = hasRecovery ? state('recovery', classes, up.aggregateBps) : null;

  for (const s of [normal, linkDown, recovery]) {
    if (s === null) continue;
    const p = { capacityBps: s.capacityBps, demandBps: s.demandBps, utilisation: s.utilisation, starving: s.starving };
    if (s.capacityBps === 0) checks.push(check(`network.${s.state}`, 'fail', `network.${s.state}.no-link`, p));
    else if (s.starving === null) checks.push(check(`network.${s.state}`, 'ok', `network.${s.state}.fits`, p));
    // Over capacity with every link up is a design fault; after a failure, a degraded mode to know.
    else checks.push(check(`network.${s.state}`, s.state === 'normal' ? 'fail' : 'warn', `network.${s.state}.over`, p));
  }

  const names = classes.map((c) => c.name);
  if (names.includes('corosync')) {
    const saturates = [normal, linkDown, recovery].filter((s) => s !== null && s.starving !== null).map((s) => s?.state ?? '');
    const p = { corosyncLinks: v.corosyncLinks, states: saturates.join(', ') };
    add('network.corosync-links', t.corosyncLinks, 'R', { R: v.corosyncLinks }, v.corosyncLinks, 'count', 'pvecmNetwork');
    if (names.length === 1) checks.push(check('network.corosync-shared', 'ok', 'network.corosync-shared.alone', p));
    else if (v.corosyncLinks >= 2) checks.push(check('network.corosync-shared', 'ok', 'network.corosync-shared.redundant', p));
    else if (saturates.length > 0) checks.push(check('network.corosync-shared', saturates.includes('normal') ? 'fail' : 'warn', 'network.corosync-shared.saturated', p));
    else checks.push(check('network.corosync-shared', 'warn', 'network.corosync-shared.shared', p));
  }
  const ceph = names.filter((c) => CEPH_CLASSES.includes(c));
  if (ceph.length > 0) {
    const others = names.filter((c) => !CEPH_CLASSES.includes(c));
    const foreign = classes.filter((c) => !CEPH_CLASSES.includes(c.name));
    add(
      'network.ceph-shared',
      t.cephShared,
      foreign.map((c) => varOf(c.name)).join(' + ') || '0',
      Object.fromEntries(foreign.map((c) => [varOf(c.name), c.bps])),
      foreign.reduce((a, c) => a + c.bps, 0),
      'bits/s',
      'courseCephNetwork',
    );
    if (others.length > 0) checks.push(check('network.ceph-shared', 'warn', 'network.ceph-shared.shared', { others: others.join(', ') }));
    else checks.push(check('network.ceph-shared', 'ok', 'network.ceph-shared.alone'));
  }
  if (v.nvme) {
    const p = { aggregateBps: up.aggregateBps, minBps: NVME_MIN_BPS };
    checks.push(up.aggregateBps < NVME_MIN_BPS ? check('network.nvme-speed', 'warn', 'network.nvme-speed.slow', p) : check('network.nvme-speed', 'ok', 'network.nvme-speed.fast', p));
  }
  if (up.singleFlowBps < up.aggregateBps) checks.push(check('network.single-flow', 'ok', 'network.single-flow', { singleFlowBps: up.singleFlowBps, aggregateBps: up.aggregateBps }));

  return {
    normal,
    linkDown,
    recovery,
    singleFlowBps: up.singleFlowBps,
    passes: !hasFailure(checks),
    used: { links: n, speedBps: L, mode, hash, classes: classes.map((c) => `${c.name}=${c.bps}`).join(','), corosyncLinks: v.corosyncLinks, nvme: v.nvme },
    checks,
    derivation: steps,
  };
}
