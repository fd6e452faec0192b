/**
 * Every refusal of a CRUSH or OSD map, by code, in English and French. A refusal is built from a code
 * and language-free params only, so one without French words does not compile; its `message` stays the
 * English text (API users, logs) and the adapters word code + params in the user's language.
 * The field (`params.field`, a path in Ceph's JSON) is not translated: it is the dump's own key; in
 * French, bucket and rule names are quoted (« default »), being the user's words.
 */

export type CrushLang = 'en' | 'fr';
export type CrushParams = Readonly<Record<string, string | number | boolean | null>>;
type CrushCatalogue = Readonly<Record<string, (p: CrushParams) => string>>;

const s = (p: CrushParams, k: string): string => String(p[k]);
/** zod's issue in French from its language-free parts (its own message is English). */
const issueFr = (p: CrushParams): string => {
  if (p['issue'] === 'invalid_type' && typeof p['expected'] === 'string') return `type attendu : ${s(p, 'expected')}`;
  if (p['issue'] === 'invalid_value' && typeof p['allowed'] === 'string') return `valeur attendue : ${s(p, 'allowed')}`;
  if (p['issue'] === 'too_small') return 'valeur trop petite';
  if (p['issue'] === 'too_big') return 'valeur trop grande';
  return 'valeur refusée';
};

