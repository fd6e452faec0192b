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

/** The chart of one limit; `title` names it (read by screen readers). */
export function forecastChartSvg(c: ChartData, title: string, lang: Lang, system: SizeSystem = 'binary'): string {
  const w = WORDS[lang];
  const t0 = Math.min(c.peaks[0]?.[0] ?? c.now, c.band[0]?.[0] ?? c.now);
  const t1 = Math.max(c.horizon, t0 + 1);
  const top = Math.max(c.limit, ...c.peaks.map((p) => p[1]), ...c.band.map((b) => b[2]), 1) * 1.08;
  const x = (t: number) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - Math.max(0, Math.min(v, top)) / top) * (H - PAD.t - PAD.b);
  const band = [...c.band.map((b) => `${n(x(b[0]))},${n(y(b[2]))}`), ...[...c.band].reverse().map((b) => `${n(x(b[0]))},${n(y(b[1]))}`)].join(' ');
  const trend = c.trend.map((p) => `${n(x(p[0]))},${n(y(p[1]))}`).join(' ');
  const peaks = c.peaks.map((p) => `<circle cx="${n(x(p[0]))}" cy="${n(y(p[1]))}" r="2"/>`).join('');
  const ticks = [0, 0.5, 1]
    .map((f) => {
      const v = top * f;
      return `<text x="${PAD.l - 6}" y="${n(y(v) + 4)}" text-anchor="end">${esc(formatBytes(v, system, lang))}</text><line x1="${PAD.l}" x2="${W - PAD.r}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#ddd"/>`;
    })
    .join('');
  const dates = [t0, c.now, t1].map((t, i) => `<text x="${n(x(t))}" y="${H - 12}" text-anchor="${i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}">${esc(isoDay(t))}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" font-family="sans-serif" font-size="11">`,
    `<title>${esc(title)}</title>`,
    ticks,
    `<polygon points="${band}" fill="#9ecae1" fill-opacity="0.45" stroke="none"><title>${esc(w.band)}</title></polygon>`,
    `<polyline points="${trend}" fill="none" stroke="#08519c" stroke-width="2"><title>${esc(w.trend)}</title></polyline>`,
    `<g fill="#333">${peaks}<title>${esc(w.peaks)}</title></g>`,
    `<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${n(y(c.limit))}" y2="${n(y(c.limit))}" stroke="#cb181d" stroke-width="1.5" stroke-dasharray="6 4"><title>${esc(w.limit)}</title></line>`,
    `<text x="${W - PAD.r}" y="${n(y(c.limit) - 4)}" text-anchor="end" fill="#cb181d">${esc(`${w.limit} ${formatBytes(c.limit, system, lang)}`)}</text>`,
    `<line x1="${n(x(c.now))}" x2="${n(x(c.now))}" y1="${PAD.t}" y2="${H - PAD.b}" stroke="#666" stroke-dasharray="2 3"><title>${esc(w.now)}</title></line>`,
    dates,
    '</svg>',
  ].join('');
}
