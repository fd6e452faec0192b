/**
 * The fixtures recorded before issue 12 wrote "2 node(s)", "1 nœud(s)": the messages now word their
 * plurals (packages/core/src/spec/plural.ts, CLDR's rules: English singular for 1, French for 0 and 1).
 * A recorded run is read as it reads now, so the comparison still holds every other word and number.
 * Singular or plural is decided by Intl.PluralRules (CLDR's tables), not by the core's isSingular: the
 * fixtures must not be rewritten by the code they test.
 */
import type { Lang } from '@capa/core';

const singular = (n: number, lang: Lang): boolean => new Intl.PluralRules(lang).select(n) === 'one';

/** "2 node(s)" → "2 nodes", "1 node failure(s)" → "1 node failure", French "0 panne(s)" → "0 panne". */
export const pluralsWorded = (text: string, lang: Lang): string =>
  text.replace(/\b(\d+) ((?:[\p{L}-]+ )?)(\p{L}+)\(s\)/gu, (_, n: string, mid: string, noun: string) => `${n} ${mid}${noun}${singular(Number(n), lang) ? '' : 's'}`);

/** A recorded run, read as it reads now; its language is the one its arguments chose. */
export const worded = <R extends { readonly args: readonly string[]; readonly stdout: string; readonly stderr: string }>(r: R): R => {
  const lang: Lang = r.args.includes('fr') ? 'fr' : 'en';
  return { ...r, stdout: pluralsWorded(r.stdout, lang), stderr: pluralsWorded(r.stderr, lang) };
};
