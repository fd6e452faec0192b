/** `capa plan` in the page: the plan's view, and the downloads (the scenario as edited, the report as capa plan --format html). */
import type { Lang } from '@capa/core';
import { useMemo } from 'preact/hooks';
import { Downloads, fileNameOf } from './downloads';
import { PlanView } from './plan-view';
import { Problems } from './problems';
import { WorkloadSizing } from './sizing';
import { type Source, sourceOf } from './source';
import { WEB_MESSAGES } from './texts';
import type { PlannerEngine } from './types';

export function PlanResults({ engine, source, lang }: { readonly engine: PlannerEngine; readonly lang: Lang; readonly source: Source | null }) {
  const tx = WEB_MESSAGES[lang];
  const src = source === null ? null : sourceOf(source, engine.examples);
  const out = useMemo(() => (src === null ? null : engine.planScenario(src, lang)), [src?.file, src?.text, lang]);
  if (src === null || out === null) return null;
  if (!out.ok) return <Problems file={out.file} problems={out.problems} lang={lang} />;
  return (
    <>
      <WorkloadSizing plan={out.value.plan} lang={lang} />
      <PlanView plan={out.value.plan} lang={lang} />
      <Downloads
        title={tx.downloads}
        items={[
          { id: 'scenario', label: tx.dlScenario, name: fileNameOf(src.file.replace(/^examples\//, ''), 'yaml'), type: 'application/yaml', text: src.text },
          { id: 'report', label: tx.dlReport, name: fileNameOf(src.file.replace(/^examples\//, ''), 'html'), type: 'text/html', text: out.value.html },
        ]}
      />
    </>
  );
}
