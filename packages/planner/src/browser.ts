/**
 * The planner without the file system: what the web page runs in the browser (scenario texts in,
 * plan, comparison, optimizer and the reports out). src/index.ts adds the command line's file readers
 * (commands.ts, catalogue/load.ts), which import node:fs.
 */
export { scenarioSchema, type ScenarioDoc } from './scenario/schema.js';
export { parseScenarioText, type LoadResult, type ParseOptions } from './scenario/load.js';
export { formatPath, type PathKey, type ScenarioIssue } from './scenario/issues.js';
export type { Scenario } from './scenario/model.js';
export { parseCatalogueText, mergeCatalogue, type CatalogueResult } from './catalogue/parse.js';
export type { Catalogue } from './catalogue/schema.js';
export { plan, type PlanOptions } from './plan/plan.js';
export { PlanInputError, type Area, type AreaId, type PlanResult, type PlanMetrics, type FailureStory, type PoolDurability, type CostSummary, type Figure } from './plan/types.js';
export { renderPlanHtml } from './report/plan-html.js';
export { optimize, optimizeSteps, type Candidate, type OptimizeResult, type OptimizeOptions, type OptimizeProgress } from './optimize/optimize.js';
export { renderOptimizeText } from './report/optimize-text.js';
export { compare, type CompareOption, type CompareResult } from './compare/compare.js';
export { compareTable, renderCompareCsv, renderCompareHtml } from './report/compare-render.js';
export { scenarioForm, formNodeAt, type FormNode, type FormField, type FormGroup, type FormList, type FormMap, type FormChoice, type ValueKind, type Texts } from './form/form.js';
export { applyEdits, diffValues, scenarioValue, validPath, EDIT_LIMITS, type Edit, type EditPath, type EditResult } from './form/edit.js';
