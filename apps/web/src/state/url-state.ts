/**
 * URL hash ⇄ page state. Reading is defensive: unknown pages and parameters, repeated keys and
 * choices outside their options are reported as problems and dropped; free-text values are kept as
 * typed so the page can show them in their field with the core parser's message.
 */
import type { Lang } from '@capa/core';
import { FLAG_VALUES, isVisible, type PageState, type Values } from './fields';
import { buildHash, type HashProblem, parseHash } from './hash';
import { type PageDef, ROUTES, type RouteId } from './page';

/** How the page is shown, also carried in the link when chosen explicitly. */
export interface ViewOptions {
  /** Absent: the browser's language decides. */
  readonly lang?: Lang;
  readonly teach: boolean;
}

export type UrlProblem =
  | HashProblem
  | { readonly kind: 'unknown-page'; readonly route: string }
  | { readonly kind: 'unknown-param'; readonly key: string }
  | { readonly kind: 'repeated-param'; readonly key: string }
  | { readonly kind: 'bad-choice'; readonly key: string; readonly value: string }
  | { readonly kind: 'too-many-rows'; readonly max: number }
  | { readonly kind: 'bad-row'; readonly spec: string; readonly message: string };

export interface UrlLocation {
  /** null when the hash names no known page. */
  readonly route: RouteId | null;
  readonly state: PageState;
  readonly view: ViewOptions;
  /** True when the link carries no input at all: the page then opens on its first preset. */
  readonly blank: boolean;
  readonly problems: readonly UrlProblem[];
}

export const isRoute = (r: string): r is RouteId => (ROUTES as readonly string[]).includes(r);

/** `pages`: those loaded so far; a page not loaded yet reads no inputs (the app reads the link again once it is). */
export function readLocation(hash: string, pages: Readonly<Partial<Record<RouteId, PageDef>>>): UrlLocation {
  const parts = parseHash(hash);
  const problems: UrlProblem[] = [...parts.problems];
  const routeText = parts.route === '' ? 'memory' : parts.route;
  const route = isRoute(routeText) ? routeText : null;
  if (route === null) problems.push({ kind: 'unknown-page', route: routeText.slice(0, 60) });

  let lang: Lang | undefined;
  let teach = false;
  const values: Record<string, string> = {};
  const rows: Values[] = [];
  const seen = new Set<string>();
  const page = route === null ? undefined : pages[route];
  const fields = new Map((page?.fields ?? []).map((f) => [f.key, f]));

  for (const [key, value] of parts.entries) {
    if (page?.rows && key === page.rows.key) {
      if (rows.length >= page.rows.max) {
        if (rows.length === page.rows.max) problems.push({ kind: 'too-many-rows', max: page.rows.max });
        rows.push({});
        continue;
      }
      const d = page.rows.decode(value);
      for (const message of d.problems) problems.push({ kind: 'bad-row', spec: value.slice(0, 60), message });
      rows.push(d.row);
      continue;
    }
    if (seen.has(key)) {
      problems.push({ kind: 'repeated-param', key: key.slice(0, 60) });
      continue;
    }
    seen.add(key);
    if (key === 'lang') {
      if (value === 'en' || value === 'fr') lang = value;
      else problems.push({ kind: 'bad-choice', key, value: value.slice(0, 60) });
      continue;
    }
    if (key === 'teach') {
      if (value === '1' || value === '0') teach = value === '1';
      else problems.push({ kind: 'bad-choice', key, value: value.slice(0, 60) });
      continue;
    }
    const field = fields.get(key);
    if (field === undefined) {
      if (page !== undefined) problems.push({ kind: 'unknown-param', key: key.slice(0, 60) });
      continue;
    }
    const allowed: readonly string[] | undefined = field.kind === 'choice' ? field.options?.map((o) => o.value) : field.kind === 'flag' ? FLAG_VALUES : undefined;
    if (allowed !== undefined && !allowed.includes(value)) {
      problems.push({ kind: 'bad-choice', key, value: value.slice(0, 60) });
      continue;
    }
    values[key] = value;
  }
  const realRows = page?.rows ? rows.slice(0, page.rows.max) : [];
  const blank = Object.keys(values).length === 0 && realRows.length === 0 && problems.length === 0;
  return { route, state: { values, rows: realRows }, view: lang === undefined ? { teach } : { lang, teach }, blank, problems };
}

/** The canonical link of a page: visible, non-default inputs in field order, then rows, then view options. */
export function writeLocation(page: Pick<PageDef, 'route' | 'fields' | 'rows'>, state: PageState, view: ViewOptions): string {
  const entries: (readonly [string, string])[] = [];
  for (const field of page.fields) {
    if (!isVisible(field, state.values)) continue;
    const v = state.values[field.key];
    if (v === undefined || v.trim() === '' || v === field.defaultValue) continue;
    entries.push([field.key, v]);
  }
  if (page.rows) for (const row of state.rows) entries.push([page.rows.key, page.rows.encode(row)]);
  if (view.lang !== undefined) entries.push(['lang', view.lang]);
  if (view.teach) entries.push(['teach', '1']);
  return buildHash(page.route, entries);
}
