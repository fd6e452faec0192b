/**
 * The one renderer of results: a spec's figures, labelled and formatted in a language, and the
 * words that describe its inputs (CLI option names and help). No maths: values come from the result.
 */
import type { Lang } from '../explain/types.js';
import { formatBytes, formatBytesBoth, formatDuration, formatDurationAtLeast, formatNumber, formatRate, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { defaultText } from '../explain/defaults.js';
import { durationText } from '../units/duration.js';
import { READER_MESSAGES, renderMessage } from './messages.js';
import type { FigureFormat, FigureSpec, InputSpec, Label } from './types.js';

export interface RenderedFigure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** Headline rank on the web (1 first). */
  readonly headline?: number;
}

export const labelText = <R>(label: Label<R>, result: R, lang: Lang, item?: unknown): string => {
  const l = label[lang];
  return typeof l === 'function' ? l(result, item) : l;
};

/** A result's value at a dotted path (`hostFailure.rebuildBytes`); '' is the result itself. */
export function valueAt(result: unknown, path: string): unknown {
  if (path === '') return result;
  let v: unknown = result;
  for (const part of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** `low – high`, or one value when both ends agree. */
const range = (low: string, high: string | undefined): string => (high === undefined || high === low ? low : `${low} – ${high}`);

function formatFigure<R>(f: FigureSpec<R>, v: unknown, result: R, lang: Lang, system: SizeSystem, of: unknown): string {
  const high = f.upTo === undefined ? undefined : Number(valueAt(of, f.upTo));
  switch (f.unit) {
    case 'text': {
      const fmt: FigureFormat = { bytesBoth: (b) => formatBytesBoth(b, system, lang) };
      return f.text?.[lang](v, fmt) ?? String(v);
    }
    case 'yesno':
      return renderMessage(READER_MESSAGES, v === true ? 'figure.yes' : 'figure.no', {}, lang);
    case 'count':
      return String(v);
    case 'bits/s':
      return formatRate(Number(v), lang);
    case 'bytes':
      return range(formatBytes(Number(v), system, lang), high === undefined ? undefined : formatBytes(high, system, lang));
    case 'bytes-both':
      return range(formatBytesBoth(Number(v), system, lang), high === undefined ? undefined : formatBytesBoth(high, system, lang));
    case 'bytes-list': {
      const list = Array.isArray(v) ? v.map(Number) : [];
      return `${list.length} (${list.map((b) => formatBytes(b, system, lang)).join(', ')})`;
    }
    case 'number':
      return formatNumber(Number(v), lang, f.digits ?? 2);
    case 'to-one':
      return `${formatNumber(Number(v), lang, f.digits ?? 2)}:1`;
    case 'ratio':
      return formatRatio(Number(v), lang);
    case 'duration':
      return (f.lowerBound === true || (f.lowerBound !== undefined && valueAt(result, f.lowerBound) === true) ? formatDurationAtLeast : formatDuration)(Number(v), lang);
  }
}

/**
 * The figures of a result in the spec's order. A figure whose field is absent is left out, and so
 * is one whose value is null unless it says what null means (`none`), or whose `when` fails.
 */
export function renderFigures<R>(figures: readonly FigureSpec<R>[], result: R, lang: Lang, system: SizeSystem = 'binary', input: Readonly<Record<string, unknown>> = {}): RenderedFigure[] {
  const out: RenderedFigure[] = [];
  const one = (f: FigureSpec<R>, of: unknown, id: string, item?: unknown) => {
    const v = valueAt(of, f.field);
    if (v === undefined || (v === null && f.none === undefined)) return;
    const value = v === null && f.none !== undefined ? f.none[lang] : formatFigure(f, v, result, lang, f.system ?? system, of);
    const fig = { id, label: labelText(f.label, result, lang, item), value };
    out.push(f.headline === undefined ? fig : { ...fig, headline: f.headline });
  };
  for (const f of figures) {
    if (f.when !== undefined && !f.when(result, input)) continue;
    if (f.each === undefined) {
      one(f, result, f.id);
      continue;
    }
    const list = valueAt(result, f.each.list);
    const key = f.each.key;
    for (const item of Array.isArray(list) ? list : []) one(f, item, `${f.id}-${String(valueAt(item, key))}`, item);
  }
  return out;
}

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const METAVAR: Readonly<Record<InputSpec['kind'], string>> = {
  size: 'size',
  sizes: 'sizes',
  rate: 'rate',
  ratio: 'r',
  count: 'n',
  choice: 'choice',
  flag: '',
  ec: 'k+m',
  seconds: 'seconds',
  duration: 'duration',
  positive: 'x',
  hostOsds: 'list',
  pools: 'spec',
  savings: 'ratio',
  keep: 'list',
  date: 'YYYY-MM-DD',
  classes: 'name=rate',
};

/** A default as a user would type it: sizes in their unit (4GiB), durations in theirs (8h), the rest as is. */
export const defaultShown = (i: InputSpec): string | undefined => {
  if (i.default === undefined) return undefined;
  if (typeof i.default === 'number' && i.kind === 'size') return defaultText(i.default, 'size');
  if (typeof i.default === 'number' && i.kind === 'duration') return durationText(i.default);
  return String(i.default);
};

/** The CLI option: `--mons <n>`; a flag on by default is switched off with `--no-…`. */
export function optionFlags(i: InputSpec): string {
  if (i.kind === 'flag') return i.default === true ? `--no-${kebab(i.key)}` : `--${kebab(i.key)}`;
  return `--${kebab(i.key)} <${i.metavar ?? METAVAR[i.kind]}>`;
}

/** The option as the user typed it, for refusals: `--speed`. */
export const optionName = (key: string): string => `--${kebab(key)}`;

/** The option's help: its line, its choices, its default and why. */
export function optionHelp(i: InputSpec, lang: Lang): string {
  const choices = i.choices === undefined ? '' : `${lang === 'fr' ? '\u00a0:' : ':'} ${i.choices.join(', ')}`;
  const word = lang === 'fr' ? 'défaut' : 'default';
  const why = i.defaultWhy === undefined ? '' : `, ${i.defaultWhy[lang]}`;
  const dflt = i.default === undefined || i.kind === 'flag' ? '' : ` (${word} ${defaultShown(i) ?? ''}${why})`;
  return `${i.help[lang]}${choices}${dflt}`;
}
