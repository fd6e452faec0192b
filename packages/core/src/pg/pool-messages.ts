/** The pool reader's refusals, by code (one catalogue per language); the reader's own codes (input.*) are spec/messages.ts's. */
import type { Catalogue, Locales, Params } from '../spec/types.js';

const s = (p: Params, k: string): string => String(p[k]);
/** The keys a pool line takes, as pool-spec.ts's POOL_SPEC_KEYS lists them, with the bulk flag. */
const KEYS = 'size, ec, ratio, target, stored, bias, bulk, min, max, current';

const en = {
  'pool.none': () => 'give at least one pool',
  'pool.name': () => 'the name uses 1 to 128 letters, digits, . _ -',
  'pool.protection-once': () => 'give size= or ec=, once',
  'pool.no-value': (p: Params) => `"${s(p, 'part')}" needs a value (key=value), or is unknown`,
  'pool.unknown': (p: Params) => `unknown key "${s(p, 'part')}" (${KEYS})`,
} satisfies Catalogue;
const fr: typeof en = {
  'pool.none': () => 'indiquez au moins un pool',
  'pool.name': () => 'le nom compte 1 à 128 lettres, chiffres, . _ -',
  'pool.protection-once': () => 'indiquez size= ou ec=, une seule fois',
  'pool.no-value': (p) => `« ${s(p, 'part')} » demande une valeur (clé=valeur), ou est inconnu`,
  'pool.unknown': (p) => `clé inconnue « ${s(p, 'part')} » (${KEYS})`,
};
export const POOL_MESSAGES: Locales<typeof en> = { en, fr };
