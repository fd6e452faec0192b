/**
 * The planner pages' routes, in the initial script: their names for the navigation and their link
 * (`#/plan?example=procurement-1s-epyc`, `#/compare?a=…&b=…&c=…`). An edited example adds its changes
 * (`edit=…`), an opened file its whole text (`scenario=…`), both encoded by the page (share.ts) and
 * read back there as untrusted input; here they are only carried. The pages are a chunk of their own.
 */
import type { Lang } from '@capa/core';
import { buildHash, MAX_HASH_LENGTH, parseHash } from '../state/hash';

export const PLANNER_ROUTES = ['plan', 'compare', 'optimize'] as const;
export type PlannerRoute = (typeof PLANNER_ROUTES)[number];

export const PLANNER_LABELS: Readonly<Record<Lang, Readonly<Record<PlannerRoute, string>>>> = {
  en: { plan: 'Plan', compare: 'Compare', optimize: 'Optimize' },
  fr: { plan: 'Plan', compare: 'Comparer', optimize: 'Optimiser' },
};

/** The example of each slot: plan and optimize have one (`example`), compare three (`a`, `b`, `c`). */
export const SLOT_KEYS: Readonly<Record<PlannerRoute, readonly string[]>> = { plan: ['example'], compare: ['a', 'b', 'c'], optimize: ['example'] };

/** Per slot, the changes to its example and an opened scenario's text (base64url, share.ts). */
export const EDIT_KEYS: Readonly<Record<PlannerRoute, readonly string[]>> = { plan: ['edit'], compare: ['ea', 'eb', 'ec'], optimize: ['edit'] };
export const FILE_KEYS: Readonly<Record<PlannerRoute, readonly string[]>> = { plan: ['scenario'], compare: ['sa', 'sb', 'sc'], optimize: ['scenario'] };

/** A slot's part of the link: its example, the changes to it, or a whole scenario. */
export interface SlotLink {
  readonly examples: readonly (string | null)[];
  readonly edits?: readonly (string | null)[];
  readonly scenarios?: readonly (string | null)[];
}

export interface PlannerLink extends SlotLink {
  readonly route: PlannerRoute;
  /** Per slot, the example's name as written in the link (checked by the page against its examples), or null. */
  readonly examples: readonly (string | null)[];
  readonly lang?: Lang;
}

/** An encoded value, longer than the hash reader's values may be: read raw, base64url characters only, the hash's own bound kept. */
function encoded(hash: string, key: string): string | null {
  const m = new RegExp(`[?&]${key}=([A-Za-z0-9_-]*)`).exec(hash.slice(0, MAX_HASH_LENGTH));
  return m?.[1] ? m[1] : null;
}

export const isPlannerRoute = (r: string): r is PlannerRoute => (PLANNER_ROUTES as readonly string[]).includes(r);

export function readPlannerLink(hash: string): PlannerLink | null {
  const parts = parseHash(hash);
  if (!isPlannerRoute(parts.route)) return null;
  const get = (k: string) => parts.entries.find(([key]) => key === k)?.[1] ?? null;
  const lang = get('lang');
  const r = parts.route;
  return {
    route: r,
    examples: SLOT_KEYS[r].map(get),
    edits: EDIT_KEYS[r].map((k) => encoded(hash, k)),
    scenarios: FILE_KEYS[r].map((k) => encoded(hash, k)),
    ...(lang === 'en' || lang === 'fr' ? { lang } : {}),
  };
}

export function writePlannerLink(link: PlannerLink): string {
  const entries: [string, string][] = [];
  SLOT_KEYS[link.route].forEach((k, i) => {
    const v = link.examples[i];
    if (v) entries.push([k, v]);
    const e = link.edits?.[i];
    if (v && e) entries.push([EDIT_KEYS[link.route][i] ?? '', e]);
    const f = link.scenarios?.[i];
    if (!v && f) entries.push([FILE_KEYS[link.route][i] ?? '', f]);
  });
  if (link.lang) entries.push(['lang', link.lang]);
  return buildHash(link.route, entries);
}
