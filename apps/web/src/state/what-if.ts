/**
 * The inventory page's what-if inputs, read as the CLI reads `--grow`, `--add-node` and
 * `--remove-node` (packages/cli/src/commands/importer/analyze.ts): the same syntax, sizes parsed by
 * the core's parseSize. Only parsing: the core's analyzeInventory applies them.
 */
import { type AddedNode, type Lang, parseSize } from '@capa/core';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const M = {
  en: {
    grow: 'must be a growth such as 30% or 0.3 (more than -100%)',
    ram: (v: string, why: string) => `ram "${v}" ${why}`,
    whole: (k: string) => `${k} must be a whole number ≥ 1`,
    name: 'name must be letters, digits, . _ -',
    osds: 'osds must be COUNTxSIZE, e.g. 4x7.68TB',
    unknown: (k: string) => `unknown key "${k}" (ram, threads, count, name, osds, class)`,
    required: 'ram= is required, e.g. ram=512GiB,threads=64',
    node: (i: number, why: string) => `node ${i}: ${why}`,
    noSuch: (names: string) => `no such node in the inventory (nodes: ${names})`,
    none: 'none',
  },
  fr: {
    grow: 'doit être une croissance comme 30% ou 0.3 (plus de -100 %)',
    ram: (v: string, why: string) => `ram « ${v} » ${why}`,
    whole: (k: string) => `${k} doit être un nombre entier ≥ 1`,
    name: 'name : lettres, chiffres, . _ - seulement',
    osds: 'osds doit être NOMBRExTAILLE, p. ex. 4x7.68TB',
    unknown: (k: string) => `clé inconnue « ${k} » (ram, threads, count, name, osds, class)`,
    required: 'ram= est obligatoire, p. ex. ram=512GiB,threads=64',
    node: (i: number, why: string) => `nœud ${i} : ${why}`,
    noSuch: (names: string) => `nœud absent de l’inventaire (nœuds : ${names})`,
    none: 'aucun',
  },
} as const;

/** "30%" → 0.3, "0.3" → 0.3, "-10%" → −0.1; more than −100 %. */
export function parseGrowth(text: string, lang: Lang = 'en'): Parsed<number> {
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const n = m ? (m[2] === '%' ? Number(m[1]) / 100 : Number(m[1])) : NaN;
  return Number.isFinite(n) && n > -1 ? { ok: true, value: n } : { ok: false, reason: M[lang].grow };
}

/** ram=512GiB[,threads=64][,count=2][,name=pve9][,osds=4x7.68TB][,class=ssd]; a bare size means ram=. */
export function parseAddNode(spec: string, lang: Lang = 'en'): Parsed<AddedNode> {
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

/** Several added nodes in one field: specs separated by `;` (`ram=512GiB,threads=64; 256GiB`). */
export function parseAddNodes(text: string, lang: Lang = 'en'): Parsed<AddedNode[]> {
  const specs = text.split(';').map((s) => s.trim()).filter(Boolean);
  const nodes: AddedNode[] = [];
  for (const [i, spec] of specs.entries()) {
    const r = parseAddNode(spec, lang);
    if (!r.ok) return { ok: false, reason: specs.length > 1 ? M[lang].node(i + 1, r.reason) : r.reason };
    nodes.push(r.value);
  }
  return { ok: true, value: nodes };
}

/** `pve2, pve3` → the names, each of which must be a node of the inventory. */
export function parseRemoveNodes(text: string, known: readonly string[], lang: Lang = 'en'): Parsed<string[]> {
  const names = [...new Set(text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean))];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) return { ok: false, reason: `"${unknown[0]?.slice(0, 60)}": ${M[lang].noSuch(known.slice(0, 20).join(', ') || M[lang].none)}` };
  return { ok: true, value: names };
}
