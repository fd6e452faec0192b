/**
 * The planner pages' routes, in the initial script: their names for the navigation and their link
 * (`#/plan?example=procurement-1s-epyc`, `#/compare?a=…&b=…&c=…`). Only examples are ever in a link:
 * an opened file stays in the browser. The pages themselves are a chunk loaded on demand.
 */
import type { Lang } from '@capa/core';
import { buildHash, parseHash } from '../state/hash';

export const PLANNER_ROUTES = ['plan', 'compare', 'optimize'] as const;
export type PlannerRoute = (typeof PLANNER_ROUTES)[number];

export const PLANNER_LABELS: Readonly<Record<Lang, Readonly<Record<PlannerRoute, string>>>> = {
  en: { plan: 'Plan', compare: 'Compare', optimize: 'Optimize' },
  fr: { plan: 'Plan', compare: 'Comparer', optimize: 'Optimiser' },
};

/** The example of each slot: plan and optimize have one (`example`), compare three (`a`, `b`, `c`). */
export const SLOT_KEYS: Readonly<Record<PlannerRoute, readonly string[]>> = { plan: ['example'], compare: ['a', 'b', 'c'], optimize: ['example'] };

export interface PlannerLink {
  readonly route: PlannerRoute;
  /** Per slot, the example's name as written in the link (checked by the page against its examples), or null. */
  readonly examples: readonly (string | null)[];
  readonly lang?: Lang;
}

export const isPlannerRoute = (r: string): r is PlannerRoute => (PLANNER_ROUTES as readonly string[]).includes(r);

export function readPlannerLink(hash: string): PlannerLink | null {
  const parts = parseHash(hash);
  if (!isPlannerRoute(parts.route)) return null;
  const get = (k: string) => parts.entries.find(([key]) => key === k)?.[1] ?? null;
  const lang = get('lang');
  return { route: parts.route, examples: SLOT_KEYS[parts.route].map(get), ...(lang === 'en' || lang === 'fr' ? { lang } : {}) };
}

export function writePlannerLink(link: PlannerLink): string {
  const entries: [string, string][] = [];
  SLOT_KEYS[link.route].forEach((k, i) => {
    const v = link.examples[i];
    if (v) entries.push([k, v]);
  });
  if (link.lang) entries.push(['lang', link.lang]);
  return buildHash(link.route, entries);
}
