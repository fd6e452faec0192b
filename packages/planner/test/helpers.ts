import { readdirSync, readFileSync } from 'node:fs';
import { DURABILITY_CHECK_MESSAGES, type Locales, SIMULATION_CHECK_MESSAGES, SPECS } from '@capa/core';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../src/catalogue/load.js';
import type { Catalogue } from '../src/catalogue/schema.js';
import { loadScenarioFile } from '../src/scenario/load.js';
import type { ReadText } from '../src/scenario/load-messages.js';
import type { Scenario } from '../src/scenario/model.js';
import { PLANNER_CHECK_MESSAGES } from '../src/plan/check-messages.js';

/** The repository's own examples and catalogue: read whole (the CLI's bounded reader is tested in cli.test.ts). */
export const readText: ReadText = (p) => ({ ok: true, text: readFileSync(p, 'utf8') });

export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
export const CATALOGUE = fileURLToPath(new URL('../catalogue/', import.meta.url));

let cached: Catalogue | undefined;
export function catalogue(): Catalogue {
  if (cached) return cached;
  const r = loadCatalogue(CATALOGUE, { read: readText });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  cached = r.catalogue;
  return cached;
}

export function example(name: string, require: 'nodes' | 'optimize' | 'either' = 'nodes'): Scenario {
  const r = loadScenarioFile(`${EXAMPLES}${name}.yaml`, { require }, readText);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues, null, 1)}`);
  return r.scenario;
}

/** The examples that describe nodes, by name: the ones `capa plan` plans (optimize-only needs have no nodes). */
export function plannedExamples(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .filter((n) => example(n, 'either').nodes.length > 0);
}

/** The catalogues a plan's checks render from: the planner's first, then the core calculators'. */
export const CATALOGUES: readonly Locales[] = [PLANNER_CHECK_MESSAGES, DURABILITY_CHECK_MESSAGES, SIMULATION_CHECK_MESSAGES, ...SPECS.map((s) => s.messages)];
