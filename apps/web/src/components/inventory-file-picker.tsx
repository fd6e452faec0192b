/** The inventory page's file picker and drop zone, its demo buttons, and what the engine and the reading are doing. */
import type { Lang } from '@capa/core';
import type { DemoInventory } from '../inventory/types';
import type { Texts } from './inventory-page';

/** The file picker and drop zone, and what the engine and the reading are doing. */
export function FilePicker({
  tx,
  lang,
  demos,
  onDemo,
  over,
  engineLoading,
  engineFailed,
  busy,
  message,
  readFiles,
}: {
  readonly tx: Texts;
  readonly lang: Lang;
  readonly demos: readonly DemoInventory[];
  readonly onDemo: (d: DemoInventory) => void;
  readonly over: boolean;
  readonly engineLoading: boolean;
  readonly engineFailed: boolean;
  readonly busy: boolean;
  readonly message: string | null;
  readonly readFiles: (list: readonly File[]) => Promise<void>;
}) {
  return (
    <>
      <h2>{tx.open}</h2>
      <div class={`drop-zone${over ? ' over' : ''}`}>
        <label for="inventory-file">{tx.choose}</label>
        <input
          id="inventory-file"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget;
            void readFiles([...(input.files ?? [])]);
            input.value = ''; // the same file again is a new reading
          }}
        />
        <p class="help">{tx.hint}</p>
      </div>
      {demos.length > 0 && (
        <p class="demos">
          {demos.map((d) => (
            <button key={d.id} type="button" class="secondary" data-demo={d.id} onClick={() => onDemo(d)}>
              {d.label[lang]}
            </button>
          ))}
        </p>
      )}
      {engineLoading && (
        <p class="status" aria-live="polite">
          {tx.loading}
        </p>
      )}
      {busy && (
        <p class="status" aria-live="polite">
          {tx.reading}
        </p>
      )}
      {engineFailed && (
        <p class="file-message" role="alert">
          {tx.engineFailed}
        </p>
      )}
      {message && (
        <p class="file-message" role="alert" data-message="file">
          {message}
        </p>
      )}
    </>
  );
}
