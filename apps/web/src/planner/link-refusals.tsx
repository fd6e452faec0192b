/** What a planner link could not carry or hold: said in the page, in both languages, never a crash. */
import type { Lang } from '@capa/core';
import type { LinkRefusal } from './share';
import { WEB_MESSAGES } from './texts';

export function LinkRefusals({ refusals, lang }: { readonly refusals: readonly LinkRefusal[]; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  if (refusals.length === 0) return null;
  return (
    <div class="url-problems" role="alert" data-link-problems>
      {refusals.map((r) => (
        <p key={`${r.slot}-${r.kind}`} data-refusal={r.kind}>
          {r.kind === 'too-long' ? tx.linkTooLong(r.slot, r.chars ?? 0, r.max ?? 0, r.example === true) : r.kind === 'edits' ? tx.linkEdits(r.slot, r.path) : tx.linkScenario(r.slot)}
        </p>
      ))}
    </div>
  );
}
