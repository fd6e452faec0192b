/**
 * One calculator: presets, inputs, and the results the page definition computed (figures,
 * pictures, checks, derivation). It holds no rule and does no arithmetic: see src/calc/.
 */
import { useMemo } from 'preact/hooks';
import type { Values } from '../state/fields';
import type { Preset } from '../state/page';
import { inputLines, labelOf } from '../state/summary';
import { UI } from '../i18n/ui';
import { PictureView } from '../pictures/picture-view';
import { computeTimed } from '../perf';
import { ChecksList } from './checks-list';
import { Derivation } from './derivation';
import { FieldList } from './field-list';
import { Figures } from './figures';
import { IssuesList } from './issues-list';
import { PoolEditor } from './pool-editor';
import { PresetsBar } from './presets-bar';
import { PrintHeader } from './print-header';
import { ShareLink } from './share-link';
import { type PageProps, useOutcomeErrors } from './use-outcome';

interface Props extends PageProps {
  readonly onPreset: (preset: Preset) => void;
}

export function CalculatorPage({ page, state, lang, teach, href, version, date, onChange, onPreset }: Props) {
  const ui = UI[lang];
  const outcome = useMemo(() => computeTimed(() => page.compute(state, lang)), [page, state, lang]);
  const errors = useOutcomeErrors(outcome);
  const setValue = (key: string, value: string) => onChange({ ...state, values: { ...state.values, [key]: value } });
  const setRows = (rows: readonly Values[]) => onChange({ ...state, rows });
  const title = page.title[lang];
  return (
    <main id="main" class="page" data-route={page.route}>
      <h1>{title}</h1>
      <p class="intro">{page.intro[lang]}</p>
      <PrintHeader title={title} inputs={inputLines(page, state, lang)} lang={lang} version={version} date={date} />
      <PresetsBar presets={page.presets} lang={lang} onPick={onPreset} />
      <div class="layout">
        <form class="inputs" aria-label={ui.inputs} onSubmit={(e) => e.preventDefault()}>
          <h2>{ui.inputs}</h2>
          <FieldList fields={page.fields} values={state.values} errors={errors} lang={lang} onChange={setValue} />
          {page.rows && <PoolEditor rows={state.rows} def={page.rows} errors={errors} lang={lang} onChange={setRows} />}
          <p class="units-help">{ui.units}</p>
        </form>
        <div class="results" id="results" tabIndex={-1}>
          {outcome.ok ? (
            <>
              <Figures figures={outcome.figures} lang={lang} />
              {outcome.pictures.map((p) => (
                <PictureView key={p.id} p={p} />
              ))}
              <ChecksList checks={outcome.checks} lang={lang} />
              <Derivation steps={outcome.derivation} lang={lang} teach={teach} />
            </>
          ) : (
            <IssuesList issues={outcome.issues} labelOf={(k) => labelOf(page, k, lang)} lang={lang} />
          )}
          <ShareLink href={href} lang={lang} />
        </div>
      </div>
    </main>
  );
}
