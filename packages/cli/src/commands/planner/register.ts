import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '@capa/core';
import type { Command } from 'commander';
import { h } from '../../help/index.js';
import { say } from '../../messages.js';
import { badInput, type CommandOutput, type OutputOptions } from '../../run.js';
import { type CommandDef, defineCommand, type OptionRow } from '../define.js';
import { loadReader } from '../importer/load.js';
import type { Handler } from '../importer/register.js';

/**
 * The planner's commands (`capa plan`, `capa optimize`, `capa compare`). The planner (YAML, zod,
 * the plan, optimizer and reports) is imported inside the handlers, so `capa memory` never loads it.
 */
const FORMATS = ['text', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];
type Planner = typeof import('@capa/planner');

interface Paths {
  readonly catalogue: string;
  readonly examples: readonly string[];
}

/** The built-in catalogue ships with @capa/planner; the examples live at the repository root beside it. */
function paths(): Paths {
  const root = dirname(createRequire(import.meta.url).resolve('@capa/planner/package.json'));
  return { catalogue: join(root, 'catalogue'), examples: [join(root, '..', '..', 'examples'), join(process.cwd(), 'examples')] };
}

/**
 * Loads @capa/planner from its own build at run time. A literal `import('@capa/planner')` would be
 * bundled by esbuild, which then wraps @capa/core (shared with the eager commands) in lazy
 * initialisers and stops tree-shaking mathjs: `capa memory` would evaluate all of mathjs at start
 * (~0.7 s). Resolving the path at run time keeps the planner, YAML and zod classic out of the bundle.
 */
async function loadPlanner(): Promise<Planner> {
  const entry = createRequire(import.meta.url).resolve('@capa/planner/bundle');
  return (await import(pathToFileURL(entry).href)) as Planner;
}

function readFormat(opts: Record<string, unknown>, out: OutputOptions): Format | CommandOutput {
  const f = opts['format'];
  if (f === undefined) return 'text';
  if (typeof f !== 'string' || !(FORMATS as readonly string[]).includes(f))
    return badInput([{ option: '--format', value: f, message: say('plan.format', out.lang, { allowed: FORMATS.join(', ') }) }], out.lang);
  if (out.json) return badInput([{ option: '--format', value: f, message: say('plan.formatJson', out.lang) }], out.lang);
  return f as Format;
}

function finish(r: Awaited<ReturnType<Planner['runPlan']>>, out: OutputOptions): CommandOutput {
  const json = out.json;
  if (!r.ok)
    return badInput(
      r.problems.map((p) => ({ option: p.option, value: p.value, message: p.message })),
      out.lang,
    );
  return { stdout: r.stdout, stderr: '', code: r.failed ? 1 : 0, json };
}

/** Scenario and catalogue files are read through the CLI's one bounded reader (16 MiB at most). */
async function common(opts: Record<string, unknown>, out: OutputOptions, p: Paths, format: Format) {
  const cat = opts['catalogue'];
  const { readInputFile, INPUT_FILE_LIMIT } = await loadReader();
  const read = (path: string) => readInputFile(path, { limitBytes: INPUT_FILE_LIMIT, lang: out.lang });
  return {
    lang: out.lang,
    json: out.json,
    explain: out.explain,
    format,
    defaultCatalogue: p.catalogue,
    read,
    allowCataloguePath: opts['allowCataloguePath'] === true,
    ...(typeof cat === 'string' ? { catalogue: cat } : {}),
  };
}

export async function planCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const format = readFormat(opts, out);
  if (typeof format !== 'string') return format;
  const example = opts['example'];
  const file = args[0];
  if (args.length > 1) return badInput([{ option: 'FILE', value: args.slice(1).join(' '), message: say('plan.oneFile', out.lang) }], out.lang);
  if (file !== undefined && example !== undefined) return badInput([{ option: '--example', value: example, message: say('plan.fileOrExample', out.lang) }], out.lang);
  if (file === undefined && example === undefined) return badInput([{ option: 'FILE', value: undefined, message: say('plan.required', out.lang) }], out.lang);
  const planner = await loadPlanner();
  const p = paths();
  let path = file;
  if (path === undefined) {
    const r = planner.resolveExample(String(example), p.examples, out.lang);
    if (typeof r !== 'string') return badInput([{ option: r.option, value: r.value, message: r.message }], out.lang);
    path = r;
  }
  return finish(planner.runPlan(path, await common(opts, out, p, format)), out);
}

export async function optimizeCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const file = args[0];
  if (file === undefined) return badInput([{ option: 'FILE', value: undefined, message: say('optimize.required', out.lang) }], out.lang);
  if (args.length > 1) return badInput([{ option: 'FILE', value: args.slice(1).join(' '), message: say('optimize.oneFile', out.lang) }], out.lang);
  if (opts['format'] !== undefined) return badInput([{ option: '--format', value: opts['format'], message: say('optimize.format', out.lang) }], out.lang);
  let top: number | undefined;
  if (opts['top'] !== undefined) {
    const v = String(opts['top']);
    if (!/^\d+$/.test(v) || Number(v) > 100) return badInput([{ option: '--top', value: v, message: say('optimize.top', out.lang) }], out.lang);
    top = Number(v);
  }
  const planner = await loadPlanner();
  const p = paths();
  return finish(planner.runOptimize(file, { ...(await common(opts, out, p, 'text')), top, now: () => performance.now() }), out);
}

export async function compareCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const format = readFormat(opts, out);
  if (typeof format !== 'string') return format;
  if (args.length < 2 || args.length > 3) return badInput([{ option: 'FILES', value: args.join(' ') || undefined, message: say('compare.files', out.lang) }], out.lang);
  const planner = await loadPlanner();
  return finish(planner.runCompare(args, await common(opts, out, paths(), format)), out);
}

export function registerPlannerCommands(program: Command, common_: (cmd: Command, handler: Handler) => Command, lang: Lang): void {
  const formats = FORMATS.join(', ');
  const catalogue: readonly OptionRow[] = [
    ['--catalogue <path>', h(lang, 'plan.catalogue')],
    ['--allow-catalogue-path', h(lang, 'plan.allowCataloguePath')],
  ];
  const commands: readonly [CommandDef, Handler][] = [
    [
      {
        name: 'plan',
        desc: 'plan.desc',
        argument: ['[file]', 'plan.file'],
        options: [['--example <name>', h(lang, 'plan.example')], ['--format <format>', h(lang, 'plan.format', { formats })], ...catalogue],
        examples: 'ex.plan',
      },
      planCommand,
    ],
    [{ name: 'optimize', desc: 'optimize.desc', argument: ['[file]', 'optimize.file'], options: [['--top <n>', h(lang, 'optimize.top')], ...catalogue], examples: 'ex.optimize' }, optimizeCommand],
    [
      {
        name: 'compare',
        desc: 'compare.desc',
        argument: ['[files...]', 'compare.files'],
        options: [['--format <format>', h(lang, 'compare.format', { formats })], ...catalogue],
        examples: 'ex.compare',
      },
      compareCommand,
    ],
  ];
  for (const [def, handler] of commands) common_(defineCommand(program, def, lang), handler);
}
