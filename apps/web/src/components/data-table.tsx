/** A table of cells the page definition already formatted; a row's tone is a word and a colour. */
import type { Table } from '../state/page';

export function DataTable({ t }: { readonly t: Table }) {
  return (
    <section class="data-table" data-table={t.id} aria-labelledby={`table-${t.id}`}>
      <h2 id={`table-${t.id}`}>{t.title}</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {t.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r, i) => (
              <tr key={`${r.key}-${i}`} class={r.tone ? `tone-${r.tone}` : undefined}>
                {r.cells.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {t.note && <p class="note">{t.note}</p>}
    </section>
  );
}
