/**
 * Built on first use (not at module load): the CLI bundles this module, and `capa memory` must not pay
 * for constructing schemas it never uses.
 *
 * What the inventory analysis reads: the subset of an imported Inventory (`@capa/importer`'s schema,
 * structurally compatible) it needs, plus the analysis options and what-ifs. Unknown keys are dropped.
 */
import * as z from 'zod/mini';
import { bytesOrZero, count, fraction, lang, positive, sizeSystem } from '../explain/schema.js';
import { ANALYSIS_DEFAULTS, MEMORY_DEFAULTS } from '../explain/defaults.js';
import { inventoryRefusals } from './refusals.js';

function build() {
  const nbytes = z.nullable(bytesOrZero);
  const ncount = z.nullable(z.number().check(z.minimum(0), z.maximum(2 ** 31)));
  const nnum = z.nullable(z.number());
  const nstr = z.nullable(z.string());

  const analysisNode = z.object({
    name: z.string().check(z.minLength(1, 'a node needs a name')),
    online: z.boolean(),
    threads: ncount,
    ramTotalBytes: nbytes,
  });

  const analysisGuest = z.object({
    id: z.string(),
    name: z.string(),
    node: nstr,
    status: z.string(),
    template: z.boolean(),
    memoryBytes: nbytes,
    vcpus: nnum,
    haState: z._default(nstr, null),
  });

  const analysisOsd = z.object({
    id: z.number(),
    name: z.string(),
    host: nstr,
    deviceClass: nstr,
    sizeBytes: bytesOrZero,
    usedBytes: nbytes,
    in: z.nullable(z.boolean()),
  });

  const analysisPool = z.object({
    id: z.number(),
    name: z.string(),
    type: z.string(),
    size: ncount,
    k: ncount,
    m: ncount,
    pgNum: ncount,
    pgNumMin: ncount,
    pgNumMax: ncount,
    bulk: z._default(z.boolean(), false),
    bias: nnum,
    targetSizeRatio: nnum,
    targetSizeBytes: nbytes,
    crushRoot: nstr,
    failureDomain: nstr,
    deviceClass: nstr,
    storedBytes: nbytes,
    usedBytes: nbytes,
    autoscale: z.nullable(z.object({ pgNumFinal: ncount })),
  });

  const analysisCeph = z.object({
    osds: z.array(analysisOsd),
    pools: z.array(analysisPool),
    rawUsedBytes: nbytes,
    nearfullRatio: nnum,
    backfillfullRatio: nnum,
    fullRatio: nnum,
  });

  const analysisInventory = z.object({
    nodes: z.array(analysisNode),
    guests: z.array(analysisGuest),
    ceph: z._default(z.nullable(analysisCeph), null),
  });

  /** `--add-node`: count nodes of ramBytes / threads, optionally with OSDs (host = the node's name). */
  const addedNode = z.object({
    name: z.optional(z.string().check(z.minLength(1))),
    count: z._default(count(1).check(z.maximum(1000, 'must be at most 1000')), 1),
    ramBytes: z.number('must be a size in bytes').check(z.positive('must be a size greater than 0'), z.maximum(2 ** 63, 'must be at most 8 EiB')),
    threads: z.optional(count(1)),
    osds: z._default(count(0).check(z.maximum(1000, 'must be at most 1000')), 0),
    osdSizeBytes: z.optional(z.number().check(z.positive('must be a size greater than 0'), z.maximum(2 ** 63))),
    deviceClass: z.optional(z.string()),
  });

  const analysisInput = z
    .object({
      inventory: analysisInventory,
      /** Nodes that may fail: the f largest by RAM are taken down. */
      failures: z._default(count(0), MEMORY_DEFAULTS.failures),
      maxUtilization: z._default(fraction, MEMORY_DEFAULTS.maxUtilization),
      /** System reservation per node (0 unless stated, as in `capa memory`). */
      hostReserveBytes: z._default(bytesOrZero, MEMORY_DEFAULTS.hostReserveBytes),
      /** osd_memory_target per OSD on a node (Ceph's default 4 GiB). */
      osdMemoryBytes: z._default(z.number().check(z.positive(), z.maximum(2 ** 63)), MEMORY_DEFAULTS.osdMemoryBytes),
      zfsArcBytes: z._default(bytesOrZero, MEMORY_DEFAULTS.zfsArcBytes),
      maxOvercommit: z._default(positive, MEMORY_DEFAULTS.maxOvercommit),
      /** Size of the "more guests" headroom unit: 8 GiB / 4 vCPUs by default. */
      guestRamBytes: z._default(z.number().check(z.positive('must be a size greater than 0'), z.maximum(2 ** 63)), ANALYSIS_DEFAULTS.guestRamBytes),
      guestVcpus: z._default(count(1), ANALYSIS_DEFAULTS.guestVcpus),
      /** What-if: workload growth as a fraction (0.3 = +30 %): guest RAM, vCPUs and Ceph data. */
      grow: z._default(z.number('must be a fraction').check(z.gt(-1, 'must be more than -100 %'), z.maximum(100, 'must be at most 10 000 %')), ANALYSIS_DEFAULTS.grow),
      addNodes: z._default(z.array(addedNode), []),
      removeNodes: z._default(z.array(z.string()), []),
      nearfull: z.optional(fraction),
      backfillfull: z.optional(fraction),
      full: z.optional(fraction),
      system: sizeSystem,
      lang,
    })
    .check(
      z.superRefine((v, ctx) => {
        // Values no field type can refuse alone (a 0-thread node, an in OSD of 0 bytes, ratios out of order).
        for (const r of inventoryRefusals(v)) ctx.addIssue({ code: 'custom', path: [...r.path], message: r.message, input: undefined });
      }),
    );
  return { analysisInput, addedNode };
}

let cache: ReturnType<typeof build> | undefined;
/** The analysis input schema (built once, on first use). */
export const analysisSchemas = (): ReturnType<typeof build> => (cache ??= build());

export type AddedNode = z.input<ReturnType<typeof build>['addedNode']>;
export type AnalysisInput = z.input<ReturnType<typeof build>['analysisInput']>;
export type AnalysisValues = z.output<ReturnType<typeof build>['analysisInput']>;
