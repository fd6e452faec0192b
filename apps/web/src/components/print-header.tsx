/** Shown only on paper: what was computed, when, by which Capa, and every input as given. */
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
}: {
  readonly title: string;
  readonly inputs: readonly InputLine[];
  readonly lang: Lang;
  readonly version: string;
  readonly date: string;
}) {
  const ui = UI[lang];
  return (
    <section class="print-only print-header">
      <p class="print-meta">
        {ui.report} · {title} · {ui.generated(date, version)}
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
