/**
 * The bond diagram: a host, its member links to the switch, the flows riding them, all links up and
 * with links down. Which link a flow lands on is the kernel's hash; the picture places flows on as
 * many links as the core expects to be busy, which is what a reader needs to see.
 */
import { type BondMode, type BondResult, count, formatRate, type Lang, plural } from '@capa/core';
import { PUNCT } from './punct';

export interface BondPanel {
  readonly title: string;
  /** The links that carry traffic and their speed: "2 × 25 Gb/s", "1 × 25 Gb/s up". */
  readonly speeds: string;
  /** One entry per link: carrying traffic, standing by (active-backup), or down. */
  readonly links: readonly ('active' | 'standby' | 'down')[];
  /** Printed on each link: its speed, and its state when it carries nothing. */
  readonly linkTexts: readonly string[];
  /** For each flow drawn, the link it rides; -1 when balance-rr sprays it over every link. */
  readonly flows: readonly number[];
  readonly rate: string;
}

export interface BondPicture {
  readonly kind: 'bond';
  readonly id: string;
  readonly title: string;
  readonly host: string;
  readonly switchLabel: string;
  readonly panels: readonly BondPanel[];
  readonly note: string | null;
  /** The accessible text: each panel's links with their states, and its rates. */
  readonly summary: string;
}

/** Links and flows drawn at most. */
export const MAX_DRAWN = 8;

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { title: 'Bond: links and flows', host: 'Host', sw: 'Switch', healthy: 'All links up', degraded: (k: number) => (k === 1 ? 'One link down' : `${count(k, 'en', 'link', 'links')} down`), total: 'total', single: 'one flow', note: (n: number) => `drawing ${MAX_DRAWN} of ${n}`, up: (_n: number) => 'up', link: 'link', standby: 'standby', down: 'down' },
  fr: { title: 'Agrégat : liens et flux', host: 'Hôte', sw: 'Commutateur', healthy: 'Tous les liens actifs', degraded: (k: number) => (k === 1 ? 'Un lien en panne' : `${count(k, 'fr', 'lien', 'liens')} en panne`), total: 'au total', single: 'un flux', note: (n: number) => `${MAX_DRAWN} dessinés sur ${n}`, up: (n: number) => plural(n, 'fr', 'actif', 'actifs'), link: 'lien', standby: 'en attente', down: 'en panne' },
};

export interface BondScene {
  readonly links: number;
  readonly down: number;
  readonly flows: number;
  readonly mode: BondMode;
  readonly result: BondResult;
  readonly lang: Lang;
}

function panel(title: string, speeds: string, speed: string, lang: Lang, n: number, down: number, flows: number, mode: BondMode, busy: number, rate: string): BondPanel {
  const links: ('active' | 'standby' | 'down')[] = [];
  for (let i = 0; i < n; i++) links.push(i < down ? 'down' : mode === 'active-backup' && i > down ? 'standby' : 'active');
  const up = n - down;
  const lanes = Math.max(1, Math.min(up, Math.round(busy)));
  const flowLinks: number[] = [];
  for (let j = 0; j < flows && up > 0; j++) flowLinks.push(mode === 'balance-rr' ? -1 : mode === 'active-backup' ? down : down + (j % lanes));
  const t = L[lang];
  const linkTexts = links.map((l) => (l === 'active' ? speed : `${speed} · ${l === 'down' ? t.down : t.standby}`));
  return { title, speeds, links, linkTexts, flows: flowLinks, rate };
}

export function bondPicture(s: BondScene): BondPicture {
  const t = L[s.lang];
  const n = Math.min(s.links, MAX_DRAWN);
  const k = Math.min(s.down, n);
  const f = Math.min(s.flows, MAX_DRAWN);
  const r = s.result;
  // Every rate is the core's (bits per second), formatted once: the link's speed, the aggregate, one flow, degraded.
  const speed = formatRate(r.used.speedBps, s.lang);
  const healthyRate = `${formatRate(r.aggregateBps, s.lang)} ${t.total} · ${formatRate(r.singleFlowBps, s.lang)} ${t.single}`;
  const panels = [panel(t.healthy, `${s.links} × ${speed}`, speed, s.lang, n, 0, f, s.mode, r.expectedBusyLinks, healthyRate)];
  if (k > 0) {
    const up = r.upLinks;
    panels.push(panel(t.degraded(s.down), `${up} × ${speed} ${t.up(up)}`, speed, s.lang, n, k, f, s.mode, Math.min(r.expectedBusyLinks, n - k), `${formatRate(r.degradedBps, s.lang)} ${t.total}`));
  }
  const big = Math.max(s.links, s.flows);
  const note = big > MAX_DRAWN ? t.note(big) : null;
  const p = PUNCT[s.lang];
  const summary = panels
    .map((panel) => `${panel.title}, ${panel.speeds}${p.colon}${panel.linkTexts.map((text, i) => `${t.link} ${i + 1} ${text}`).join(', ')}${p.sep}${panel.rate}`)
    .concat(note ?? [])
    .join(p.end);
  return { kind: 'bond', id: 'bond-diagram', title: t.title, host: t.host, switchLabel: t.sw, panels, note, summary };
}
