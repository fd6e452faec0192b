/**
 * The catalogue's refusals (schema ids, then the checks across files in load.ts) as codes with
 * language-free parameters, in English and French (`fr` is typed `typeof en`: a missing translation
 * does not compile). Rendered in the language of the parse in progress, like the scenario's
 * (value-messages.ts, normalize-messages.ts): the catalogue reader runs inside `inLang` too.
 */
import { parseLang } from '../scenario/value-messages.js';

type P = Readonly<Record<string, string | number>>;
const s = (p: P, k: string): string => String(p[k]);

const en = {
  idFormat: () => 'ids use letters, digits, dot, dash and underscore',
  currencyTwice: (p: P) => `${s(p, 'currency')} differs from ${s(p, 'first')} in another catalogue file: use one currency`,
  idTwice: (p: P) => `id "${s(p, 'id')}" is defined twice`,
  bladeChassis: (p: P) => `a blade needs a chassis defined in the catalogue (got ${p['chassis'] ? s(p, 'chassis') : 'none'})`,
  slotsBelowChannels: () => 'must be at least channelsPerSocket (balanced memory fills every channel)',
};

const fr: typeof en = {
  idFormat: () => 'un identifiant n’a que des lettres, des chiffres, le point, le tiret et le tiret bas',
  currencyTwice: (p) => `${s(p, 'currency')} diffère de ${s(p, 'first')} dans un autre fichier du catalogue\u00a0: utilisez une seule devise`,
  idTwice: (p) => `l’identifiant «\u00a0${s(p, 'id')}\u00a0» est défini deux fois`,
  bladeChassis: (p) => `une lame demande un châssis défini dans le catalogue (reçu\u00a0: ${p['chassis'] ? s(p, 'chassis') : 'aucun'})`,
  slotsBelowChannels: () => 'doit valoir au moins channelsPerSocket (une mémoire équilibrée occupe chaque canal)',
};

export const CATALOGUE_MESSAGES = { en, fr } as const;
export type CatalogueCode = keyof typeof en;

/** A catalogue refusal in the language of the parse in progress. */
export const sayCatalogue = (code: CatalogueCode, params: P = {}): string => CATALOGUE_MESSAGES[parseLang()][code](params);
