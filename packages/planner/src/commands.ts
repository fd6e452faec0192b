/**
 * The planner's commands as plain functions the CLI adapter calls: read files, run, render. They
 * return text and an exit status, or the input problems (document path, line, message) for exit 2.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { type Lang, toJson } from '@capa/core';
import { isInside, loadCatalogue } from './catalogue/load.js';
import type { Catalogue } from './catalogue/schema.js';
import { compare } from './compare/compare.js';
import { optimize } from './optimize/optimize.js';
import { renderCompareHtml, renderCompareMarkdown, renderCompareText } from './report/compare-render.js';
import { plan } from './plan/plan.js';
import type { PlanResult } from './plan/types.js';
import { renderOptimizeText } from './report/optimize-text.js';
import { PlanInputError } from './plan/types.js';
import { renderPlanHtml } from './report/plan-html.js';
import { renderPlanMarkdown } from './report/plan-markdown.js';
import { renderPlanText } from './report/plan-text.js';
import type { ScenarioIssue } from './scenario/issues.js';
import { loadScenarioFile } from './scenario/load.js';
import { VALUE_MESSAGES } from './scenario/value-messages.js';
import { loadMessages, type ReadText } from './scenario/load-messages.js';
import type { Scenario } from './scenario/model.js';
import type { NormalizeOptions } from './scenario/normalize.js';

export type Format = 'text' | 'md' | 'html';
export const FORMATS: readonly Format[] = ['text', 'md', 'html'];

export interface Problem {
  readonly option: string;
  readonly value?: unknown;
  readonly message: string;
}
export type CommandResult = { readonly ok: true; readonly stdout: string; readonly failed: boolean } | { readonly ok: false; readonly problems: readonly Problem[] };

export interface CommonRun {
  readonly lang: Lang;
  readonly json: boolean;
  readonly explain: boolean;
  readonly format: Format;
  /** --catalogue, or the built-in catalogue directory. */
  readonly catalogue?: string | undefined;
  readonly defaultCatalogue: string;
  /** --allow-catalogue-path: a scenario's `catalogue:` may name a path outside its own directory. */
  readonly allowCataloguePath?: boolean | undefined;
  /** The command line's bounded file reader. */
  readonly read: ReadText;
}

const where = (file: string, i: ScenarioIssue) => `${i.path}${i.line !== undefined ? ` (${file}:${i.line}${i.column !== undefined ? `:${i.column}` : ''})` : ` (${file})`}`;
export const problemsOf = (file: string, issues: readonly ScenarioIssue[]): Problem[] =>
  issues.map((i) => ({ option: where(file, i), ...(i.value !== undefined ? { value: i.value } : {}), message: i.message }));

/** Example names: the *.yaml files of the examples directory. */
export function exampleNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

export function resolveExample(name: string, dirs: readonly string[], lang: Lang = 'en'): string | Problem {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) return { option: '--example', value: name, message: VALUE_MESSAGES[lang].exampleName() };
  for (const d of dirs) {
    const p = join(d, `${name}.yaml`);
    if (existsSync(p)) return p;
  }
  const names = dirs.flatMap(exampleNames);
  return { option: '--example', value: name, message: VALUE_MESSAGES[lang].noExample({ names: [...new Set(names)].join(', ') }) };
}

interface Loaded {
  readonly scenario: Scenario;
  readonly catalogue: Catalogue;
}

const realOrResolved = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/**
 * Where the catalogue comes from: --catalogue (the user's own choice), else the scenario's
 * `catalogue:` key, else the built-in one. A scenario may come from anyone, so its key may only name
 * a file or directory inside the scenario's own directory (symbolic links followed), unless
 * --allow-catalogue-path says otherwise; `root` then confines every file of a catalogue directory.
 */
function cataloguePath(file: string, key: string | undefined, run: Pick<CommonRun, 'catalogue' | 'defaultCatalogue' | 'allowCataloguePath' | 'lang'>): { path: string; root?: string } | Problem {
  if (run.catalogue !== undefined) return { path: run.catalogue };
  if (key === undefined) return { path: run.defaultCatalogue };
  const dir = resolve(dirname(file));
  const path = resolve(dir, key);
  if (run.allowCataloguePath === true) return { path };
  const root = realOrResolved(dir);
  if (isAbsolute(key) || !isInside(dir, path) || !isInside(root, realOrResolved(path))) {
    return { option: `catalogue (${shown(file)})`, value: key, message: loadMessages(run.lang).catalogueOutside(shown(dir)) };
  }
  return { path, root };
}

