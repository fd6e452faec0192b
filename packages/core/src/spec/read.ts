/**
 * The one reader of typed text: CLI options, web fields and scenario keys go through it, so a value
 * means the same everywhere. Parsing itself is the units' (parseSize, parseRate...); refusals come
 * back as data (key, value, code, params) with the text in the reader's language.
 */
import type { InputIssue, Lang } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { type PoolRow, poolLineMessage, readPoolLine, readPoolRow } from '../pg/pool-read.js';
import { POOL_MESSAGES } from '../pg/pool-messages.js';
import { choiceValue, notApplying, type RawView, requiredInstead } from './applies.js';
import { READER_MESSAGES, renderMessage } from './messages.js';
import { type Parsed, parseText, splitSizeList } from './parse.js';
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
  /** How refusals name another input (`--link-speed`); default its label in the reader's language. */
  readonly name?: (key: string) => string;
}

export type ReadResult =
  | { readonly ok: true; readonly input: Readonly<Record<string, unknown>>; readonly system: SizeSystem | undefined }
  | { readonly ok: false; readonly issues: readonly SpecIssue[] };

export { splitSizeList };

/** The core field an input fills. */
export const fieldOf = (i: InputSpec): string => i.field ?? i.key;

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
    if (r.ok) {
      out.push(r.value);
      return;
    }
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
  if (rest.length === 0) {
    input[head] = value;
    return;
  }
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
  const name = opts.name ?? ((k: string) => inputs.find((s) => s.key === k)?.label[lang] ?? k);
  const raw: Record<string, RawInput> = {};
  for (const [k, v] of Object.entries(given)) if (!(typeof v === 'string' && opts.blankIsAbsent === true && v.trim() === '')) raw[k] = v;
  const view: RawView = { given: (k) => raw[k] !== undefined, text: (k) => (typeof raw[k] === 'string' ? raw[k] : undefined) };
  const listLength = (o: InputSpec): number => splitSizeList(view.text(o.key) ?? '').length;
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
    // A list of several sizes that gives this input's count (`nodeRam` → `nodes`).
    const list = inputs.find((o) => o.countOf === i.key && listLength(o) > 1 && notApplying(inputs, o, view, surface, lang, name) === null);
    if (v === undefined) {
      const req = i.required === true || (i.requiredWhen !== undefined && choiceValue(inputs, i.requiredWhen.key, view, surface) === i.requiredWhen.is);
      const or = requiredInstead(inputs, i, surface);
      if (req && list === undefined) refuse(i.key, undefined, or === undefined ? 'input.required' : 'input.requiredOr', or === undefined ? {} : { other: name(or.by), why: or.instead[lang] });
      continue;
    }
    if (typeof v === 'boolean') {
      if (i.kind === 'flag') setField(input, fieldOf(i), v);
      else refuse(i.key, v, `input.${i.kind}`, {});
      continue;
    }
    // A repeated option other than the pools (`--class a=1G --class b=2G`) reads as one comma list.
    const text = i.kind === 'pools' ? undefined : typeof v === 'string' ? v : v.every((x) => typeof x === 'string') ? v.join(';') : undefined;
    const p = text !== undefined ? parseText(i, text, lang, surface) : readList(typeof v === 'string' ? [v] : v, lang);
    if ('issues' in p) issues.push(...p.issues.map((x) => ({ key: i.key, ...x })));
    else if ('code' in p) refuse(i.key, typeof v === 'string' ? v : undefined, p.code, p.params, p.message);
    else if (list !== undefined && p.value !== listLength(list)) refuse(i.key, typeof v === 'string' ? v : undefined, 'input.countMatch', { n: listLength(list), other: name(list.key) });
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
