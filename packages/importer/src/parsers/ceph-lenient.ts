/** Lenient number typing for Ceph JSON: some releases and tools print numbers as strings. */
import * as z from 'zod';
import { num } from '../util.js';

/** A number that may arrive as a numeric string. */
export const lnum = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = num(v);
  if (n === null) {
    ctx.addIssue({ code: 'custom', message: `expected a number, got ${JSON.stringify(v).slice(0, 40)}` });
    return z.NEVER;
  }
  return n;
});
