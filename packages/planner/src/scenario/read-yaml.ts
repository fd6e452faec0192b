/**
 * How the planner reads a YAML (or JSON) text, in one place: the scenario and catalogue readers and
 * the form's edits parse with the same options (duplicate keys refused, positions counted) and build
 * the data under the same bound on aliases (a "billion laughs" text stops there, not in memory).
 */
import { type Document, LineCounter, parseDocument } from 'yaml';
import { yamlBuildErrorCode } from './load-messages.js';

/** Aliases allowed while building the data: far above a hand-written scenario's anchors. */
const MAX_ALIASES = 100;

export type YamlRead =
  | { readonly ok: true; readonly doc: Document; readonly lc: LineCounter; readonly data: unknown }
  | { readonly ok: false; readonly doc: Document; readonly lc: LineCounter; readonly errors: readonly { readonly code: string; readonly pos?: { readonly line: number; readonly column: number } }[] };

/** The text's document and its plain data, or the syntax errors' codes and positions (or the alias error's code). */
export function readYaml(text: string): YamlRead {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      ok: false,
      doc,
      lc,
      errors: doc.errors.map((e) => {
        const p = lc.linePos(e.pos[0]);
        return { code: e.code, pos: { line: p.line, column: p.col } };
      }),
    };
  try {
    return { ok: true, doc, lc, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    return { ok: false, doc, lc, errors: [{ code: yamlBuildErrorCode(e) }] };
  }
}
