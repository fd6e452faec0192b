/** Brand, the calculators, language, teaching mode and print. */
import type { Lang } from '@capa/core';
import { UI } from '../i18n/ui';
import { PLANNER_LABELS, PLANNER_ROUTES, type PlannerRoute } from '../planner/routes';
import { ROUTES, type RouteId } from '../state/page';

interface Props {
  readonly route: RouteId | null;
  readonly planner: PlannerRoute | null;
  readonly lang: Lang;
  readonly teach: boolean;
  readonly hrefOf: (route: RouteId) => string;
  readonly plannerHrefOf: (route: PlannerRoute) => string;
  readonly onLang: (lang: Lang) => void;
  readonly onTeach: (teach: boolean) => void;
}

export function Header({ route, planner, lang, teach, hrefOf, plannerHrefOf, onLang, onTeach }: Props) {
  const ui = UI[lang];
  return (
    <header class="site-header">
      <button type="button" class="skip" onClick={() => document.getElementById('results')?.focus()}>
        {ui.skip}
      </button>
      <div class="brand">
        <span class="logo" aria-hidden="true">
          ▦
        </span>
        <span class="name">Capa</span>
        <span class="tagline">{ui.tagline}</span>
      </div>
      <nav aria-label={ui.nav}>
        <ul>
          {ROUTES.map((r) => (
            <li key={r}>
              <a href={hrefOf(r)} aria-current={r === route ? 'page' : undefined} data-route={r}>
                {ui.routes[r]}
              </a>
            </li>
          ))}
          {PLANNER_ROUTES.map((r) => (
            <li key={r}>
              <a href={plannerHrefOf(r)} aria-current={r === planner ? 'page' : undefined} data-route={r}>
                {PLANNER_LABELS[lang][r]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="controls">
        <div role="group" aria-label={ui.language} class="lang-switch">
          {(['en', 'fr'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} data-lang={l} onClick={() => onLang(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" aria-pressed={teach} data-action="teach" onClick={() => onTeach(!teach)}>
          {ui.teach}
        </button>
        <button type="button" data-action="print" onClick={() => window.print()}>
          {ui.print}
        </button>
      </div>
    </header>
  );
}
