/** Names fields for people: issue labels, and the inputs list of the printed report. */
import type { Lang } from '@capa/core';
import { isVisible, type PageState, fieldValue } from './fields';
import type { PageDef } from './page';

const POOL = { en: (i: number) => `Pool ${i}`, fr: (i: number) => `Pool ${i}` } satisfies Record<Lang, (i: number) => string>;
const YES_NO = { en: ['yes', 'no'], fr: ['oui', 'non'] } satisfies Record<Lang, readonly [string, string]>;

/** `nodes` → "Nodes"; `pool.1.ratio` → "Pool 2 · target_size_ratio"; `pool` → "Pools". */
export function labelOf(page: PageDef, key: string, lang: Lang): string {
  const rows = page.rows;
  if (rows && key === rows.key) return rows.label[lang];
  const m = rows ? new RegExp(`^${rows.key}\\.(\\d+)\\.(\\w+)$`).exec(key) : null;
  if (rows && m) {
    const field = rows.fields.find((f) => f.key === m[2]);
    return `${POOL[lang](Number(m[1]) + 1)} · ${field?.label[lang] ?? m[2]}`;
  }
  return page.fields.find((f) => f.key === key)?.label[lang] ?? key;
}

/** Every visible input that is set (choices always), as the report prints them. */
export function inputLines(page: PageDef, state: PageState, lang: Lang): { label: string; value: string }[] {
  const lines: { label: string; value: string }[] = [];
  for (const f of page.fields) {
    if (!isVisible(f, state.values)) continue;
    const v = fieldValue(f, state.values);
    if (f.kind === 'choice') lines.push({ label: f.label[lang], value: f.options?.find((o) => o.value === v)?.label[lang] ?? v });
    else if (f.kind === 'flag') lines.push({ label: f.label[lang], value: YES_NO[lang][v === '1' ? 0 : 1] });
    else if (v.trim() !== '') lines.push({ label: f.label[lang], value: v });
  }
  if (page.rows) state.rows.forEach((row, i) => lines.push({ label: POOL[lang](i + 1), value: page.rows?.encode(row) ?? '' }));
  return lines;
}
