/** Shared plumbing of the page definitions: core outcome → page outcome, never a NaN on screen. */
import type { Lang, Outcome } from '@capa/core';
import type { PageOutcome } from '../state/page';
import type { Values } from '../state/fields';
import { type FieldIssue, issuesFromCore } from '../state/reader';

type Ok = Extract<PageOutcome, { ok: true }>;

const TOO_LARGE = {
  en: 'the values are too large to compute (a result would not be finite)',
  fr: 'les valeurs sont trop grandes pour le calcul (un résultat ne serait pas fini)',
} satisfies Record<Lang, string>;

export const invalid = (issues: readonly FieldIssue[]): PageOutcome => ({ ok: false, issues });

/** A figure that is not a finite number must never reach the page as "NaN" or "Infinity". */
const NOT_FINITE = /\bNaN\b|Infinity/;

function finite(out: Ok): boolean {
  return (
    !out.figures.some((f) => NOT_FINITE.test(f.value)) &&
    !out.derivation.some((s) => NOT_FINITE.test(s.display) || NOT_FINITE.test(s.substituted)) &&
    !(out.tables ?? []).some((t) => t.rows.some((r) => r.cells.some((c) => NOT_FINITE.test(c))))
  );
}

/** Runs a page's computation; anything non-finite or thrown becomes an input message, not a crash. */
export function guarded(lang: Lang, run: () => PageOutcome): PageOutcome {
  try {
    const out = run();
    return out.ok && !finite(out) ? invalid([{ key: '', value: undefined, message: TOO_LARGE[lang] }]) : out;
  } catch {
    return invalid([{ key: '', value: undefined, message: TOO_LARGE[lang] }]);
  }
}

/** A core outcome with its issues named by the page's field keys. */
export function fromCore<T>(outcome: Outcome<T>, fieldToKey: Readonly<Record<string, string>>, values: Values, present: (value: T) => Ok): PageOutcome {
  return outcome.ok ? present(outcome.value) : invalid(issuesFromCore(outcome.issues, fieldToKey, values));
}
