/**
 * A count and its noun in the reader's language, instead of "node(s)" or "nœud(s)": messages are data
 * (a code and numbers) and the words are chosen here, when a catalogue renders them. The rules are
 * CLDR's cardinal "one" rules, written out because the core uses no Intl (biome.jsonc: locale data is
 * ambient): English "i = 1 and v = 0" (1 only, not 1.5), French "i = 0,1" (0 and 1, and 1.5, are singular:
 * "0 nœud", "1 nœud", "2 nœuds"). https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 * The tests check them against Intl.PluralRules, which implements the same tables.
 */
import type { Lang } from '../explain/types.js';

const ONE: Readonly<Record<Lang, (v: number) => boolean>> = {
  en: (v) => v === 1,
  fr: (v) => v < 2,
};

/**
 * Whether `n` takes the singular in `lang`. A parameter that is no number (a name list, "unknown")
 * takes the plural, the form that reads right for "several".
 */
export function isSingular(n: unknown, lang: Lang): boolean {
  // A string is read as written ("2"); a boxed number or an object with a numeric value as its value.
  const v = typeof n === 'number' ? n : typeof n === 'string' ? (n.trim() === '' ? Number.NaN : Number(n)) : typeof n === 'object' && n !== null ? Number(n) : Number.NaN;
  return Number.isFinite(v) && ONE[lang](Math.abs(v));
}

/** The word that agrees with `n`: `one` or `other` (a noun, a verb, an adjective). */
export function plural(n: unknown, lang: Lang, one: string, other: string): string {
  return isSingular(n, lang) ? one : other;
}

/** `n` and its noun, `n` written as given: "1 node", "3 nodes", "0 nœud", "2 nœuds". */
export function count(n: unknown, lang: Lang, one: string, other: string): string {
  return `${String(n)} ${plural(n, lang, one, other)}`;
}

/** How many names a parameter lists: the analysis joins node, host and pool names with ", ". */
export function listSize(list: unknown): number {
  const text = String(list ?? '').trim();
  return text === '' ? 0 : text.split(', ').length;
}

/** One language's pair, for a catalogue's template strings: `c(p['nodes'], 'node', 'nodes')`, `w(p['nodes'], 'fails', 'fail')` and `l(p['pools'], 'Pool', 'Pools')`. */
export const pluralIn = (lang: Lang) => ({
  c: (n: unknown, one: string, other: string): string => count(n, lang, one, other),
  w: (n: unknown, one: string, other: string): string => plural(n, lang, one, other),
  /** The word that agrees with a list of names ("Node a" / "Nodes a, b"). */
  l: (list: unknown, one: string, other: string): string => plural(listSize(list), lang, one, other),
});
