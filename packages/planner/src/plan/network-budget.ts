/**
 * The network budget of a node group's bonds (issue 11, item 2): every bond with `carries` goes
 * through the core's network budget (capa network), `auto` rates resolved from the plan's other
 * areas. The planner adds no maths: the figures are the core spec's, tagged per bond.
 */
import { type BudgetResult, CEPH_CLASSES, type Check, checkMaker, NETWORK_SPEC, networkBudget, renderFigures, type Step, valueAt } from '@capa/core';
import type { BondModel, NodeModel } from '../scenario/model.js';
import { BUDGET_BONDS } from '../scenario/normalize-network.js';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { Ctx } from './context.js';
import { tagChecks, tagSteps, unwrap } from './helpers.js';
import type { BondStarving } from './network-budget-messages.js';
import type { Figure } from './types.js';

export type BudgetBond = (typeof BUDGET_BONDS)[number];

/** The rates the plan derives for `auto` classes (null: not derived in this plan). */
export interface AutoRates {
  /** Per Ceph domain (context.ts), the recovery traffic into one survivor's bond (failure model). */
  readonly recoveryByDomain: ReadonlyMap<string, number>;
  readonly backupBps: number | null;
  readonly migrationBps: number | null;
}

export interface GroupBudget {
  readonly figures: Figure[];
  readonly checks: Check[];
  readonly steps: Step[];
  readonly bonds: BondStarving[];
  /** Bonds whose budget judged the NVMe OSDs' speed (the planner's own check then stays silent there). */
  readonly nvmeJudged: ReadonlySet<BudgetBond>;
}

export const bondOf = (g: NodeModel, b: BudgetBond): BondModel | undefined => (b === 'ceph' ? g.cephNet : b === 'public' ? g.publicNet : b === 'backup' ? g.backupNet : g.corosyncNet);

/** `normal-capacity` → `normalCapacityBps`: the spec's figure ids as the plan's JSON keys, rates suffixed as aggregateBps is. */
const keyOf = (id: string, unit: string): string => id.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()) + (unit === 'bits/s' ? 'Bps' : '');

/** Recovery into this group's bond: the largest over the Ceph domains its OSDs belong to; null when none recovers. */
function recoveryFor(c: Ctx, g: NodeModel, byDomain: ReadonlyMap<string, number>): number | null {
  const rates = c.domains
    .filter((d) => g.osds.some((o) => d.deviceClass === undefined || o.class === d.deviceClass))
    .map((d) => byDomain.get(d.key))
    .filter((v): v is number => v !== undefined && v > 0);
  return rates.length === 0 ? null : Math.max(...rates);
}

export function groupBudget(c: Ctx, g: NodeModel, many: boolean, rates: AutoRates): GroupBudget {
  const { f } = c;
  const out: GroupBudget = { figures: [], checks: [], steps: [], bonds: [], nvmeJudged: new Set() };
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  // knet: each bond carrying corosync is one link of the cluster's corosync ring (pvecm, "Corosync Redundancy").
  const corosyncLinks = Math.max(1, BUDGET_BONDS.filter((b) => bondOf(g, b)?.carries?.some((x) => x.name === 'corosync')).length);
  const auto: Record<string, number | null> = { recovery: recoveryFor(c, g, rates.recoveryByDomain), backup: rates.backupBps, migration: rates.migrationBps };
  for (const b of BUDGET_BONDS) {
    const bond = bondOf(g, b);
    if (bond?.carries === undefined) continue;
    const tag = many ? `${g.name}/${b}` : b;
    const classes: { name: string; bps: number }[] = [];
    for (const x of bond.carries) {
      const bps = x.bps === 'auto' ? (auto[x.name] ?? null) : x.bps;
      if (bps === null || bps <= 0) out.checks.push(...tagChecks([check('network.budget-auto', 'warn', 'network.budget-auto', { class: x.name })], tag));
      else classes.push({ name: x.name, bps });
    }
    if (classes.length === 0) continue;
    const nvme = c.s.ceph !== undefined && g.osds.some((d) => d.class === 'nvme') && classes.some((x) => CEPH_CLASSES.includes(x.name));
    const r: BudgetResult = unwrap(
      networkBudget({ links: bond.links, speedBps: bond.speedBps, mode: bond.mode, hash: bond.hash, classes, corosyncLinks, nvme, lang: f.lang }),
      `${g.path}.network.${b}.carries`,
    );
    if (nvme) (out.nvmeJudged as Set<BudgetBond>).add(b);
    out.checks.push(...tagChecks(r.checks, tag));
    out.steps.push(...tagSteps(r.derivation, tag));
    const shown = renderFigures(NETWORK_SPEC.figures, r, f.lang, f.system);
    for (const spec of NETWORK_SPEC.figures) {
      const fig = shown.find((x) => x.id === spec.id);
      if (fig === undefined) continue;
      const v = valueAt(r, spec.field);
      const unit = spec.unit === 'ratio' || spec.unit === 'bits/s' ? spec.unit : 'text';
      out.figures.push({ key: `${keyOf(spec.id, unit)}@${tag}`, label: `${fig.label} (${tag})`, value: unit !== 'text' && typeof v === 'number' ? v : null, unit, display: fig.value });
    }
    const starving = [r.normal, r.linkDown, r.recovery].flatMap((st) => (st === null || st.starving === null ? [] : [{ state: st.state, cls: st.starving }]));
    out.bonds.push({ tag, starving });
  }
  return out;
}
