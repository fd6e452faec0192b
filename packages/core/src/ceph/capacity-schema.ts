import { LIMITS, limitMessage, ratioOrderIssue } from '../explain/limits.js';
import { bytes, count, diskBytes, fraction, hostCount, lang, osdsPerHostCount, positive, rate, sizeSystem } from '../explain/schema.js';
import * as z from 'zod/mini';
import { BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import { protection } from './protection.js';

/** Ceph's fill ratios, evaluated per OSD (global.yaml.in defaults). */
export const fillRatios = {
  nearfull: z._default(fraction, 0.85),
  backfillfull: z._default(fraction, 0.9),
  full: z._default(fraction, 0.95),
};

/** What the survivors can push while re-creating a host's data. */
export const recoveryLinks = z.object({
  links: z._default(count(1, LIMITS.bondLinks), 2),
  speedBps: rate,
  mode: z._default(z.enum(BOND_MODES), 'lacp'),
  hash: z._default(z.enum(HASH_POLICIES), 'layer3+4'),
  /** Sustained recovery rate of one OSD, bits/s, shared by its reads and writes; network-only bound when absent. */
  osdWriteBps: z.optional(rate),
  /** mon_osd_down_out_interval: 600 s before a down OSD is marked out and recovery starts. */
  markOutSeconds: z._default(z.number('must be a number of seconds').check(z.minimum(0, 'must be 0 or more'), z.maximum(1e9, 'must be at most 10^9 s')), 600),
});

/** Refusals that need several fields: the ratio order (OSD_OUT_OF_ORDER_FULL) and the cluster's OSD total. */
type Ctx = { addIssue: (i: { code: 'custom'; path: string[]; message: string; input: unknown }) => void };
function crossChecks(v: { hosts: number; osdsPerHost?: number; nearfull: number; backfillfull: number; full: number }, ctx: Ctx): void {
  const order = ratioOrderIssue(v);
  if (order) ctx.addIssue({ code: 'custom', path: order.path, message: order.message, input: v[order.path[0] as 'nearfull' | 'backfillfull'] });
  if (v.osdsPerHost !== undefined && v.hosts * v.osdsPerHost > LIMITS.osds) {
    ctx.addIssue({ code: 'custom', path: ['osdsPerHost'], message: limitMessage({ k: 'osdTotal', hosts: v.hosts, perHost: v.osdsPerHost, max: LIMITS.osds }), input: v.osdsPerHost });
  }
}

export const cephCapacityInput = z.object({
  hosts: hostCount(),
  osdsPerHost: osdsPerHostCount(),
  osdSizeBytes: diskBytes,
  protection,
  ...fillRatios,
  /** Logical data stored (ceph df STORED, before replication). */
  storedBytes: z.optional(bytes),
  recovery: z.optional(recoveryLinks),
  system: sizeSystem,
  lang,
}).check(z.superRefine(crossChecks));
export type CephCapacityInput = z.input<typeof cephCapacityInput>;

export const cephDataTargetInput = z.object({
  hosts: hostCount(),
  dataBytes: bytes,
  protection,
  diskSizeBytes: z.optional(diskBytes),
  ...fillRatios,
  /** The course's margin over the replicated data: 1.1. */
  margin: z._default(positive, 1.1),
  system: sizeSystem,
  lang,
}).check(z.superRefine(crossChecks));
export type CephDataTargetInput = z.input<typeof cephDataTargetInput>;
