/**
 * Coded messages: checks carry a code and parameters, and their text is looked up per language
 * here, the way zod's locales work. Also the generic reader's own refusals.
 */
import type { Check, CheckLevel, Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from './types.js';

/** The text of a code in a language; an unknown code is a programming error, shown as the code. */
export function renderMessage(locales: Locales, code: string, params: Params, lang: Lang): string {
  const f = locales[lang][code];
  return f ? f(params) : code;
}

/** A check bound to a catalogue: `id` stays the stable identifier, `code` picks the words. */
export const checkMaker = (locales: Locales, lang: Lang) =>
  (id: string, level: CheckLevel, code: string, params: Params = {}): Check =>
    ({ id, level, message: renderMessage(locales, code, params, lang), code, params });

const list = (p: Params): string => String(p['allowed']);

/** The readers' refusals (the spec reader's, and the CLI's and web's hand-written ones until they migrate) and the renderer's words. */
const en = {
  'input.required': () => 'is required',
  'input.choice': (p: Params) => `must be one of ${list(p)}`,
  'input.flag': () => 'must be 1 (on) or 0 (off)',
  'input.seconds': () => 'must be a number of seconds, 0 or more',
  'figure.yes': () => 'yes',
  'figure.no': () => 'no',
} satisfies Catalogue;
const fr: typeof en = {
  'input.required': () => 'est obligatoire',
  'input.choice': (p) => `doit être l’une des valeurs ${list(p)}`,
  'input.flag': () => 'doit valoir 1 (oui) ou 0 (non)',
  'input.seconds': () => 'doit être un nombre de secondes, 0 ou plus',
  'figure.yes': () => 'oui',
  'figure.no': () => 'non',
};
export const READER_MESSAGES: Locales<typeof en> = { en, fr };
