/** Download links for what the page computed: a Blob made in this browser, saved under a plain name. */
import { useEffect, useMemo } from 'preact/hooks';

export interface Download {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** A file name from a label: letters, digits, dot, dash, underscore only. */
export const fileNameOf = (label: string, ext: string): string =>
  `${
    label
      .replace(/\.(ya?ml|json)\b.*$/i, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'capa'
  }.${ext}`;

function DownloadLink({ d }: { readonly d: Download }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([d.text], { type: d.type })), [d.text, d.type]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a href={url} download={d.name} data-download={d.id}>
      {d.label}
    </a>
  );
}

export function Downloads({ title, items }: { readonly title: string; readonly items: readonly Download[] }) {
  return (
    <section class="downloads">
      <h2>{title}</h2>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <DownloadLink d={d} />
          </li>
        ))}
      </ul>
    </section>
  );
}
