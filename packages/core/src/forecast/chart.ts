/**
 * The forecast chart as a self-contained SVG string (no script, no external asset): the weekly peaks,
 * the trend, the band, the limit line and "now". One drawing for the CLI's HTML report and the web page.
 * Pure: it only maps the figures the forecast computed onto the picture.
 */
import type { Lang } from '../explain/types.js';
import { formatBytes } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { isoDay } from './crossing.js';
import type { ChartData } from './types.js';

const W = 640;
const H = 260;
const PAD = { l: 70, r: 16, t: 16, b: 34 };

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '0');

// biome-ignore format: a table
const WORDS = { en: { peaks: 'weekly peaks', trend: 'trend', band: 'band', limit: 'limit', now: 'now' }, fr: { peaks: 'pointes hebdomadaires', trend: 'tendance', band: 'bande', limit: 'limite', now: 'aujourd’hui' } } as const;

/** One element of the drawing: an SVG tag, its attributes, its text and a tooltip title. */
export interface ChartNode {
  readonly tag: 'line' | 'polyline' | 'polygon' | 'circle' | 'text' | 'g';
  readonly attrs: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly title?: string;
  readonly children?: readonly ChartNode[];
}
export interface ChartShapes {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly nodes: readonly ChartNode[];
}

/**
 * The chart of one limit as data: the CLI serialises it (forecastChartSvg), the web page renders the same
 * nodes as elements (it never sets HTML from a string). `title` names it (read by screen readers).
 */
export function forecastChart(c: ChartData, title: string, lang: Lang, system: SizeSystem = 'binary'): ChartShapes {
  const w = WORDS[lang];
  const t0 = Math.min(c.peaks[0]?.[0] ?? c.now, c.band[0]?.[0] ?? c.now);
  const t1 = Math.max(c.horizon, t0 + 1);
  const top = Math.max(c.limit, ...c.peaks.map((p) => p[1]), ...c.band.map((b) => b[2]), 1) * 1.08;
  const x = (t: number) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - Math.max(0, Math.min(v, top)) / top) * (H - PAD.t - PAD.b);
  const band = [...c.band.map((b) => `${n(x(b[0]))},${n(y(b[2]))}`), ...[...c.band].reverse().map((b) => `${n(x(b[0]))},${n(y(b[1]))}`)].join(' ');
  const ticks = [0, 0.5, 1].flatMap((f): ChartNode[] => [
    { tag: 'line', attrs: { x1: String(PAD.l), x2: String(W - PAD.r), y1: n(y(top * f)), y2: n(y(top * f)), stroke: '#ddd' } },
    { tag: 'text', attrs: { x: String(PAD.l - 6), y: n(y(top * f) + 4), 'text-anchor': 'end' }, text: formatBytes(top * f, system, lang) },
  ]);
  const dates = [t0, c.now, t1].map((t, i): ChartNode => ({ tag: 'text', attrs: { x: n(x(t)), y: String(H - 12), 'text-anchor': i === 0 ? 'start' : i === 2 ? 'end' : 'middle' }, text: isoDay(t) }));
  const ly = y(c.limit);
  return {
    width: W,
    height: H,
    title,
    nodes: [
      ...ticks,
      { tag: 'polygon', attrs: { points: band, fill: '#9ecae1', 'fill-opacity': '0.45', stroke: 'none' }, title: w.band },
      { tag: 'polyline', attrs: { points: c.trend.map((p) => `${n(x(p[0]))},${n(y(p[1]))}`).join(' '), fill: 'none', stroke: '#08519c', 'stroke-width': '2' }, title: w.trend },
      { tag: 'g', attrs: { fill: '#333' }, title: w.peaks, children: c.peaks.map((p): ChartNode => ({ tag: 'circle', attrs: { cx: n(x(p[0])), cy: n(y(p[1])), r: '2' } })) },
      { tag: 'line', attrs: { x1: String(PAD.l), x2: String(W - PAD.r), y1: n(ly), y2: n(ly), stroke: '#cb181d', 'stroke-width': '1.5', 'stroke-dasharray': '6 4' }, title: w.limit },
      { tag: 'text', attrs: { x: String(W - PAD.r), y: n(ly - 4), 'text-anchor': 'end', fill: '#cb181d' }, text: `${w.limit} ${formatBytes(c.limit, system, lang)}` },
      { tag: 'line', attrs: { x1: n(x(c.now)), x2: n(x(c.now)), y1: String(PAD.t), y2: String(H - PAD.b), stroke: '#666', 'stroke-dasharray': '2 3' }, title: w.now },
      ...dates,
    ],
  };
}

function serialise(e: ChartNode): string {
  const attrs = Object.entries(e.attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  const inner = `${e.title === undefined ? '' : `<title>${esc(e.title)}</title>`}${e.text === undefined ? '' : esc(e.text)}${(e.children ?? []).map(serialise).join('')}`;
  return `<${e.tag}${attrs}>${inner}</${e.tag}>`;
}

/** The same chart as a self-contained SVG string (the CLI's HTML report). */
export function forecastChartSvg(c: ChartData, title: string, lang: Lang, system: SizeSystem = 'binary'): string {
  const s = forecastChart(c, title, lang, system);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s.width} ${s.height}" width="${s.width}" height="${s.height}" role="img" font-family="sans-serif" font-size="11"><title>${esc(s.title)}</title>${s.nodes.map(serialise).join('')}</svg>`;
}
