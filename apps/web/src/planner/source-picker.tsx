/**
 * One scenario of a planner page: an example of the repository, or a file opened with the picker or
 * dropped (read in this browser only, bounded in size; the link carries its text when small, share.ts), editable as YAML.
 */
import { formatBytes, type Lang } from '@capa/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { displayName } from '../state/inventory-file';
import { WEB_MESSAGES } from './texts';
import { editedSource, MAX_SCENARIO_BYTES, type Source, sourceOf } from './source';

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
      setMessage(tx.tooBig(formatBytes(MAX_SCENARIO_BYTES, 'binary', lang)));
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
