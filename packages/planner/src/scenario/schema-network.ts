/**
 * What a node's bond carries (issue 11, item 2): the traffic classes and their rates, read by the
 * plan's network area through the core's network budget (capa network). The class names and the
 * `auto` rules are checked in normalize.ts, where a refusal can name the class.
 */
import { TRAFFIC_CLASSES } from '@capa/core';
import * as z from 'zod';
import { say } from './value-messages.js';
import { rate } from './values.js';

/**
 * A class's rate, or `auto`: derived by the plan (recovery, backup, migration; normalize.ts refuses
 * the others). Not a union: a bad rate keeps the rate's own refusal, not "expected auto".
 */
const carriedRate = z
  .string({ error: (i) => (i.input === undefined ? say('required') : typeof i.input === 'number' ? say('rateNumber') : say('expected', { what: 'rate' })) })
  .transform((v, ctx): number | 'auto' => {
    if (v.trim() === 'auto') return 'auto';
    const r = rate.safeParse(v);
    if (r.success) return r.data;
    for (const i of r.error.issues) ctx.issues.push({ code: 'custom', message: i.message, input: v });
    return z.NEVER;
  })
  .meta({
    description: 'A rate (4Gb/s), or auto: recovery from the failure model, backup from the backup section, migration from the drain section.',
    examples: ['4Gb/s', 'auto'],
  });

export const carries = z.record(z.string(), carriedRate).meta({
  description: `Traffic classes this bond carries and their rates: ${TRAFFIC_CLASSES.join(', ')}, or your own name (a letter, then letters, digits, -). Read by the network budget.`,
  examples: [{ 'ceph-public': '4Gb/s', recovery: 'auto', corosync: '10Mb/s', guests: '5Gb/s' }],
});

export type CarriesDoc = z.output<typeof carries>;
