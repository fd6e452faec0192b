/**
 * PBS's retention as typed: `last=3,daily=7,weekly=4,monthly=6` (the `keep-` prefix of PBS's options
 * accepted too, `keep-daily=7`). Each option at most once, a whole number from 0 to MAX_KEEP.
 */
import type { Lang } from '../explain/types.js';
import type { ParseResult } from '../units/size.js';
import { KEEP_OPTIONS, type Keep, type KeepOption } from './prune.js';

/** The largest count Capa simulates per option (PBS takes any u64; ten thousand periods is beyond any horizon here). */
export const MAX_KEEP = 10_000;

const words = {
  en: {
    syntax: (part: string) => `"${part}" is not an option=N pair: expected e.g. last=3,daily=7,weekly=4,monthly=6 (options ${KEEP_OPTIONS.join(', ')}, each a whole number from 0 to ${MAX_KEEP})`,
    unknown: (name: string) => `"${name}" is not a retention option: use ${KEEP_OPTIONS.join(', ')}`,
    twice: (name: string) => `"${name}" is given twice`,
    count: (part: string) => `"${part}": the number must be a whole number from 0 to ${MAX_KEEP}`,
    empty: () => `give at least one option, e.g. last=3,daily=7 (options ${KEEP_OPTIONS.join(', ')})`,
  },
  fr: {
    syntax: (part: string) =>
      `« ${part} » n’est pas une paire option=N : attendu p. ex. last=3,daily=7,weekly=4,monthly=6 (options ${KEEP_OPTIONS.join(', ')}, chacune un nombre entier de 0 à ${MAX_KEEP})`,
    unknown: (name: string) => `« ${name} » n’est pas une option de rétention : utilisez ${KEEP_OPTIONS.join(', ')}`,
    twice: (name: string) => `« ${name} » est donnée deux fois`,
    count: (part: string) => `« ${part} » : le nombre doit être un entier de 0 à ${MAX_KEEP}`,
    empty: () => `indiquez au moins une option, p. ex. last=3,daily=7 (options ${KEEP_OPTIONS.join(', ')})`,
  },
} satisfies Record<Lang, { syntax: (s: string) => string; unknown: (s: string) => string; twice: (s: string) => string; count: (s: string) => string; empty: () => string }>;

export function parseKeep(text: string, lang: Lang = 'en'): ParseResult<Keep> {
  const t = words[lang];
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, reason: t.empty() };
  const keep: { [o in KeepOption]?: number } = {};
  for (const part of parts) {
    const m = /^(?:keep-)?([a-z]+)\s*[=:]\s*(\S+)$/i.exec(part);
    if (!m) return { ok: false, reason: t.syntax(part) };
    const name = (m[1] ?? '').toLowerCase();
    if (!(KEEP_OPTIONS as readonly string[]).includes(name)) return { ok: false, reason: t.unknown(name) };
    const o = name as KeepOption;
    if (keep[o] !== undefined) return { ok: false, reason: t.twice(name) };
    const n = /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : Number.NaN;
    if (!(n >= 0 && n <= MAX_KEEP)) return { ok: false, reason: t.count(part) };
    keep[o] = n;
  }
  return { ok: true, value: keep };
}

/** The retention as PBS's CLI writes it, for messages: `keep-last 3, keep-daily 7`. */
export const keepText = (keep: Keep): string =>
  KEEP_OPTIONS.filter((o) => keep[o] !== undefined)
    .map((o) => `${o}=${keep[o]}`)
    .join(',');
