/** @capa/planner: scenario files → whole-cluster plan, procurement cost, optimizer, comparison. */
export { scenarioJsonSchema, scenarioSchema, type ScenarioDoc } from './scenario/schema.js';
export { parseScenarioText, loadScenarioFile, type LoadResult, type ParseOptions } from './scenario/load.js';
export type { ReadText } from './scenario/load-messages.js';
export type { ScenarioIssue } from './scenario/issues.js';
export type { Scenario, NodeModel, PoolModel } from './scenario/model.js';
export { loadCatalogue, parseCatalogueText, mergeCatalogue, type CatalogueResult, type CatalogueReadOptions } from './catalogue/load.js';
export { newestSubscriptionTable, type Catalogue, type Platform } from './catalogue/schema.js';
export { plan, type PlanOptions } from './plan/plan.js';
export { PlanInputError, type Area, type AreaId, type PlanResult, type PlanMetrics, type FailureStory, type PoolDurability, type CostSummary, type Figure } from './plan/types.js';
export { renderPlanText } from './report/plan-text.js';
export { renderPlanMarkdown } from './report/plan-markdown.js';
export { renderPlanHtml } from './report/plan-html.js';
export { escapeHtml, escapeMd } from './report/escape.js';
export { runPlan, resolveExample, exampleNames, FORMATS, type CommandResult, type CommonRun, type Format, type Problem } from './commands.js';
export {
  optimize,
  optimizeSteps,
  type OptimizeProgress,
  exhaustive,
  sortedCandidates,
  candidateScenario,
  candidateNodes,
  type Candidate,
  type OptimizeResult,
  type OptimizeOptions,
} from './optimize/optimize.js';
export { buildSpace, type NodeOption, type SearchSpace } from './optimize/space.js';
export { makeEvaluator, type Evaluator } from './optimize/evaluate.js';
export { renderOptimizeText } from './report/optimize-text.js';
export { runOptimize } from './commands.js';
export { compare, type CompareOption, type CompareResult } from './compare/compare.js';
export { renderCompareText, renderCompareMarkdown, renderCompareHtml, renderCompareCsv, compareTable } from './report/compare-render.js';
export { runCompare } from './commands.js';
