/** What a link carried that could not be used: said plainly, shown as text, then ignored. */
import type { Lang } from '@capa/core';
import { describeProblem, UI } from '../i18n/ui';
import type { UrlProblem } from '../state/url-state';

export function UrlProblems({ problems, lang }: { readonly problems: readonly UrlProblem[]; readonly lang: Lang }) {
  if (problems.length === 0) return null;
  return (
    <section class="url-problems" role="alert">
      <p>{UI[lang].linkProblems}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{describeProblem(p, lang)}</li>
        ))}
      </ul>
    </section>
  );
}
