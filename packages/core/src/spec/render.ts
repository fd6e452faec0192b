/**
 * The one renderer of results: a spec's figures, labelled and formatted in a language, and the
 * words that describe its inputs (CLI option names and help). No maths: values come from the result.
 */
import type { Lang } from '../explain/types.js';
import { formatBytes, formatNumber, formatRate } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { READER_MESSAGES, renderMessage } from './messages.js';
import type { Echoed, FigureSpec, InputSpec, Label } from './types.js';

export interface RenderedFigure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** Headline rank on the web (1 first). */
  readonly headline?: number;
}

export const labelText = <R>(label: Label<R>, result: R, lang: Lang): string => {
  const l = label[lang];
  return typeof l === 'function' ? l(result) : l;
};

function formatFigure<R>(f: FigureSpec<R>, v: unknown, lang: Lang, system: SizeSystem): string {
  switch (f.unit) {
    case 'yesno': return renderMessage(READER_MESSAGES, v === true ? 'figure.yes' : 'figure.no', {}, lang);
    case 'count': return String(v);
    case 'bits/s': return formatRate(Number(v), lang);
    case 'bytes': return formatBytes(Number(v), system, lang);
    case 'number': return formatNumber(Number(v), lang, f.digits ?? 2);
  }
}

/** The figures of a result in the spec's order; a figure whose field is null is left out. */
export function renderFigures<R extends Echoed>(figures: readonly FigureSpec<R>[], result: R, lang: Lang, system: SizeSystem = 'binary'): RenderedFigure[] {
  const out: RenderedFigure[] = [];
  for (const f of figures) {
    const v = result[f.field];
    if (v === null || v === undefined) continue;
    const fig = { id: f.id, label: labelText(f.label, result, lang), value: formatFigure(f, v, lang, system) };
    out.push(f.headline === undefined ? fig : { ...fig, headline: f.headline });
  }
  return out;
}

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const METAVAR: Readonly<Record<InputSpec['kind'], string>> = { size: 'size', sizes: 'sizes', rate: 'rate', ratio: 'r', count: 'n', choice: 'choice', flag: '' };

/** The CLI option: `--mons <n>`; a flag on by default is switched off with `--no-…`. */
export function optionFlags(i: InputSpec): string {
  if (i.kind === 'flag') return i.default === true ? `--no-${kebab(i.key)}` : `--${kebab(i.key)}`;
  return `--${kebab(i.key)} <${i.metavar ?? METAVAR[i.kind]}>`;
}

/** The option as the user typed it, for refusals: `--speed`. */
export const optionName = (key: string): string => `--${kebab(key)}`;

/** The option's help: its line, its choices, its default and why. */
export function optionHelp(i: InputSpec, lang: Lang): string {
  const choices = i.choices === undefined ? '' : `: ${i.choices.join(', ')}`;
  const word = lang === 'fr' ? 'défaut' : 'default';
  const why = i.defaultWhy === undefined ? '' : `, ${i.defaultWhy[lang]}`;
  const dflt = i.default === undefined || i.kind === 'flag' ? '' : ` (${word} ${String(i.default)}${why})`;
  return `${i.help[lang]}${choices}${dflt}`;
}
