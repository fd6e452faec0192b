/**
 * The #/plan, #/compare and #/optimize pages: scenarios chosen among the examples or opened, then the
 * planner's plan, comparison or optimizer, with downloads. The link keeps the chosen examples.
 */
import type { Lang } from '@capa/core';
import { useEffect, useState } from 'preact/hooks';
import { useEngine } from '../engine-script';
import { CompareResults } from './compare-results';
import { ScenarioEditor } from './form/scenario-editor';
import { loadEngine } from './load-engine';
import { OptimizeResults } from './optimize-results';
import { PlanResults } from './plan-results';
import type { PlannerLink, PlannerRoute } from './routes';
import { editedSource, type Source, SourcePicker, sourceOf } from './source-picker';
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
          >
            {s === null ? null : (
              <ScenarioEditor
                engine={engine}
                src={sourceOf(s, ex)}
                require={link.route === 'optimize' ? 'optimize' : 'nodes'}
                lang={lang}
                id={String(i)}
                open={link.route !== 'compare'}
                onText={(text) => set(i, editedSource(s, text, ex, tx.edited))}
              />
            )}
          </SourcePicker>
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
