// The shape of `ceph osd dump -f json` (= `osdmaptool --dump json`), as Pacific prints it. Only what
// placement needs is read: pools, the OSDs' state and reweight, primary affinity, and the upmaps.
import * as z from 'zod/mini';
import { fromZod } from './errors.js';

const int = z.int('must be an integer');
const count = int.check(z.minimum(0, 'must be 0 or more'));
const flag = int.check(z.minimum(0, 'must be 0 or 1'), z.maximum(1, 'must be 0 or 1'));
const pgid = z.string('must be a PG id such as "1.a"').check(z.regex(/^\d+\.[0-9a-f]+$/, 'must be a PG id such as "1.a"'));

const pool = z.object({
  pool: count,
  pool_name: z.optional(z.string('must be a string')),
  /** 1 replicated, 3 erasure. */
  type: int,
  size: count.check(z.maximum(64, 'must be at most 64')),
  min_size: z.optional(count),
  crush_rule: int,
  /** The pool's flags as a number (FLAG_HASHPSPOOL = 1). */
  flags: count,
  pg_num: count.check(z.minimum(1, 'must be at least 1')),
  /** pgp_num: Pacific dumps it as pg_placement_num. */
  pg_placement_num: z.optional(count.check(z.minimum(1, 'must be at least 1'))),
  pgp_num: z.optional(count.check(z.minimum(1, 'must be at least 1'))),
  /** EC pools: the profile's name (k, the data chunks, is in erasure_code_profiles). */
  erasure_code_profile: z.optional(z.string('must be a string')),
});

const osd = z.object({
  osd: count,
  up: flag,
  in: flag,
  /** Reweight as a float, 1 = in (stored as 16.16). */
  weight: z.number('must be a number').check(z.minimum(0, 'must be 0 or more'), z.maximum(1, 'must be at most 1')),
  primary_affinity: z.optional(z.number('must be a number').check(z.minimum(0, 'must be 0 or more'), z.maximum(1, 'must be at most 1'))),
});

export const osdDumpSchema = z.object({
  max_osd: count,
  pools: z.array(pool),
  osds: z.array(osd),
  pg_upmap: z.optional(z.array(z.object({ pgid, osds: z.array(int) }))),
  pg_upmap_items: z.optional(z.array(z.object({ pgid, mappings: z.array(z.object({ from: int, to: int })) }))),
  /** EC profiles by name; values are strings in Ceph's dump ("k": "2"). */
  erasure_code_profiles: z.optional(z.record(z.string(), z.record(z.string(), z.unknown()))),
});

export type OsdDump = z.output<typeof osdDumpSchema>;

/** Validates a parsed `osd dump` JSON document; throws CrushInputError naming the first bad field. */
export function parseOsdDump(input: unknown): OsdDump {
  const r = osdDumpSchema.safeParse(input);
  if (!r.success) throw fromZod('osd dump', r.error);
  return r.data;
}
