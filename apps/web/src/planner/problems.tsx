/** A scenario's problems, each naming its path (and line) as the CLI does, in the page's language. */
import type { Lang } from '@capa/core';
import type { Problem } from './types';
import { WEB_MESSAGES } from './texts';

export function Problems({ file, problems, lang }: { readonly file: string; readonly problems: readonly Problem[]; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  return (
    <div class="issues" role="alert" data-problems={file}>
      <p>{tx.problems(file)}</p>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          <li key={i} data-path={p.path}>
            <code>{p.path}</code>
            {p.line === undefined ? '' : ` (${tx.line(p.line)})`}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
