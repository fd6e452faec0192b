import { check, hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { count, lang } from '../explain/schema.js';
import * as z from 'zod/mini';
import { step } from '../explain/step.js';
import type { Check, Explained, Lang, Outcome, Step } from '../explain/types.js';

export const quorumInput = z
  .object({
    nodes: count(1),
    qdevice: z._default(z.boolean(), false),
    /** Ceph monitors; not checked when absent. */
    mons: z.optional(count(1)),
    sharedStorage: z._default(z.boolean(), true),
    lang,
  });
export type QuorumInput = z.input<typeof quorumInput>;

export interface QuorumResult extends Explained {
  readonly votes: number;
  readonly quorumVotes: number;
  /** Node failures the cluster survives with quorum. */
  readonly toleratedNodeFailures: number;
  readonly haPossible: boolean;
  readonly monQuorum: number | null;
  readonly toleratedMonFailures: number | null;
  readonly passes: boolean;
}

const msgs = {
  en: {
    stepVotes: 'Corosync votes: one per node, plus the QDevice’s (1 on an even node count, N − 1 on an odd one)',
    stepQuorum: 'Quorum: a strict majority of the votes',
    stepTolerated: 'Node failures tolerated with quorum kept',
    stepMonQuorum: 'Ceph MON quorum: a strict majority of the monitors',
    quorum: (v: number, q: number, t: number) => `${v} votes, quorum ${q}: the cluster keeps quorum with ${t} node(s) down.`,
    even: (n: number) => `${n} nodes is an even count: a split in two halves loses quorum on both sides; add a node or a QDevice.`,
    qdeviceOdd: 'A QDevice on an odd node count is not recommended by Proxmox: it can become a single point of failure for the vote.',
    single: 'One node: no cluster, no failover.',
    haNodes: 'HA needs at least 3 nodes (or 2 nodes plus a QDevice).',
    haStorage: 'HA needs shared storage (Ceph, NFS, iSCSI...) or replicated volumes so guests can restart elsewhere.',
    haOk: 'HA is possible: enough votes and shared storage.',
    monsEven: (m: number) => `${m} MONs is even: it tolerates no more failures than ${m - 1}; use 3 or 5.`,
    monsFew: (m: number) => `${m} MON(s): a production cluster runs 3 (or 5) monitors.`,
    monsOk: (m: number, t: number) => `${m} MONs tolerate ${t} monitor failure(s).`,
    monsTooMany: (m: number, n: number) => `${m} MONs on ${n} nodes: Proxmox runs at most one monitor per node.`,
  },
  fr: {
    stepVotes: 'Votes corosync : un par nœud, plus ceux du QDevice (1 si le nombre de nœuds est pair, N − 1 s’il est impair)',
    stepQuorum: 'Quorum : une majorité stricte des votes',
    stepTolerated: 'Pannes de nœuds tolérées en gardant le quorum',
    stepMonQuorum: 'Quorum des MON Ceph : une majorité stricte des moniteurs',
    quorum: (v: number, q: number, t: number) => `${v} votes, quorum ${q} : le cluster garde le quorum avec ${t} nœud(s) en panne.`,
    even: (n: number) => `${n} nœuds, c’est pair : une coupure en deux moitiés perd le quorum des deux côtés ; ajoutez un nœud ou un QDevice.`,
    qdeviceOdd: 'Un QDevice avec un nombre impair de nœuds est déconseillé par Proxmox : il peut devenir un point unique de défaillance du vote.',
    single: 'Un nœud : pas de cluster, pas de bascule.',
    haNodes: 'La HA exige au moins 3 nœuds (ou 2 nœuds et un QDevice).',
    haStorage: 'La HA exige un stockage partagé (Ceph, NFS, iSCSI...) ou des volumes répliqués pour redémarrer les invités ailleurs.',
    haOk: 'La HA est possible : assez de votes et un stockage partagé.',
    monsEven: (m: number) => `${m} MON, c’est pair : pas plus de pannes tolérées qu’avec ${m - 1} ; utilisez 3 ou 5.`,
    monsFew: (m: number) => `${m} MON : un cluster de production a 3 (ou 5) moniteurs.`,
    monsOk: (m: number, t: number) => `${m} MON tolèrent ${t} panne(s) de moniteur.`,
    monsTooMany: (m: number, n: number) => `${m} MON sur ${n} nœuds : Proxmox n’exécute qu’un moniteur par nœud.`,
  },
} satisfies Record<Lang, unknown>;

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

/** Corosync votes and quorum, QDevice, HA prerequisites and the Ceph monitor count. */
export function quorum(input: QuorumInput): Outcome<QuorumResult> {
  return validated(quorumInput, input, (v) => {
    const t = msgs[v.lang];
    const steps: Step[] = [];
    const checks: Check[] = [];
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, source: 'proxmoxCluster' | 'cephMons') =>
      steps.push(step({ id, title, expr, vars, varUnits: { N: 'count', Q: 'count', V: 'count', M: 'count' }, value, unit: 'count', source }, v.lang));
    const { qdeviceVotes: q, votes, quorumVotes, tolerated } = corosyncVotes(v.nodes, v.qdevice);
    add('quorum.votes', t.stepVotes, 'N + Q', { N: v.nodes, Q: q }, votes, 'proxmoxCluster');
    add('quorum.quorum', t.stepQuorum, 'floor(V / 2) + 1', { V: votes }, quorumVotes, 'proxmoxCluster');
    add('quorum.tolerated', t.stepTolerated, 'min(N - 1, V - floor(V / 2) - 1)', { N: v.nodes, V: votes }, tolerated, 'proxmoxCluster');
    checks.push(check('cluster.quorum', 'ok', t.quorum(votes, quorumVotes, tolerated)));
    if (v.nodes === 1) checks.push(check('cluster.single-node', 'warn', t.single));
    else if (v.nodes % 2 === 0 && !v.qdevice) checks.push(check('cluster.even-nodes', 'warn', t.even(v.nodes)));
    if (v.qdevice && v.nodes % 2 === 1) checks.push(check('cluster.qdevice-odd', 'warn', t.qdeviceOdd));
    const enoughVotes = v.nodes >= 3 || (v.nodes === 2 && v.qdevice);
    const haPossible = enoughVotes && v.sharedStorage;
    if (!enoughVotes) checks.push(check('cluster.ha-nodes', 'warn', t.haNodes));
    if (!v.sharedStorage) checks.push(check('cluster.ha-storage', 'warn', t.haStorage));
    if (haPossible) checks.push(check('cluster.ha', 'ok', t.haOk));

    let monQuorum: number | null = null;
    let monTolerated: number | null = null;
    if (v.mons !== undefined) {
      const M = v.mons;
      monQuorum = Math.floor(M / 2) + 1;
      monTolerated = M - monQuorum;
      add('quorum.mons', t.stepMonQuorum, 'floor(M / 2) + 1', { M }, monQuorum, 'cephMons');
      if (M > v.nodes) checks.push(check('ceph.mon-count', 'fail', t.monsTooMany(M, v.nodes)));
      else if (M < 3) checks.push(check('ceph.mon-count', 'warn', t.monsFew(M)));
      else if (M % 2 === 0) checks.push(check('ceph.mon-count', 'warn', t.monsEven(M)));
      else checks.push(check('ceph.mon-count', 'ok', t.monsOk(M, monTolerated)));
    }
    return { votes, quorumVotes, toleratedNodeFailures: tolerated, haPossible, monQuorum, toleratedMonFailures: monTolerated, passes: !hasFailure(checks), checks, derivation: steps };
  });
}
