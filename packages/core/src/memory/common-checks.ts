import { check } from '../explain/check.js';
import { step } from '../explain/step.js';
import type { Check, Lang, Step } from '../explain/types.js';
import { GiB } from '../units/constants.js';
import { formatBytes, formatNumber } from '../units/format.js';
import { memoryMessages } from './messages.js';
import type { Reservations } from './schema.js';

/** Checks shared by both directions of the memory rule. */
export function clusterChecks(nodes: number, failures: number, r: Reservations, stated: boolean, lang: Lang): Check[] {
  const t = memoryMessages(lang);
  const out: Check[] = [];
  if (!stated) out.push(check('memory.reservations-omitted', 'warn', t.reservationsOmitted));
  if (failures === 0) out.push(check('memory.no-failure-tolerance', 'warn', t.noFailure));
  if (nodes < 3) out.push(check('cluster.ha-nodes', 'warn', t.haNodes(nodes)));
  if (r.osdsPerNode > 0) {
    const v = formatBytes(r.osdMemoryBytes, 'binary', lang);
    if (r.osdMemoryBytes < 4 * GiB) out.push(check('memory.osd-memory', 'warn', t.osdMemoryLow(v)));
    else if (r.osdMemoryBytes < 8 * GiB) out.push(check('memory.osd-memory', 'ok', t.osdMemoryAdvice(v)));
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
