import type { Command } from 'commander';
import { ANALYSIS_INPUTS, type Lang, optionName } from '@capa/core';
import { h } from '../../help/index.js';
import { type CommandDef, defineCommand, type OptionRow } from '../define.js';
import type { CommandOutput, OutputOptions } from '../../run.js';
import { ALERT_INPUTS, alertsCommand } from './alerts.js';
import { analyzeCommand } from './analyze.js';
import { forecastCommand } from './forecast.js';
import { importCommands } from './import.js';

export type Handler = (opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]) => CommandOutput | Promise<CommandOutput>;

/**
 * The importer's commands: `capa import pve|pvesh|ceph|libvirt|rvtools` and `capa analyze`.
 * `capa memory` and friends start as fast as before: the importer package itself (https, parsers,
 * zod) is loaded at run time from @capa/importer, only by these commands. Help in the run's language.
 */
export function registerImporterCommands(program: Command, common: (cmd: Command, handler: Handler) => Command, lang: Lang): void {
  // The handlers are small and bundled; what they need from @capa/importer (zod, parsers, https) is
  // imported when they run (load.ts), never at start-up.
  const lazy =
    (name: 'pve' | 'pvesh' | 'ceph' | 'libvirt' | 'rvtools' | 'analyze' | 'forecast'): Handler =>
    (opts, out, args) =>
      name === 'analyze' ? analyzeCommand(opts, out, args) : name === 'forecast' ? forecastCommand(opts, out, args) : importCommands[name](opts, out, args);
  const out: OptionRow = ['--out <file>', h(lang, 'import.out')];
  const appendHistory: OptionRow = ['--append-history <file>', h(lang, 'import.appendHistory')];
  const imports: readonly (CommandDef & { readonly name: 'pve' | 'pvesh' | 'ceph' | 'libvirt' | 'rvtools' })[] = [
    {
      name: 'pve',
      desc: 'pve.desc',
      options: [
        ['--url <url>', h(lang, 'pve.url')],
        ['--token <token>', h(lang, 'pve.token')],
        ['--token-file <file>', h(lang, 'pve.tokenFile')],
        ['--fingerprint <sha256>', h(lang, 'pve.fingerprint')],
        ['--ca <file>', h(lang, 'pve.ca')],
        ['--insecure', h(lang, 'pve.insecure')],
        ['--timeout <seconds>', h(lang, 'pve.timeout')],
        ['--retries <n>', h(lang, 'pve.retries')],
        ['--concurrency <n>', h(lang, 'pve.concurrency')],
        ['--max-body <size>', h(lang, 'pve.maxBody')],
        ['--history <timeframe>', h(lang, 'pve.history')],
        appendHistory,
        out,
      ],
      examples: 'ex.pve',
    },
    { name: 'pvesh', desc: 'pvesh.desc', options: [['--dir <dir>', h(lang, 'pvesh.dir')], appendHistory, out], examples: 'ex.pvesh' },
    {
      name: 'ceph',
      desc: 'ceph.desc',
      options: [
        ['--conf <file>', h(lang, 'ceph.conf')],
        ['--id <name>', h(lang, 'ceph.id')],
        ['--dir <dir>', h(lang, 'ceph.dir')],
        ['--timeout <seconds>', h(lang, 'ceph.timeout')],
        appendHistory,
        out,
      ],
      examples: 'ex.importCeph',
    },
    { name: 'libvirt', desc: 'libvirt.desc', options: [['--uri <uri>', h(lang, 'libvirt.uri'), 'repeat'], ['--dir <dir>', h(lang, 'libvirt.dir')], out], examples: 'ex.libvirt' },
    { name: 'rvtools', desc: 'rvtools.desc', argument: ['<path>', 'rvtools.path'], options: [out], examples: 'ex.rvtools' },
  ];
  const imp = program.command('import').description(h(lang, 'import.desc'));
  for (const def of imports) common(defineCommand(imp, def, lang), lazy(def.name));

  // The options are the core's analysis inputs (ANALYSIS_INPUTS): spelling, argument and help.
  const analyzeOptions: OptionRow[] = [
    ...ANALYSIS_INPUTS.map((i): OptionRow => [`${optionName(i.key)} <${i.metavar}>`, i.help[lang], i.repeatable === true ? 'repeat' : undefined]),
    // An estate's own options (several clusters): the grouping override and the waves' size.
    ['--cluster <name=files>', h(lang, 'analyze.cluster'), 'repeat'],
    ['--wave-size <n>', h(lang, 'analyze.waveSize')],
    ['--wave-ram <size>', h(lang, 'analyze.waveRam')],
  ];
  common(defineCommand(program, { name: 'analyze', desc: 'analyze.desc', argument: ['<inventory...>', 'analyze.inventory'], options: analyzeOptions, examples: 'ex.analyze' }, lang), lazy('analyze'));

  // capa alerts: its own options, then the analysis inputs that change a threshold (the core's list).
  const alertOptions: OptionRow[] = [
    ['--format <format>', h(lang, 'alerts.format')],
    ['--out <file>', h(lang, 'alerts.out')],
    ['--for <duration>', h(lang, 'alerts.for')],
    ['--pve-matchers <matchers>', h(lang, 'alerts.pveMatchers')],
    ['--ceph-matchers <matchers>', h(lang, 'alerts.cephMatchers')],
    ...ALERT_INPUTS.map((i): OptionRow => [`${optionName(i.key)} <${i.metavar}>`, i.help[lang], i.repeatable === true ? 'repeat' : undefined]),
  ];
  common(defineCommand(program, { name: 'alerts', desc: 'alerts.desc', argument: ['<inventory...>', 'alerts.inventory'], options: alertOptions, examples: 'ex.alerts' }, lang), alertsCommand);

  common(
    defineCommand(
      program,
      {
        name: 'forecast',
        desc: 'forecast.desc',
        argument: ['<inventory>', 'forecast.inventory'],
        options: [
          ['--history <file>', h(lang, 'forecast.history')],
          ['--horizon <duration>', h(lang, 'forecast.horizon')],
          ['--format <format>', h(lang, 'forecast.format')],
        ],
        examples: 'ex.forecast',
      },
      lang,
    ),
    lazy('forecast'),
  );
}
