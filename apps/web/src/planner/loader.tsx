/** Loads the planner pages' chunk (the planner engine with them) on first visit, then shows the page. */
import type { Lang } from '@capa/core';
import { useEffect, useState } from 'preact/hooks';
import { UI } from '../i18n/ui';
import type { PlannerLink, SlotLink } from './routes';

type PageModule = typeof import('./planner-page');
let pending: Promise<PageModule> | undefined;
const loadPlanner = (): Promise<PageModule> =>
  (pending ??= import('./planner-page').catch((e: unknown) => {
    pending = undefined; // a later visit may succeed (back online)
    throw e;
  }));

interface Props {
  readonly link: PlannerLink;
  readonly lang: Lang;
  readonly onLink: (slots: SlotLink) => void;
}

export function PlannerLoader(props: Props) {
  const [mod, setMod] = useState<PageModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadPlanner().then(
      (m) => live && setMod(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (mod) return <mod.PlannerPage {...props} />;
  return (
    <main id="main" class="page loading" aria-busy={!failed}>
      <p role={failed ? 'alert' : 'status'}>{failed ? UI[props.lang].pageFailed : UI[props.lang].pageLoading}</p>
      <div id="results" tabIndex={-1} />
    </main>
  );
}
