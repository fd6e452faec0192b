/**
 * A count and its noun in the reader's language, instead of "node(s)" or "nœud(s)": messages are data
 * (a code and numbers) and the words are chosen here, when a catalogue renders them. The rules are
 * CLDR's cardinal "one" rules, written out because the core uses no Intl (biome.jsonc: locale data is
 * ambient): English "i = 1 and v = 0" (1 only, not 1.5), French "i = 0,1" (0 and 1, and 1.5, are singular:
 * "0 nœud", "1 nœud", "2 nœuds"). https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 * The tests check them against Intl.PluralRules, which implements the same tables.
 */
import type { Lang } from '../explain/types.js';
import { formatNumber, shownDigits } from '../units/format.js';

/** What a catalogue hands in: a message parameter (Params' values), or a number of the caller's. */
export type Countable = string | number | boolean | null | undefined;

const ONE: Readonly<Record<Lang, (v: number) => boolean>> = {
  en: (v) => v === 1,
  fr: (v) => v < 2,
};

/** A parameter as a number: a string is read as written ("2"); anything else (a name list, "unknown", null) is NaN. */
function asNumber(n: Countable): number {
  if (typeof n === 'number') return n;
  if (typeof n === 'string') return n.trim() === '' ? Number.NaN : Number(n);
  return Number.NaN;
}

/**
 * Whether `n` takes the singular in `lang`. A parameter that is no number (a name list, "unknown")
 * takes the plural, the form that reads right for "several".
 */
export function isSingular(n: Countable, lang: Lang): boolean {
  const v = asNumber(n);
  return Number.isFinite(v) && ONE[lang](Math.abs(v));
}

/** The word that agrees with `n`: `one` or `other` (a noun, a verb, an adjective). */
export function plural(n: Countable, lang: Lang, one: string, other: string): string {
  return isSingular(n, lang) ? one : other;
}

/**
 * `n` written for the reader with at most `digits` decimals, and the noun that agrees with the number as
 * printed: 0.96 with 1 digit reads "1 year" (not "1 years"), 1.97 reads "2 ans" (not "2 an"). The word
 * follows the rounded value because that is the number the reader sees beside it. A parameter that is no
 * number is written as given, with the plural.
 */
export function amount(n: Countable, lang: Lang, digits: number, one: string, other: string): string {
  const v = asNumber(n);
  if (!Number.isFinite(v)) return `${String(n)} ${other}`;
  const text = formatNumber(v, lang, digits);
  // The word agrees with the printed value, rounded as formatNumber rounds it.
  return `${text} ${plural(Number(shownDigits(v, digits)), lang, one, other)}`;
}

/** A whole count and its noun, the count grouped for the reader: "1 node", "1,024 PGs", "0 nœud", "2 nœuds". */
export function count(n: Countable, lang: Lang, one: string, other: string): string {
  return amount(n, lang, 0, one, other);
}

/** How many names a parameter lists: the analysis joins node, host and pool names with ", ". */
export function listSize(list: Countable): number {
  const text = String(list ?? '').trim();
  return text === '' ? 0 : text.split(', ').length;
}

/**
 * One language's words, for a catalogue's template strings: `c(p['nodes'], 'node', 'nodes')`,
 * `a(p['years'], 1, 'year', 'years')` (a figure with decimals), `w(p['nodes'], 'fails', 'fail')` and
 * `l(p['pools'], 'Pool', 'Pools')`.
 */
export const pluralIn = (lang: Lang) => ({
  c: (n: Countable, one: string, other: string): string => count(n, lang, one, other),
  a: (n: Countable, digits: number, one: string, other: string): string => amount(n, lang, digits, one, other),
  w: (n: Countable, one: string, other: string): string => plural(n, lang, one, other),
  /** The word that agrees with a list of names ("Node a" / "Nodes a, b"). */
  l: (list: Countable, one: string, other: string): string => plural(listSize(list), lang, one, other),
});

/** The English and French pairs every catalogue uses. */
export const E = pluralIn('en');
export const F = pluralIn('fr');
