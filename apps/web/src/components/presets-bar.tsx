/** The course's worked examples and the field clusters, one click each; the one on screen is pressed. */
import type { Lang } from '@capa/core';
import type { PageState, Values } from '../state/fields';
import type { Preset } from '../state/page';
import { UI } from '../i18n/ui';

/** The values actually given: an emptied field means its default, as an absent one does. */
const given = (v: Values): string =>
  JSON.stringify(
    Object.entries(v)
      .filter(([, x]) => x.trim() !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/** Whether the page shows exactly this preset (a value changed since makes it no longer the example). */
export const isShowing = (p: Preset, s: PageState): boolean => given(p.values) === given(s.values) && JSON.stringify((p.rows ?? []).map(given)) === JSON.stringify(s.rows.map(given));

export function PresetsBar({ presets, state, lang, onPick }: { readonly presets: readonly Preset[]; readonly state: PageState; readonly lang: Lang; readonly onPick: (p: Preset) => void }) {
  const ui = UI[lang];
  const groups = [
    ['course', ui.course],
    ['field', ui.field],
  ] as const;
  return (
    <section class="presets" aria-label={ui.presets}>
      {groups.map(([group, title]) => {
        const list = presets.filter((p) => p.group === group);
        return list.length === 0 ? null : (
          <div key={group} class="preset-group" role="group" aria-label={title}>
            <span class="preset-title">{title}</span>
            {list.map((p) => (
              <button key={p.id} type="button" class="preset" data-preset={p.id} aria-pressed={isShowing(p, state)} onClick={() => onPick(p)}>
                {p.label[lang]}
              </button>
            ))}
          </div>
        );
      })}
    </section>
  );
}
