/**
 * The what-if inputs of an inventory analysis as text, shared by the CLI (`--grow`, `--add-node`,
 * `--remove-node`) and the web's inventory page: a growth (`30%`, `0.3`), an added node
 * (`ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd]`) and the names of
 * nodes to remove. Only parsing, with coded refusals (a code, its parameters, the words per
 * language): analyzeInventory applies them.
 */
import type { Lang } from '../explain/types.js';
import { renderMessage } from '../spec/messages.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { parseSize, type ParseResult } from '../units/size.js';
import type { AddedNode } from './schema.js';

const en = {
  'whatIf.grow': () => 'must be a growth such as 30% or 0.3 (more than -100%)',
  'whatIf.ram': (p: Params) => `ram "${String(p['text'])}" ${String(p['why'])}`,
  'whatIf.whole': (p: Params) => `${String(p['key'])} must be a whole number ≥ 1`,
  'whatIf.name': () => 'name must be letters, digits, . _ -',
  'whatIf.osds': () => 'osds must be COUNTxSIZE, e.g. 4x7.68TB',
  'whatIf.unknownKey': (p: Params) => `unknown key "${String(p['key'])}" (ram, threads, count, name, osds, class)`,
  'whatIf.ramRequired': () => 'ram= is required, e.g. ram=512GiB,threads=64',
  'whatIf.node': (p: Params) => `node ${String(p['index'])}: ${String(p['why'])}`,
  'whatIf.noNode': (p: Params) => `${p['listed'] === true ? `"${String(p['name'])}": ` : ''}no such node in the inventory (nodes: ${String(p['nodes']) || 'none'})`,
} satisfies Catalogue;
const fr: typeof en = {
  'whatIf.grow': () => 'doit être une croissance comme 30% ou 0.3 (plus de -100 %)',
  'whatIf.ram': (p) => `ram « ${String(p['text'])} » ${String(p['why'])}`,
  'whatIf.whole': (p) => `${String(p['key'])} doit être un nombre entier ≥ 1`,
  'whatIf.name': () => 'name : lettres, chiffres, . _ - seulement',
  'whatIf.osds': () => 'osds doit être NOMBRExTAILLE, p. ex. 4x7.68TB',
  'whatIf.unknownKey': (p) => `clé inconnue « ${String(p['key'])} » (ram, threads, count, name, osds, class)`,
  'whatIf.ramRequired': () => 'ram= est obligatoire, p. ex. ram=512GiB,threads=64',
  'whatIf.node': (p) => `nœud ${String(p['index'])} : ${String(p['why'])}`,
  'whatIf.noNode': (p) => `${p['listed'] === true ? `"${String(p['name'])}": ` : ''}nœud absent de l’inventaire (nœuds : ${String(p['nodes']) || 'aucun'})`,
};
export const WHAT_IF_MESSAGES: Locales<typeof en> = { en, fr };

/** A parse that refuses with a code and its parameters; the words are rendered per language at the edge. */
export type Coded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: keyof typeof en; readonly params: Params };

const worded = <T>(r: Coded<T>, lang: Lang): ParseResult<T> => (r.ok ? r : { ok: false, reason: renderMessage(WHAT_IF_MESSAGES, r.code, r.params, lang) });

/** "30%" → 0.3, "0.3" → 0.3, "-10%" → −0.1; more than −100 %. */
export function growthOf(text: string): Coded<number> {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const n = m ? (m[2] === '%' ? Number(m[1]) / 100 : Number(m[1])) : NaN;
  return Number.isFinite(n) && n > -1 ? { ok: true, value: n } : { ok: false, code: 'whatIf.grow', params: { text } };
}

type Mutable = { -readonly [K in keyof AddedNode]: AddedNode[K] };

/** One `key=value` of an added node into `out`; null when it reads, else the refusal. */
function addNodeKey(out: Mutable, key: string, val: string): Coded<never> | null {
  const no = (code: keyof typeof en, params: Params = {}): Coded<never> => ({ ok: false, code, params });
  if (key === 'ram') {
    // The size's own reason is English until the units speak French (parseSize without lang).
    const r = parseSize(val);
    if (!r.ok) return no('whatIf.ram', { text: val, why: r.reason });
    out.ramBytes = r.value.bytes;
  } else if (key === 'threads' || key === 'count') {
    if (!/^\d{1,9}$/.test(val) || Number(val) < 1) return no('whatIf.whole', { key });
    out[key] = Number(val);
  } else if (key === 'name') {
    if (!/^[A-Za-z0-9._-]{1,63}$/.test(val)) return no('whatIf.name');
    out.name = val;
  } else if (key === 'osds') {
    const m = /^(\d{1,4})\s*[x×]\s*(.+)$/.exec(val);
    const size = m?.[2] === undefined ? null : parseSize(m[2]);
    if (!m || !size?.ok) return no('whatIf.osds');
    out.osds = Number(m[1]);
    out.osdSizeBytes = size.value.bytes;
  } else if (key === 'class') out.deviceClass = val;
  else return no('whatIf.unknownKey', { key: key.slice(0, 40) });
  return null;
}

/** ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd]; a bare size means ram=. */
export function addedNodeOf(spec: string): Coded<AddedNode> {
  const out: Mutable = { ramBytes: 0 };
  let ram = false;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? 'ram' : part.slice(0, eq).trim().toLowerCase();
    const refused = addNodeKey(out, key, eq < 0 ? part : part.slice(eq + 1).trim());
    if (refused !== null) return refused;
    if (key === 'ram') ram = true;
  }
  return ram ? { ok: true, value: out } : { ok: false, code: 'whatIf.ramRequired', params: {} };
}

/** growthOf with the refusal in words. */
export const parseGrowth = (text: string, lang: Lang = 'en'): ParseResult<number> => worded(growthOf(text), lang);

/** addedNodeOf with the refusal in words. */
export const parseAddNode = (spec: string, lang: Lang = 'en'): ParseResult<AddedNode> => worded(addedNodeOf(spec), lang);
