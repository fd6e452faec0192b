/**
 * The shell: the URL hash is the state. Reading it validates everything (src/state/url-state.ts);
 * every change is written back with replaceState, so the address bar is always the share link.
 */
import type { Lang } from '@capa/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadedPages, loadPage } from './calc/page-registry';
import { computeTimed } from './perf';
import { CalculatorPage } from './components/calculator-page';
import { InventoryPage, type LoadedInventory } from './components/inventory-page';
import { Header } from './components/header';
import { UrlProblems } from './components/url-problems';
import { localDate } from './i18n/format';
import { browserLang, UI } from './i18n/ui';
import { PlannerLoader } from './planner/loader';
import { PLANNER_LABELS, type PlannerLink, readPlannerLink, writePlannerLink } from './planner/routes';
import type { PageState } from './state/fields';
import { buildHash } from './state/hash';
import type { Preset, RouteId } from './state/page';
import { readLocation, type UrlProblem, type ViewOptions, writeLocation } from './state/url-state';
import { CAPA_VERSION } from './version';

interface Current {
  readonly route: RouteId | null;
  readonly state: PageState;
  readonly view: ViewOptions;
  readonly problems: readonly UrlProblem[];
  /** The page's chunk is loading (or failed to): its inputs are read again once it is there. */
  readonly loading?: 'pending' | 'failed';
  /** A planner page (#/plan, #/compare, #/optimize): its link's examples; its page is a chunk of its own. */
  readonly planner?: PlannerLink;
}

const EMPTY: PageState = { values: {}, rows: [] };
const URL_WRITE_DELAY_MS = 150;
const presetState = (p: Preset | undefined): PageState => (p ? { values: p.values, rows: p.rows ?? [] } : EMPTY);

/** A link with no inputs opens on the page's first preset: something true to look at straight away. */
function load(hash: string): Current {
  const planner = readPlannerLink(hash);
  if (planner) return { route: null, state: EMPTY, view: planner.lang ? { lang: planner.lang, teach: false } : { teach: false }, problems: [], planner };
  const pages = loadedPages();
  const loc = readLocation(hash, pages);
  const page = loc.route === null ? undefined : pages[loc.route];
  const state = loc.blank && page ? presetState(page.presets[0]) : loc.state;
  return { route: loc.route, state, view: loc.view, problems: loc.problems, ...(loc.route !== null && page === undefined ? { loading: 'pending' as const } : {}) };
}

/**
 * Writes the state's hash unless the address bar moved since the app last read or wrote it (`known`):
 * then a navigation (a link, back, a typed address) is waiting for its hashchange event, and writing the
 * old page's hash would undo it. A late timer on a busy machine did exactly that (the other order, the
 * event first, is handled where it is received: it cancels the pending write).
 */
function writeHash(hash: string, known: { current: string }): void {
  if (location.hash === hash || location.hash !== known.current) return;
  try {
    history.replaceState(null, '', hash);
  } catch {
    location.replace(hash);
  }
  known.current = location.hash;
}

