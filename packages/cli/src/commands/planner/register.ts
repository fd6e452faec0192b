import type { Command } from 'commander';
import type { Handler } from '../importer/register.js';

/**
 * The planner's commands (`capa plan`, `capa optimize`, `capa compare`), registered by the planner work.
 * `common` adds --json/--explain/--lang and runs the handler.
 */
export function registerPlannerCommands(_program: Command, _common: (cmd: Command, handler: Handler) => Command): void {
  // Filled in by the planner issue.
}
