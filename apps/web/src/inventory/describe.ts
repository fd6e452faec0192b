/**
 * What an opened inventory holds, as label/value lines for the page and its printed report. Part of
 * the engine's script (it runs only once an inventory is read), not of the initial one.
 */
import { count, type Lang } from '@capa/core';
import { localDate } from '../i18n/format';
import { displayName, type FileInfo } from '../state/inventory-file';

/** The parts of an Inventory the summary names (structurally the importer's type). */
export interface InventorySummarySource {
  readonly source: { readonly kind: string; readonly origin: string | null; readonly cluster: string | null };
  readonly collectedAt: string;
  readonly nodes: readonly unknown[];
  readonly guests: readonly unknown[];
  readonly ceph: { readonly osds: readonly unknown[]; readonly pools: readonly unknown[] } | null;
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
}

// biome-ignore format: a table, several short entries per line as it reads
const S = {
  en: { files: 'File', source: 'Source', cluster: 'Cluster', collected: 'Collected', contents: 'Contents', what: (n: number, g: number, o: number | null, p: number | null) => `${count(n, 'en', 'node', 'nodes')}, ${count(g, 'en', 'guest', 'guests')}${o === null ? ', no Ceph' : `, ${count(o, 'en', 'OSD', 'OSDs')}, ${count(p ?? 0, 'en', 'pool', 'pools')}`}` },
  fr: { files: 'Fichier', source: 'Source', cluster: 'Cluster', collected: 'Collecté', contents: 'Contenu', what: (n: number, g: number, o: number | null, p: number | null) => `${count(n, 'fr', 'nœud', 'nœuds')}, ${count(g, 'fr', 'invité', 'invités')}${o === null ? ', pas de Ceph' : `, ${o} OSD, ${count(p ?? 0, 'fr', 'pool', 'pools')}`}` },
} satisfies Record<Lang, Record<string, unknown>>;

/** What was opened, as label/value lines (shown on the page and in the printed report). */
export function describeInventory(inv: InventorySummarySource, files: readonly FileInfo[], lang: Lang): { label: string; value: string }[] {
  const t = S[lang];
  const cut = (s: string) => displayName(s);
  return [
    { label: t.files, value: files.map((f) => displayName(f.name)).join(', ') },
    { label: t.source, value: cut(`${inv.source.kind}${inv.source.origin ? ` · ${inv.source.origin}` : ''}`) },
    ...(inv.source.cluster ? [{ label: t.cluster, value: cut(inv.source.cluster) }] : []),
    ...(inv.collectedAt ? [{ label: t.collected, value: cut(localDate(inv.collectedAt, lang)) }] : []),
    { label: t.contents, value: t.what(inv.nodes.length, inv.guests.length, inv.ceph ? inv.ceph.osds.length : null, inv.ceph ? inv.ceph.pools.length : null) },
  ];
}
