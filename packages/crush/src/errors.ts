// Typed refusals: a map Capa cannot place exactly is refused with a message naming the field or bucket,
// never half-mapped and never a crash deep in the mapper. Each carries a code and language-free params
// (error-messages.ts words them in English and French); `message` is the English text.
import { CRUSH_ERROR_MESSAGES, type CrushErrorCode, type CrushLang, type CrushParams, crushErrorMessage } from './error-messages.js';

const english = (code: CrushErrorCode, params: CrushParams): string => crushErrorMessage(code, params, 'en') ?? CRUSH_ERROR_MESSAGES.en[code](params);
const fieldOf = (params: CrushParams): string => (typeof params['field'] === 'string' ? params['field'] : '');

/** Input that does not have the shape of Ceph's JSON (a field missing, of the wrong type, out of range). */
export class CrushInputError extends Error {
  override readonly name = 'CrushInputError';
  /** The path in Ceph's JSON (or the argument) that is wrong; '' when none. */
  readonly field: string;
  constructor(
    /** The catalogue entry the adapters word in the user's language, with `params`. */
    readonly code: CrushErrorCode,
    readonly params: CrushParams,
  ) {
    super(english(code, params));
    this.field = fieldOf(params);
  }
}

/** A valid Ceph map that uses something this port does not simulate (legacy straw buckets, other hashes). */
export class CrushUnsupportedError extends Error {
  override readonly name = 'CrushUnsupportedError';
  readonly field: string;
  constructor(
    readonly code: CrushErrorCode,
    readonly params: CrushParams,
  ) {
    super(english(code, params));
    this.field = fieldOf(params);
  }
}

/** A caught error in `lang` when it is a CRUSH refusal, its own message otherwise. */
export function crushErrorText(e: unknown, lang: CrushLang): string {
  if (e instanceof CrushInputError || e instanceof CrushUnsupportedError) return crushErrorMessage(e.code, e.params, lang) ?? e.message;
  return e instanceof Error ? e.message : String(e);
}

/** Turns the first zod issue into a CrushInputError naming the field, prefixed with the document's name. */
export function fromZod(doc: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] }): CrushInputError {
  const issue = error.issues[0];
  if (!issue) return new CrushInputError('crush.invalid-input', { field: doc });
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const expected = 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : null;
  const allowed = 'values' in issue && Array.isArray(issue.values) ? issue.values.map((v) => JSON.stringify(v)).join(', ') : null;
  return new CrushInputError('crush.schema', { field: `${doc}${path}`, detail: issue.message, issue: issue.code ?? null, expected, allowed });
}
