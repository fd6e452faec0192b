/**
 * The inventory page: open an inventory (file picker or drag and drop; read in the browser, never
 * uploaded, never put in the URL), then the analysis of `capa analyze` with the what-ifs as inputs.
 * The engine (the importer's schema, the core's analysis) is its own script, loaded on first visit.
 */
import { count, type Lang } from '@capa/core';
import type { ClusterGroup, Inventory } from '@capa/importer';
import { useMemo, useRef, useState } from 'preact/hooks';
import { UI } from '../i18n/ui';
import { useEngine } from '../engine-script';
import { loadEngine } from '../inventory/load-engine';
import type { DemoInventory, InventoryEngine, InventoryText } from '../inventory/types';
import { computeTimed } from '../perf';
import { PictureView } from '../pictures/picture-view';
import { checkFiles, displayName, type FileInfo, MAX_WARNINGS_SHOWN } from '../state/inventory-file';
import { asksUnits } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';
import { inputLines, labelOf } from '../state/summary';
import { ChecksList } from './checks-list';
import { DataTable } from './data-table';
import { Derivation } from './derivation';
import { FieldList } from './field-list';
import { ForecastSection } from './forecast-view';
import { Figures } from './figures';
import { IssuesList } from './issues-list';
import { PrintHeader } from './print-header';
import { FilePicker } from './inventory-file-picker';
import { ShareLink } from './share-link';
import { type PageProps, useOutcomeErrors } from './use-outcome';

export interface LoadedInventory {
  readonly files: readonly FileInfo[];
  readonly inventory: Inventory;
  /** The files grouped into clusters (several: an estate, analysed with analyzeEstate). */
  readonly clusters?: readonly ClusterGroup[];
}

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { open: 'Inventory file', choose: 'Choose a file, or drop it here', hint: 'capa import … --out FILE writes one; one cluster’s files (PVE + Ceph) are merged, several clusters form an estate, as in capa analyze. Read in this browser only: nothing is uploaded, and the file is not in the link.', loading: 'Loading the inventory reader…', reading: 'Reading…', engineFailed: 'The inventory reader could not be loaded (offline before it was ever opened?). Reload the page once online.', readFailed: 'The file could not be read.', clear: 'Close the inventory', loaded: 'Inventory', warnings: (n: number) => `${count(n, 'en', 'import warning', 'import warnings')}`, more: (n: number) => `and ${n} more`, whatIf: 'What-ifs', nothing: 'No inventory open yet.' },
  fr: { open: 'Fichier d’inventaire', choose: 'Choisissez un fichier, ou déposez-le ici', hint: 'capa import … --out FICHIER en écrit un ; les fichiers d’un cluster (PVE + Ceph) sont fusionnés, plusieurs clusters forment un parc, comme dans capa analyze. Lu dans ce navigateur seulement : rien n’est envoyé, et le fichier n’est pas dans le lien.', loading: 'Chargement du lecteur d’inventaire…', reading: 'Lecture…', engineFailed: 'Le lecteur d’inventaire n’a pas pu être chargé (hors ligne avant sa première ouverture ?). Rechargez la page une fois en ligne.', readFailed: 'Le fichier n’a pas pu être lu.', clear: 'Fermer l’inventaire', loaded: 'Inventaire', warnings: (n: number) => `${count(n, 'fr', 'avertissement', 'avertissements')} d’import`, more: (n: number) => `et ${n} de plus`, whatIf: 'Scénarios', nothing: 'Aucun inventaire ouvert.' },
} as const;

interface Props extends PageProps {
  readonly loaded: LoadedInventory | null;
  readonly onLoaded: (loaded: LoadedInventory | null) => void;
}

export type Texts = (typeof L)[Lang];

/**
 * Reads dropped or picked files through the engine: sizes checked first, then the texts read and
 * merged; a later reading supersedes an earlier one still under way. The message says why a reading failed.
 */
function useFileReader(engine: InventoryEngine | null, lang: Lang, onLoaded: Props['onLoaded']) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef(0);
  const tx = L[lang];
  const open = (eng: InventoryEngine, texts: readonly InventoryText[], infos: readonly FileInfo[]) => {
    const r = eng.readInventories(texts, lang);
    if (r.ok) onLoaded({ files: infos, inventory: r.inventory, clusters: r.clusters });
    else {
      setMessage(r.message);
      onLoaded(null);
    }
  };
  /** A demo is read as a dropped file would be, and supersedes a reading under way. */
  const openDemo = (eng: InventoryEngine, d: DemoInventory) => {
    attempt.current++;
    setBusy(false);
    setMessage(null);
    open(eng, [d.file], [{ name: d.file.name, size: d.file.text.length }]);
  };
  const readFiles = async (list: readonly File[]) => {
    const n = ++attempt.current;
    const infos = list.map((f) => ({ name: f.name, size: f.size }));
    const refused = checkFiles(infos, lang);
    if (refused !== null) {
      setMessage(refused);
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const texts = await Promise.all(list.map(async (f) => ({ name: displayName(f.name), text: await f.text() })));
      const eng = engine ?? (await loadEngine());
      if (n !== attempt.current) return;
      open(eng, texts, infos);
    } catch {
      if (n === attempt.current) setMessage(engine === null ? tx.engineFailed : tx.readFailed);
    } finally {
      if (n === attempt.current) setBusy(false);
    }
  };
  return { message, setMessage, busy, readFiles, openDemo };
}

