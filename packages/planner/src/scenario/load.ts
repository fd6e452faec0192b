/**
 * Reading a scenario: YAML (or JSON, a subset of YAML) with source positions, zod validation, then the
 * cross-field checks; every problem comes back with its document path and line.
 */
import type { Lang } from '@capa/core';
import type { Document, LineCounter } from 'yaml';
import { flattenZodIssues, formatPath, type PathKey, type RawIssue, type ScenarioIssue } from './issues.js';
import { knownKeysAt } from './known-keys.js';
import { loadMessages, type ReadText, yamlSyntaxMessage } from './load-messages.js';
import type { Scenario } from './model.js';
import { position } from './position.js';
import { readYaml } from './read-yaml.js';
import { normalizeScenario, type NormalizeOptions } from './normalize.js';
import { scenarioSchema } from './schema.js';
import { inLang, zodParams } from './value-messages.js';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** The scalar at a path, shortened: a message shows what the author wrote, not a whole file. */
function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = raw;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  if (cur === null || typeof cur === 'object') return undefined;
  return typeof cur === 'string' && cur.length > 80 ? `${cur.slice(0, 79)}…` : cur;
}

/** The single-object form of `nodes` reports as `nodes.ram`, not `nodes[0].ram`. */
function toIssues(raw: RawIssue[], doc: Document, lc: LineCounter, data: unknown): ScenarioIssue[] {
  return raw.map((i) => {
    const pos = position(doc, lc, i.path);
    // An unknown key's value is not the author's answer to a question Capa asked: it is not shown.
    const value = i.unknownKey ? undefined : valueAt(data, i.path);
    return { path: formatPath(i.path), message: i.message, ...pos, ...(value === undefined ? {} : { value }) };
  });
}

export type ParseOptions = NormalizeOptions & { readonly lang?: Lang };

export function parseScenarioText(text: string, opts: ParseOptions): LoadResult {
  const lang = opts.lang ?? 'en';
  const y = readYaml(text);
  if (!y.ok) return { ok: false, issues: y.errors.map((e) => ({ path: '(document)', message: yamlSyntaxMessage(e.code, lang), ...e.pos })) };
  const { doc, lc, data } = y;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ path: '(document)', message: loadMessages(lang).notMapping }] };
  }
  // The schema's refusals are rendered while zod parses: in the language of this parse.
  const parsed = inLang(lang, () => scenarioSchema.safeParse(data, zodParams(lang)));
  if (!parsed.success) {
    const flat = inLang(lang, () => flattenZodIssues(parsed.error.issues as never, (p) => knownKeysAt(scenarioSchema, p)));
    return { ok: false, issues: toIssues(flat, doc, lc, data) };
  }
  const { scenario, issues } = inLang(lang, () => normalizeScenario(parsed.data, data, opts));
  if (issues.length > 0) return { ok: false, issues: toIssues(issues, doc, lc, data) };
  return { ok: true, scenario };
}

/** Reads (with the caller's bounded reader) and parses a scenario file; I/O errors come back as issues too. */
export function loadScenarioFile(path: string, opts: ParseOptions, read: ReadText): LoadResult {
  const r = read(path);
  if (!r.ok) return { ok: false, issues: [{ path: '(document)', message: r.message }] };
  return parseScenarioText(r.text, opts);
}
