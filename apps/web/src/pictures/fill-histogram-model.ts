/**
 * The CRUSH simulation's fill histogram (core: ceph/fill-histogram.ts, `ceph.placement.fillHistogram`
 * of capa analyze --json): OSDs and hosts per 5 % band of fill, healthy and after losing each host,
 * with Ceph's three ratios marked. The counts are the core's; this only words them and their bands.
 */
import { count, type FillCase, type FillHistogram, formatRatio, type Lang } from '@capa/core';
import { PUNCT } from './punct';

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** The band's lower edge alone, for the axis. */
  readonly fromText: string;
}

export interface HistogramCase {
  /** "healthy", or the lost hosts' label. */
  readonly id: string;
  readonly label: string;
  readonly osdCounts: readonly number[];
  readonly hostCounts: readonly number[];
  /** The accessible text: every non-empty band's counts, the hosts' fills, the fullest OSD, the ratios. */
  readonly summary: string;
}

export interface FillHistogramPicture {
  readonly kind: 'fill-histogram';
  readonly id: string;
  readonly title: string;
  readonly selectLabel: string;
  readonly osdRow: string;
  readonly hostRow: string;
  readonly bins: readonly HistogramBin[];
  /** The last band's upper edge, for the axis. */
  readonly end: string;
  readonly ratios: readonly { readonly id: 'nearfull' | 'backfillfull' | 'full'; readonly at: number; readonly text: string }[];
  readonly cases: readonly HistogramCase[];
}

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: {
    title: 'OSD and host fill (CRUSH simulated)', select: 'Case', healthy: 'Healthy', losing: (h: string) => `After losing ${h} and backfill`, osds: 'OSDs', hosts: 'Hosts',
    osd: (n: number) => count(n, 'en', 'OSD', 'OSDs'), host: (n: number) => count(n, 'en', 'host', 'hosts'), fullest: 'fullest OSD',
  },
  fr: {
    title: 'Remplissage des OSD et des hôtes (CRUSH simulé)', select: 'Cas', healthy: 'Sain', losing: (h: string) => `Après la perte de ${h} et le backfill`, osds: 'OSD', hosts: 'Hôtes',
    osd: (n: number) => count(n, 'fr', 'OSD', 'OSD'), host: (n: number) => count(n, 'fr', 'hôte', 'hôtes'), fullest: 'OSD le plus plein',
  },
} as const;

/** The picture for the core's histogram and the ratios the analysis judged with; null without one. */
export function fillHistogramPicture(h: FillHistogram | null, ratios: { nearfull: number; backfillfull: number; full: number }, lang: Lang): FillHistogramPicture | null {
  if (h === null) return null;
  const tx = { ...L[lang], ...PUNCT[lang] };
  const pct = (x: number) => formatRatio(x, lang);
  // The bands' edges are the core's (fillHistogram: edges); the picture only words them.
  const bins = h.edges.slice(0, -1).map((from, i) => {
    const to = h.edges[i + 1] ?? from;
    return { from, to, text: `${pct(from)}–${pct(to)}`, fromText: pct(from) };
  });
  const marks = (['nearfull', 'backfillfull', 'full'] as const).map((id) => ({ id, at: ratios[id], text: `${id} ${pct(ratios[id])}` }));
  const bands = (counts: readonly number[], word: (n: number) => string) => counts.flatMap((n, i) => (n === 0 ? [] : [`${bins[i]?.text}${tx.colon}${word(n)}`])).join(', ');
  const one = (c: FillCase): HistogramCase => {
    const label = c.lost === null ? tx.healthy : tx.losing(c.lost);
    const parts = [
      `${tx.osds}${tx.colon}${bands(c.osdCounts, tx.osd)}`,
      `${tx.hosts}${tx.colon}${c.hostFills.map((x) => `${x.host} ${pct(x.fill)}`).join(', ')}`,
      ...(c.fullestOsdFill === null ? [] : [`${tx.fullest} ${pct(c.fullestOsdFill)}`]),
      marks.map((m) => m.text).join(', '),
    ];
    return { id: c.lost ?? 'healthy', label, osdCounts: c.osdCounts, hostCounts: c.hostCounts, summary: `${label}${tx.colon}${parts.join(tx.sep)}` };
  };
  return {
    kind: 'fill-histogram',
    id: 'fill-histogram',
    title: tx.title,
    selectLabel: tx.select,
    osdRow: tx.osds,
    hostRow: tx.hosts,
    bins,
    end: pct(h.edges[h.bins] ?? 0),
    ratios: marks,
    cases: [one(h.healthy), ...h.afterLoss.map(one)],
  };
}
