/** What both kinds of page share: their props, and what they do with an outcome (mark the first result shown, map issues to their fields). */
import type { Lang } from '@capa/core';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { markFirstResult } from '../perf';
import type { PageState } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';

/** What the app hands every page: its definition and state, the view, the share link, the print header's version and date. */
export interface PageProps {
  readonly page: PageDef;
  readonly state: PageState;
  readonly lang: Lang;
  readonly teach: boolean;
  readonly href: string;
  readonly version: string;
  readonly date: string;
  readonly onChange: (state: PageState) => void;
}

/** The field errors of an outcome (none while there is none), the first result marked once laid out. */
export function useOutcomeErrors(outcome: PageOutcome | null): ReadonlyMap<string, string> {
  useLayoutEffect(() => {
    if (outcome?.ok) markFirstResult();
  }, [outcome]);
  return useMemo(() => new Map((outcome && !outcome.ok ? outcome.issues : []).map((i) => [i.key, i.message])), [outcome]);
}
