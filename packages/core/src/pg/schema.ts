import { z } from 'zod';
import { bytes, count, lang, positive } from '../explain/schema.js';
import { protection } from '../ceph/protection.js';

export const poolSpec = z.object({
  name: z.string().min(1, 'a pool needs a name').max(128),
  protection: protection.default({ kind: 'replicated', size: 3 }),
  /** target_size_ratio: a weight, normalised over all pools that set one (Ceph allows any value > 0). */
  targetRatio: positive.optional(),
  /** target_size_bytes (logical). Ignored when a ratio is set, as Ceph does. */
  targetBytes: bytes.optional(),
  /** Logical bytes stored (ceph df STORED). */
  storedBytes: z.number().min(0, 'must be 0 or more').max(2 ** 63).optional(),
  bias: positive.default(1),
  bulk: z.boolean().default(false),
  pgNumMin: count(1).optional(),
  pgNumMax: count(1).optional(),
  currentPgNum: count(1).optional(),
});
export type PoolSpec = z.output<typeof poolSpec>;

export const pgInput = z
  .object({
    osds: count(1),
    osdSizeBytes: bytes.optional(),
    pools: z.array(poolSpec).min(1, 'at least one pool'),
    /** mon_target_pg_per_osd (autoscaler, 100) or PGCalc's "target PGs per OSD". */
    targetPerOsd: count(1).default(100),
    /** The autoscaler's threshold module option (3.0). */
    threshold: z.number().min(1, 'must be at least 1').max(1e6).default(3),
    method: z.enum(['autoscaler', 'pgcalc']).default('autoscaler'),
    /** mon_max_pg_per_osd (250). */
    maxPgPerOsd: count(1).default(250),
    lang,
  })
  .superRefine((v, ctx) => {
    const needsCapacity = v.pools.some((p) => p.storedBytes !== undefined || p.targetBytes !== undefined);
    if (needsCapacity && v.osdSizeBytes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['osdSizeBytes'], message: 'is required when a pool states stored= or target= bytes (capacity = OSDs × OSD size)' });
    }
    const seen = new Set<string>();
    v.pools.forEach((p, i) => {
      if (seen.has(p.name)) ctx.addIssue({ code: 'custom', path: ['pools', i, 'name'], message: `pool "${p.name}" is given twice` });
      seen.add(p.name);
    });
  });
export type PgInput = z.input<typeof pgInput>;
