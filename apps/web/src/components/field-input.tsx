/** One labelled input: text (parsed by the core), a choice, or a checkbox; its error beside it. */
import type { Lang } from '@capa/core';
import type { FieldDef } from '../state/fields';
import { UI } from '../i18n/ui';

interface Props {
  readonly field: FieldDef;
  readonly id: string;
  readonly value: string;
  readonly lang: Lang;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

export function FieldInput({ field, id, value, lang, error, onChange }: Props) {
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  if (field.kind === 'flag') {
    return (
      <div class={`field field-flag${error ? ' invalid' : ''}`}>
        <input id={id} type="checkbox" checked={value === '1'} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.checked ? '1' : '0')} />
        <label for={id}>{field.label[lang]}</label>
        <FieldNotes help={field.help?.[lang]} helpId={helpId} error={error} errorId={errorId} />
      </div>
    );
  }
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{field.label[lang]}</label>
      {field.kind === 'choice' ? (
        <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value)}>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[lang]}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          placeholder={field.defaultHint !== undefined ? UI[lang].dflt(field.defaultHint) : field.placeholder !== undefined ? UI[lang].eg(field.placeholder) : undefined}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
      <FieldNotes help={field.help?.[lang]} helpId={helpId} error={error} errorId={errorId} />
    </div>
  );
}

/** The field's help and its error under it, with the ids its input's aria-describedby names. */
function FieldNotes({ help, helpId, error, errorId }: { help: string | undefined; helpId: string | undefined; error: string | undefined; errorId: string | undefined }) {
  return (
    <>
      {help && (
        <p id={helpId} class="help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} class="error">
          {error}
        </p>
      )}
    </>
  );
}
