import { check } from '../explain/check.js';
import type { Check, Lang } from '../explain/types.js';
import { cephMessages } from './messages.js';
import { defaultMinSize, label, type Protection, width } from './protection.js';

/** How a pool's width compares with the host count decides whether it can be placed and healed. */
export type Healing = 'unplaceable' | 'cannot-heal' | 'heals';

export const healing = (hosts: number, p: Protection): Healing => {
  const w = width(p);
  return hosts < w ? 'unplaceable' : hosts === w ? 'cannot-heal' : 'heals';
};

/** Validity checks of a pool on H hosts: failure domains, min_size, m = 1, small clusters. */
export function topologyChecks(hosts: number, p: Protection, ratios: { nearfull: number; backfillfull: number; full: number }, lang: Lang, osdsPerHost?: number): Check[] {
  const t = cephMessages(lang);
  const out: Check[] = [];
  const w = width(p);
  const name = label(p);
  const h = healing(hosts, p);
  if (h === 'unplaceable') out.push(check('ceph.failure-domains', 'fail', t.failureDomains(hosts, w, name)));
  // One OSD per host: an OSD loss is a host loss, so nothing heals at all (refill.ts).
  else if (h === 'cannot-heal') out.push(check('ceph.cannot-heal', 'warn', (osdsPerHost === 1 ? t.cannotHeal1 : t.cannotHeal)(hosts, name)));
  else out.push(check('ceph.failure-domains', 'ok', t.heals(hosts, name)));
  if (p.kind === 'replicated' && p.size === 1) out.push(check('ceph.no-redundancy', 'fail', t.noRedundancy));
  if (p.kind === 'replicated' && p.size === 2) out.push(check('ceph.size-2', 'warn', t.size2));
  if (p.kind === 'erasure' && p.m === 1) out.push(check('ceph.ec-m1', 'warn', t.m1));
  if (p.kind === 'erasure' && p.k > 8) out.push(check('ceph.ec-k', 'warn', t.kLarge));
  out.push(check('ceph.min-size', 'ok', t.minSize(defaultMinSize(p))));
  if (hosts === 2) out.push(check('cluster.two-nodes', 'warn', t.twoNodes));
  if (hosts < 3) out.push(check('cluster.ha-nodes', 'warn', t.haNodes(hosts)));
  if (!(ratios.nearfull <= ratios.backfillfull && ratios.backfillfull <= ratios.full)) out.push(check('ceph.ratios-order', 'warn', t.ratiosOrder));
  return out;
}
