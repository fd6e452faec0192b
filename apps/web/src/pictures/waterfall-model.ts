/**
 * The capacity waterfall: raw → after replication/EC → nearfull reserve → failure reserve → safe
 * usable. Every level is a figure the core computed; the picture only shows the gaps between them.
 */
import { type CephCapacityResult, formatBytes, type Lang, type SizeSystem } from '@capa/core';

export interface WaterfallStep {
  readonly id: 'raw' | 'protection' | 'usable' | 'nearfull' | 'failure' | 'safe';
  readonly label: string;
  /** The bar spans [from, to] bytes; totals start at 0, reserves float between two totals. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly kind: 'total' | 'loss';
}

export interface WaterfallPicture {
  readonly kind: 'waterfall';
  readonly id: string;
  readonly title: string;
  readonly steps: readonly WaterfallStep[];
}

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { title: 'From raw to safe usable capacity', raw: 'Raw', protection: 'Replication / EC', usable: 'Usable (healthy)', nearfull: 'Nearfull reserve', failure: 'Host failure reserve', failureOsd: 'OSD failure reserve', safe: 'Safe usable' },
  fr: { title: 'Du brut à la capacité utile sûre', raw: 'Brut', protection: 'Réplication / EC', usable: 'Utile (sain)', nearfull: 'Réserve nearfull', failure: 'Réserve panne d’hôte', failureOsd: 'Réserve panne d’OSD', safe: 'Utile sûr' },
} satisfies Record<Lang, Record<string, string>>;

export function waterfall(r: CephCapacityResult, lang: Lang, system: SizeSystem): WaterfallPicture {
  const t = L[lang];
  const f = (b: number) => formatBytes(b, system, lang);
  const gap = (hi: number, lo: number) => `− ${f(hi - lo)}`;
  return {
    kind: 'waterfall',
    id: 'capacity-waterfall',
    title: t.title,
    steps: [
      { id: 'raw', label: t.raw, from: 0, to: r.rawBytes, text: f(r.rawBytes), kind: 'total' },
      { id: 'protection', label: t.protection, from: r.usableBytes, to: r.rawBytes, text: gap(r.rawBytes, r.usableBytes), kind: 'loss' },
      { id: 'usable', label: t.usable, from: 0, to: r.usableBytes, text: f(r.usableBytes), kind: 'total' },
      { id: 'nearfull', label: t.nearfull, from: r.nearfullUsableBytes, to: r.usableBytes, text: gap(r.usableBytes, r.nearfullUsableBytes), kind: 'loss' },
      {
        id: 'failure',
        label: r.healing === 'cannot-heal' ? t.failureOsd : t.failure,
        from: r.safeUsableBytes,
        to: r.nearfullUsableBytes,
        text: gap(r.nearfullUsableBytes, r.safeUsableBytes),
        kind: 'loss',
      },
      { id: 'safe', label: t.safe, from: 0, to: r.safeUsableBytes, text: f(r.safeUsableBytes), kind: 'total' },
    ],
  };
}