/** The inventory open: what it holds, its import warnings (the first ones), and the button that closes it. */
function LoadedSummary({
  tx,
  summary,
  warnings,
  onClose,
}: {
  readonly tx: Texts;
  readonly summary: readonly { label: string; value: string }[];
  readonly warnings: Inventory['warnings'];
  readonly onClose: () => void;
}) {
  return (
    <section class="loaded" aria-labelledby="loaded-title">
      <h2 id="loaded-title">{tx.loaded}</h2>
      <dl class="other-figures">
        {summary.map((l) => (
          <div key={l.label} class="figure">
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </div>
        ))}
      </dl>
      {warnings.length > 0 && (
        <details class="import-warnings">
          <summary>{tx.warnings(warnings.length)}</summary>
          <ul>
            {warnings.slice(0, MAX_WARNINGS_SHOWN).map((w, i) => (
              <li key={i}>
                <code>{w.code.slice(0, 80)}</code> {w.message.slice(0, 300)}
              </li>
            ))}
            {warnings.length > MAX_WARNINGS_SHOWN && <li>{tx.more(warnings.length - MAX_WARNINGS_SHOWN)}</li>}
          </ul>
        </details>
      )}
      <button type="button" class="secondary" data-action="close-inventory" onClick={onClose}>
        {tx.clear}
      </button>
    </section>
  );
}

/** The analysis: figures, pictures, tables, checks and derivation, or the issues with the what-ifs. */
function AnalysisView({ outcome, page, lang, teach }: { readonly outcome: PageOutcome | null; readonly page: PageDef; readonly lang: Lang; readonly teach: boolean }) {
  if (outcome === null) return null;
  if (!outcome.ok) return <IssuesList issues={outcome.issues} labelOf={(k) => labelOf(page, k, lang)} lang={lang} />;
  return (
    <>
      <Figures figures={outcome.figures} lang={lang} />
      {outcome.pictures.map((p) => (
        <PictureView key={p.id} p={p} />
      ))}
      {(outcome.tables ?? []).map((t) => (
        <DataTable key={t.id} t={t} />
      ))}
      <ChecksList checks={outcome.checks} lang={lang} />
      <Derivation steps={outcome.derivation} lang={lang} teach={teach} inputName={(k) => labelOf(page, k, lang)} />
    </>
  );
}

export function InventoryPage({ page, state, loaded, lang, teach, href, version, date, onChange, onLoaded }: Props) {
  const ui = UI[lang];
  const tx = L[lang];
  const { engine, failed: engineFailed } = useEngine(loadEngine);
  const { message, setMessage, busy, readFiles, openDemo } = useFileReader(engine, lang, onLoaded);
  const [over, setOver] = useState(false);
  const outcome = useMemo(() => (loaded && engine ? computeTimed(() => engine.compute(state, lang, loaded.inventory, loaded.clusters)) : null), [state, lang, loaded, engine]);
  const errors = useOutcomeErrors(outcome);
  // The forecast reads only the file (no what-if): once per inventory and language.
  const forecast = useMemo(() => (loaded && engine ? engine.forecast(lang, loaded.inventory) : null), [lang, loaded, engine]);
  const summary = loaded && engine ? engine.describe(loaded.inventory, loaded.files, lang) : [];
  const title = page.title[lang];

  return (
    <main
      id="main"
      class="page"
      data-route={page.route}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void readFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <h1>{title}</h1>
      <p class="intro">{page.intro[lang]}</p>
      <PrintHeader title={title} inputs={[...summary, ...inputLines(page, state, lang)]} lang={lang} version={version} date={date} href={href} />
      <div class="layout">
        <form class="inputs" aria-label={ui.inputs} onSubmit={(e) => e.preventDefault()}>
          <FilePicker
            tx={tx}
            lang={lang}
            demos={engine?.demos ?? []}
            onDemo={(d) => engine && openDemo(engine, d)}
            over={over}
            engineLoading={engine === null && !engineFailed}
            engineFailed={engineFailed}
            busy={busy}
            message={message}
            readFiles={readFiles}
          />
          <h2>{tx.whatIf}</h2>
          <FieldList fields={page.fields} values={state.values} errors={errors} lang={lang} onChange={(key, value) => onChange({ ...state, values: { ...state.values, [key]: value } })} />
          {asksUnits(page.fields) && <p class="units-help">{ui.units}</p>}
        </form>
        <div class="results" id="results" tabIndex={-1}>
          {loaded ? (
            <LoadedSummary
              tx={tx}
              summary={summary}
              warnings={loaded.inventory.warnings ?? []}
              onClose={() => {
                onLoaded(null);
                setMessage(null);
              }}
            />
          ) : (
            <p class="empty-state">{tx.nothing}</p>
          )}
          <AnalysisView outcome={outcome} page={page} lang={lang} teach={teach} />
          <ForecastSection view={forecast} lang={lang} />
          <ShareLink href={href} lang={lang} />
        </div>
      </div>
    </main>
  );
}
