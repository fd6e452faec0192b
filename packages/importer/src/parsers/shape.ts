/** Shape checks shared by the JSON parsers: a bad payload fails with the command that produced it and the first bad field. */
import type * as z from 'zod';
import { ImportError } from '../util.js';

/** Validates one command's output, naming the command and the first bad field. */
export function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new ImportError(`${what}: unexpected shape${where}: ${issue?.message ?? 'invalid'}`, what);
}