export function App() {
  const [cur, setCur] = useState<Current>(() => load(location.hash));
  const [, setPrinted] = useState(0);
  // The opened inventory lives here, in memory only: never in the URL, kept while navigating.
  const [inventory, setInventory] = useState<LoadedInventory | null>(null);
  // The last state of each page, so the navigation returns to what was typed there.
  const visited = useRef(new Map<RouteId, PageState>());
  // The address bar as the app last read or wrote it (see writeHash).
  const known = useRef(location.hash);
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lang: Lang = cur.view.lang ?? browserLang(navigator.languages ?? [navigator.language]);
  const page = cur.route === null ? null : (loadedPages()[cur.route] ?? null);
  const calc = page?.route === 'inventory' ? null : page;
  const outcome = useMemo(() => calc && computeTimed(() => calc.compute(cur.state, lang)), [calc, cur.state, lang]);
  // The calculator's last valid state: while a value is half typed, the results, the address bar and the
  // share link stay on it (the results dimmed), so a link never records a value the page refused.
  const good = useRef<{ route: RouteId | null; state: PageState } | null>(null);
  if (outcome?.ok || good.current?.route !== cur.route) good.current = outcome?.ok ? { route: cur.route, state: cur.state } : null;
  const valid = good.current?.state ?? cur.state;
  const last = useMemo(() => (calc && outcome && !outcome.ok && good.current ? calc.compute(good.current.state, lang) : null), [outcome]);
  const href = page ? writeLocation(page, valid, cur.view) : buildHash(cur.route ?? '', []);

  useEffect(() => {
    // A page not loaded yet: its chunk, then the link read again (it may have changed meanwhile). The
    // view options chosen while the chunk loaded (teaching mode, language) are kept: they are not in the
    // address bar yet, and a navigation meanwhile has already set them from its own link.
    if (cur.loading !== 'pending' || cur.route === null) return;
    loadPage(cur.route).then(
      () => setCur((c) => ({ ...load(location.hash), view: c.view })),
      () => setCur((c) => (c.route === cur.route ? { ...c, loading: 'failed' } : c)),
    );
  }, [cur]);

  useEffect(() => {
    const onHash = () => {
      const hash = location.hash;
      known.current = hash;
      // The previous state's write is stale now, and its effect's cleanup only runs after the next render.
      clearTimeout(pendingWrite.current);
      if (hash !== href) setCur(load(hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [href]);

  useEffect(() => {
    if (!page) return undefined;
    visited.current.set(page.route, valid);
    // The address bar follows a moment after typing stops: replaceState costs up to ~15 ms in
    // Chromium (and is rate-limited), too much for every keystroke; the share field is immediate.
    const timer = setTimeout(() => writeHash(href, known), URL_WRITE_DELAY_MS);
    pendingWrite.current = timer;
    return () => clearTimeout(timer);
  }, [href]);

  // A planner page's link: its examples and the chosen language, written at once (no typing to wait for).
  const plannerHref = cur.planner ? writePlannerLink({ ...cur.planner, ...(cur.view.lang ? { lang: cur.view.lang } : {}) }) : null;
  useEffect(() => {
    if (plannerHref !== null) writeHash(plannerHref, known);
  }, [plannerHref]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.classList.toggle('teaching', cur.view.teach);
    document.title = page ? `${page.title[lang]} · Capa` : cur.route ? `${UI[lang].routes[cur.route]} · Capa` : cur.planner ? `${PLANNER_LABELS[lang][cur.planner.route]} · Capa` : 'Capa';
  }, [lang, cur.view.teach, page, cur.planner?.route]);

  useEffect(() => {
    // The printed date is the day of printing, not of the last keystroke.
    const onPrint = () => setPrinted((n) => n + 1);
    window.addEventListener('beforeprint', onPrint);
    return () => window.removeEventListener('beforeprint', onPrint);
  }, []);

  const hrefOf = useMemo(() => (r: RouteId) => writeLocation(loadedPages()[r] ?? { route: r, fields: [] }, visited.current.get(r) ?? EMPTY, cur.view), [cur.view, href]);
  const setView = (view: ViewOptions) => setCur({ ...cur, view, problems: [] });
  const full = location.href.split('#')[0] + href;

  return (
    <>
      <Header
        route={cur.route}
        planner={cur.planner?.route ?? null}
        lang={lang}
        teach={cur.view.teach}
        hrefOf={hrefOf}
        plannerHrefOf={(r) => writePlannerLink({ route: r, examples: [], ...(cur.view.lang ? { lang: cur.view.lang } : {}) })}
        onLang={(l) => setView({ ...cur.view, lang: l })}
        onTeach={(teach) => setView({ ...cur.view, teach })}
      />
      <UrlProblems problems={cur.problems} lang={lang} />
      {cur.planner ? (
        <PlannerLoader link={cur.planner} lang={lang} onLink={(slots) => cur.planner && setCur({ ...cur, planner: { ...cur.planner, ...slots } })} />
      ) : page?.route === 'inventory' ? (
        <InventoryPage
          page={page}
          state={cur.state}
          loaded={inventory}
          lang={lang}
          teach={cur.view.teach}
          href={full}
          version={CAPA_VERSION}
          date={localDate(new Date(), lang)}
          onChange={(state) => setCur({ ...cur, state, problems: [] })}
          onLoaded={setInventory}
        />
      ) : page && outcome ? (
        <CalculatorPage
          key={page.route}
          page={page}
          state={cur.state}
          outcome={outcome}
          last={last}
          lang={lang}
          teach={cur.view.teach}
          href={full}
          version={CAPA_VERSION}
          date={localDate(new Date(), lang)}
          onChange={(state) => setCur({ ...cur, state, problems: [] })}
          onPreset={(p) => setCur({ ...cur, state: presetState(p), problems: [] })}
          hrefOf={hrefOf}
        />
      ) : cur.loading ? (
        <main id="main" class="page loading" aria-busy={cur.loading === 'pending'}>
          <h1>{UI[lang].routes[cur.route ?? 'memory']}</h1>
          <p role={cur.loading === 'failed' ? 'alert' : 'status'}>{cur.loading === 'failed' ? UI[lang].pageFailed : UI[lang].pageLoading}</p>
          <div id="results" tabIndex={-1} />
        </main>
      ) : (
        <main id="main" class="page not-found">
          <h1>{UI[lang].notFound}</h1>
          <p>{UI[lang].chooseCalculator}</p>
          <div id="results" tabIndex={-1} />
        </main>
      )}
      <footer class="site-footer">
        <p>
          Capa {CAPA_VERSION} · MIT · {UI[lang].offline}
        </p>
      </footer>
    </>
  );
}
