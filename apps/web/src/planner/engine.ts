/**
 * The planner engine of the #/plan, #/compare and #/optimize pages: the planner package as the CLI
 * runs it (@capa/planner/browser: no file system), the built-in catalogue and the repository's
 * examples. It is part of the planner pages' chunk, loaded when one of them first opens
 * (vite/chunk-loader.ts): none of it weighs on the first page.
 */
import type { Lang } from '@capa/core';
import {
  applyEdits,
  type Catalogue,
  compare,
  diffValues,
  compareTable,
  formatPath,
  mergeCatalogue,
  type OptimizeProgress,
  optimizeSteps,
  parseCatalogueText,
  parseScenarioText,
  PlanInputError,
  plan,
  renderCompareCsv,
  renderCompareHtml,
  renderOptimizeText,
  renderPlanHtml,
  type Scenario,
  scenarioForm,
  scenarioValue,
} from '@capa/planner/browser';
import parts from '../../../../packages/planner/catalogue/parts.yaml?raw';
import platforms from '../../../../packages/planner/catalogue/platforms.yaml?raw';
import subscriptions from '../../../../packages/planner/catalogue/subscriptions.yaml?raw';
import { WEB_MESSAGES } from './texts';
import type { CompareOutcome, Optimized, Outcome, Planned, PlannerEngine, ScenarioSource } from './types';

/** The repository's examples, by name (`procurement-1s-epyc`), as `capa plan examples/<name>.yaml` reads them. */
const FILES = import.meta.glob('../../../../examples/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
export const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FILES).map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.yaml$/, ''), text]));

let catalogue: Catalogue | undefined;
/** The built-in catalogue (packages/planner/catalogue), read once as `capa plan` reads it by default. */
function builtInCatalogue(): Catalogue {
  if (catalogue) return catalogue;
  const files = [
    ['parts.yaml', parts],
    ['platforms.yaml', platforms],
    ['subscriptions.yaml', subscriptions],
  ].map(([name, text]) => {
    const r = parseCatalogueText(text ?? '', name ?? '');
    if (!r.ok) throw new Error(`built-in catalogue ${name}: ${r.issues[0]?.message ?? ''}`);
    return { name: name ?? '', value: r.value };
  });
  const merged = mergeCatalogue(files);
  if (!merged.ok) throw new Error(`built-in catalogue: ${merged.issues[0]?.message ?? ''}`);
  catalogue = merged.catalogue;
  return catalogue;
}

function read(src: ScenarioSource, lang: Lang, require: 'nodes' | 'optimize'): Outcome<Scenario> {
  const r = parseScenarioText(src.text, { require, lang });
  if (!r.ok)
    return {
      ok: false,
      file: src.file,
      problems: r.issues.map((i) => ({
        path: i.path,
        ...(i.line === undefined ? {} : { line: i.line }),
        message: i.message,
        ...(typeof i.value === 'string' || typeof i.value === 'number' || typeof i.value === 'boolean' ? { value: i.value } : {}),
      })),
    };
  // A scenario's own catalogue names a file beside it, which a page cannot read: said, not guessed.
  if (r.scenario.catalogue !== undefined) return { ok: false, file: src.file, problems: [{ path: 'catalogue', message: WEB_MESSAGES[lang].ownCatalogue }] };
  return { ok: true, value: r.scenario };
}

/** The planner's own input errors (an unknown catalogue id…) are problems, as the CLI's exit 2. */
function guarded<T>(file: string, lang: Lang, fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof PlanInputError) return { ok: false, file, problems: e.issues.map((i) => ({ path: i.path, message: i.message })) };
    if (e instanceof RangeError) return { ok: false, file, problems: [{ path: '(document)', message: WEB_MESSAGES[lang].notFinite }] };
    throw e;
  }
}

export function planScenario(src: ScenarioSource, lang: Lang): Outcome<Planned> {
  const s = read(src, lang, 'nodes');
  if (!s.ok) return s;
  return guarded(src.file, lang, () => {
    const p = plan(s.value, { lang, catalogue: builtInCatalogue(), file: src.file });
    return { plan: p, html: renderPlanHtml(p) };
  });
}

/** `capa compare`: every option planned, then set side by side; the problems of every file at once. */
export function compareScenarios(srcs: readonly ScenarioSource[], lang: Lang): CompareOutcome {
  const planned = srcs.map((s) => planScenario(s, lang));
  const failed = planned.filter((p): p is Extract<Outcome<Planned>, { ok: false }> => !p.ok);
  if (failed.length > 0) return { ok: false, many: failed };
  const result = compare(
    planned.map((p, i) => ({ plan: (p as { value: Planned }).value.plan, file: srcs[i]?.file ?? '' })),
    lang,
  );
  return { ok: true, value: { result, table: compareTable(result), html: renderCompareHtml(result), csv: renderCompareCsv(result) } };
}

/** `capa optimize`, one slice at a time: each step reports the progress, the last one the result (or the scenario's problems). */
export function* optimizeScenario(src: ScenarioSource, lang: Lang, now: () => number): Generator<OptimizeProgress, Outcome<Optimized>, void> {
  const s = read(src, lang, 'optimize');
  if (!s.ok) return s;
  const steps = optimizeSteps(s.value, builtInCatalogue(), { lang, file: src.file, now });
  for (;;) {
    const r = guarded(src.file, lang, () => steps.next());
    if (!r.ok) return r;
    if (r.value.done) return { ok: true, value: { result: r.value.value, text: renderOptimizeText(r.value.value, lang) } };
    yield r.value.value;
  }
}

export const ENGINE: PlannerEngine = {
  examples: EXAMPLES,
  planScenario,
  compareScenarios,
  optimizeScenario,
  form: scenarioForm(),
  valueOf: scenarioValue,
  edit: applyEdits,
  formatPath,
  diff: (from, to) => diffValues(scenarioValue(from), scenarioValue(to)),
  check: (src, lang, require) => {
    const r = read(src, lang, require);
    return r.ok ? [] : r.problems;
  },
};
