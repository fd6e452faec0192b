import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { badInput, type CommandOutput, type OutputOptions } from '../../run.js';
import { loadReader } from '../importer/load.js';
import type { Handler } from '../importer/register.js';

/**
 * The planner's commands (`capa plan`, `capa optimize`, `capa compare`). The planner (YAML, zod,
 * the plan, optimizer and reports) is imported inside the handlers, so `capa memory` never loads it.
 */
const FORMATS = ['text', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];
type Planner = typeof import('@capa/planner');

interface Paths { readonly catalogue: string; readonly examples: readonly string[] }

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
  if (typeof f !== 'string' || !(FORMATS as readonly string[]).includes(f)) return badInput([{ option: '--format', value: f, message: `must be one of ${FORMATS.join(', ')}` }]);
  if (out.json) return badInput([{ option: '--format', value: f, message: 'give either --json or --format, not both' }]);
  return f as Format;
}

function finish(r: Awaited<ReturnType<Planner['runPlan']>>, json: boolean): CommandOutput {
  if (!r.ok) return badInput(r.problems.map((p) => ({ option: p.option, value: p.value, message: p.message })));
  return { stdout: r.stdout, stderr: '', code: r.failed ? 1 : 0, json };
}

/** Scenario and catalogue files are read through the CLI's one bounded reader (16 MiB at most). */
async function common(opts: Record<string, unknown>, out: OutputOptions, p: Paths, format: Format) {
  const cat = opts['catalogue'];
  const { readInputFile, INPUT_FILE_LIMIT } = await loadReader();
  const read = (path: string) => readInputFile(path, { limitBytes: INPUT_FILE_LIMIT, lang: out.lang });
  return { lang: out.lang, json: out.json, explain: out.explain, format, defaultCatalogue: p.catalogue, read, allowCataloguePath: opts['allowCataloguePath'] === true, ...(typeof cat === 'string' ? { catalogue: cat } : {}) };
}

export async function planCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const format = readFormat(opts, out);
  if (typeof format !== 'string') return format;
  const example = opts['example'];
  const file = args[0];
  if (args.length > 1) return badInput([{ option: 'FILE', value: args.slice(1).join(' '), message: 'capa plan takes one scenario file (capa compare takes several)' }]);
  if (file !== undefined && example !== undefined) return badInput([{ option: '--example', value: example, message: 'give a scenario FILE or --example NAME, not both' }]);
  if (file === undefined && example === undefined) return badInput([{ option: 'FILE', value: undefined, message: 'is required: capa plan FILE, or capa plan --example NAME' }]);
  const planner = await loadPlanner();
  const p = paths();
  let path = file;
  if (path === undefined) {
    const r = planner.resolveExample(String(example), p.examples);
    if (typeof r !== 'string') return badInput([{ option: r.option, value: r.value, message: r.message }]);
    path = r;
  }
  return finish(planner.runPlan(path, await common(opts, out, p, format)), out.json);
}

export async function optimizeCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const file = args[0];
  if (file === undefined) return badInput([{ option: 'FILE', value: undefined, message: 'is required: capa optimize FILE (a scenario with an optimize section)' }]);
  if (args.length > 1) return badInput([{ option: 'FILE', value: args.slice(1).join(' '), message: 'capa optimize takes one scenario file' }]);
  if (opts['format'] !== undefined) return badInput([{ option: '--format', value: opts['format'], message: 'capa optimize prints text or --json' }]);
  let top: number | undefined;
  if (opts['top'] !== undefined) {
    const v = String(opts['top']);
    if (!/^\d+$/.test(v) || Number(v) > 100) return badInput([{ option: '--top', value: v, message: 'must be a whole number from 0 to 100' }]);
    top = Number(v);
  }
  const planner = await loadPlanner();
  const p = paths();
  return finish(planner.runOptimize(file, { ...(await common(opts, out, p, 'text')), top, now: () => performance.now() }), out.json);
}

export async function compareCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const format = readFormat(opts, out);
  if (typeof format !== 'string') return format;
  if (args.length < 2 || args.length > 3) return badInput([{ option: 'FILES', value: args.join(' ') || undefined, message: 'capa compare takes 2 or 3 scenario files' }]);
  const planner = await loadPlanner();
  return finish(planner.runCompare(args, await common(opts, out, paths(), format)), out.json);
}

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export function registerPlannerCommands(program: Command, common_: (cmd: Command, handler: Handler) => Command): void {
  common_(
    program.command('plan').description('Whole-cluster plan from a scenario file: one verdict per area, the worst-case failure, durability, cost')
      .argument('[file]', 'scenario file (YAML or JSON; see docs/scenario.md)')
      .option('--example <name>', 'a built-in scenario: examples/NAME.yaml')
      .option('--format <format>', `output format: ${FORMATS.join(', ')} (default text; md and html are full reports with derivations)`)
      .option('--catalogue <path>', 'procurement catalogue directory or file (default: the built-in one)')
      .option('--allow-catalogue-path', "let the scenario's catalogue: key name a path outside the scenario's directory (refused by default)")
      .addHelpText('after', examples([
        'capa plan --example procurement-blade-mx760c             # exit 0: passes, with warnings',
        'capa plan --example field-mx7000-mx740c                 # exit 1: the fullest OSD passes backfillfull after a host loss',
        'capa plan examples/course-200tb-8-disks.yaml --explain   # exit 1: the course\'s 8 × 16 TB is short',
        'capa plan --example course-200tb-12-disks --format html  # a printable report (redirect to a file)',
        'capa plan --example field-fx2-fc630 --json --lang fr',
      ])),
    planCommand,
  );
  common_(
    program.command('optimize').description('Cheapest configuration (nodes, platform, sockets, DIMMs, disks, NIC) passing every check of a scenario')
      .argument('[file]', 'scenario file with an optimize section (the search space; see docs/scenario.md)')
      .option('--top <n>', 'runners-up to list (default: optimize.top, 3)')
      .option('--catalogue <path>', 'procurement catalogue directory or file (default: the built-in one)')
      .option('--allow-catalogue-path', "let the scenario's catalogue: key name a path outside the scenario's directory (refused by default)")
      .addHelpText('after', examples([
        'capa optimize examples/optimize-300-vms.yaml',
        'capa optimize examples/optimize-300-vms.yaml --json | jq .best.cost',
      ])),
    optimizeCommand,
  );
  common_(
    program.command('compare').description('Two or three scenarios side by side: cost over the period, usable RAM and safe Ceph after a failure, cost per usable GiB/TB, recovery, durability, checks')
      .argument('[files...]', '2 or 3 scenario files')
      .option('--format <format>', `output format: ${FORMATS.join(', ')} (default text)`)
      .option('--catalogue <path>', 'procurement catalogue directory or file (default: the built-in one)')
      .option('--allow-catalogue-path', "let the scenario's catalogue: key name a path outside the scenario's directory (refused by default)")
      .addHelpText('after', examples([
        'capa compare examples/procurement-2s-xeon6.yaml examples/procurement-1s-epyc.yaml examples/procurement-blade-mx760c.yaml',
        'capa compare examples/procurement-1s-epyc.yaml examples/procurement-2s-xeon6.yaml --format md --lang fr',
      ])),
    compareCommand,
  );
}
