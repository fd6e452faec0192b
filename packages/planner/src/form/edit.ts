/**
 * Edits of a scenario's text from its form: a value set or removed at a document path, written back
 * into the YAML (comments and layout kept: the yaml library's document model), so the text, the
 * form and the downloaded file stay one. Also the difference between two scenarios as a list of
 * such edits (what a share link carries, web page) and its application to a text.
 */
import { type Document, isMap, isSeq } from 'yaml';
import type { PathKey } from '../scenario/issues.js';
import { readYaml } from '../scenario/read-yaml.js';

export type EditPath = readonly PathKey[];
/** A value set at a path, or (undefined) the key removed. */
export interface Edit {
  readonly path: EditPath;
  readonly value?: unknown;
}
/** A refused edit names its path: the page says which field a link's changes could not set. */
export type EditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'syntax' } | { readonly ok: false; readonly reason: 'path'; readonly path: EditPath };

/** Bounds on an edit from an untrusted source (a link): deeper or longer than any scenario. */
export const EDIT_LIMITS = { depth: 12, key: 128, index: 10_000 } as const;

export const validPath = (p: unknown): p is EditPath =>
  Array.isArray(p) &&
  p.length > 0 &&
  p.length <= EDIT_LIMITS.depth &&
  p.every((k) => (typeof k === 'string' && k.length > 0 && k.length <= EDIT_LIMITS.key && k !== '__proto__') || (Number.isInteger(k) && k >= 0 && k <= EDIT_LIMITS.index));

/** The document's plain value (null when the text is not YAML), for the form to show. */
export function scenarioValue(text: string): unknown {
  const y = readYaml(text);
  return y.ok ? y.data : null;
}

/** Removes the entries a removal left empty (a section with no key left), up to the top level. */
function prune(doc: Document, path: EditPath): void {
  for (let n = path.length - 1; n >= 1; n--) {
    const parent = path.slice(0, n);
    const node = doc.getIn(parent, true);
    const above = n === 1 ? doc.contents : doc.getIn(parent.slice(0, -1), true);
    if ((isMap(node) || isSeq(node)) && node.items.length === 0 && isMap(above)) doc.deleteIn(parent);
    else return;
  }
}

/** The edits applied in order; a path through a value that is not a section or a list is refused. */
export function applyEdits(text: string, edits: readonly Edit[]): EditResult {
  const y = readYaml(text);
  if (!y.ok) return { ok: false, reason: 'syntax' };
  const doc = y.doc;
  for (const e of edits) {
    const refused = { ok: false, reason: 'path', path: e.path } as const;
    if (!validPath(e.path)) return refused;
    // Every step below the top must be a collection already, or absent (then created).
    for (let n = 1; n < e.path.length; n++) {
      const node = doc.getIn(e.path.slice(0, n), true);
      if (node !== undefined && !isMap(node) && !isSeq(node)) return refused;
    }
    try {
      // Removing what is absent (a key already removed, its section pruned) leaves the text as it is.
      if (e.value === undefined) {
        if (doc.hasIn(e.path)) {
          doc.deleteIn(e.path);
          prune(doc, e.path);
        }
      } else doc.setIn(e.path, doc.createNode(e.value));
    } catch {
      return refused;
    }
  }
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The edits turning `from` into `to`: sections compared key by key, a list replaced whole when its
 * length changed (rows added or removed), else item by item; scalars set when they differ.
 */
export function diffValues(from: unknown, to: unknown, path: (string | number)[] = []): Edit[] {
  if (isObj(from) && isObj(to)) {
    const out: Edit[] = [];
    for (const k of Object.keys(from)) if (!Object.hasOwn(to, k)) out.push({ path: [...path, k] });
    for (const [k, v] of Object.entries(to)) out.push(...diffValues(Object.hasOwn(from, k) ? from[k] : undefined, v, [...path, k]));
    return out;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) return to.flatMap((v, i) => diffValues(from[i], v, [...path, i]));
  if (JSON.stringify(from) === JSON.stringify(to)) return [];
  return [{ path, value: to }];
}
