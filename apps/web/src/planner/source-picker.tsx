/**
 * One scenario of a planner page: an example of the repository, or a file opened with the picker or
 * dropped (read in this browser only, bounded in size, never put in the link), editable as YAML.
 */
import type { Lang } from '@capa/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { displayName } from '../state/inventory-file';
import { WEB_MESSAGES } from './texts';
import type { ScenarioSource } from './types';

/** Far above any real scenario (the examples are 1 to 3 KB): a larger file is refused before it is read. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** An opened or edited scenario remembers the example it was edited from (`base`): a link carries its changes from it. */
export type Source = { readonly kind: 'example'; readonly name: string } | { readonly kind: 'file'; readonly file: string; readonly text: string; readonly base?: string; readonly edited?: boolean };

/** What the planner reads: an example as `capa plan examples/<name>.yaml` names it, a file by its name. */
export const sourceOf = (s: Source, examples: Readonly<Record<string, string>>): ScenarioSource =>
  s.kind === 'example' ? { file: `examples/${s.name}.yaml`, text: examples[s.name] ?? '' } : { file: s.file, text: s.text };

/** A source's text edited (form or YAML): named once "(edited)", its example kept as its base. */
export function editedSource(s: Source, text: string, examples: Readonly<Record<string, string>>, edited: string): Source {
  const base = s.kind === 'example' ? s.name : s.base;
  const file = s.kind === 'file' && s.edited ? s.file : `${sourceOf(s, examples).file.replace(/^examples\//, '')} (${edited})`;
  return { kind: 'file', file, text, edited: true, ...(base === undefined ? {} : { base }) };
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly source: Source | null;
  readonly examples: Readonly<Record<string, string>>;
  readonly lang: Lang;
  readonly optional?: boolean;
  readonly onChange: (s: Source | null) => void;
  /** The slot's form, under its choice. */
  readonly children?: ComponentChildren;
}

export function SourcePicker({ id, label, source, examples, lang, optional, onChange, children }: Props) {
  const tx = WEB_MESSAGES[lang];
  const text = source === null ? '' : sourceOf(source, examples).text;
  const [draft, setDraft] = useState(text);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setDraft(text), [text]);

  const open = async (files: FileList | null | undefined) => {
    const f = files?.[0];
    if (!f) return;
    if (f.size > MAX_SCENARIO_BYTES) {
      setMessage(tx.tooBig('1 MiB'));
      return;
    }
    try {
      const t = await f.text();
      setMessage(null);
      onChange({ kind: 'file', file: displayName(f.name), text: t });
    } catch {
      setMessage(tx.unreadable);
    }
  };
  const fileName = source?.kind === 'file' ? source.file : null;

  return (
    <fieldset
      class="scenario-source"
      data-slot={id}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void open(e.dataTransfer?.files);
      }}
    >
      <legend>{label}</legend>
      <label for={`ex-${id}`}>{tx.example}</label>
      <select
        id={`ex-${id}`}
        value={source?.kind === 'example' ? source.name : ''}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onChange(v === '' ? null : { kind: 'example', name: v });
        }}
      >
        {optional || source?.kind !== 'example' ? <option value="">{fileName ?? tx.none}</option> : null}
        {Object.keys(examples)
          .sort()
          .map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
      </select>
      <label for={`file-${id}`}>{tx.openFile}</label>
      <input id={`file-${id}`} type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" onChange={(e) => void open((e.target as HTMLInputElement).files)} />
      <span class="muted"> {tx.drop}</span>
      {message ? (
        <p class="issues" role="alert">
          {message}
        </p>
      ) : null}
      {source !== null ? (
        <details>
          <summary>{tx.edit}</summary>
          <textarea id={`yaml-${id}`} rows={16} spellcheck={false} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <button type="button" data-action="apply" disabled={draft === text} onClick={() => onChange(editedSource(source, draft, examples, tx.edited))}>
            {tx.apply}
          </button>
        </details>
      ) : null}
      {children}
    </fieldset>
  );
}
