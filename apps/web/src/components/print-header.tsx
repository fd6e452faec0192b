/** Shown only on paper: what was computed, when, by which Capa, its link, and every input as given. */
import type { Lang } from '@capa/core';
import { UI } from '../i18n/ui';

export interface InputLine {
  readonly label: string;
  readonly value: string;
}

export function PrintHeader({
  title,
  inputs,
  lang,
  version,
  date,
  href,
}: {
  readonly title: string;
  readonly inputs: readonly InputLine[];
  readonly lang: Lang;
  readonly version: string;
  readonly date: string;
  /** The share link, printed: the paper leads back to the same inputs. */
  readonly href: string;
}) {
  const ui = UI[lang];
  return (
    <section class="print-only print-header">
      <p class="print-meta">
        {ui.report} · {title} · {ui.generated(date, version)}
      </p>
      <p class="print-link">
        {ui.share}
        {lang === 'fr' ? '\u00a0: ' : ': '}
        <span>{href}</span>
      </p>
      <h2>{ui.inputs}</h2>
      <dl class="print-inputs">
        {inputs.map((i, n) => (
          <div key={n}>
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
