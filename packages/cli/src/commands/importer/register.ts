import type { Command } from 'commander';
import type { CommandOutput, OutputOptions } from '../../run.js';

export type Handler = (opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]) => CommandOutput | Promise<CommandOutput>;

/**
 * The importer's commands (`capa import ...`, `capa analyze`), registered by the importer work.
 * `common` adds --json/--explain/--lang and runs the handler.
 */
export function registerImporterCommands(_program: Command, _common: (cmd: Command, handler: Handler) => Command): void {
  // Filled in by the importer issue.
}
