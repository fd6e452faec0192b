/**
 * What the planner engine (its own script, vite/lazy-engine.ts) offers the planner pages. Only types
 * here: the pages' chunk must not pull the planner in.
 */
import type { Lang } from '@capa/core';
import type { CompareResult, Edit, EditResult, FormGroup, OptimizeProgress, OptimizeResult, PathKey, PlanResult } from '@capa/planner/browser';

/** A scenario as the page holds it: its label (`examples/x.yaml`, a file's name) and its text. */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
}

export interface Problem {
  readonly path: string;
  readonly line?: number;
  readonly message: string;
  /** The value written there (shortened), when the author wrote one. */
  readonly value?: string | number | boolean;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

export interface Planned {
  readonly plan: PlanResult;
  /** `capa plan --format html`, byte for byte. */
  readonly html: string;
}

export interface Compared {
  readonly result: CompareResult;
  /** The table as every format of `capa compare` shows it: header, rows of cells, the recommendation. */
  readonly table: { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly recommended: string; readonly justification: string };
  readonly html: string;
  readonly csv: string;
}

export interface Optimized {
  readonly result: OptimizeResult;
  /** `capa optimize`'s text. */
  readonly text: string;
}

export type CompareOutcome = Outcome<Compared> | { readonly ok: false; readonly many: readonly Extract<Outcome<never>, { ok: false }>[] };

export interface PlannerEngine {
  /** The repository's examples by name (`procurement-1s-epyc`): their YAML text. */
  readonly examples: Readonly<Record<string, string>>;
  readonly planScenario: (src: ScenarioSource, lang: Lang) => Outcome<Planned>;
  readonly compareScenarios: (srcs: readonly ScenarioSource[], lang: Lang) => CompareOutcome;
  /** The scenario's form, generated from its schema (@capa/planner's scenarioForm). */
  readonly form: FormGroup;
  /** The scenario text's plain value for the form (null when it is not YAML). */
  readonly valueOf: (text: string) => unknown;
  /** Edits from the form (or a link) written into the text, its comments kept. */
  readonly edit: (text: string, edits: readonly Edit[]) => EditResult;
  /** A document path as the planner writes it in its refusals (`nodes[0].disks[1].size`): the form finds a field's refusal by it. */
  readonly formatPath: (path: readonly PathKey[]) => string;
  /** The edits turning one text's value into another's (what a share link carries). */
  readonly diff: (from: string, to: string) => readonly Edit[];
  /** The scenario's refusals as the planner reads it (each with its path and the value written), none when it reads. */
  readonly check: (src: ScenarioSource, lang: Lang, require: 'nodes' | 'optimize') => readonly Problem[];
  /** `capa optimize`, one slice at a time: each step yields the progress, the last returns the result. */
  readonly optimizeScenario: (src: ScenarioSource, lang: Lang, now: () => number) => Generator<OptimizeProgress, Outcome<Optimized>, void>;
}

/** Messages between the page and the optimizer's worker (the engine's script run as a Web Worker). */
export type ToWorker = { readonly type: 'optimize'; readonly src: ScenarioSource; readonly lang: Lang };
export type FromWorker = { readonly type: 'progress'; readonly progress: OptimizeProgress } | { readonly type: 'done'; readonly outcome: Outcome<Optimized> };
