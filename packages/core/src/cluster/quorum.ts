import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { hostCount, lang } from '../explain/schema.js';
import * as z from 'zod/mini';
import { step } from '../explain/step.js';
import { fromInput, fromStep, varSymbols } from '../explain/symbols.js';
import type { Check, Outcome, Step, SymbolOrigin } from '../explain/types.js';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { QUORUM_MESSAGES, QUORUM_STEPS } from './quorum-messages.js';
import { QUORUM_SYMBOLS } from './symbols.js';

export const quorumInput = z.object({
  nodes: hostCount(),
  qdevice: z._default(z.boolean(), false),
  /** Ceph monitors; not checked when absent. */
  mons: z.optional(hostCount()),
  sharedStorage: z._default(z.boolean(), true),
  lang,
});
export type QuorumInput = z.input<typeof quorumInput>;

export interface QuorumResult extends Echoed {
  readonly votes: number;
  readonly quorumVotes: number;
  /** Node failures the cluster survives with quorum. */
  readonly toleratedNodeFailures: number;
  readonly haPossible: boolean;
  readonly monQuorum: number | null;
  readonly toleratedMonFailures: number | null;
  readonly passes: boolean;
  /** The inputs the figures were computed from, defaults included. */
  readonly used: { readonly nodes: number; readonly qdevice: boolean; readonly mons: number | null; readonly sharedStorage: boolean };
}

/**
 * Corosync's arithmetic, the one place it lives (the memory rule asks it too): one vote per node,
 * a QDevice adds 1 on an even node count (ffsplit) and N − 1 on an odd one (lms) (pvecm.adoc);
 * quorum is a strict majority; the nodes that can fail are what is left above it, at most N − 1
 * since the QDevice's vote can replace a node's but the nodes themselves are what fails.
 */
export function corosyncVotes(nodes: number, qdevice: boolean): { readonly qdeviceVotes: number; readonly votes: number; readonly quorumVotes: number; readonly tolerated: number } {
  const qdeviceVotes = !qdevice ? 0 : nodes % 2 === 0 ? 1 : nodes - 1;
  const votes = nodes + qdeviceVotes;
  const quorumVotes = Math.floor(votes / 2) + 1;
  return { qdeviceVotes, votes, quorumVotes, tolerated: Math.min(nodes - 1, votes - quorumVotes) };
}

/**
 * Where capa quorum's letters come from: the inputs (spec keys; the adapters mark the ones left out
 * as defaults), Q from the QDevice flag (its vote count follows from N's parity, as its meaning
 * says), V from the votes step.
 */
const ORIGINS: Readonly<Record<string, SymbolOrigin>> = { N: fromInput('nodes'), Q: fromInput('qdevice'), V: fromStep('quorum.votes'), M: fromInput('mons') };

/** Corosync votes and quorum, QDevice, HA prerequisites and the Ceph monitor count. */
export function quorum(input: QuorumInput): Outcome<QuorumResult> {
  return validated(quorumInput, input, (v) => {
    const t = QUORUM_STEPS[v.lang];
    const check = checkMaker(QUORUM_MESSAGES, v.lang);
    const steps: Step[] = [];
    const checks: Check[] = [];
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, source: 'proxmoxCluster' | 'cephMons') =>
      steps.push(
        step({ id, title, expr, vars, varUnits: { N: 'count', Q: 'count', V: 'count', M: 'count' }, value, unit: 'count', source, symbols: varSymbols(QUORUM_SYMBOLS, vars, ORIGINS) }, v.lang),
      );
    const { qdeviceVotes: q, votes, quorumVotes, tolerated } = corosyncVotes(v.nodes, v.qdevice);
    add('quorum.votes', t.votes, 'N + Q', { N: v.nodes, Q: q }, votes, 'proxmoxCluster');
    add('quorum.quorum', t.quorum, 'floor(V / 2) + 1', { V: votes }, quorumVotes, 'proxmoxCluster');
    add('quorum.tolerated', t.tolerated, 'min(N - 1, V - floor(V / 2) - 1)', { N: v.nodes, V: votes }, tolerated, 'proxmoxCluster');
    checks.push(check('cluster.quorum', 'ok', 'cluster.quorum', { votes, quorum: quorumVotes, tolerated }));
    if (v.nodes === 1) checks.push(check('cluster.single-node', 'warn', 'cluster.single-node'));
    else if (v.nodes % 2 === 0 && !v.qdevice) checks.push(check('cluster.even-nodes', 'warn', 'cluster.even-nodes', { nodes: v.nodes }));
    if (v.qdevice && v.nodes % 2 === 1) checks.push(check('cluster.qdevice-odd', 'warn', 'cluster.qdevice-odd'));
    const enoughVotes = v.nodes >= 3 || (v.nodes === 2 && v.qdevice);
    const haPossible = enoughVotes && v.sharedStorage;
    if (!enoughVotes) checks.push(check('cluster.ha-nodes', 'warn', 'cluster.ha-nodes'));
    if (!v.sharedStorage) checks.push(check('cluster.ha-storage', 'warn', 'cluster.ha-storage'));
    if (haPossible) checks.push(check('cluster.ha', 'ok', 'cluster.ha'));

    let monQuorum: number | null = null;
    let monTolerated: number | null = null;
    if (v.mons !== undefined) {
      const M = v.mons;
      monQuorum = Math.floor(M / 2) + 1;
      monTolerated = M - monQuorum;
      add('quorum.mons', t.monQuorum, 'floor(M / 2) + 1', { M }, monQuorum, 'cephMons');
      if (M > v.nodes) checks.push(check('ceph.mon-count', 'fail', 'ceph.mon-count.too-many', { mons: M, nodes: v.nodes }));
      else if (M < 3) checks.push(check('ceph.mon-count', 'warn', 'ceph.mon-count.few', { mons: M }));
      else if (M % 2 === 0) checks.push(check('ceph.mon-count', 'warn', 'ceph.mon-count.even', { mons: M }));
      else checks.push(check('ceph.mon-count', 'ok', 'ceph.mon-count.ok', { mons: M, tolerated: monTolerated }));
    }
    return {
      votes,
      quorumVotes,
      toleratedNodeFailures: tolerated,
      haPossible,
      monQuorum,
      toleratedMonFailures: monTolerated,
      passes: !hasFailure(checks),
      used: { nodes: v.nodes, qdevice: v.qdevice, mons: v.mons ?? null, sharedStorage: v.sharedStorage },
      checks,
      derivation: steps,
    };
  });
}
