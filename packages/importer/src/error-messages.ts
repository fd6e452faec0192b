/**
 * The importer's refusals that the CLI shows as they are (reading a saved inventory), by code, in
 * English and French. The thrown ImportError keeps the English message; the CLI renders code + params
 * in the user's language.
 */
import type { Catalogue, Lang, Locales, Params } from '@capa/core';
import { ImportError } from './util.js';

const s = (p: Params, k: string): string => String(p[k]);
const at = (p: Params): string => (typeof p['line'] === 'number' ? ` at line ${s(p, 'line')}, column ${s(p, 'column')}` : '');
const atFr = (p: Params): string => (typeof p['line'] === 'number' ? ` (ligne ${s(p, 'line')}, colonne ${s(p, 'column')})` : '');
/** zod's issue in French from its language-free parts (its own message is English). */
const issueFr = (p: Params): string => {
  if (p['issue'] === 'invalid_type' && typeof p['expected'] === 'string') return `type attendu : ${s(p, 'expected')}`;
  if (p['issue'] === 'invalid_value' && typeof p['allowed'] === 'string') return `valeur attendue : ${s(p, 'allowed')}`;
  return 'valeur refusée';
};

const en = {
  'inventory.not-json': (p: Params) => `${s(p, 'what')}: not valid JSON${at(p)}`,
  'inventory.not-inventory': (p: Params) => `${s(p, 'what')}: not a Capa inventory (schema ${s(p, 'schema')} v${s(p, 'version')}): ${s(p, 'path')}: ${s(p, 'detail')}`,
} satisfies Catalogue;
const fr: typeof en = {
  'inventory.not-json': (p) => `${s(p, 'what')} : JSON illisible${atFr(p)}`,
  'inventory.not-inventory': (p) =>
    `${s(p, 'what')} : pas un inventaire Capa (schéma ${s(p, 'schema')} v${s(p, 'version')}) : ${p['path'] === '(top level)' ? 'niveau supérieur' : s(p, 'path')} : ${issueFr(p)}`,
};
export const IMPORT_ERROR_MESSAGES: Locales<typeof en> = { en, fr };
export type ImportErrorKey = keyof typeof en;

/** An ImportError carrying its code and params; its message is the English text. */
export const codedImportError = (code: ImportErrorKey, params: Params, source?: string): ImportError => new ImportError(en[code](params), source, code, params);

/** An error in `lang` when it carries a known code, its own message otherwise. */
export function importErrorText(e: unknown, lang: Lang): string {
  if (e instanceof ImportError && e.code !== undefined && e.params !== undefined) {
    const f = (IMPORT_ERROR_MESSAGES[lang] as Catalogue)[e.code];
    if (f) return f(e.params);
  }
  return e instanceof Error ? e.message : String(e);
}
