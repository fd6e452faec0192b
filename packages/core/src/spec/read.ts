/**
 * The one reader of typed text: CLI options, web fields and scenario keys go through it, so a value
 * means the same everywhere. Parsing itself is the units' (parseSize, parseRate...); refusals come
 * back as data (key, value, code, params) with the text in the reader's language.
 */
import type { InputIssue, Lang } from '../explain/types.js';
import type { ParseResult } from '../units/size.js';
import { parseSize } from '../units/size.js';
import { parseRate } from '../units/rate.js';
import { parseCount, parsePositive, parseRatio } from '../units/ratio.js';
import type { SizeSystem } from '../units/size-units.js';
import { parseHostOsds } from '../ceph/host-osds.js';
import { type PoolRow, poolLineMessage, readPoolLine, readPoolRow } from '../pg/pool-read.js';
import { POOL_MESSAGES } from '../pg/pool-messages.js';
import { choiceValue, notApplying, type RawView } from './applies.js';
import { READER_MESSAGES, renderMessage } from './messages.js';
import type { InputSpec, Params } from './types.js';

/** A raw value: text as typed, a boolean for a CLI flag, undefined when absent. */
export type RawValue = string | boolean | undefined;
/** What the reader is given: raw values, and for a list (the pools) the repeated option's lines or the web's rows. */
export type RawInput = RawValue | readonly string[] | readonly PoolRow[];

export interface SpecIssue {
  /** The input's key (`speed`): the adapter names it its own way (`--speed`, a form field). */
  readonly key: string;
  /** In a list, the item and its part refused (`1.ratio`): the web names the row's field `pool.1.ratio`. */
  readonly path?: string;
  readonly value: RawValue;
  readonly code: string;
  readonly params: Params;
  readonly message: string;
}

export interface ReadOptions {
  /** The web: an empty field means "the default". The CLI: `--nodes ''` is a value, refused. */
  readonly blankIsAbsent?: boolean;
  /** Which adapter reads: inputs of the other surface are left out. Default: the CLI. */
  readonly surface?: 'cli' | 'web';
  /** How refusals name another input (`--link-speed`); default its key. */
  readonly name?: (key: string) => string;
}

export type ReadResult =
  | { readonly ok: true; readonly input: Readonly<Record<string, unknown>>; readonly system: SizeSystem | undefined }
  | { readonly ok: false; readonly issues: readonly SpecIssue[] };

/** The core field an input fills. */
export const fieldOf = (i: InputSpec): string => i.field ?? i.key;

/** Splits "512GiB,512GiB,256GiB" after a unit only, so a French decimal comma (739,85 GiB) stays whole. */
export const splitSizeList = (text: string): string[] => text.split(/(?<=[A-Za-z])\s*[;,]\s*/).filter((p) => p.trim() !== '');

type Parsed = { readonly value: unknown; readonly system?: SizeSystem } | { readonly code: string; readonly params: Params; readonly message?: string };

function parseText(i: InputSpec, text: string, lang: Lang): Parsed {
  const from = <T>(r: ParseResult<T>, map: (v: T) => { value: unknown; system?: SizeSystem }): Parsed =>
    r.ok ? map(r.value) : { code: `input.${i.kind}`, params: { text }, message: r.reason };
  switch (i.kind) {
    case 'count': {
      const r = parseCount(text, i.min ?? 1, lang);
      // A small range is said whole: "from 1 to 32" rather than "from 1 to 2^53", then "at most 32".
      if (i.max !== undefined && (!r.ok || r.value > i.max)) return { code: 'input.countRange', params: { text, min: i.min ?? 1, max: i.max } };
      return from(r, (value) => ({ value }));
    }
    case 'rate': return from(parseRate(text, lang), (value) => ({ value }));
    case 'ratio': return from(parseRatio(text, lang), (value) => ({ value }));
    case 'positive': return from(parsePositive(text, lang), (value) => ({ value }));
    case 'size': return from(parseSize(text, lang), (v) => ({ value: v.bytes, system: v.system }));
    case 'sizes': {
      const parts = splitSizeList(text);
      const out: number[] = [];
      let system: SizeSystem | undefined;
      for (const part of parts) {
        const r = parseSize(part, lang);
        // Name the faulty part only when the list has several.
        if (!r.ok) return { code: 'input.sizes', params: { text, part: part.trim() }, message: parts.length > 1 ? `"${part.trim()}" ${r.reason}` : r.reason };
        system ??= r.value.system;
        out.push(r.value.bytes);
      }
      return system === undefined ? { value: out } : { value: out, system };
    }
    case 'choice': {
      const v = i.aliases?.[text] ?? text;
      return i.choices?.includes(v) ? { value: v } : { code: 'input.choice', params: { allowed: (i.choices ?? []).join(', ') } };
    }
    case 'flag':
      return text === '1' ? { value: true } : text === '0' ? { value: false } : { code: 'input.flag', params: {} };
    case 'ec': {
      // Ceph's profile bounds as the core's schema has them (ceph/protection.ts): k 2..64, m 1..64.
      const m = /^\s*(\d+)\s*\+\s*(\d+)\s*$/.exec(text);
      const k = Number(m?.[1]);
      const mm = Number(m?.[2]);
      return m && k >= 2 && k <= 64 && mm >= 1 && mm <= 64 ? { value: { kind: 'erasure', k, m: mm } } : { code: 'input.ec', params: { text } };
    }
    case 'seconds': {
      const n = Number(text);
      return /^\s*\d+(\.\d+)?\s*$/.test(text) && Number.isFinite(n) ? { value: n } : { code: 'input.seconds', params: { text } };
    }
    case 'hostOsds': return from(parseHostOsds(text, lang), (v) => ({ value: v.hosts, system: v.system }));
    // A list arrives as a list (readInputs); one line alone is read as a list of one there.
    case 'pools': return { code: 'pool.none', params: {} };
  }
}

