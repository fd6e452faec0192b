/** Network and bonds, quorum and HA: each area calls the core calculators and adds the scenario's rules. */
import { bond, type Check, checkMaker, markDefaults, NVME_MIN_BPS, quorum, type QuorumResult, recoveryFlows, type Step } from '@capa/core';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { Ctx } from './context.js';
import { figure, makeArea, tagChecks, tagSteps, unwrap } from './helpers.js';
import { quorumInputFor } from './shared.js';
import type { Area, Figure } from './types.js';
import type { RecoveryOut } from './areas-failure.js';
import { groupBudget } from './network-budget.js';
import { type BondStarving, budgetSentence } from './network-budget-messages.js';

/** Rates other areas derive for the network budget's `auto` classes (null: that area is absent). */
export interface DerivedTraffic {
  readonly backupBps: number | null;
  readonly migrationBps: number | null;
}

/**
 * The Ceph bond's rates per node group, the public bond's aggregate, and the traffic budget of every
 * bond that says what it carries (network-budget.ts). `recovery` holds the failure model's recovery
 * rates (areas-failure.ts), for `recovery: auto`.
 */
export function networkArea(c: Ctx, derived: DerivedTraffic, recovery: Pick<RecoveryOut, 'hostBpsByDomain'>): Area | null {
  const { s, t, f } = c;
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const many = s.nodes.length > 1;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  let summary = '';
  const budgets: BondStarving[] = [];
  const rates = { recoveryByDomain: recovery.hostBpsByDomain, backupBps: derived.backupBps, migrationBps: derived.migrationBps };
  for (const g of s.nodes) {
    const tag = many ? g.name : null;
    const net = g.cephNet;
    const budget = groupBudget(c, g, many, rates);
    // After the bond's own figures and checks below: those keep their place (and JSON keys).
    const addBudget = () => {
      figures.push(...budget.figures);
      checks.push(...budget.checks);
      steps.push(...budget.steps);
      budgets.push(...budget.bonds);
    };
    const osds = g.osds.reduce((a, d) => a + d.count, 0);
    if (!net) {
      if (s.ceph && osds > 0) checks.push(check('network.no-ceph-network', 'warn', 'network.no-ceph-network', { node: g.name }));
      addBudget();
      continue;
    }
    const hosts = c.N;
    // The connections of a host's recovery (the core's rule, as the recovery time uses); at least one without OSDs.
    const { peers, flows } = recoveryFlows(hosts, osds);
    const r = unwrap(
      bond({ links: net.links, speedBps: net.speedBps, mode: net.mode, hash: net.hash, flows: Math.max(1, flows), peers, down: net.links > 1 ? 1 : 0, lang: f.lang }),
      `${g.path}.network.ceph`,
    );
    checks.push(...tagChecks(r.checks, tag));
    steps.push(...tagSteps(r.derivation, tag));
    // One rule, one place: where the Ceph bond's budget judges the NVMe OSDs (the core's same rule), it says it.
    if (s.ceph && !budget.nvmeJudged.has('ceph') && g.osds.some((d) => d.class === 'nvme') && r.aggregateBps < NVME_MIN_BPS)
      checks.push(check('network.nvme-speed', 'warn', 'network.nvme-speed', { node: g.name, aggregateBps: r.aggregateBps }));
    const sfx = tag ? ` (${tag})` : '';
    figures.push(
      figure(f, `aggregateBps${tag ? `@${tag}` : ''}`, `${t.fAggregate}${sfx}`, r.aggregateBps, 'bits/s'),
      figure(f, `degradedBps${tag ? `@${tag}` : ''}`, `${t.fDegraded}${sfx}`, r.degradedBps, 'bits/s'),
      figure(f, `expectedBps${tag ? `@${tag}` : ''}`, `${t.fExpected}${sfx}`, r.expectedBps, 'bits/s'),
      figure(f, `transferBps${tag ? `@${tag}` : ''}`, `${t.fTransfer}${sfx}`, r.transferBps, 'bits/s'),
    );
    summary ||= t.networkSummary(f.rate(r.aggregateBps), f.rate(r.degradedBps));
    if (g.publicNet) {
      const p = unwrap(bond({ links: g.publicNet.links, speedBps: g.publicNet.speedBps, mode: g.publicNet.mode, hash: g.publicNet.hash, lang: f.lang }), `${g.path}.network.public`);
      figures.push(figure(f, `publicAggregateBps${tag ? `@${tag}` : ''}`, `public ${t.fAggregate}${sfx}`, p.aggregateBps, 'bits/s'));
    }
    addBudget();
  }
  if (checks.length === 0 && figures.length === 0) return null;
  // The verdict names the class that starves first in each state, bond by bond.
  const sentence = budgets.length > 0 ? budgetSentence(budgets, f.lang) : '';
  const first = summary || (sentence === '' ? (checks[0]?.message ?? '') : '');
  return makeArea('network', t.area.network, [first, sentence].filter((x) => x !== '').join(' '), figures, checks, steps);
}

export interface QuorumOut {
  readonly area: Area;
  readonly result: QuorumResult;
  readonly kept: boolean;
}

export function quorumArea(c: Ctx): QuorumOut {
  const { s, t, f } = c;
  const r = unwrap(quorum(quorumInputFor(s, c.N, f.lang)), 'rules');
  const kept = r.toleratedNodeFailures >= c.failures;
  const checks = [...r.checks];
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const q = { failures: c.failures, tolerated: r.toleratedNodeFailures };
  checks.push(kept ? check('quorum.failures', 'ok', 'quorum.failures.ok', q) : check('quorum.failures', 'fail', 'quorum.failures.short', q));
  const figures = [
    figure(f, 'votes', 'votes', r.votes, 'count'),
    figure(f, 'quorumVotes', 'quorum', r.quorumVotes, 'count'),
    figure(f, 'toleratedNodeFailures', t.fQuorum, r.toleratedNodeFailures, 'count'),
  ];
  // The monitors default to 3 (or the node count if smaller) when the scenario leaves storage.ceph.mons out.
  const derivation = markDefaults(r.derivation, (k) => k !== 'mons' || s.ceph?.mons !== undefined);
  return { area: makeArea('quorum', t.area.quorum, r.checks[0]?.message ?? '', figures, checks, [...derivation]), result: r, kept };
}