const en = {
  'crush.invalid-input': () => 'invalid input',
  'crush.schema': (p: CrushParams) => s(p, 'detail'),
  'crush.not-a-pg-id': (p: CrushParams) => `"${s(p, 'text')}" is not a PG id`,
  'crush.no-pool': (p: CrushParams) => `no pool ${s(p, 'pool')}`,
  'crush.stored-bytes': (p: CrushParams) => `pool ${s(p, 'pool')}: ${s(p, 'value')} is not a size in bytes`,
  'crush.data-chunks': (p: CrushParams) => `pool ${s(p, 'pool')}: k must be a whole number ≥ 1`,
  'crush.osd-not-in-map': (p: CrushParams) => `osd.${s(p, 'osd')} is not in the OSD map`,
  'crush.no-bucket-named': (p: CrushParams) => `no CRUSH bucket ${s(p, 'bucket')}`,
  'crush.index-pool': (p: CrushParams) => `the index is of pool ${s(p, 'indexPool')}, not ${s(p, 'pool')}`,
  'crush.take-needs-item': () => 'a take step needs an item',
  'crush.step-needs-num': (p: CrushParams) => `a ${s(p, 'op')} step needs num`,
  'crush.unknown-bucket-type': (p: CrushParams) => `unknown bucket type "${s(p, 'type')}"`,
  'crush.step-needs-op': () => 'a step needs op or opcode',
  'crush.bucket-id-twice': (p: CrushParams) => `bucket id ${s(p, 'id')} appears twice`,
  'crush.missing-bucket': (p: CrushParams) => `bucket ${s(p, 'bucket')} holds the missing bucket ${s(p, 'id')}`,
  'crush.choose-args-key': () => 'the key must be an integer (a pool id or -1)',
  'crush.choose-args-no-bucket': (p: CrushParams) => `no bucket ${s(p, 'id')}`,
  'crush.choose-args-size': (p: CrushParams) => `bucket ${s(p, 'bucket')} has ${s(p, 'size')} items, not ${s(p, 'count')}`,
  'crush.osd-above-max': (p: CrushParams) => `osd.${s(p, 'osd')} is not below max_osd ${s(p, 'max')}`,
  'crush.pgp-num-missing': () => 'pgp_num is missing (pg_placement_num or pgp_num)',
  'crush.unknown-alg': (p: CrushParams) => `bucket ${s(p, 'bucket')} uses the unknown algorithm "${s(p, 'alg')}"`,
  'crush.unknown-hash': (p: CrushParams) => `bucket ${s(p, 'bucket')} uses the hash "${s(p, 'hash')}"; only rjenkins1 exists in Ceph today`,
  'crush.unknown-step': (p: CrushParams) => `rule ${s(p, 'rule')} uses the step "${s(p, 'op')}", which Capa does not simulate`,
  'crush.unknown-opcode': (p: CrushParams) => `rule ${s(p, 'rule')} uses the opcode ${s(p, 'opcode')}, which Capa does not simulate`,
} satisfies CrushCatalogue;
const fr: typeof en = {
  'crush.invalid-input': () => 'entrée refusée',
  'crush.schema': (p) => issueFr(p),
  'crush.not-a-pg-id': (p) => `« ${s(p, 'text')} » n’est pas un identifiant de PG`,
  'crush.no-pool': (p) => `aucun pool ${s(p, 'pool')}`,
  'crush.stored-bytes': (p) => `pool ${s(p, 'pool')} : ${s(p, 'value')} n’est pas une taille en octets`,
  'crush.data-chunks': (p) => `pool ${s(p, 'pool')} : k doit être un entier ≥ 1`,
  'crush.osd-not-in-map': (p) => `osd.${s(p, 'osd')} n’existe pas dans la carte des OSD`,
  'crush.no-bucket-named': (p) => `aucun bucket CRUSH « ${s(p, 'bucket')} »`,
  'crush.index-pool': (p) => `l’index porte sur le pool ${s(p, 'indexPool')}, pas sur le pool ${s(p, 'pool')}`,
  'crush.take-needs-item': () => 'une étape take demande un item',
  'crush.step-needs-num': (p) => `une étape ${s(p, 'op')} demande num`,
  'crush.unknown-bucket-type': (p) => `type de bucket inconnu « ${s(p, 'type')} »`,
  'crush.step-needs-op': () => 'une étape demande op ou opcode',
  'crush.bucket-id-twice': (p) => `l’identifiant de bucket ${s(p, 'id')} apparaît deux fois`,
  'crush.missing-bucket': (p) => `le bucket « ${s(p, 'bucket')} » contient le bucket ${s(p, 'id')}, qui n’existe pas`,
  'crush.choose-args-key': () => 'la clé doit être un entier (un identifiant de pool ou -1)',
  'crush.choose-args-no-bucket': (p) => `aucun bucket ${s(p, 'id')}`,
  'crush.choose-args-size': (p) => `le bucket « ${s(p, 'bucket')} » a ${s(p, 'size')} éléments, pas ${s(p, 'count')}`,
  'crush.osd-above-max': (p) => `osd.${s(p, 'osd')} n’est pas inférieur à max_osd ${s(p, 'max')}`,
  'crush.pgp-num-missing': () => 'pgp_num manque (pg_placement_num ou pgp_num)',
  'crush.unknown-alg': (p) => `le bucket « ${s(p, 'bucket')} » utilise l’algorithme inconnu « ${s(p, 'alg')} »`,
  'crush.unknown-hash': (p) => `le bucket « ${s(p, 'bucket')} » utilise le hachage « ${s(p, 'hash')} » ; seul rjenkins1 existe dans Ceph aujourd’hui`,
  'crush.unknown-step': (p) => `la règle « ${s(p, 'rule')} » utilise l’étape « ${s(p, 'op')} », que Capa ne simule pas`,
  'crush.unknown-opcode': (p) => `la règle « ${s(p, 'rule')} » utilise l’opcode ${s(p, 'opcode')}, que Capa ne simule pas`,
};
export const CRUSH_ERROR_MESSAGES: Readonly<Record<CrushLang, typeof en>> = { en, fr };
export type CrushErrorCode = keyof typeof en;

/** A refusal's words in `lang`, the field first (as the English message has it); undefined for an unknown code. */
export function crushErrorMessage(code: string, params: CrushParams, lang: CrushLang): string | undefined {
  const f = (CRUSH_ERROR_MESSAGES[lang] as CrushCatalogue)[code];
  if (!f) return undefined;
  const field = typeof params['field'] === 'string' ? params['field'] : '';
  return field ? `${field}${lang === 'fr' ? ' : ' : ': '}${f(params)}` : f(params);
}
