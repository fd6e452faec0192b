import { LIMITS, limitMessage, ratioOrderIssue } from '../explain/limits.js';
import { bytes, count, diskBytes, fraction, hostCount, lang, osdsPerHostCount, positive, rate, sizeSystem } from '../explain/schema.js';
import * as z from 'zod/mini';
import { BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import { CEPH_DEFAULTS } from '../explain/defaults.js';
import { type Protection, protection, type ProtectionUsed, protectionUsed, rawPerLogical } from './protection.js';

/** Ceph's fill ratios, evaluated per OSD (global.yaml.in defaults). */
export const fillRatios = {
  nearfull: z._default(fraction, CEPH_DEFAULTS.nearfull),
  backfillfull: z._default(fraction, CEPH_DEFAULTS.backfillfull),
  full: z._default(fraction, CEPH_DEFAULTS.full),
};

/** What the survivors can push while re-creating a host's data. */
export const recoveryLinks = z.object({
  links: z._default(count(1, LIMITS.bondLinks), CEPH_DEFAULTS.links),
  speedBps: rate,
  mode: z._default(z.enum(BOND_MODES), CEPH_DEFAULTS.mode),
  hash: z._default(z.enum(HASH_POLICIES), CEPH_DEFAULTS.hash),
  /** Sustained recovery rate of one OSD, bits/s, shared by its reads and writes; network-only bound when absent. */
  osdWriteBps: z.optional(rate),
  /** mon_osd_down_out_interval: 600 s by default before a down OSD is marked out and recovery starts. */
  markOutSeconds: z._default(z.number('must be a number of seconds').check(z.minimum(0, 'must be 0 or more'), z.maximum(1e9, 'must be at most 10^9 s')), CEPH_DEFAULTS.markOutSeconds),
});

/** Refusals that need several fields: the ratio order (OSD_OUT_OF_ORDER_FULL) and the cluster's OSD total. */
type Ctx = { addIssue: (i: { code: 'custom'; path: string[]; message: string; input: unknown }) => void };
function crossChecks(v: { hosts?: number | undefined; osdsPerHost?: number | undefined; nearfull: number; backfillfull: number; full: number }, ctx: Ctx): void {
  const order = ratioOrderIssue(v);
  if (order) ctx.addIssue({ code: 'custom', path: order.path, message: order.message, input: v[order.path[0] as 'nearfull' | 'backfillfull'] });
  if (v.hosts !== undefined && v.osdsPerHost !== undefined && v.hosts * v.osdsPerHost > LIMITS.osds) {
    ctx.addIssue({ code: 'custom', path: ['osdsPerHost'], message: limitMessage({ k: 'osdTotal', hosts: v.hosts, perHost: v.osdsPerHost, max: LIMITS.osds }), input: v.osdsPerHost });
  }
}

/** Either equal hosts (hosts × osdsPerHost × osdSizeBytes) or every host's OSDs (hostOsds), not both. */
function hostForm(v: { hosts?: number | undefined; osdsPerHost?: number | undefined; osdSizeBytes?: number | undefined; hostOsds?: number[][] | undefined }, ctx: Ctx): void {
  const equal = (['hosts', 'osdsPerHost', 'osdSizeBytes'] as const).filter((k) => v[k] !== undefined);
  if (v.hostOsds !== undefined) {
    for (const k of equal) ctx.addIssue({ code: 'custom', path: [k], message: 'give either hostOsds or hosts/osdsPerHost/osdSizeBytes, not both', input: v[k] });
    const total = v.hostOsds.reduce((n, h) => n + h.length, 0);
    if (total > LIMITS.osds) ctx.addIssue({ code: 'custom', path: ['hostOsds'], message: limitMessage({ k: 'count', min: 1, max: LIMITS.osds }), input: total });
  } else {
    for (const k of ['hosts', 'osdsPerHost', 'osdSizeBytes'] as const) {
      if (v[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'is required (or give hostOsds, the OSD sizes of every host)', input: undefined });
    }
  }
}

/**
 * Stored data whose copies (or chunks) exceed the raw capacity is refused by the calculator: no cluster holds it, and
 * every fill figure would read above 100 %. Between the full ratio and 100 % it stays a failing check
 * (ceph.stored-exceeds): that state is reachable as a plan to rework.
 */
function storedFits(
  v: { hosts?: number | undefined; osdsPerHost?: number | undefined; osdSizeBytes?: number | undefined; hostOsds?: number[][] | undefined; protection: Protection; storedBytes?: number | undefined },
  ctx: Ctx,
): void {
  if (v.storedBytes === undefined) return;
  const raw =
    v.hostOsds !== undefined
      ? v.hostOsds.flat().reduce((a, b) => a + b, 0)
      : v.hosts !== undefined && v.osdsPerHost !== undefined && v.osdSizeBytes !== undefined
        ? v.hosts * v.osdsPerHost * v.osdSizeBytes
        : undefined;
  const factor = rawPerLogical(v.protection);
  if (raw !== undefined && v.storedBytes * factor > raw)
    ctx.addIssue({ code: 'custom', path: ['storedBytes'], message: limitMessage({ k: 'storedOverRaw', stored: v.storedBytes, factor, raw }), input: v.storedBytes });
}

export const cephCapacityInput = z
  .object({
    hosts: z.optional(hostCount()),
    osdsPerHost: z.optional(osdsPerHostCount()),
    osdSizeBytes: z.optional(diskBytes),
    /** Mixed hosts: the bytes of each OSD, per host (instead of hosts, osdsPerHost and osdSizeBytes). */
    hostOsds: z.optional(
      z
        .array(
          z
            .array(diskBytes)
            .check(z.minLength(1, limitMessage({ k: 'count', min: 1, max: LIMITS.osdsPerHost })), z.maxLength(LIMITS.osdsPerHost, limitMessage({ k: 'count', min: 1, max: LIMITS.osdsPerHost }))),
        )
        .check(z.minLength(1, limitMessage({ k: 'count', min: 1, max: LIMITS.hosts })), z.maxLength(LIMITS.hosts, limitMessage({ k: 'count', min: 1, max: LIMITS.hosts }))),
    ),
    protection,
    ...fillRatios,
    /** Logical data stored (ceph df STORED, before replication). */
    storedBytes: z.optional(bytes),
    recovery: z.optional(recoveryLinks),
    system: sizeSystem,
    lang,
  })
  .check(z.superRefine(crossChecks), z.superRefine(hostForm));
/**
 * The calculator's input (`capa ceph`, the web page): stored data the raw capacity cannot hold is refused
 * there. The planner and the optimizer size candidates for a need, so for them a cluster too small is a
 * failing check (ceph.stored-exceeds), never a refusal: they read `cephCapacityInput`.
 */
export const cephCalculatorInput = cephCapacityInput.check(z.superRefine(storedFits));
export type CephCapacityInput = z.input<typeof cephCapacityInput>;
/** The values `cephCapacityInput` yields: defaults filled in, bounds checked. */
export type CephCapacityValues = z.output<typeof cephCapacityInput>;

export const cephDataTargetInput = z
  .object({
    hosts: hostCount(),
    dataBytes: bytes,
    protection,
    diskSizeBytes: z.optional(diskBytes),
    ...fillRatios,
    /** The course's margin over the replicated data: 1.1. */
    margin: z._default(positive, CEPH_DEFAULTS.margin),
    system: sizeSystem,
    lang,
  })
  .check(z.superRefine(crossChecks));
export type CephDataTargetInput = z.input<typeof cephDataTargetInput>;

/** The fill ratios as used: the ones given, else Ceph's defaults. */
export interface RatiosUsed {
  readonly nearfull: number;
  readonly backfillfull: number;
  readonly full: number;
}

/**
 * What `cephCapacity` echoes in `used`: every scalar input after defaults. Hosts are counted in
 * either input form; equal hosts (however given) echo their OSD count and size, mixed hosts null (the
 * sizes are in hostRawBytes). The recovery bond's values are null without `recovery` (no recovery
 * time is computed, so no mark-out interval is used).
 */
export interface CephCapacityUsed extends ProtectionUsed, RatiosUsed {
  readonly hosts: number | null;
  readonly osdsPerHost: number | null;
  readonly osdSizeBytes: number | null;
  readonly storedBytes: number | null;
  readonly links: number | null;
  readonly speedBps: number | null;
  readonly mode: string | null;
  readonly hash: string | null;
  readonly osdWriteBps: number | null;
  readonly markOutSeconds: number | null;
  readonly system: 'binary' | 'decimal';
}

export function cephCapacityUsed(v: z.output<typeof cephCapacityInput>, eq: { osdsPerHost: number; osdSizeBytes: number } | null): CephCapacityUsed {
  const r = v.recovery;
  return {
    hosts: v.hostOsds?.length ?? v.hosts ?? null,
    osdsPerHost: eq?.osdsPerHost ?? null,
    osdSizeBytes: eq?.osdSizeBytes ?? null,
    ...protectionUsed(v.protection),
    nearfull: v.nearfull,
    backfillfull: v.backfillfull,
    full: v.full,
    storedBytes: v.storedBytes ?? null,
    links: r?.links ?? null,
    speedBps: r?.speedBps ?? null,
    mode: r?.mode ?? null,
    hash: r?.hash ?? null,
    osdWriteBps: r?.osdWriteBps ?? null,
    markOutSeconds: r?.markOutSeconds ?? null,
    system: v.system,
  };
}

export interface CephDataTargetUsed extends ProtectionUsed, RatiosUsed {
  readonly hosts: number;
  readonly dataBytes: number;
  readonly diskSizeBytes: number | null;
  readonly margin: number;
  readonly system: 'binary' | 'decimal';
}

export const cephDataTargetUsed = (v: z.output<typeof cephDataTargetInput>): CephDataTargetUsed => ({
  hosts: v.hosts,
  dataBytes: v.dataBytes,
  ...protectionUsed(v.protection),
  diskSizeBytes: v.diskSizeBytes ?? null,
  nearfull: v.nearfull,
  backfillfull: v.backfillfull,
  full: v.full,
  margin: v.margin,
  system: v.system,
});
