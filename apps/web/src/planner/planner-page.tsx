/**
 * The #/plan, #/compare and #/optimize pages: scenarios chosen among the examples or opened, then the
 * planner's plan, comparison or optimizer, with downloads. The link keeps the chosen examples.
 */
import { formatNumber, type Lang } from '@capa/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Downloads, fileNameOf } from './downloads';
import { useEngine } from '../engine-script';
import { loadEngine } from './load-engine';
import { useOptimizer } from './optimize-run';
import { PlanView } from './plan-view';
import { Problems } from './problems';
import type { PlannerLink, PlannerRoute } from './routes';
import { type Source, SourcePicker, sourceOf } from './source-picker';
import { WEB_MESSAGES } from './texts';
import type { PlannerEngine } from './types';

const DEFAULTS: Readonly<Record<PlannerRoute, readonly (string | null)[]>> = {
  plan: ['procurement-1s-epyc'],
  compare: ['procurement-1s-epyc', 'procurement-2s-xeon6', 'procurement-blade-mx760c'],
  optimize: ['optimize-300-vms'],
};

/** The link's examples, or the page's defaults when it names none; an unknown name leaves its slot empty. */
function initial(link: PlannerLink, examples: Readonly<Record<string, string>>): (Source | null)[] {
  const named = link.examples.some((e) => e !== null);
  return (named ? link.examples : DEFAULTS[link.route]).map((n) => (n !== null && Object.hasOwn(examples, n) ? { kind: 'example', name: n } : null));
}

interface Props {
  readonly link: PlannerLink;
  readonly lang: Lang;
  /** Called with the link of the current choice (examples only). */
  readonly onLink: (examples: readonly (string | null)[]) => void;
}

export function PlannerPage(props: Props) {
  const { engine, failed } = useEngine(loadEngine);
  const tx = WEB_MESSAGES[props.lang];
  if (engine) return <Loaded {...props} engine={engine} />;
  return (
    <main id="main" class="page loading" aria-busy={!failed}>
      <h1>{tx.titles[props.link.route]}</h1>
      <p role={failed ? 'alert' : 'status'}>{failed ? tx.failed : tx.loading}</p>
      <div id="results" tabIndex={-1} />
    </main>
  );
}

function Loaded({ link, lang, onLink, engine }: Props & { readonly engine: PlannerEngine }) {
  const tx = WEB_MESSAGES[lang];
  const ex = engine.examples;
  const [slots, setSlots] = useState<(Source | null)[]>(() => initial(link, ex));
  useEffect(() => setSlots(initial(link, ex)), [link.route]);
  const unknown = link.examples.filter((e): e is string => e !== null && !Object.hasOwn(ex, e));
  const set = (i: number, s: Source | null) => setSlots(slots.map((x, j) => (j === i ? s : x)));
  // The link follows the choice, the defaults included: the examples only, never a file.
  const named = slots.map((x) => (x?.kind === 'example' ? x.name : null)).join('\u0000');
  useEffect(() => onLink(slots.map((x) => (x?.kind === 'example' ? x.name : null))), [named]);
  return (
    <main id="main" class="page planner" data-page={link.route}>
      <h1>{tx.titles[link.route]}</h1>
      <p class="intro">{tx.intros[link.route]}</p>
      {unknown.length > 0 ? (
        <p class="url-problems" role="alert">
          {tx.unknownExample(unknown.map((u) => u.slice(0, 60)).join(', '))}
        </p>
      ) : null}
      <div class="scenario-sources">
        {slots.map((s, i) => (
          <SourcePicker
            key={`${link.route}-${i}`}
            id={String(i)}
            label={link.route === 'compare' ? tx.option('ABC'[i] ?? '') : tx.edit}
            source={s}
            examples={ex}
            lang={lang}
            optional={link.route === 'compare' && i === 2}
            onChange={(x) => set(i, x)}
          />
        ))}
      </div>
      <p class="muted">{tx.fileNote}</p>
      <div id="results" tabIndex={-1}>
        {link.route === 'plan' ? (
          <PlanResults engine={engine} source={slots[0] ?? null} lang={lang} />
        ) : link.route === 'compare' ? (
          <CompareResults engine={engine} sources={slots} lang={lang} />
        ) : (
          <OptimizeResults engine={engine} source={slots[0] ?? null} lang={lang} />
        )}
      </div>
    </main>
  );
}

interface ResultProps {
  readonly engine: PlannerEngine;
  readonly lang: Lang;
}

function PlanResults({ engine, source, lang }: ResultProps & { readonly source: Source | null }) {
  const tx = WEB_MESSAGES[lang];
  const src = source === null ? null : sourceOf(source, engine.examples);
  const out = useMemo(() => (src === null ? null : engine.planScenario(src, lang)), [src?.file, src?.text, lang]);
  if (src === null || out === null) return null;
  if (!out.ok) return <Problems file={out.file} problems={out.problems} lang={lang} />;
  return (
    <>
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

function CompareResults({ engine, sources, lang }: ResultProps & { readonly sources: readonly (Source | null)[] }) {
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
  return (
    <>
      <table class="data-table compare" data-table="compare">
        <thead>
          <tr>
            {t.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((row, i) => (
            <tr key={i}>
              {row.map((c, j) =>
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

function OptimizeResults({ engine, source, lang }: ResultProps & { readonly source: Source | null }) {
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
