/** `capa optimize` in the page: run in the engine's worker, with its progress, Cancel, the result and its download. */
import { formatBytes, formatNumber, type Lang } from '@capa/core';
import type { Candidate } from '@capa/planner/browser';
import { Downloads } from './downloads';
import { useOptimizer } from './optimize-run';
import { Problems } from './problems';
import { SizingFigures } from './sizing';
import { type Source, sourceOf } from './source';
import { WEB_MESSAGES } from './texts';
import type { PlannerEngine } from './types';

export function OptimizeResults({ engine, source, lang }: { readonly engine: PlannerEngine; readonly lang: Lang; readonly source: Source | null }) {
  const tx = WEB_MESSAGES[lang];
  const { state, run, cancel } = useOptimizer(engine);
  const src = source === null ? null : sourceOf(source, engine.examples);
  const fmt = (n: number) => formatNumber(n, lang, 0);
  return (
    <>
      <p>
        <button type="button" data-action="optimize" disabled={src === null || state.status === 'running'} onClick={() => src && run(src, lang)}>
          {tx.run}
        </button>{' '}
        <button type="button" data-action="cancel" disabled={state.status !== 'running'} onClick={cancel}>
          {tx.cancel}
        </button>
      </p>
      {state.status === 'running' ? (
        <div class="progress" role="status">
          <progress data-progress max={state.progress?.total ?? 1} value={state.progress?.evaluated ?? 0} />
          <p>{state.progress ? tx.progress(fmt(state.progress.evaluated), fmt(state.progress.total), state.progress.found, state.progress.wanted) : tx.working}</p>
          <p class="muted">{tx.where(state.inWorker)}</p>
        </div>
      ) : null}
      {state.status === 'cancelled' ? (
        <p role="status" data-status="cancelled">
          {tx.cancelled}
        </p>
      ) : null}
      {state.status === 'done' ? (
        state.outcome.ok ? (
          <>
            <p class="verdict" data-figure="best">
              {state.outcome.value.result.best ? tx.best : tx.noBest}
            </p>
            {state.outcome.value.result.best ? <BestSizing best={state.outcome.value.result.best} lang={lang} /> : null}
            <pre class="optimize-text" data-output="optimize">
              {state.outcome.value.text}
            </pre>
            <Downloads title={tx.downloads} items={[{ id: 'optimize', label: tx.dlOptimize, name: 'capa-optimize.txt', type: 'text/plain', text: state.outcome.value.text }]} />
          </>
        ) : (
          <Problems file={state.outcome.file} problems={state.outcome.problems} lang={lang} />
        )
      ) : null}
    </>
  );
}

/** What the workloads size to, as the optimizer found it: its cheapest configuration's nodes, RAM and disks. */
function BestSizing({ best, lang }: { readonly best: Candidate; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  return (
    <SizingFigures
      title={tx.sizing}
      figures={[
        { id: 'best.nodes', label: tx.nodes, value: best.nodes },
        { id: 'best.ram', label: tx.ramPerNode, value: formatBytes(best.ramBytes, 'binary', lang) },
        { id: 'best.disks', label: tx.disksPerNode, value: best.disks ? `${best.disks.perNode} × ${best.disks.name}` : '—' },
      ]}
    />
  );
}
