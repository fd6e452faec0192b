import { corosyncVotes } from '../cluster/quorum.js';
import type { Recorder } from '../explain/recorder.js';
import type { Check, Step } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { GiB } from '../units/constants.js';
import { memoryMessages } from './messages.js';
import { memoryCheck } from './memory-messages.js';
import type { Reservations } from './schema.js';
import { MEMORY_ORIGINS, MEMORY_SYMBOLS } from './symbols.js';

/**
 * Checks shared by both directions of the memory rule. `osdBytes` is the OSD reservation the rule
 * kept (the larger of target × OSDs and 1 GB per TB), so the 8 GiB advice is read per OSD reserved.
 */
export function clusterChecks(nodes: number, failures: number, r: Reservations, res: { readonly stated: boolean; readonly osdBytes: number }, qdevice: boolean, rec: Recorder): Check[] {
  const check = memoryCheck(rec);
  const out: Check[] = [];
  if (!res.stated) out.push(check('memory.reservations-omitted', 'warn', 'memory.reservations-omitted', () => ({}), 'memory'));
  if (failures === 0) out.push(check('memory.no-failure-tolerance', 'warn', 'memory.no-failure-tolerance', () => ({}), 'memory'));
  // As cluster/quorum: 2 nodes and a QDevice are enough votes for HA.
  if (nodes < 3 && !(nodes === 2 && qdevice)) out.push(check('cluster.ha-nodes', 'warn', 'memory.ha-nodes', () => ({ nodes }), 'cluster'));
  // Corosync's own count (cluster/quorum): with f ≥ N/2 the survivors are no majority, HA restarts nothing.
  // A cluster rule (its id kept from when the memory calculator was its only reporter).
  const q = corosyncVotes(nodes, qdevice);
  if (failures > q.tolerated) {
    out.push(check('memory.quorum', 'fail', 'memory.quorum', () => ({ failures, nodes, held: q.votes - failures, votes: q.votes, quorum: q.quorumVotes, tolerated: q.tolerated }), 'cluster'));
  }
  if (r.osdsPerNode > 0) {
    if (r.osdMemoryBytes < 4 * GiB) out.push(check('memory.osd-memory', 'warn', 'memory.osd-memory.low', () => ({ bytes: r.osdMemoryBytes }), 'memory'));
    // Proxmox VE advises at least 8 GiB per OSD; Ceph, node RAM above OSDs × target × 2 (8 GiB at the 4 GiB default).
    else if (res.osdBytes / r.osdsPerNode < 8 * GiB) out.push(check('memory.osd-memory', 'warn', 'memory.osd-memory.advice', () => ({ bytes: res.osdBytes / r.osdsPerNode }), 'memory'));
  }
  return out;
}

export interface OvercommitResult {
  readonly ratio: number | null;
  readonly checks: Check[];
  readonly steps: Step[];
}

/** vCPU:pCPU on the survivors, the figure that matters once the failed nodes' guests restart elsewhere. */
export function overcommit(vcpus: number | undefined, threadsPerNode: number | undefined, survivors: number, max: number, rec: Recorder): OvercommitResult {
  if (vcpus === undefined || threadsPerNode === undefined) return { ratio: null, checks: [], steps: [] };
  const t = memoryMessages(rec.lang);
  const ratio = vcpus / (threadsPerNode * survivors);
  const steps: Step[] = [];
  rec.step?.(steps, {
    id: 'cpu.overcommit',
    title: t.stepOvercommit,
    expr: 'V / (P * S)',
    vars: { V: vcpus, P: threadsPerNode, S: survivors },
    varUnits: { V: 'count', P: 'count', S: 'count' },
    symbols: varSymbols(MEMORY_SYMBOLS, { V: 0, P: 0, S: 0 }, MEMORY_ORIGINS),
    value: ratio,
    unit: 'number',
    source: 'derived',
  });
  const check = memoryCheck(rec);
  const c = ratio > max ? check('cpu.overcommit', 'warn', 'cpu.overcommit.high', () => ({ ratio, max }), 'cpu') : check('cpu.overcommit', 'ok', 'cpu.overcommit.ok', () => ({ ratio, max }), 'cpu');
  return { ratio, checks: [c], steps };
}
