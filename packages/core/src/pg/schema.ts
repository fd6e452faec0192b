import { LIMITS, limitMessage } from '../explain/limits.js';
import { bytes, count, diskBytes, lang, osdCount, pgNumPow2, positive } from '../explain/schema.js';
import * as z from 'zod/mini';
import { protection } from '../ceph/protection.js';
import { CEPH_DEFAULTS, PG_DEFAULTS } from '../explain/defaults.js';

export const poolSpec = z.object({
  name: z.string().check(z.minLength(1, 'a pool needs a name'), z.maxLength(128, 'at most 128 characters')),
  protection: z._default(protection, { kind: 'replicated', size: CEPH_DEFAULTS.replicas }),
  /** target_size_ratio: a weight, normalised over all pools that set one (Ceph allows any value > 0). */
  targetRatio: z.optional(positive),
  /** target_size_bytes (logical). Ignored when a ratio is set, as Ceph does. */
  targetBytes: z.optional(bytes),
  /** Logical bytes stored (ceph df STORED). */
  storedBytes: z.optional(z.number('must be a size in bytes').check(z.minimum(0, 'must be 0 or more'), z.maximum(2 ** 63, 'must be at most 8 EiB'))),
  bias: z._default(positive, PG_DEFAULTS.bias),
  bulk: z._default(z.boolean(), PG_DEFAULTS.bulk),
  /** pg_num_min / pg_num_max as stated: powers of two, so the pg_num the autoscaler picks stays one. */
  pgNumMin: z.optional(pgNumPow2),
  pgNumMax: z.optional(pgNumPow2),
  /** What the cluster has now (any value Ceph accepted, up to mon_max_pool_pg_num). */
  currentPgNum: z.optional(count(1, LIMITS.pgNum)),
});
export type PoolSpec = z.output<typeof poolSpec>;

export const pgInput = z
  .object({
    osds: osdCount,
    osdSizeBytes: z.optional(diskBytes),
    pools: z.array(poolSpec).check(z.minLength(1, 'at least one pool')),
    /** mon_target_pg_per_osd (autoscaler, 100) or PGCalc's "target PGs per OSD". */
    targetPerOsd: z._default(count(1, LIMITS.pgPerOsd), PG_DEFAULTS.targetPerOsd),
    /** The autoscaler's threshold module option (3.0). */
    threshold: z._default(z.number('must be a number').check(z.minimum(1, 'must be at least 1'), z.maximum(1e6, 'must be at most 10^6')), PG_DEFAULTS.threshold),
    method: z._default(z.enum(['autoscaler', 'pgcalc']), PG_DEFAULTS.method),
    /** mon_max_pg_per_osd (250). */
    maxPgPerOsd: z._default(count(1, LIMITS.pgPerOsd), PG_DEFAULTS.maxPgPerOsd),
    lang,
  })
  .check(
    z.superRefine((v, ctx) => {
      const needsCapacity = v.pools.some((p) => p.storedBytes !== undefined || p.targetBytes !== undefined);
      if (needsCapacity && v.osdSizeBytes === undefined) {
        ctx.addIssue({ code: 'custom', path: ['osdSizeBytes'], message: limitMessage({ k: 'needsOsdSize' }), input: undefined });
      }
      const seen = new Set<string>();
      v.pools.forEach((p, i) => {
        if (seen.has(p.name)) ctx.addIssue({ code: 'custom', path: ['pools', i, 'name'], message: limitMessage({ k: 'poolTwice', name: p.name }), input: p.name });
        seen.add(p.name);
      });
    }),
  );
export type PgInput = z.input<typeof pgInput>;
