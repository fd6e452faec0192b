import type { Command } from 'commander';
import { ANALYSIS_INPUTS, type Lang, optionName } from '@capa/core';
import { examplesText, h } from '../../help/index.js';
import type { CommandOutput, OutputOptions } from '../../run.js';
import { analyzeCommand } from './analyze.js';
import { importCommands } from './import.js';

export type Handler = (opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]) => CommandOutput | Promise<CommandOutput>;

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * The importer's commands: `capa import pve|pvesh|ceph|libvirt|rvtools` and `capa analyze`.
 * `capa memory` and friends start as fast as before: the importer package itself (https, parsers,
 * zod) is loaded at run time from @capa/importer, only by these commands. Help in the run's language.
 */
export function registerImporterCommands(program: Command, common: (cmd: Command, handler: Handler) => Command, lang: Lang): void {
  // The handlers are small and bundled; what they need from @capa/importer (zod, parsers, https) is
  // imported when they run (load.ts), never at start-up.
  const lazy =
    (name: 'pve' | 'pvesh' | 'ceph' | 'libvirt' | 'rvtools' | 'analyze'): Handler =>
    (opts, out, args) =>
      name === 'analyze' ? analyzeCommand(opts, out, args) : importCommands[name](opts, out, args);
  const outOpt = (c: Command) => c.option('--out <file>', h(lang, 'import.out'));

  const imp = program.command('import').description(h(lang, 'import.desc'));

  common(
    outOpt(
      imp
        .command('pve')
        .description(h(lang, 'pve.desc'))
        .option('--url <url>', h(lang, 'pve.url'))
        .option('--token <token>', h(lang, 'pve.token'))
        .option('--token-file <file>', h(lang, 'pve.tokenFile'))
        .option('--fingerprint <sha256>', h(lang, 'pve.fingerprint'))
        .option('--ca <file>', h(lang, 'pve.ca'))
        .option('--insecure', h(lang, 'pve.insecure'))
        .option('--timeout <seconds>', h(lang, 'pve.timeout'))
        .option('--retries <n>', h(lang, 'pve.retries'))
        .option('--concurrency <n>', h(lang, 'pve.concurrency'))
        .option('--max-body <size>', h(lang, 'pve.maxBody'))
        .addHelpText('after', examplesText(lang, 'ex.pve')),
    ),
    lazy('pve'),
  );

  common(outOpt(imp.command('pvesh').description(h(lang, 'pvesh.desc')).option('--dir <dir>', h(lang, 'pvesh.dir')).addHelpText('after', examplesText(lang, 'ex.pvesh'))), lazy('pvesh'));

  common(
    outOpt(
      imp
        .command('ceph')
        .description(h(lang, 'ceph.desc'))
        .option('--conf <file>', h(lang, 'ceph.conf'))
        .option('--id <name>', h(lang, 'ceph.id'))
        .option('--dir <dir>', h(lang, 'ceph.dir'))
        .option('--timeout <seconds>', h(lang, 'ceph.timeout'))
        .addHelpText('after', examplesText(lang, 'ex.importCeph')),
    ),
    lazy('ceph'),
  );

  common(
    outOpt(
      imp
        .command('libvirt')
        .description(h(lang, 'libvirt.desc'))
        .option('--uri <uri>', h(lang, 'libvirt.uri'), collect, [] as string[])
        .option('--dir <dir>', h(lang, 'libvirt.dir'))
        .addHelpText('after', examplesText(lang, 'ex.libvirt')),
    ),
    lazy('libvirt'),
  );

  common(outOpt(imp.command('rvtools').description(h(lang, 'rvtools.desc')).argument('<path>', h(lang, 'rvtools.path')).addHelpText('after', examplesText(lang, 'ex.rvtools'))), lazy('rvtools'));

  const analyze = program.command('analyze').description(h(lang, 'analyze.desc')).argument('<inventory...>', h(lang, 'analyze.inventory'));
  // The options are the core's analysis inputs (ANALYSIS_INPUTS): spelling, argument and help.
  for (const i of ANALYSIS_INPUTS) {
    const flags = `${optionName(i.key)} <${i.metavar}>`;
    if (i.repeatable === true) analyze.option(flags, i.help[lang], collect, [] as string[]);
    else analyze.option(flags, i.help[lang]);
  }
  common(analyze.addHelpText('after', examplesText(lang, 'ex.analyze')), lazy('analyze'));
}
