/**
 * The scenario's `drain` section (issue 11, item 3): evacuating a node by live migration before its
 * maintenance, read by the plan's `drain` area through the core's drain calculator (docs/drain.md).
 * The guest RAM comes from workloads, the nodes and their bonds from nodes[]: the section states only
 * what the rest of the scenario cannot.
 */
import { DRAIN_MAX_REBOOT_SECONDS, DRAIN_REBOOT_SECONDS, describeLimit, durationText } from '@capa/core';
import * as z from 'zod';
import { expected, parseLang } from './value-messages.js';
import { count, duration, rate, size } from './values.js';

/** The node bonds migrations may use (nodes[].network.<via>). */
export const DRAIN_VIA = ['ceph', 'public', 'backup', 'corosync'] as const;
export type DrainVia = (typeof DRAIN_VIA)[number];

export const drainSection = z
  .strictObject({
    dirtyRate: rate.meta({ description: 'Rate one migrating guest writes to its RAM (its dirty-page rate), e.g. 1Gb/s or 100MB/s; QEMU’s query-migrate dirty-pages-rate.' }),
    bwlimit: rate.optional().meta({ description: 'datacenter.cfg bwlimit migration=, per migration (absent: no cap).' }),
    parallel: count(1, 64).default(1).meta({ description: 'Migrations running at once (1 by default, the safe side; datacenter.cfg max_workers allows more).' }),
    localDisks: size.optional().meta({ description: 'Local disk data per node copied over the network with its guests.' }),
    // The core's bound (whole seconds, at most a day), refused here with its path.
    reboot: duration
      .refine((x) => Number.isInteger(x) && x <= DRAIN_MAX_REBOOT_SECONDS, { error: () => describeLimit({ k: 'count', min: 0, max: DRAIN_MAX_REBOOT_SECONDS }, parseLang()) })
      .optional()
      .meta({ description: `Upgrade and reboot time of one node: 10min, 1h, or seconds (default ${durationText(DRAIN_REBOOT_SECONDS)}: Capa’s assumption, state yours).` }),
    via: z
      .enum(DRAIN_VIA, { error: expected('oneOf', { list: DRAIN_VIA.join(', ') }) })
      .optional()
      .meta({ description: 'The node bond migrations use: ceph, public, backup or corosync (default public when the node has one, else ceph).' }),
  })
  .meta({ description: 'Maintenance drain: live migration of a node’s guests, the N − 1 check meanwhile, the rolling upgrade.' });

export type DrainDoc = z.output<typeof drainSection>;
