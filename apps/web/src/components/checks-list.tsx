/** Checks: colour, icon and a word for the level, so none of the three is the only signal. */
import type { Check, Lang } from '@capa/core';
import { UI } from '../i18n/ui';

const ICON = { ok: '✓', warn: '!', fail: '✕' } as const;

export function ChecksList({ checks, lang }: { readonly checks: readonly Check[]; readonly lang: Lang }) {
  const ui = UI[lang];
  return (
    <section class="checks" aria-labelledby="checks-title">
      <h2 id="checks-title">{ui.checks}</h2>
      <ul>
        {checks.map((c, i) => (
          <li key={`${c.id}-${i}`} class={`check check-${c.level}`} data-check={c.id}>
            <span class="check-icon" aria-hidden="true">
              {ICON[c.level]}
            </span>
            <span class="check-level">{ui.level[c.level]}</span>
            <span class="check-message">{c.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
