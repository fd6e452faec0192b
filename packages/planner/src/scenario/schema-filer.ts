/**
 * The RAID layout of a `storage.external` entry (issue 11, item 4): the filer's disks, read by the
 * core's filer calculator (packages/core/src/filer) for its usable capacity; the plan's `filer` area
 * shows its figures and checks. The bounds that depend on the level (disks for one group, spares,
 * group size) are the core's, refused in normalize-external.ts with the core's limits.
 */
import { LIMITS, MAX_SAVINGS, RAID_LEVELS, type RaidLevel } from '@capa/core';
import * as z from 'zod';
import { say, typed } from './value-messages.js';
import { count, size } from './values.js';

/** 6, "6", "raid6", "RAID 6": the level as the core names it ("6"). */
const raidLevel = z
  .union([z.number(), z.string()], { error: typed('raidLevel', { list: RAID_LEVELS.join(', ') }) })
  .transform((v, ctx): RaidLevel => {
    const m = /^\s*(?:raid\s*)?(\d+)\s*$/i.exec(String(v));
    const level = RAID_LEVELS.find((l) => l === m?.[1]);
    if (level === undefined) {
      ctx.issues.push({ code: 'custom', message: say('expected', { what: 'raidLevel', list: RAID_LEVELS.join(', ') }), input: v });
      return z.NEVER;
    }
    return level;
  })
  .meta({ description: `RAID level of the groups: ${RAID_LEVELS.join(', ')} (also "raid6").`, examples: [6, 'raid10'] });

/** The filer's own overhead, a ratio of the array from 0 to MAX_SAVINGS (the core's bound): 0.1 or "10%". */
const overhead = z
  .union([z.number(), z.string()], { error: typed('overhead', { max: MAX_SAVINGS }) })
  .transform((v, ctx) => {
    const m = typeof v === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(v) : null;
    const n = typeof v === 'number' ? v : m ? Number((m[1] ?? '').replace(',', '.')) / (m[2] === '%' ? 100 : 1) : Number.NaN;
    if (!(n >= 0 && n <= MAX_SAVINGS)) {
      ctx.issues.push({ code: 'custom', message: say('overheadRange', { max: MAX_SAVINGS }), input: v });
      return z.NEVER;
    }
    return n;
  })
  .meta({
    description: `The filer’s own overhead (file-system reserve, snapshot reserve), a ratio of the array from 0 to ${MAX_SAVINGS}: 0.1 or 10% (default 0, vendor-specific).`,
    examples: ['10%', 0.05],
  });

export const filerRaid = z
  .strictObject({
    level: raidLevel,
    disks: count(1, LIMITS.osds).meta({ description: 'Every disk of the filer, hot spares included.' }),
    size: size.meta({ description: 'One disk as sold (decimal TB): 2TB.' }),
    spares: count(0, LIMITS.osds).default(0).meta({ description: 'Hot spares, in no group.' }),
    groupSize: count(1, LIMITS.osds).optional().meta({ description: 'Disks per RAID group (default: every disk but the spares in one group; pairs for RAID 1).' }),
    overhead: overhead.optional(),
  })
  .meta({ description: 'The filer’s RAID layout: its usable capacity is derived from it (capa filer’s rule, docs/filer.md).' });

export type FilerRaidDoc = z.output<typeof filerRaid>;
