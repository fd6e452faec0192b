import { corosyncVotes } from '../cluster/quorum.js';
import type { Recorder } from '../explain/recorder.js';
import type { Check, Step } from '../explain/types.js';
import { GiB } from '../units/constants.js';
import { formatBytes, formatNumber } from '../units/format.js';
import { memoryMessages } from './messages.js';
import type { Reservations } from './schema.js';

/**
 * Checks shared by both directions of the memory rule. `osdBytes` is the OSD reservation the rule
 * kept (the larger of target × OSDs and 1 GB per TB), so the 8 GiB advice is read per OSD reserved.
 */
export function clusterChecks(nodes: number, failures: number, r: Reservations, res: { readonly stated: boolean; readonly osdBytes: number }, qdevice: boolean, rec: Recorder): Check[] {
  const t = memoryMessages(rec.lang);
  const lang = rec.lang;
  const out: Check[] = [];
  if (!res.stated) out.push(rec.check('memory.reservations-omitted', 'warn', () => t.reservationsOmitted, 'memory'));
  if (failures === 0) out.push(rec.check('memory.no-failure-tolerance', 'warn', () => t.noFailure, 'memory'));
  // As cluster/quorum: 2 nodes and a QDevice are enough votes for HA.
  if (nodes < 3 && !(nodes === 2 && qdevice)) out.push(rec.check('cluster.ha-nodes', 'warn', () => t.haNodes(nodes), 'cluster'));
  // Corosync's own count (cluster/quorum): with f ≥ N/2 the survivors are no majority, HA restarts nothing.
  // A cluster rule (its id kept from when the memory calculator was its only reporter).
  const q = corosyncVotes(nodes, qdevice);
  if (failures > q.tolerated) {
    out.push(rec.check('memory.quorum', 'fail', () => t.quorumLost(failures, nodes, q.votes - failures, q.votes, q.quorumVotes, q.tolerated), 'cluster'));
  }
  if (r.osdsPerNode > 0) {
    if (r.osdMemoryBytes < 4 * GiB) out.push(rec.check('memory.osd-memory', 'warn', () => t.osdMemoryLow(formatBytes(r.osdMemoryBytes, 'binary', lang)), 'memory'));
    // Proxmox VE advises at least 8 GiB per OSD; Ceph, node RAM above OSDs × target × 2 (8 GiB at the 4 GiB default).
    else if (res.osdBytes / r.osdsPerNode < 8 * GiB) out.push(rec.check('memory.osd-memory', 'warn', () => t.osdMemoryAdvice(formatBytes(res.osdBytes / r.osdsPerNode, 'binary', lang)), 'memory'));
  }
  return out;
}

export interface OvercommitResult { readonly ratio: number | null; readonly checks: Check[]; readonly steps: Step[] }

/** vCPU:pCPU on the survivors, the figure that matters once the failed nodes' guests restart elsewhere. */
export function overcommit(
  vcpus: number | undefined, threadsPerNode: number | undefined, survivors: number, max: number, rec: Recorder,
): OvercommitResult {
  if (vcpus === undefined || threadsPerNode === undefined) return { ratio: null, checks: [], steps: [] };
  const t = memoryMessages(rec.lang);
  const ratio = vcpus / (threadsPerNode * survivors);
  const steps: Step[] = [];
  rec.step?.(steps, {
    id: 'cpu.overcommit', title: t.stepOvercommit, expr: 'V / (P * S)',
    vars: { V: vcpus, P: threadsPerNode, S: survivors }, varUnits: { V: 'count', P: 'count', S: 'count' },
    value: ratio, unit: 'number', source: 'derived',
  });
  const r = () => formatNumber(ratio, rec.lang, 2);
  const m = () => formatNumber(max, rec.lang, 2);
  const c = ratio > max ? rec.check('cpu.overcommit', 'warn', () => t.overcommitHigh(r(), m()), 'cpu') : rec.check('cpu.overcommit', 'ok', () => t.overcommitOk(r(), m()), 'cpu');
  return { ratio, checks: [c], steps };
}
