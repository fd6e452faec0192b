import type { Recorder } from '../explain/recorder.js';
import type { Check } from '../explain/types.js';
import { cephMessages } from './messages.js';
import { defaultMinSize, label, type Protection, width } from './protection.js';

/** How a pool's width compares with the host count decides whether it can be placed and healed. */
export type Healing = 'unplaceable' | 'cannot-heal' | 'heals';

export const healing = (hosts: number, p: Protection): Healing => {
  const w = width(p);
  return hosts < w ? 'unplaceable' : hosts === w ? 'cannot-heal' : 'heals';
};

/** Validity checks of a pool on H hosts: failure domains, min_size, m = 1, small clusters. */
export function topologyChecks(hosts: number, p: Protection, rec: Recorder, osdsPerHost?: number): Check[] {
  const t = cephMessages(rec.lang);
  const out: Check[] = [];
  const w = width(p);
  const name = () => label(p);
  const h = healing(hosts, p);
  if (h === 'unplaceable') out.push(rec.check('ceph.failure-domains', 'fail', () => t.failureDomains(hosts, w, name()), 'ceph'));
  // One OSD per host: an OSD loss is a host loss, so nothing heals at all (refill.ts).
  else if (h === 'cannot-heal') out.push(rec.check('ceph.cannot-heal', 'warn', () => (osdsPerHost === 1 ? t.cannotHeal1 : t.cannotHeal)(hosts, name()), 'ceph'));
  else out.push(rec.check('ceph.failure-domains', 'ok', () => t.heals(hosts, name()), 'ceph'));
  if (p.kind === 'replicated' && p.size === 1) out.push(rec.check('ceph.no-redundancy', 'fail', () => t.noRedundancy, 'ceph'));
  if (p.kind === 'replicated' && p.size === 2) out.push(rec.check('ceph.size-2', 'warn', () => t.size2, 'ceph'));
  if (p.kind === 'erasure' && p.m === 1) out.push(rec.check('ceph.ec-m1', 'warn', () => t.m1, 'ceph'));
  if (p.kind === 'erasure' && p.k > 8) out.push(rec.check('ceph.ec-k', 'warn', () => t.kLarge, 'ceph'));
  out.push(rec.check('ceph.min-size', 'ok', () => t.minSize(defaultMinSize(p)), 'ceph'));
  // Cluster-wide rules the pool's host count also decides (the quorum calculator's too).
  if (hosts === 2) out.push(rec.check('cluster.two-nodes', 'warn', () => t.twoNodes, 'cluster'));
  if (hosts < 3) out.push(rec.check('cluster.ha-nodes', 'warn', () => t.haNodes(hosts), 'cluster'));
  // The ratio order (OSD_OUT_OF_ORDER_FULL) is refused with the input (capacity-schema.ts), not checked here.
  return out;
}
