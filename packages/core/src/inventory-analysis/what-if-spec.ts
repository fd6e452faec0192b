/**
 * The what-if inputs of an inventory analysis as text, shared by the CLI (`--grow`, `--add-node`)
 * and the web's inventory page: a growth (`30%`, `0.3`) and an added node
 * (`ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd]`). Only parsing:
 * analyzeInventory applies them.
 */
import type { Lang } from '../explain/types.js';
import { parseSize, type ParseResult } from '../units/size.js';
import type { AddedNode } from './schema.js';

const M = {
  en: {
    grow: 'must be a growth such as 30% or 0.3 (more than -100%)',
    ram: (v: string, why: string) => `ram "${v}" ${why}`,
    whole: (k: string) => `${k} must be a whole number ≥ 1`,
    name: 'name must be letters, digits, . _ -',
    osds: 'osds must be COUNTxSIZE, e.g. 4x7.68TB',
    unknown: (k: string) => `unknown key "${k}" (ram, threads, count, name, osds, class)`,
    required: 'ram= is required, e.g. ram=512GiB,threads=64',
  },
  fr: {
    grow: 'doit être une croissance comme 30% ou 0.3 (plus de -100 %)',
    ram: (v: string, why: string) => `ram « ${v} » ${why}`,
    whole: (k: string) => `${k} doit être un nombre entier ≥ 1`,
    name: 'name : lettres, chiffres, . _ - seulement',
    osds: 'osds doit être NOMBRExTAILLE, p. ex. 4x7.68TB',
    unknown: (k: string) => `clé inconnue « ${k} » (ram, threads, count, name, osds, class)`,
    required: 'ram= est obligatoire, p. ex. ram=512GiB,threads=64',
  },
} as const;

/** "30%" → 0.3, "0.3" → 0.3, "-10%" → −0.1; more than −100 %. */
export function parseGrowth(text: string, lang: Lang = 'en'): ParseResult<number> {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const n = m ? (m[2] === '%' ? Number(m[1]) / 100 : Number(m[1])) : NaN;
  return Number.isFinite(n) && n > -1 ? { ok: true, value: n } : { ok: false, reason: M[lang].grow };
}

/** ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd]; a bare size means ram=. */
export function parseAddNode(spec: string, lang: Lang = 'en'): ParseResult<AddedNode> {
  const t = M[lang];
  const out: { -readonly [K in keyof AddedNode]: AddedNode[K] } = { ramBytes: 0 };
  let ram = false;
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? 'ram' : part.slice(0, eq).trim().toLowerCase();
    const val = eq < 0 ? part : part.slice(eq + 1).trim();
    if (key === 'ram') {
      const r = parseSize(val);
      if (!r.ok) return { ok: false, reason: t.ram(val, r.reason) };
      out.ramBytes = r.value.bytes;
      ram = true;
    } else if (key === 'threads' || key === 'count') {
      if (!/^\d{1,9}$/.test(val) || Number(val) < 1) return { ok: false, reason: t.whole(key) };
      out[key] = Number(val);
    } else if (key === 'name') {
      if (!/^[A-Za-z0-9._-]{1,63}$/.test(val)) return { ok: false, reason: t.name };
      out.name = val;
    } else if (key === 'osds') {
      const m = /^(\d{1,4})\s*[x×]\s*(.+)$/.exec(val);
      const size = m?.[2] === undefined ? null : parseSize(m[2]);
      if (!m || !size?.ok) return { ok: false, reason: t.osds };
      out.osds = Number(m[1]);
      out.osdSizeBytes = size.value.bytes;
    } else if (key === 'class') out.deviceClass = val;
    else return { ok: false, reason: t.unknown(key.slice(0, 40)) };
  }
  return ram ? { ok: true, value: out } : { ok: false, reason: t.required };
}
