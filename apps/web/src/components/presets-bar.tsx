/** The course's worked examples and the field clusters, one click each. */
import type { Lang } from '@capa/core';
import type { Preset } from '../state/page';
import { UI } from '../i18n/ui';

export function PresetsBar({ presets, lang, onPick }: { readonly presets: readonly Preset[]; readonly lang: Lang; readonly onPick: (p: Preset) => void }) {
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
              <button key={p.id} type="button" class="preset" data-preset={p.id} onClick={() => onPick(p)}>
                {p.label[lang]}
              </button>
            ))}
          </div>
        );
      })}
    </section>
  );
}
