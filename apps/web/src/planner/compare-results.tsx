/** `capa compare` in the page: the table (the one table builder and view of the pages), the recommendation, the notes, the downloads. */
import type { Lang } from '@capa/core';
import { useMemo } from 'preact/hooks';
import { buildTable } from '../calc/table';
import { DataTable } from '../components/data-table';
import { Downloads } from './downloads';
import { Problems } from './problems';
import { type Source, sourceOf } from './source';
import { WEB_MESSAGES } from './texts';
import type { PlannerEngine } from './types';

export function CompareResults({ engine, sources, lang }: { readonly engine: PlannerEngine; readonly sources: readonly (Source | null)[]; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  const srcs = sources.filter((s): s is Source => s !== null).map((s) => sourceOf(s, engine.examples));
  const key = srcs.map((s) => `${s.file}\u0000${s.text}`).join('\u0001');
  const out = useMemo(() => (srcs.length < 2 ? null : engine.compareScenarios(srcs, lang)), [key, lang]);
  if (out === null) return null;
  if (!out.ok)
    return (
      <>
        {('many' in out ? out.many : [out]).map((m) => (
          <Problems key={m.file} file={m.file} problems={m.problems} lang={lang} />
        ))}
      </>
    );
  const t = out.value.table;
  const table = buildTable(
    'compare',
    tx.compareTitle,
    t.header,
    t.rows.map((cells, i) => ({ key: `${i}-${cells[0] ?? ''}`, cells })),
    lang,
  );
  return (
    <>
      <DataTable t={table} />
      <p class="verdict" data-figure="recommended">
        {t.recommended}
      </p>
      {out.value.result.notes[lang].map((n) => (
        <p key={n} class="warn">
          ⚠ {n}
        </p>
      ))}
      <Downloads
        title={tx.downloads}
        items={[
          { id: 'compare-html', label: tx.dlCompare, name: 'capa-compare.html', type: 'text/html', text: out.value.html },
          { id: 'compare-csv', label: tx.dlCsv, name: 'capa-compare.csv', type: 'text/csv', text: out.value.csv },
        ]}
      />
    </>
  );
}
