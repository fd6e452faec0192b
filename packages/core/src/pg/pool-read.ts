/**
 * The one reader of a pool, for both adapters: the CLI's `--pool rbd:size=3:ratio=1` line and the
 * web's pool row (the same keys as fields). Refusals come back as data (the part, a code, its
 * params) with the text in the reader's language; the generic spec reader (spec/read.ts) names
 * them `--pool` on the CLI and `pool.<row>.<key>` on the web.
 */
import type { Lang } from '../explain/types.js';
import { READER_MESSAGES, renderMessage } from '../spec/messages.js';
import { parseText } from '../spec/parse.js';
import type { InputSpec, Params } from '../spec/types.js';
import type { ParseResult } from '../units/size.js';
import { POOL_MESSAGES } from './pool-messages.js';
import { isPoolName, POOL_SPEC_KEYS, POOL_SPEC_SYNTAX, type PoolSpecInput, type PoolSpecKey, tokenizePoolSpec } from './pool-spec.js';

export interface PoolIssue {
  /** The part refused: `name`, a key (`ratio`), or `spec` for the line as a whole. */
  readonly part: 'name' | 'spec' | PoolSpecKey;
  readonly code: string;
  readonly params: Params;
  readonly message: string;
}
export type PoolRead = { readonly ok: true; readonly value: PoolSpecInput } | { readonly ok: false; readonly issues: readonly PoolIssue[] };

/** A web row: the pool's fields as typed ('' or absent: not stated), its protection chosen apart. */
export type PoolRow = Readonly<Record<string, string>>;

const isKey = (key: string): key is PoolSpecKey => (POOL_SPEC_KEYS as readonly string[]).includes(key);
const text = (code: string, params: Params, lang: Lang): string => renderMessage(code.startsWith('pool.') ? POOL_MESSAGES : READER_MESSAGES, code, params, lang);

/**
 * Each key as an input of the generic reader: its kind (so its value reads and is refused as any
 * input's), and the pool field it fills. size's 1..32 is Ceph's pool size bound as the core's schema has it.
 */
// biome-ignore format: a table, several short entries per line as it reads
const KEYS: Readonly<Record<PoolSpecKey, Pick<InputSpec, 'kind' | 'max'> & { readonly field: keyof PoolSpecInput }>> = {
  size: { kind: 'count', max: 32, field: 'protection' },
  ec: { kind: 'ec', field: 'protection' },
  ratio: { kind: 'positive', field: 'targetRatio' },
  target: { kind: 'size', field: 'targetBytes' },
  stored: { kind: 'size', field: 'storedBytes' },
  bias: { kind: 'positive', field: 'bias' },
  min: { kind: 'count', field: 'pgNumMin' },
  max: { kind: 'count', field: 'pgNumMax' },
  current: { kind: 'count', field: 'currentPgNum' },
};

/**
 * Reads one pool. `row`: a web row, where a blank field is "not stated" and the protection is its
 * own choice; otherwise a `--pool` line's parts, where every part written must hold a value.
 */
function readParts(name: string, parts: readonly { key: string; value: string | undefined }[], lang: Lang, row: boolean): PoolRead {
  const issues: PoolIssue[] = [];
  const refuse = (part: PoolIssue['part'], code: string, params: Params, message?: string) => issues.push({ part, code, params, message: message ?? text(code, params, lang) });
  if (row && name.trim() === '') refuse('name', 'input.required', {});
  else if (!isPoolName(row ? name.trim() : name)) refuse('name', 'pool.name', { text: name });
  const pool: PoolSpecInput = { name: row ? name.trim() : name };
  let protections = 0;
  for (const { key, value } of parts) {
    if (key === 'bulk' && value === undefined) {
      pool.bulk = true;
      continue;
    }
    if (value === undefined) {
      refuse('spec', 'pool.no-value', { part: key });
      continue;
    }
    if (!isKey(key)) {
      refuse('spec', 'pool.unknown', { part: key });
      continue;
    }
    if ((key === 'size' || key === 'ec') && ++protections > 1) {
      refuse('spec', 'pool.protection-once', {});
      continue;
    }
    const k = KEYS[key];
    const r = parseText(k as InputSpec, value, lang);
    if ('code' in r) refuse(key, r.code, r.params, r.message);
    // ec reads as the erasure profile itself; size is a replicated pool's.
    else (pool as Record<string, unknown>)[k.field] = key === 'size' ? { kind: 'replicated', size: r.value } : r.value;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: pool };
}

/** A `--pool` line: `rbd:size=3:ratio=1`, each part split at its first `=`. */
export function readPoolLine(line: string, lang: Lang = 'en'): PoolRead {
  const { name, tokens } = tokenizePoolSpec(line);
  return readParts(name, tokens, lang, false);
}

/** A web row: blank fields are not stated; `protection` chooses whether `size` or `ec` is read (`ec` then required). */
export function readPoolRow(row: PoolRow, lang: Lang = 'en'): PoolRead {
  const erasure = row['protection'] === 'erasure';
  const parts: { key: string; value: string | undefined }[] = [];
  for (const key of POOL_SPEC_KEYS) {
    if (key === (erasure ? 'size' : 'ec')) continue;
    const v = (row[key] ?? '').trim();
    if (v !== '') parts.push({ key, value: v });
  }
  if (row['bulk'] === '1') parts.push({ key: 'bulk', value: undefined });
  const read = readParts(row['name'] ?? '', parts, lang, true);
  const noEc = erasure && (row['ec'] ?? '').trim() === '';
  if (!noEc) return read;
  const missing: PoolIssue = { part: 'ec', code: 'input.required', params: {}, message: text('input.required', {}, lang) };
  return { ok: false, issues: [...(read.ok ? [] : read.issues), missing] };
}

/** Parses and validates a whole spec (pool-read.ts reads it): the first wrong part is the reason, after the part it names. */
export function parsePoolSpec(spec: string, lang: Lang = 'en'): ParseResult<PoolSpecInput> {
  const r = readPoolLine(spec, lang);
  if (r.ok) return r;
  const first = r.issues[0];
  return { ok: false, reason: first === undefined ? '' : poolLineMessage(spec, first, lang) };
}

/** A refusal of a `--pool` line, saying which part: `size=40: must be …`, the syntax before a bad name. */
export function poolLineMessage(spec: string, issue: PoolIssue, lang: Lang): string {
  if (issue.part === 'spec') return issue.message;
  if (issue.part === 'name') return `${lang === 'fr' ? 'attendu' : 'expected'} ${POOL_SPEC_SYNTAX}; ${issue.message}`;
  const part = tokenizePoolSpec(spec)
    .tokens.filter((t) => t.key === issue.part)
    .at(-1);
  return `${issue.part}=${part?.value ?? ''}: ${issue.message}`;
}
