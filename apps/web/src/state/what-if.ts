/**
 * The inventory page's what-if fields: several added nodes in one field and the nodes to remove.
 * Each added node and the growth are read by the core's parseAddNode and parseGrowth, as the CLI
 * reads `--add-node` and `--grow`. Only parsing: the core's analyzeInventory applies them.
 */
import { type AddedNode, type Lang, parseAddNode, type ParseResult } from '@capa/core';

const M = {
  en: {
    node: (i: number, why: string) => `node ${i}: ${why}`,
    noSuch: (names: string) => `no such node in the inventory (nodes: ${names})`,
    none: 'none',
  },
  fr: {
    node: (i: number, why: string) => `nœud ${i} : ${why}`,
    noSuch: (names: string) => `nœud absent de l’inventaire (nœuds : ${names})`,
    none: 'aucun',
  },
} as const;

/** Several added nodes in one field: specs separated by `;` (`ram=512GiB,threads=64; 256GiB`). */
export function parseAddNodes(text: string, lang: Lang = 'en'): ParseResult<AddedNode[]> {
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
export function parseRemoveNodes(text: string, known: readonly string[], lang: Lang = 'en'): ParseResult<string[]> {
  const names = [...new Set(text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean))];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) return { ok: false, reason: `"${unknown[0]?.slice(0, 60)}": ${M[lang].noSuch(known.slice(0, 20).join(', ') || M[lang].none)}` };
  return { ok: true, value: names };
}
