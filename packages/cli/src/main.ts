import { Command, CommanderError } from 'commander';
import { BACKUP_SPEC, BLUESTORE_SPEC, BOND_SPEC, CEPH_SPEC, DRAIN_SPEC, FILER_SPEC, MEMORY_SPEC, NETWORK_SPEC, PG_SPEC, QUORUM_SPEC, safeText } from '@capa/core';
import { cephCommand } from './commands/ceph.js';
import { defineCommand } from './commands/define.js';
import { PGS_SHOWN, placementCommand } from './commands/placement.js';
import { examplesText, configureCommander, h } from './help/index.js';
import { chooseLang } from './lang.js';
import { say } from './messages.js';
import { badInput, type CommandOutput } from './run.js';
import { specCommand, withSpecOptions } from './spec-command.js';

const VERSION = '0.1.0';

import { type Handler, registerImporterCommands } from './commands/importer/register.js';
import { registerPlannerCommands } from './commands/planner/register.js';

/**
 * The one edge where text reaches the terminal: names from scenarios and inventories lose their
 * control characters and escape sequences here (safeText), whatever command printed them.
 */
function write(o: CommandOutput): void {
  if (o.stdout) process.stdout.write(o.json === true ? o.stdout : safeText(o.stdout, { multiline: true }));
  if (o.stderr) process.stderr.write(safeText(o.stderr, { multiline: true }));
  process.exitCode = o.code;
}

/**
 * A reader that closes the pipe early (`capa … | head`) is not an error: stop quietly, as Unix tools
 * do on SIGPIPE, instead of Node's unhandled 'error' stack trace. Other write errors still surface.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/**
 * The language is chosen before commander parses (lang.ts): --lang anywhere on the line, CAPA_LANG,
 * then the locale. commander's help and errors are then built in it.
 */
const CHOICE = chooseLang(process.argv.slice(2), process.env);
const LANG = CHOICE.lang;

/** --json, --explain and --lang on every command; a --lang other than en or fr is refused like any input. */
function common(cmd: Command, handler: Handler): Command {
  return cmd
    .option('--json', h(LANG, 'common.json'))
    .option('--explain', h(LANG, 'common.explain'))
    .option('--lang <lang>', h(LANG, 'common.lang'))
    .action(async (...args: unknown[]) => {
      // commander passes positional arguments first, then the options object, then the command.
      const opts = (args.at(-2) ?? {}) as Record<string, unknown>;
      const positional = args
        .slice(0, -2)
        .flat()
        .filter((a): a is string => typeof a === 'string');
      if (CHOICE.bad !== undefined) {
        write(badInput([{ option: '--lang', value: CHOICE.bad, message: say('cli.lang', LANG) }], LANG));
        return;
      }
      write(await handler(opts, { json: opts['json'] === true, explain: opts['explain'] === true, lang: LANG }, positional));
    });
}

// --lang is the program's too (`capa --lang fr memory`): the program reads it wherever it stands.
const program = configureCommander(new Command('capa'), LANG, VERSION).description(h(LANG, 'program')).option('--lang <lang>', h(LANG, 'common.lang')).exitOverride();

common(withSpecOptions(program.command('memory'), MEMORY_SPEC).addHelpText('after', examplesText(LANG, 'ex.memory')), specCommand(MEMORY_SPEC));

common(withSpecOptions(program.command('ceph'), CEPH_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.ceph')), cephCommand);

common(withSpecOptions(program.command('bluestore'), BLUESTORE_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.bluestore')), specCommand(BLUESTORE_SPEC));

common(withSpecOptions(program.command('pg'), PG_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.pg')), specCommand(PG_SPEC));

common(withSpecOptions(program.command('bond'), BOND_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.bond')), specCommand(BOND_SPEC));

common(withSpecOptions(program.command('quorum'), QUORUM_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.quorum')), specCommand(QUORUM_SPEC));

// The issue names the plan area `filer`: the command takes its name.
common(withSpecOptions(program.command('filer'), FILER_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.filer')), specCommand(FILER_SPEC));
common(withSpecOptions(program.command('backup'), BACKUP_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.backup')), specCommand(BACKUP_SPEC));
common(withSpecOptions(program.command('network'), NETWORK_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.network')), specCommand(NETWORK_SPEC));
common(withSpecOptions(program.command('drain'), DRAIN_SPEC, LANG).addHelpText('after', examplesText(LANG, 'ex.drain')), specCommand(DRAIN_SPEC));

common(
  defineCommand(
    program,
    {
      name: 'placement',
      desc: 'placement.desc',
      argument: ['[inventory]', 'placement.inventory'],
      options: [
        ['--osdmap <file>', h(LANG, 'placement.osdmap')],
        ['--crush <file>', h(LANG, 'placement.crush')],
        ['--pool <id|name>', h(LANG, 'placement.pool')],
        ['--out <osd>', h(LANG, 'placement.out'), 'repeat'],
        ['--fail-host <name>', h(LANG, 'placement.failHost'), 'repeat'],
        ['--all', h(LANG, 'placement.all', { n: PGS_SHOWN })],
        ['--top <n>', h(LANG, 'placement.top')],
      ],
      examples: 'ex.placement',
    },
    LANG,
  ),
  placementCommand,
);

registerImporterCommands(program, common, LANG);
registerPlannerCommands(program, common, LANG);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version are successes; every other parse error is bad input (exit 2).
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`${say('cli.internal', LANG, { message: e instanceof Error ? e.message : String(e) })}\n`);
    process.exitCode = 70;
  }
}
