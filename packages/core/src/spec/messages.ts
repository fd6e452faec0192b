/**
 * Coded messages: checks carry a code and parameters, and their text is looked up per language
 * here, the way zod's locales work. Also the generic reader's own refusals.
 */
import type { Check, CheckLevel, Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from './types.js';

/**
 * The text of a code in a language; an unknown code is a programming error, shown as the code. A
 * `tag` parameter (the pool or node an adapter names when several share a list, as the planner does)
 * prefixes it as `[tag] `, in every catalogue: the tag is a name, the same in every language.
 */
export function renderMessage(locales: Locales, code: string, params: Params, lang: Lang): string {
  const f = locales[lang][code];
  const text = f ? f(params) : code;
  return typeof params['tag'] === 'string' ? `[${params['tag']}] ${text}` : text;
}

/** A check bound to a catalogue: `id` stays the stable identifier, `code` picks the words. */
export const checkMaker =
  (locales: Locales, lang: Lang) =>
  (id: string, level: CheckLevel, code: string, params: Params = {}): Check => ({ id, level, message: renderMessage(locales, code, params, lang), code, params });

const list = (p: Params): string => String(p['allowed']);

/** The readers' refusals (the spec reader's, and the CLI's and web's hand-written ones until they migrate) and the renderer's words. */
const en = {
  'input.required': () => 'is required',
  'input.requiredOr': (p: Params) => `is required, or give ${String(p['other'])} (${String(p['why'])})`,
  'input.countMatch': (p: Params) => `must match the ${String(p['n'])} sizes given to ${String(p['other'])}`,
  'input.choice': (p: Params) => `must be one of ${list(p)}`,
  'input.flag': () => 'must be 1 (on) or 0 (off)',
  'input.seconds': () => 'must be a number of seconds, 0 or more',
  'input.either': (p: Params) => `give either ${String(p['one'])} or ${String(p['other'])}, not both`,
  'input.countRange': (p: Params) => `must be a whole number from ${String(p['min'])} to ${String(p['max'])}`,
  'input.date': () => 'must be a calendar date YYYY-MM-DD, e.g. 2026-01-01',
  'input.ec': () => 'expected K+M with K from 2 to 64 and M from 1 to 64, e.g. 4+2',
  'input.notWith': (p: Params) => `does not apply with ${String(p['other'])} (${String(p['why'])})`,
  'input.onlyWith': (p: Params) => `applies only with ${String(p['other'])}`,
  'input.needs': (p: Params) => `needs ${String(p['other'])} (${String(p['why'])})`,
  'figure.yes': () => 'yes',
  'figure.no': () => 'no',
} satisfies Catalogue;
const fr: typeof en = {
  'input.required': () => 'est obligatoire',
  'input.requiredOr': (p) => `est obligatoire, ou indiquez ${String(p['other'])} (${String(p['why'])})`,
  'input.countMatch': (p) => `doit correspondre aux ${String(p['n'])} tailles données à ${String(p['other'])}`,
  'input.choice': (p) => `doit être l’une des valeurs ${list(p)}`,
  'input.flag': () => 'doit valoir 1 (oui) ou 0 (non)',
  'input.seconds': () => 'doit être un nombre de secondes, 0 ou plus',
  'input.either': (p) => `indiquez ${String(p['one'])} ou ${String(p['other'])}, pas les deux`,
  'input.countRange': (p) => `doit être un nombre entier de ${String(p['min'])} à ${String(p['max'])}`,
  'input.date': () => 'doit être une date du calendrier AAAA-MM-JJ, p. ex. 2026-01-01',
  'input.ec': () => 'attendu K+M avec K de 2 à 64 et M de 1 à 64, p. ex. 4+2',
  'input.notWith': (p) => `ne s’applique pas avec ${String(p['other'])} (${String(p['why'])})`,
  'input.onlyWith': (p) => `ne s’applique qu’avec ${String(p['other'])}`,
  'input.needs': (p) => `exige ${String(p['other'])} (${String(p['why'])})`,
  'figure.yes': () => 'oui',
  'figure.no': () => 'non',
};
export const READER_MESSAGES: Locales<typeof en> = { en, fr };
