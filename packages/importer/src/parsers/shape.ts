/** Shape checks shared by the JSON parsers: a bad payload fails with the command that produced it and the first bad field. */
import type * as z from 'zod';
import { ImportError, issueParams } from '../error-messages.js';

/** Validates one command's output, naming the command and the first bad field. */
export function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ImportError('source.unexpected-shape', { what, ...issueParams(r.error.issues[0]) }, what);
}
