import { corosyncVotes } from '../cluster/quorum.js';
import { check } from '../explain/check.js';
import { step } from '../explain/step.js';
import type { Check, Lang, Step } from '../explain/types.js';
import { GiB } from '../units/constants.js';
import { formatBytes, formatNumber } from '../units/format.js';
import { memoryMessages } from './messages.js';
import type { Reservations } from './schema.js';

/**
 * Checks shared by both directions of the memory rule. `osdBytes` is the OSD reservation the rule
 * kept (the larger of target × OSDs and 1 GB per TB), so the 8 GiB advice is read per OSD reserved.
 */
export function clusterChecks(nodes: number, failures: number, r: Reservations, res: { readonly stated: boolean; readonly osdBytes: number }, qdevice: boolean, lang: Lang): Check[] {
  const t = memoryMessages(lang);
  const out: Check[] = [];
  if (!res.stated) out.push(check('memory.reservations-omitted', 'warn', t.reservationsOmitted));
  if (failures === 0) out.push(check('memory.no-failure-tolerance', 'warn', t.noFailure));
  // As cluster/quorum: 2 nodes and a QDevice are enough votes for HA.
  if (nodes < 3 && !(nodes === 2 && qdevice)) out.push(check('cluster.ha-nodes', 'warn', t.haNodes(nodes)));
  // Corosync's own count (cluster/quorum): with f ≥ N/2 the survivors are no majority, HA restarts nothing.
  const q = corosyncVotes(nodes, qdevice);
  if (failures > q.tolerated) {
    out.push(check('memory.quorum', 'fail', t.quorumLost(failures, nodes, q.votes - failures, q.votes, q.quorumVotes, q.tolerated)));
  }
  if (r.osdsPerNode > 0) {
    if (r.osdMemoryBytes < 4 * GiB) out.push(check('memory.osd-memory', 'warn', t.osdMemoryLow(formatBytes(r.osdMemoryBytes, 'binary', lang))));
    // Proxmox VE advises at least 8 GiB per OSD; Ceph, node RAM above OSDs × target × 2 (8 GiB at the 4 GiB default).
    else if (res.osdBytes / r.osdsPerNode < 8 * GiB) out.push(check('memory.osd-memory', 'warn', t.osdMemoryAdvice(formatBytes(res.osdBytes / r.osdsPerNode, 'binary', lang))));
  }
  return out;
}

export interface OvercommitResult { readonly ratio: number | null; readonly checks: Check[]; readonly steps: Step[] }

/** vCPU:pCPU on the survivors, the figure that matters once the failed nodes' guests restart elsewhere. */
export function overcommit(
  vcpus: number | undefined, threadsPerNode: number | undefined, survivors: number, max: number, lang: Lang,
): OvercommitResult {
  if (vcpus === undefined || threadsPerNode === undefined) return { ratio: null, checks: [], steps: [] };
  const t = memoryMessages(lang);
  const ratio = vcpus / (threadsPerNode * survivors);
  const s = step({
    id: 'cpu.overcommit', title: t.stepOvercommit, expr: 'V / (P * S)',
    vars: { V: vcpus, P: threadsPerNode, S: survivors }, varUnits: { V: 'count', P: 'count', S: 'count' },
    value: ratio, unit: 'number', source: 'derived',
  }, lang);
  const r = formatNumber(ratio, lang, 2);
  const m = formatNumber(max, lang, 2);
  const c = ratio > max ? check('cpu.overcommit', 'warn', t.overcommitHigh(r, m)) : check('cpu.overcommit', 'ok', t.overcommitOk(r, m));
  return { ratio, checks: [c], steps: [s] };
}
