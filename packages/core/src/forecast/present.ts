/**
 * A forecast in words, one line per figure: the CLI's table, its Markdown and HTML reports and the web
 * page all print these (one wording, two languages). Dates in ISO and in the reader's words.
 */
import type { Lang } from '../explain/types.js';
import { formatBytes, formatNumber } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { formatDay } from './dates.js';
import { MIN_WEEKLY_POINTS } from './trend.js';
import type { LimitForecast, ToAdd } from './types.js';
import { count } from '../spec/plural.js';

// biome-ignore format: a table, several short entries per line as it reads
const W = {
  en: { crosses: 'crosses', already: 'already crossed by the trend', never: 'not crossed on the trend (flat or falling)', notEnough: (n: number) => `not enough history (${count(n, 'en', 'weekly peak', 'weekly peaks')}, at least ${MIN_WEEKLY_POINTS})`, none: 'no history for it', band: 'band', neverEnd: 'never', inDays: (d: number) => `in ${count(d, 'en', 'day', 'days')}`, limit: 'limit', now: 'now', perDay: '/day', trend: 'trend', toAdd: 'to add', nothing: 'nothing within the horizon', by: 'by', nodes: (k: number, ram: string) => `${count(k, 'en', 'node', 'nodes')} of ${ram}`, raw: (b: string, h: number) => `${b} raw per host (${count(h, 'en', 'host', 'hosts')})`, datastore: (b: string) => `${b} of datastore`, earliest: 'earliest' },
  fr: { crosses: 'franchie', already: 'déjà franchie par la tendance', never: 'pas franchie selon la tendance (plate ou en baisse)', notEnough: (n: number) => `historique insuffisant (${count(n, 'fr', 'pointe hebdomadaire', 'pointes hebdomadaires')}, au moins ${MIN_WEEKLY_POINTS})`, none: 'aucun historique', band: 'bande', neverEnd: 'jamais', inDays: (d: number) => `dans ${count(d, 'fr', 'jour', 'jours')}`, limit: 'limite', now: 'aujourd’hui', perDay: '/jour', trend: 'tendance', toAdd: 'à ajouter', nothing: 'rien avant l’horizon', by: 'avant le', nodes: (k: number, ram: string) => `${count(k, 'fr', 'nœud', 'nœuds')} de ${ram}`, raw: (b: string, h: number) => `${b} brut par hôte (${count(h, 'fr', 'hôte', 'hôtes')})`, datastore: (b: string) => `${b} de datastore`, earliest: 'au plus tôt' },
} as const;

const day = (iso: string | null, lang: Lang, never: string): string => (iso === null ? never : `${iso} (${formatDay(iso, lang)})`);

/** The crossing in words: the date with its band, or the state. */
export function crossingText(l: LimitForecast, lang: Lang): string {
  const w = W[lang];
  const c = l.crossing;
  const band = `${w.band} ${c.earliest ?? '—'} … ${c.latest ?? w.neverEnd}`;
  if (l.metric === null) return w.none;
  switch (c.state) {
    case 'crosses':
      return `${day(c.date, lang, w.neverEnd)}, ${w.inDays(c.days ?? 0)}; ${band}`;
    case 'already-crossed':
      return w.already;
    case 'never':
      return c.earliest === null ? w.never : `${w.never}; ${w.earliest} ${day(c.earliest, lang, w.neverEnd)}`;
    case 'not-enough-data':
      return w.notEnough(l.trend?.weeklyPeaks ?? 0);
  }
}

function toAddText(a: ToAdd, lang: Lang, system: SizeSystem): string {
  const w = W[lang];
  const what =
    a.kind === 'nodes'
      ? a.nodes > 0
        ? w.nodes(a.nodes, formatBytes(a.nodeRamBytes, system, lang))
        : null
      : a.kind === 'raw-per-host'
        ? a.bytesPerHost > 0
          ? w.raw(formatBytes(a.bytesPerHost, system, lang), a.hosts)
          : null
        : a.bytes > 0
          ? w.datastore(formatBytes(a.bytes, system, lang))
          : null;
  if (what === null) return w.nothing;
  return a.by === null ? what : `${what}, ${w.by} ${day(a.by, lang, w.neverEnd)}`;
}

/** Every figure of one limit: the crossing, the limit and the trend, what to add. */
export function forecastFigures(l: LimitForecast, lang: Lang, system: SizeSystem): { readonly label: string; readonly value: string }[] {
  const w = W[lang];
  const b = (x: number) => formatBytes(x, system, lang);
  const out = [{ label: l.label, value: crossingText(l, lang) }];
  const tr = l.trend;
  if (tr !== null && l.limitBytes !== null) {
    const slope = (x: number) => `${x >= 0 ? '+' : '−'}${b(Math.abs(x))}${w.perDay}`;
    out.push({
      label: `  ${w.trend}`,
      value: `${w.limit} ${b(l.limitBytes)}, ${w.now} ${b(tr.nowBytes)}, ${slope(tr.slopeBytesPerDay)} (${w.band} ${slope(tr.slopeLowBytesPerDay)} … ${slope(tr.slopeHighBytesPerDay)}, ${formatNumber(tr.weeklyPeaks, lang, 0)} pts)`,
    });
  }
  if (l.toAdd !== null) out.push({ label: `  ${w.toAdd}`, value: toAddText(l.toAdd, lang, system) });
  return out;
}
