import type { Recorder } from '../explain/recorder.js';
import type { Check } from '../explain/types.js';
import { CEPH_CHECK_MESSAGES as M } from './check-messages.js';
import { defaultMinSize, label, type Protection, width } from './protection.js';

/** How a pool's width compares with the host count decides whether it can be placed and healed. */
export type Healing = 'unplaceable' | 'cannot-heal' | 'heals';

export const healing = (hosts: number, p: Protection): Healing => {
  const w = width(p);
  return hosts < w ? 'unplaceable' : hosts === w ? 'cannot-heal' : 'heals';
};

/** Validity checks of a pool on H hosts: failure domains, min_size, m = 1, small clusters. */
export function topologyChecks(hosts: number, p: Protection, rec: Recorder, osdsPerHost?: number): Check[] {
  const out: Check[] = [];
  const w = width(p);
  const pool = label(p);
  const h = healing(hosts, p);
  if (h === 'unplaceable') out.push(rec.coded(M, 'ceph.failure-domains', 'fail', 'ceph.failure-domains.unplaceable', () => ({ hosts, width: w, pool }), 'ceph'));
  // One OSD per host: an OSD loss is a host loss, so nothing heals at all (refill.ts).
  else if (h === 'cannot-heal') out.push(rec.coded(M, 'ceph.cannot-heal', 'warn', osdsPerHost === 1 ? 'ceph.cannot-heal.one-osd' : 'ceph.cannot-heal', () => ({ hosts, pool }), 'ceph'));
  else out.push(rec.coded(M, 'ceph.failure-domains', 'ok', 'ceph.failure-domains.heals', () => ({ hosts, pool }), 'ceph'));
  if (p.kind === 'replicated' && p.size === 1) out.push(rec.coded(M, 'ceph.no-redundancy', 'fail', 'ceph.no-redundancy', undefined, 'ceph'));
  if (p.kind === 'replicated' && p.size === 2) out.push(rec.coded(M, 'ceph.size-2', 'warn', 'ceph.size-2', undefined, 'ceph'));
  if (p.kind === 'erasure' && p.m === 1) out.push(rec.coded(M, 'ceph.ec-m1', 'warn', 'ceph.ec-m1', undefined, 'ceph'));
  if (p.kind === 'erasure' && p.k > 8) out.push(rec.coded(M, 'ceph.ec-k', 'warn', 'ceph.ec-k', undefined, 'ceph'));
  out.push(rec.coded(M, 'ceph.min-size', 'ok', 'ceph.min-size', () => ({ minSize: defaultMinSize(p) }), 'ceph'));
  // Cluster-wide rules the pool's host count also decides (the quorum calculator's too, in its own words).
  if (hosts === 2) out.push(rec.coded(M, 'cluster.two-nodes', 'warn', 'ceph.two-nodes', undefined, 'cluster'));
  if (hosts < 3) out.push(rec.coded(M, 'cluster.ha-nodes', 'warn', 'ceph.ha-nodes', () => ({ nodes: hosts }), 'cluster'));
  // The ratio order (OSD_OUT_OF_ORDER_FULL) is refused with the input (capacity-schema.ts), not checked here.
  return out;
}
