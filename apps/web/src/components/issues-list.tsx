/** Inputs that stop the computation, each named by its label, with the value as typed. */
import type { Lang } from '@capa/core';
import type { FieldIssue } from '../state/reader';
import { UI } from '../i18n/ui';

export function IssuesList({ issues, labelOf, lang }: { readonly issues: readonly FieldIssue[]; readonly labelOf: (key: string) => string; readonly lang: Lang }) {
  return (
    <section class="issues" role="alert" aria-labelledby="issues-title">
      <h2 id="issues-title">{UI[lang].fix}</h2>
      <ul>
        {issues.map((i, n) => (
          <li key={`${i.key}-${n}`} data-issue={i.key}>
            {i.key !== '' && <strong>{labelOf(i.key)}</strong>}
            {i.value !== undefined && (
              <>
                {' '}
                « <code>{i.value}</code> »
              </>
            )}
            {i.key !== '' ? ': ' : ''}
            {i.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
