/**
 * The capacity waterfall: raw → after replication/EC → nearfull reserve → failure reserve → safe
 * usable. Every level is a figure the core computed; the reserves between them are the core's too (capacityWaterfall),
 * each printed in TB and TiB (the page's system first).
 */
import { PUNCT } from './punct';
import { bytesInBoth, capacityWaterfall, type CephCapacityResult, type Lang, type SizeSystem } from '@capa/core';

export interface WaterfallStep {
  readonly id: 'raw' | 'protection' | 'usable' | 'nearfull' | 'failure' | 'safe';
  readonly label: string;
  /** The bar spans [from, to] bytes; totals start at 0, reserves float between two totals. */
  readonly from: number;
  readonly to: number;
  /** The value in the page's system, then in the other ("90.95 TiB"; null when both read the same). */
  readonly text: string;
  readonly alt: string | null;
  readonly kind: 'total' | 'loss';
}

export interface WaterfallPicture {
  readonly kind: 'waterfall';
  readonly id: string;
  readonly title: string;
  readonly steps: readonly WaterfallStep[];
  /** The accessible text: every level and reserve with its values. */
  readonly summary: string;
}

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { title: 'From raw to safe usable capacity', raw: 'Raw', protection: 'Replication / EC', usable: 'Usable (healthy)', nearfull: 'Nearfull reserve', failure: 'Host failure reserve', failureOsd: 'OSD failure reserve', safe: 'Safe usable' },
  fr: { title: 'Du brut à la capacité utile sûre', raw: 'Brut', protection: 'Réplication / EC', usable: 'Utile (sain)', nearfull: 'Réserve nearfull', failure: 'Réserve panne d’hôte', failureOsd: 'Réserve panne d’OSD', safe: 'Utile sûr' },
} satisfies Record<Lang, Record<string, string>>;

export function waterfall(r: CephCapacityResult, lang: Lang, system: SizeSystem): WaterfallPicture {
  const t = L[lang];
  // Both systems on every level, the page's first: disks are sold in TB, Ceph reports TiB (docs/units.md).
  const f = (b: number) => {
    const [text, alt] = bytesInBoth(b, system, lang);
    return { text, alt };
  };
  // The reserves are the core's (capacityWaterfall); printed as a loss.
  const loss = (b: number) => {
    const v = f(b);
    return { ...v, text: `− ${v.text}` };
  };
  const w = capacityWaterfall(r);
  const steps: WaterfallStep[] = [
    { id: 'raw', label: t.raw, from: 0, to: w.rawBytes, ...f(w.rawBytes), kind: 'total' },
    { id: 'protection', label: t.protection, from: w.usableBytes, to: w.rawBytes, ...loss(w.protectionBytes), kind: 'loss' },
    { id: 'usable', label: t.usable, from: 0, to: w.usableBytes, ...f(w.usableBytes), kind: 'total' },
    { id: 'nearfull', label: t.nearfull, from: w.nearfullUsableBytes, to: w.usableBytes, ...loss(w.nearfullReserveBytes), kind: 'loss' },
    {
      id: 'failure',
      label: r.healing === 'cannot-heal' ? t.failureOsd : t.failure,
      from: w.safeUsableBytes,
      to: w.nearfullUsableBytes,
      ...loss(w.failureReserveBytes),
      kind: 'loss',
    },
    { id: 'safe', label: t.safe, from: 0, to: w.safeUsableBytes, ...f(w.safeUsableBytes), kind: 'total' },
  ];
  const p = PUNCT[lang];
  const summary = steps.map((s) => `${s.label}${p.colon}${s.text}${s.alt === null ? '' : ` (${s.alt})`}`).join(p.sep);
  return { kind: 'waterfall', id: 'capacity-waterfall', title: t.title, steps, summary };
}
