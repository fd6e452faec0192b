/**
 * The #/plan, #/compare and #/optimize pages: scenarios chosen among the examples or opened, then the
 * planner's plan, comparison or optimizer, with downloads. The link keeps the chosen examples.
 */
import type { Lang } from '@capa/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useEngine } from '../engine-script';
import { CompareResults } from './compare-results';
import { ScenarioEditor } from './form/scenario-editor';
import { loadEngine } from './load-engine';
import { OptimizeResults } from './optimize-results';
import { PlanResults } from './plan-results';
import { LinkRefusals } from './link-refusals';
import { type PlannerLink, type PlannerRoute, SLOT_KEYS, type SlotLink } from './routes';
import { type LinkRefusal, linkOf, slotFromLink } from './share';
import { editedSource, type Source, sourceOf } from './source';
import { SourcePicker } from './source-picker';
import { WEB_MESSAGES } from './texts';
import type { PlannerEngine } from './types';

const DEFAULTS: Readonly<Record<PlannerRoute, readonly (string | null)[]>> = {
  plan: ['procurement-1s-epyc'],
  compare: ['procurement-1s-epyc', 'procurement-2s-xeon6', 'procurement-blade-mx760c'],
  optimize: ['optimize-300-vms'],
};

/**
 * The link's scenarios (examples, their changes, opened files: share.ts), or the page's defaults when
 * it names none; an unknown name leaves its slot empty, a change that cannot be read is said.
 */
function initial(link: PlannerLink, engine: PlannerEngine, edited: string): { slots: (Source | null)[]; refusals: LinkRefusal[] } {
  const named = link.examples.some((e) => e !== null) || (link.scenarios ?? []).some((e) => e !== null);
  const refusals: LinkRefusal[] = [];
  const slots = SLOT_KEYS[link.route].map((_, i): Source | null => {
    const fromLink = named ? slotFromLink(link, i, engine, edited) : undefined;
    if (fromLink?.refusal) refusals.push(fromLink.refusal);
    if (fromLink) return fromLink.source;
    const n = named ? null : (DEFAULTS[link.route][i] ?? null);
    return n !== null && Object.hasOwn(engine.examples, n) ? { kind: 'example', name: n } : null;
  });
  return { slots, refusals };
}

interface Props {
  readonly link: PlannerLink;
  readonly lang: Lang;
  /** Called with the link of the current choice: examples, their changes, small opened files. */
  readonly onLink: (slots: SlotLink) => void;
}

export function PlannerPage(props: Props) {
  const { engine, failed } = useEngine(loadEngine);
  const tx = WEB_MESSAGES[props.lang];
  // A route of its own per page: its slots start again from the link (initial), no state carried over.
  if (engine) return <Loaded key={props.link.route} {...props} engine={engine} />;
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
  // The slots and the link's refusals of them: a slot the user changes drops its refusals (they were about the link's version).
  const [state, setState] = useState(() => {
    const i = initial(link, engine, tx.edited);
    return { slots: i.slots, read: i.refusals as readonly LinkRefusal[] };
  });
  const { slots, read } = state;
  const unknown = link.examples.filter((e): e is string => e !== null && !Object.hasOwn(ex, e));
  const set = (i: number, s: Source | null) => setState((st) => ({ slots: st.slots.map((x, j) => (j === i ? s : x)), read: st.read.filter((r) => r.slot !== i) }));
  // The link follows the choice, the defaults included: the examples, their changes, small files.
  const shared = useMemo(() => linkOf(slots, engine), [slots]);
  const key = JSON.stringify(shared.link);
  useEffect(() => onLink(shared.link), [key]);
  const refusals = [...read, ...shared.refusals];
  return (
    <main id="main" class="page planner" data-page={link.route}>
      <h1>{tx.titles[link.route]}</h1>
      <p class="intro">{tx.intros[link.route]}</p>
      {unknown.length > 0 ? (
        <p class="url-problems" role="alert">
          {tx.unknownExample(unknown.map((u) => u.slice(0, 60)).join(', '))}
        </p>
      ) : null}
      <LinkRefusals refusals={refusals} lang={lang} />
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
