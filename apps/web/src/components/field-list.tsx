/** A page's inputs: the main ones, then "More options" (open when one of them is set). */
import type { Lang } from '@capa/core';
import { useEffect, useState } from 'preact/hooks';
import { type FieldDef, isVisible, fieldValue, type Values } from '../state/fields';
import { UI } from '../i18n/ui';
import { FieldInput } from './field-input';

interface Props {
  readonly fields: readonly FieldDef[];
  readonly values: Values;
  readonly errors: ReadonlyMap<string, string>;
  readonly lang: Lang;
  /** Prefix of ids and error keys, e.g. `pool.2.` for a pool row. */
  readonly prefix?: string;
  readonly onChange: (key: string, value: string) => void;
}

export function FieldList({ fields, values, errors, lang, prefix = '', onChange }: Props) {
  const visible = fields.filter((f) => isVisible(f, values));
  const main = visible.filter((f) => !f.advanced);
  const advanced = visible.filter((f) => f.advanced);
  const input = (f: FieldDef) => (
    <FieldInput
      key={f.key}
      field={f}
      id={`f-${(prefix + f.key).replace(/\./g, '-')}`}
      value={fieldValue(f, values)}
      lang={lang}
      error={errors.get(prefix + f.key)}
      onChange={(v) => onChange(f.key, v)}
    />
  );
  const wanted = advanced.some((f) => (values[f.key] ?? '') !== '' || errors.has(prefix + f.key));
  // Opens by itself when an option is set (a preset, a link, an error), never closes under the cursor.
  const [open, setOpen] = useState(wanted);
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  return (
    <>
      <div class="fields">{main.map(input)}</div>
      {advanced.length > 0 && (
        <details class="more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{UI[lang].more}</summary>
          <div class="fields">{advanced.map(input)}</div>
        </details>
      )}
    </>
  );
}
