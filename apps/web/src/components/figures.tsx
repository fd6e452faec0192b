/** The results as label/value pairs; headline figures first and large. */
import type { Lang } from '@capa/core';
import type { Figure } from '../state/page';
import { UI } from '../i18n/ui';

export function Figures({ figures, lang }: { readonly figures: readonly Figure[]; readonly lang: Lang }) {
  const main = figures.filter((f) => f.main);
  const rest = figures.filter((f) => !f.main);
  return (
    <section class="figures" aria-labelledby="results-title">
      <h2 id="results-title">{UI[lang].results}</h2>
      <dl class="main-figures">
        {main.map((f) => (
          <div key={f.id} class="figure main" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <dl class="other-figures">
        {rest.map((f) => (
          <div key={f.id} class="figure" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
