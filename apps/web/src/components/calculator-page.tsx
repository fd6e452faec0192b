/**
 * One calculator: presets, inputs, and the results the page definition computed (figures,
 * pictures, checks, derivation). It holds no rule and does no arithmetic: see src/calc/.
 */
import { useEffect, useState } from 'preact/hooks';
import { asksUnits, type Values } from '../state/fields';
import type { PageOutcome, Preset, RouteId } from '../state/page';
import { inputLines, labelOf } from '../state/summary';
import { UI } from '../i18n/ui';
import { PictureView } from '../pictures/picture-view';
import { ChecksList } from './checks-list';
import { Derivation, freeKey } from './derivation';
import { FieldList } from './field-list';
import { Figures } from './figures';
import { IssuesList } from './issues-list';
import { PoolEditor } from './pool-editor';
import { PresetsBar } from './presets-bar';
import { PrintHeader } from './print-header';
import { arrival, courseExamples, courseMove, enterCourse, moveHint } from './course';
import { ShareLink } from './share-link';
import { type PageProps, useOutcomeErrors } from './use-outcome';

interface Props extends PageProps {
  /** What the state gives, and while it is refused, what the last valid state gave (shown dimmed). */
  readonly outcome: PageOutcome;
  readonly last: PageOutcome | null;
  readonly onPreset: (preset: Preset) => void;
  /** Another page's link, as the navigation writes it: the course's arrows go there. */
  readonly hrefOf?: (route: RouteId) => string;
}

export function CalculatorPage({ page, state, outcome, last, lang, teach, href, version, date, onChange, onPreset, hrefOf }: Props) {
  const ui = UI[lang];
  const errors = useOutcomeErrors(outcome);
  const shown = outcome.ok ? outcome : last;
  // Projector: the inputs start folded (a button or the i key opens them); the digits pick the first group's examples (numbered on screen).
  const [open, setOpen] = useState(!outcome.ok);
  const [run, setRun] = useState(0);
  // Whether the derivation opens on its last step: the course's ← arrived from the example after.
  const [fromEnd, setFromEnd] = useState(false);
  const pick = (p: Preset, end = false) => {
    setRun((r) => r + 1);
    setFromEnd(end);
    onPreset(p);
  };
  // A page the course's arrows opened: its first example, or its last one at the last step.
  useEffect(() => {
    const end = arrival(page.route);
    const list = courseExamples(page.presets);
    const p = end === 'first' ? list[0] : end === 'last' ? list[list.length - 1] : undefined;
    if (p) pick(p, end === 'last');
  }, []);
  const forward = courseMove(page.route, page.presets, state, 1);
  const onEdge = (dir: 1 | -1) => {
    const m = dir === 1 ? forward : courseMove(page.route, page.presets, state, -1);
    if (m.kind === 'example') pick(m.preset, dir === -1);
    else if (m.kind === 'page' && hrefOf) {
      enterCourse(m.route, dir);
      location.hash = hrefOf(m.route);
    }
  };
  useEffect(() => {
    if (!teach) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!freeKey(e)) return;
      if (e.key === 'i') setOpen((o) => !o);
      else if (/^[1-9]$/.test(e.key)) document.querySelectorAll<HTMLElement>('.preset-group:first-child .preset')[Number(e.key) - 1]?.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [teach]);
  const setValue = (key: string, value: string) => onChange({ ...state, values: { ...state.values, [key]: value } });
  const setRows = (rows: readonly Values[]) => onChange({ ...state, rows });
  const title = page.title[lang];
  return (
    <main id="main" class="page" data-route={page.route}>
      <h1>{title}</h1>
      <p class="intro">{page.intro[lang]}</p>
      <PrintHeader title={title} inputs={inputLines(page, state, lang)} lang={lang} version={version} date={date} href={href} />
      {teach && (
        <button type="button" class="secondary inputs-toggle" aria-expanded={open} aria-controls="inputs" onClick={() => setOpen(!open)}>
          {ui.inputs} <kbd>i</kbd>
        </button>
      )}
      <PresetsBar presets={page.presets} state={state} lang={lang} onPick={pick} />
      <div class={`layout${teach && !open ? ' folded' : ''}`}>
        <form id="inputs" class="inputs" aria-label={ui.inputs} onSubmit={(e) => e.preventDefault()}>
          <h2>{ui.inputs}</h2>
          <FieldList fields={page.fields} values={state.values} errors={errors} lang={lang} onChange={setValue} />
          {page.rows && <PoolEditor rows={state.rows} def={page.rows} errors={errors} lang={lang} onChange={setRows} />}
          {asksUnits([...page.fields, ...(page.rows?.fields ?? [])]) && <p class="units-help">{ui.units}</p>}
        </form>
        <div class={`results${shown === outcome ? '' : ' stale'}`} id="results" tabIndex={-1}>
          {!outcome.ok && <IssuesList issues={outcome.issues} labelOf={(k) => labelOf(page, k, lang)} lang={lang} />}
          {shown?.ok && (
            <>
              {shown !== outcome && <p class="stale-mark">{ui.notUpdated}</p>}
              <Figures figures={shown.figures} lang={lang} />
              {shown.pictures.map((p) => (
                <PictureView key={p.id} p={p} />
              ))}
              <ChecksList checks={shown.checks} lang={lang} />
              <Derivation
                key={run}
                steps={shown.derivation}
                lang={lang}
                teach={teach}
                inputName={(k) => labelOf(page, k, lang)}
                fromEnd={fromEnd}
                onEdge={onEdge}
                hint={forward.kind === 'end' && courseExamples(page.presets).length === 0 ? undefined : moveHint(forward, lang)}
              />
            </>
          )}
          <ShareLink href={href} lang={lang} />
        </div>
      </div>
    </main>
  );
}
