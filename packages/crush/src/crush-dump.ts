// The shape of `ceph osd crush dump -f json` (= `crushtool -i map --dump`), as Pacific prints it.
// Only the fields placement needs are read; the rest is ignored.
import * as z from 'zod/mini';
import { fromZod } from './errors.js';

const int = z.int('must be an integer');
const name = z.string('must be a string');

const device = z.object({ id: int.check(z.minimum(0, 'must be 0 or more')), name, class: z.optional(name) });

const bucketItem = z.object({
  id: int,
  /** 16.16 fixed point: 65536 = 1.0. */
  weight: int.check(z.minimum(0, 'must be 0 or more'), z.maximum(0xffffffff, 'must fit in 32 bits')),
  pos: z.optional(int),
});

const bucket = z.object({
  id: int.check(z.maximum(-1, 'bucket ids are negative')),
  name,
  type_id: int,
  alg: name,
  hash: name,
  items: z.array(bucketItem),
});

/** A rule step as dumped: named ops carry num/type/item; steps without a name come as opcode/arg1/arg2. */
const step = z.object({
  op: z.optional(name),
  item: z.optional(int),
  item_name: z.optional(name),
  num: z.optional(int),
  type: z.optional(name),
  opcode: z.optional(int),
  arg1: z.optional(int),
  arg2: z.optional(int),
});

const rule = z.object({
  rule_id: int.check(z.minimum(0, 'must be 0 or more')),
  rule_name: z.optional(name),
  ruleset: z.optional(int),
  type: int,
  min_size: z.optional(int),
  max_size: z.optional(int),
  steps: z.array(step),
});

const count = int.check(z.minimum(0, 'must be 0 or more'));
const tunables = z.object({
  choose_local_tries: count,
  choose_local_fallback_tries: count,
  choose_total_tries: count,
  chooseleaf_descend_once: count,
  chooseleaf_vary_r: count,
  chooseleaf_stable: z.optional(count),
  straw_calc_version: z.optional(count),
});

const chooseArg = z.object({
  bucket_id: int,
  /** Per position, the item weights as floats (16.16 / 65536). */
  weight_set: z.optional(z.array(z.array(z.number('must be a number').check(z.minimum(0, 'must be 0 or more'))))),
  ids: z.optional(z.array(int)),
});

export const crushDumpSchema = z.object({
  devices: z.array(device),
  types: z.array(z.object({ type_id: int, name })),
  buckets: z.array(bucket),
  rules: z.array(rule),
  tunables,
  choose_args: z.optional(z.record(z.string(), z.array(chooseArg))),
});

export type CrushDump = z.output<typeof crushDumpSchema>;

/** Validates a parsed `crush dump` JSON document; throws CrushInputError naming the first bad field. */
export function parseCrushDump(input: unknown): CrushDump {
  const r = crushDumpSchema.safeParse(input);
  if (!r.success) throw fromZod('crush dump', r.error);
  return r.data;
}