export function loadInputs(file: string, require: NormalizeOptions['require'], run: Pick<CommonRun, 'catalogue' | 'defaultCatalogue' | 'allowCataloguePath' | 'lang' | 'read'>): Loaded | Problem[] {
  const r = loadScenarioFile(file, { require, lang: run.lang }, run.read);
  if (!r.ok) return problemsOf(file, r.issues);
  const at = cataloguePath(file, r.scenario.catalogue, run);
  if ('option' in at) return [at];
  const c = loadCatalogue(at.path, { read: run.read, lang: run.lang, root: at.root });
  if (!c.ok) return c.issues.map((i) => ({ option: `catalogue ${i.path}${i.line !== undefined ? loadMessages(run.lang).atLine(i.line) : ''}`, message: i.message }));
  return { scenario: r.scenario, catalogue: c.catalogue };
}

/** Runs a planner step, turning the planner's own input errors into problems (exit 2). */
export function guarded(file: string, lang: Lang, fn: () => CommandResult): CommandResult {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PlanInputError) return { ok: false, problems: e.issues.map((i) => ({ option: `${i.path} (${file})`, message: i.message })) };
    if (e instanceof RangeError) return { ok: false, problems: [{ option: file, message: loadMessages(lang).notFinite }] };
    throw e;
  }
}

/** A path as the user would type it from here: relative when inside the working directory. */
export function shown(file: string): string {
  const r = relative(process.cwd(), file);
  return r === '' || r.startsWith('..') || isAbsolute(r) ? file : r;
}

export function runPlan(file: string, run: CommonRun): CommandResult {
  const loaded = loadInputs(file, 'nodes', run);
  if (Array.isArray(loaded)) return { ok: false, problems: loaded };
  return guarded(file, run.lang, () => {
    const r = plan(loaded.scenario, { lang: run.lang, catalogue: loaded.catalogue, file: shown(file) });
    const stdout = run.json ? `${toJson(r)}\n` : run.format === 'md' ? renderPlanMarkdown(r) : run.format === 'html' ? renderPlanHtml(r) : renderPlanText(r, run.explain);
    return { ok: true, stdout, failed: r.verdict === 'fail' };
  });
}

export function runOptimize(file: string, run: CommonRun & { readonly top?: number | undefined; readonly now?: () => number }): CommandResult {
  const loaded = loadInputs(file, 'optimize', run);
  if (Array.isArray(loaded)) return { ok: false, problems: loaded };
  return guarded(file, run.lang, () => {
    const r = optimize(loaded.scenario, loaded.catalogue, { lang: run.lang, file: shown(file), ...(run.top !== undefined ? { top: run.top } : {}), ...(run.now ? { now: run.now } : {}) });
    const stdout = run.json ? `${toJson(r)}\n` : renderOptimizeText(r, run.lang);
    return { ok: true, stdout, failed: r.best === null };
  });
}

export function runCompare(files: readonly string[], run: CommonRun): CommandResult {
  const plans: { plan: PlanResult; file: string }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const loaded = loadInputs(file, 'nodes', run);
    if (Array.isArray(loaded)) {
      problems.push(...loaded);
      continue;
    }
    const r = guarded(file, run.lang, () => {
      plans.push({ plan: plan(loaded.scenario, { lang: run.lang, catalogue: loaded.catalogue, file: shown(file) }), file: shown(file) });
      return { ok: true, stdout: '', failed: false };
    });
    if (!r.ok) problems.push(...r.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const r = compare(plans, run.lang);
  const stdout = run.json ? `${toJson(r)}\n` : run.format === 'md' ? renderCompareMarkdown(r) : run.format === 'html' ? renderCompareHtml(r) : renderCompareText(r);
  return { ok: true, stdout, failed: r.options.some((o) => o.verdict === 'fail') };
}