/**
 * A list of pools: each a `--pool` line or a web row, read by pg/pool-read.ts. A line's refusal
 * says which part (`size=40: …`); a row's names the item and its field in `path`.
 */
function readList(items: readonly (string | PoolRow)[], lang: Lang): Parsed | { readonly issues: readonly Omit<SpecIssue, 'key'>[] } {
  if (items.length === 0) return { code: 'pool.none', params: {}, message: renderMessage(POOL_MESSAGES, 'pool.none', {}, lang) };
  const out: unknown[] = [];
  const issues: Omit<SpecIssue, 'key'>[] = [];
  items.forEach((item, n) => {
    const r = typeof item === 'string' ? readPoolLine(item, lang) : readPoolRow(item, lang);
    if (r.ok) { out.push(r.value); return; }
    for (const p of r.issues) {
      if (typeof item === 'string') issues.push({ value: item, code: p.code, params: p.params, message: poolLineMessage(item, p, lang) });
      else issues.push({ path: `${n}.${p.part}`, value: item[p.part], code: p.code, params: p.params, message: p.message });
    }
  });
  return issues.length > 0 ? { issues } : { value: out };
}

/** Sets a core field, nesting dotted ones (`recovery.speedBps`). */
function setField(input: Record<string, unknown>, field: string, value: unknown): void {
  const [head, ...rest] = field.split('.');
  if (head === undefined) return;
  if (rest.length === 0) { input[head] = value; return; }
  const inner = (input[head] ??= {}) as Record<string, unknown>;
  setField(inner, rest.join('.'), value);
}

/**
 * Reads every input of a spec; every problem is reported at once, not only the first. An input that
 * does not apply (another replaces it, a choice excludes it, it needs one absent) is skipped on the
 * web, where its field is hidden, and refused on the CLI when given, saying why.
 */
export function readInputs(inputs: readonly InputSpec[], given: Readonly<Record<string, RawInput>>, lang: Lang, opts: ReadOptions = {}): ReadResult {
  const surface = opts.surface ?? 'cli';
  const name = opts.name ?? ((k: string) => k);
  const raw: Record<string, RawInput> = {};
  for (const [k, v] of Object.entries(given)) if (!(typeof v === 'string' && opts.blankIsAbsent === true && v.trim() === '')) raw[k] = v;
  const view: RawView = { given: (k) => raw[k] !== undefined, text: (k) => (typeof raw[k] === 'string' ? raw[k] : undefined) };
  const input: Record<string, unknown> = {};
  const issues: SpecIssue[] = [];
  let system: SizeSystem | undefined;
  const refuse = (key: string, value: RawValue, code: string, params: Params, message?: string) =>
    issues.push({ key, value, code, params, message: message ?? renderMessage(READER_MESSAGES, code, params, lang) });
  for (const i of inputs) {
    if (i.surface !== undefined && i.surface !== surface) {
      // A choice this surface has no field for is derived from the inputs that select it.
      const v = i.selectedBy === undefined ? undefined : choiceValue(inputs, i.key, view, surface);
      if (v !== undefined) setField(input, fieldOf(i), v);
      continue;
    }
    const v = i.kind === 'pools' ? (raw[i.key] ?? []) : raw[i.key];
    const na = notApplying(inputs, i, view, surface, lang, name);
    if (na !== null) {
      const on = raw[na.on ?? i.key];
      if (v !== undefined && surface === 'cli') refuse(na.on ?? i.key, typeof on === 'string' || typeof on === 'boolean' ? on : undefined, na.code, na.params);
      continue;
    }
    if (v === undefined) {
      if (i.required === true) refuse(i.key, undefined, 'input.required', {});
      continue;
    }
    if (typeof v === 'boolean') {
      if (i.kind === 'flag') setField(input, fieldOf(i), v);
      else refuse(i.key, v, `input.${i.kind}`, {});
      continue;
    }
    const p = typeof v === 'string' && i.kind !== 'pools' ? parseText(i, v, lang) : readList(typeof v === 'string' ? [v] : v, lang);
    if ('issues' in p) issues.push(...p.issues.map((x) => ({ key: i.key, ...x })));
    else if ('code' in p) refuse(i.key, typeof v === 'string' ? v : undefined, p.code, p.params, p.message);
    else {
      setField(input, fieldOf(i), p.value);
      system ??= p.system;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, input, system };
}

/** The core's refusals named by input key (a zod path's first segment is the field). */
export function issuesByKey(inputs: readonly InputSpec[], issues: readonly InputIssue[], raw: Readonly<Record<string, RawValue>>): SpecIssue[] {
  return issues.map((i) => {
    const top = i.field.split('.')[0] ?? i.field;
    const key = inputs.find((s) => fieldOf(s) === i.field || fieldOf(s) === top)?.key ?? top;
    const value = raw[key] ?? (typeof i.value === 'string' || typeof i.value === 'boolean' ? i.value : i.value === undefined ? undefined : String(i.value));
    return { key, value, code: i.code ?? 'input.core', params: i.params ?? {}, message: i.message };
  });
}

/** A core refusal inside a list (`pools.1.targetRatio`) named by item and key (`pool.1.ratio`); undefined outside lists. */
export function itemIssueKey(inputs: readonly InputSpec[], field: string): string | undefined {
  for (const i of inputs) {
    if (i.kind !== 'pools' || !field.startsWith(`${fieldOf(i)}.`)) continue;
    const [n, part] = field.slice(fieldOf(i).length + 1).split('.');
    if (n === undefined || part === undefined) return i.key;
    return `${i.key}.${n}.${i.itemKeys?.[part] ?? part}`;
  }
  return undefined;
}
