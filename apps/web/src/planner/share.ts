/**
 * A planner page's state in its link: an edited example as its changes (the planner's edits, JSON,
 * base64url), an opened scenario as its whole text, each bounded by the hash's own limit. Read back,
 * a link is untrusted: what does not decode to plain edits is refused with a coded message, the
 * edits go through the planner's applyEdits (its path checks), and the scenario through the planner
 * like any file. Nothing here throws.
 */
import type { Edit } from '@capa/planner/browser';
import { MAX_HASH_LENGTH } from '../state/hash';
import type { SlotLink } from './routes';
import { MAX_SCENARIO_BYTES, type Source, sourceOf } from './source';
import type { PlannerEngine } from './types';

/** Room for a slot's encoded state: the hash's bound less the route, the examples and the language, shared by the slots. */
const linkBudget = (slots: number): number => Math.floor((MAX_HASH_LENGTH - 512) / Math.max(1, slots));

/** Bounds on what a link's edits may hold: far above what a form produces, far below what could hurt. */
const LIMITS = { edits: 500, depth: 8, items: 1000, keys: 200, text: 10_000 } as const;

export function toBase64Url(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text, or null when it is not base64url of UTF-8. */
function fromBase64Url(s: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** A value a form could have written: scalars, lists and sections, bounded, no prototype keys. */
function plain(v: unknown, depth: number): boolean {
  if (depth > LIMITS.depth) return false;
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.length <= LIMITS.text;
  if (Array.isArray(v)) return v.length <= LIMITS.items && v.every((x) => plain(x, depth + 1));
  if (typeof v !== 'object') return false;
  const keys = Object.keys(v);
  return keys.length <= LIMITS.keys && keys.every((k) => k !== '__proto__' && k.length <= 128 && plain((v as Record<string, unknown>)[k], depth + 1));
}

export const encodeEdits = (edits: readonly Edit[]): string => toBase64Url(JSON.stringify(edits.map((e) => ('value' in e ? [e.path, e.value] : [e.path]))));

/** The edits of a link, or null when they are not a list of [path] or [path, value] with plain values (paths are checked by the planner). */
export function decodeEdits(s: string): Edit[] | null {
  const text = fromBase64Url(s);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(data) || data.length > LIMITS.edits) return null;
  const out: Edit[] = [];
  for (const e of data) {
    if (!Array.isArray(e) || e.length < 1 || e.length > 2 || !Array.isArray(e[0])) return null;
    const path = e[0] as unknown[];
    if (!path.every((k) => typeof k === 'string' || typeof k === 'number')) return null;
    if (e.length === 2 && !plain(e[1], 0)) return null;
    out.push(e.length === 2 ? { path: path as (string | number)[], value: e[1] } : { path: path as (string | number)[] });
  }
  return out;
}

/** What a link could not carry or hold; `path`: the field a refused change was at (the planner's formatPath, shortened). */
export type LinkRefusal = {
  readonly slot: number;
  readonly kind: 'edits' | 'scenario' | 'too-long';
  readonly chars?: number;
  readonly max?: number;
  readonly example?: boolean;
  readonly path?: string;
};

/** The link of the slots: examples by name, an edited example's changes, an opened scenario's text; what exceeds the budget is left out and said. */
export function linkOf(slots: readonly (Source | null)[], engine: PlannerEngine): { link: SlotLink; refusals: LinkRefusal[] } {
  const max = linkBudget(slots.length);
  const refusals: LinkRefusal[] = [];
  const parts = slots.map((s, slot): { example: string | null; edit: string | null; scenario: string | null } => {
    if (s === null) return { example: null, edit: null, scenario: null };
    if (s.kind === 'example') return { example: s.name, edit: null, scenario: null };
    const base = s.base !== undefined && Object.hasOwn(engine.examples, s.base) ? s.base : null;
    const readable = engine.valueOf(s.text) !== null;
    const edits = base !== null && readable ? engine.diff(sourceOf({ kind: 'example', name: base }, engine.examples).text, s.text) : null;
    if (edits?.length === 0) return { example: base, edit: null, scenario: null };
    const enc = edits ? encodeEdits(edits) : toBase64Url(s.text);
    if (enc.length > max) {
      refusals.push({ slot, kind: 'too-long', chars: enc.length, max, example: base !== null });
      return { example: base, edit: null, scenario: null };
    }
    return edits ? { example: base, edit: enc, scenario: null } : { example: null, edit: null, scenario: enc };
  });
  return { link: { examples: parts.map((p) => p.example), edits: parts.map((p) => p.edit), scenarios: parts.map((p) => p.scenario) }, refusals };
}

/**
 * A slot from its link: the example with its changes applied (null edits: the example as it is,
 * with a refusal), or a whole scenario (null when it does not decode or is larger than a file may
 * be). Undefined: the link says nothing of the slot.
 */
export function slotFromLink(link: SlotLink, slot: number, engine: PlannerEngine, edited: string): { source: Source | null; refusal?: LinkRefusal } | undefined {
  const name = link.examples[slot] ?? null;
  const edit = link.edits?.[slot] ?? null;
  const file = link.scenarios?.[slot] ?? null;
  if (name !== null && Object.hasOwn(engine.examples, name)) {
    const example: Source = { kind: 'example', name };
    if (edit === null) return { source: example };
    const edits = decodeEdits(edit);
    const r = edits === null ? null : engine.edit(sourceOf(example, engine.examples).text, edits);
    if (r?.ok === false && r.reason === 'path') return { source: example, refusal: { slot, kind: 'edits', path: engine.formatPath(r.path).slice(0, 80) } };
    if (r === null || !r.ok) return { source: example, refusal: { slot, kind: 'edits' } };
    return { source: { kind: 'file', file: `${name}.yaml (${edited})`, text: r.text, base: name, edited: true } };
  }
  if (name === null && file !== null) {
    const text = fromBase64Url(file);
    if (text === null || text.length > MAX_SCENARIO_BYTES) return { source: null, refusal: { slot, kind: 'scenario' } };
    return { source: { kind: 'file', file: `link-${slot + 1}.yaml`, text, edited: true } };
  }
  return undefined;
}
