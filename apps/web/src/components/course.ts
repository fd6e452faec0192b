/**
 * The course on a projector with the arrow keys only (issue 12): → past a derivation's last step shows
 * the page's next course example, and past the page's last example the next page of the course, from
 * its first example and step; ← mirrors it, arriving at the previous example's last step. The course
 * teaches memory, then Ceph capacity, then failure and recovery (the pages' order in the navigation,
 * src/state/page.ts ROUTES); its examples are each page's "course" presets, the ones the digits pick.
 */
import type { Lang } from '@capa/core';
import { UI } from '../i18n/ui';
import type { PageState } from '../state/fields';
import type { Preset, RouteId } from '../state/page';
import { isShowing } from './presets-bar';

export const COURSE_ROUTES: readonly RouteId[] = ['memory', 'ceph', 'failure'];

export type Move = { readonly kind: 'example'; readonly preset: Preset; readonly n: number } | { readonly kind: 'page'; readonly route: RouteId } | { readonly kind: 'end' };

/** The course examples of a page, in the order the digits pick them. */
export const courseExamples = (presets: readonly Preset[]): readonly Preset[] => presets.filter((p) => p.group === 'course');

/**
 * Where an arrow leads past the derivation's end (`dir` 1) or its start (−1). Values edited by hand
 * show no example: → then starts the page's first example and ← its last.
 */
export function courseMove(route: RouteId, presets: readonly Preset[], state: PageState, dir: 1 | -1): Move {
  const list = courseExamples(presets);
  const at = list.findIndex((p) => isShowing(p, state));
  const to = at < 0 ? (dir === 1 ? 0 : list.length - 1) : at + dir;
  const preset = list[to];
  if (preset) return { kind: 'example', preset, n: to + 1 };
  const page = COURSE_ROUTES.indexOf(route);
  const next = page < 0 ? undefined : COURSE_ROUTES[page + dir];
  return next === undefined ? { kind: 'end' } : { kind: 'page', route: next };
}

/** What → does at the last step, in words: "Next: example 2 — 5 nodes × 256 GiB". */
export function moveHint(m: Move, lang: Lang): string {
  const ui = UI[lang];
  if (m.kind === 'example') return ui.nextExample(m.n, m.preset.label[lang]);
  if (m.kind === 'page') return ui.nextPage(ui.routes[m.route]);
  return ui.courseEnd;
}

// A page reached by an arrow opens on its first example, or (going back) on its last example's last step.
let arriving: { readonly route: RouteId; readonly end: 'first' | 'last' } | null = null;

/** Notes how the next page is entered; the page reads it once when it mounts (`arrival`). */
export const enterCourse = (route: RouteId, dir: 1 | -1): void => {
  arriving = { route, end: dir === 1 ? 'first' : 'last' };
};

export function arrival(route: RouteId): 'first' | 'last' | null {
  const end = arriving?.route === route ? arriving.end : null;
  arriving = null;
  return end;
}
