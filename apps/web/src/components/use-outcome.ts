/** What both kinds of page do with an outcome: mark the first result shown, and map issues to their fields. */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { markFirstResult } from '../perf';
import type { PageOutcome } from '../state/page';

/** The field errors of an outcome (none while there is none), the first result marked once laid out. */
export function useOutcomeErrors(outcome: PageOutcome | null): ReadonlyMap<string, string> {
  useLayoutEffect(() => {
    if (outcome?.ok) markFirstResult();
  }, [outcome]);
  return useMemo(() => new Map((outcome && !outcome.ok ? outcome.issues : []).map((i) => [i.key, i.message])), [outcome]);
}
