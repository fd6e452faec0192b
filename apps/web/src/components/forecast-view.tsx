/**
 * The forecast of an inventory that has history (`capa forecast`): each limit's date with its band, what
 * to add by when, and its chart. The engine computed everything (core forecastInventory); the chart comes
 * as data (core forecastChart) and is rendered as elements, never set from an HTML string.
 */
import type { ChartNode, ChartShapes, Lang } from '@capa/core';
import { type ComponentChild, h } from 'preact';
import type { ForecastView } from '../inventory/types';

// biome-ignore format: a table
const L = {
  en: { title: 'Forecast', intro: 'From the inventory’s history: Theil–Sen trend on weekly peaks, with a band that held the true date 9 times in 10 in the backtest (docs/forecast.md).', failed: 'No forecast:' },
  fr: { title: 'Prévision', intro: 'D’après l’historique de l’inventaire : tendance de Theil–Sen sur les pointes hebdomadaires, avec une bande qui contenait la vraie date 9 fois sur 10 au test rétrospectif (docs/forecast.md).', failed: 'Pas de prévision :' },
} as const;
const ICON = { ok: '✓', warn: '!', fail: '✕' } as const;

function node(e: ChartNode, key: number): ComponentChild {
  return h(e.tag, { key, ...e.attrs }, [...(e.title === undefined ? [] : [h('title', null, e.title)]), ...(e.text === undefined ? [] : [e.text]), ...(e.children ?? []).map(node)]);
}

function Chart({ s }: { readonly s: ChartShapes }) {
  return h('svg', { class: 'forecast-chart', viewBox: `0 0 ${s.width} ${s.height}`, role: 'img', 'aria-label': s.title, 'font-size': '11', 'font-family': 'sans-serif' }, [
    h('title', null, s.title),
    ...s.nodes.map(node),
  ]);
}

export function ForecastSection({ view, lang }: { readonly view: ForecastView | null; readonly lang: Lang }) {
  if (view === null) return null;
  const t = L[lang];
  return (
    <section class="forecast" aria-labelledby="forecast-title" data-forecast>
      <h2 id="forecast-title">{t.title}</h2>
      <p class="intro">{t.intro}</p>
      {!view.ok ? (
        <p class="error">
          {t.failed} {view.message}
        </p>
      ) : (
        <>
          {view.limits.map((l) => (
            <div key={l.id} class="forecast-limit" data-limit={l.id}>
              <h3>{l.title}</h3>
              <dl class="other-figures">
                {l.figures.map((f, i) => (
                  <div key={i} class="figure">
                    <dt>{f.label.trim()}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
              {l.chart && <Chart s={l.chart} />}
            </div>
          ))}
          <ul class="forecast-checks">
            {view.checks.map((c, i) => (
              <li key={`${c.id}-${i}`} class={`check check-${c.level}`} data-check={c.id}>
                <span class="check-icon" aria-hidden="true">
                  {ICON[c.level]}
                </span>
                <span class="check-message">{c.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
