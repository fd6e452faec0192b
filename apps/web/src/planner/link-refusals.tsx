/** What a planner link could not carry or hold: said in the page, in both languages, never a crash. */
import { formatBytes, formatNumber, type Lang } from '@capa/core';
import type { LinkRefusal } from './share';
import { MAX_SCENARIO_BYTES } from './source';
import { WEB_MESSAGES } from './texts';

export function LinkRefusals({ refusals, lang }: { readonly refusals: readonly LinkRefusal[]; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  if (refusals.length === 0) return null;
  return (
    <div class="url-problems" role="alert" data-link-problems>
      {refusals.map((r) => (
        <p key={`${r.slot}-${r.kind}`} data-refusal={r.kind}>
          {r.kind === 'too-long'
            ? tx.linkTooLong(r.slot, formatNumber(r.chars ?? 0, lang, 0), formatNumber(r.max ?? 0, lang, 0), r.example === true)
            : r.kind === 'edits'
              ? tx.linkEdits(r.slot, r.path)
              : tx.linkScenario(r.slot, formatBytes(MAX_SCENARIO_BYTES, 'binary', lang))}
        </p>
      ))}
    </div>
  );
}
