import type * as z from 'zod/mini';
import { parseLimit, renderLimitMessage } from './limits.js';
import type { InputIssue, Lang, Outcome } from './types.js';

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const rejected = (issues: readonly InputIssue[]): Outcome<never> => ({ ok: false, issues });

/** The language the input asks for, read before validation so refusals speak it too. */
const inputLang = (input: unknown): Lang => (input !== null && typeof input === 'object' && (input as { lang?: unknown }).lang === 'fr' ? 'fr' : 'en');

/** Turns zod issues into field-named input issues, keeping the offending value; limits in the input's language. */
export function issuesFromZod(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, input: unknown): InputIssue[] {
  const lang = inputLang(input);
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const rule = parseLimit(issue.message);
    // A limit is data (code + params), so an adapter can name it in any language.
    const coded = rule === undefined ? {} : { code: `limit.${rule.k}`, params: rule };
    return { field, value: valueAt(input, issue.path), message: renderLimitMessage(issue.message, lang), ...coded };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Validates with a zod schema, then runs the calculator: the one entry path of every core function. */
export function validated<S extends z.ZodMiniType, R>(schema: S, input: unknown, run: (value: z.output<S>) => R): Outcome<R> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return rejected(issuesFromZod(parsed.error, input));
  const result = run(parsed.data);
  // Valid but extreme inputs (a ratio of 1e-300...) can overflow: refuse them rather than show Infinity.
  const bad = firstNonFinite(result, '');
  if (bad !== undefined) {
    return rejected([{ field: '*', value: undefined, message: `these values are outside what can be computed (${bad} would not be a finite number)` }]);
  }
  return ok(result);
}

/** Path of the first NaN or ±Infinity in a result, if any. */
function firstNonFinite(x: unknown, path: string): string | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? undefined : path || 'the result';
  if (x === null || typeof x !== 'object') return undefined;
  for (const [k, v] of Object.entries(x)) {
    const found = firstNonFinite(v, path ? `${path}.${k}` : k);
    if (found !== undefined) return found;
  }
  return undefined;
}
