/** The PG page's pool list: one fieldset per pool, add and remove. */
import type { Lang } from '@capa/core';
import type { Values } from '../state/fields';
import type { RowsDef } from '../state/page';
import { UI } from '../i18n/ui';
import { FieldList } from './field-list';

interface Props {
  readonly rows: readonly Values[];
  readonly def: RowsDef;
  readonly errors: ReadonlyMap<string, string>;
  readonly lang: Lang;
  readonly onChange: (rows: readonly Values[]) => void;
}

export function PoolEditor({ rows, def, errors, lang, onChange }: Props) {
  const ui = UI[lang];
  const set = (i: number, key: string, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const poolError = errors.get(def.key);
  return (
    <fieldset class="pools">
      <legend>{def.label[lang]}</legend>
      {rows.map((row, i) => (
        // Rows have no identity but their position: removing one re-keys the rest, which is harmless here.
        <fieldset key={i} class="pool">
          <legend>
            {ui.pool(i + 1)}
            {row['name'] ? `: ${row['name']}` : ''}
          </legend>
          <FieldList fields={def.fields} values={row} errors={errors} lang={lang} prefix={`${def.key}.${i}.`} onChange={(k, v) => set(i, k, v)} />
          <button type="button" class="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {ui.removePool(row['name'] || String(i + 1))}
          </button>
        </fieldset>
      ))}
      {poolError && (
        <p class="error" id="pool-error">
          {poolError}
        </p>
      )}
      <button type="button" disabled={rows.length >= def.max} onClick={() => onChange([...rows, def.blank])}>
        {ui.addPool}
      </button>
    </fieldset>
  );
}
