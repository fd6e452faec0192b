import { Command, CommanderError } from 'commander';
import { BLUESTORE_SPEC, BOND_SPEC, CEPH_SPEC, MEMORY_DEFAULTS, PG_SPEC, QUORUM_SPEC, safeText } from '@capa/core';
import { dflt, sizeArg } from './defaults.js';
import { cephCommand } from './commands/ceph.js';
import { memoryCommand } from './commands/memory.js';
import { PGS_SHOWN, placementCommand } from './commands/placement.js';
import { detectLang } from './lang.js';
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

/** --json, --explain and --lang on every command; --lang is validated like any input. */
function common(cmd: Command, handler: Handler): Command {
  return cmd
    .option('--json', 'print the result as JSON (integer bytes, bits per second, fractions in [0,1])')
    .option('--explain', 'show the derivation step by step, with sources')
    .option('--lang <lang>', 'language of messages: en or fr (default from LANG)')
    .action(async (...args: unknown[]) => {
      // commander passes positional arguments first, then the options object, then the command.
      const opts = (args.at(-2) ?? {}) as Record<string, unknown>;
      const positional = args.slice(0, -2).flat().filter((a): a is string => typeof a === 'string');
      const langOpt = opts['lang'];
      if (langOpt !== undefined && langOpt !== 'en' && langOpt !== 'fr') {
        write(badInput([{ option: '--lang', value: langOpt, message: 'must be en or fr' }]));
        return;
      }
      const lang = langOpt === 'en' || langOpt === 'fr' ? langOpt : detectLang(process.env);
      write(await handler(opts, { json: opts['json'] === true, explain: opts['explain'] === true, lang }, positional));
    });
}

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command('capa')
  .description('Capacity planning and cluster sizing for Proxmox VE and Ceph: every figure with its derivation.\nSizes: 512GiB, 16TB, 739.85 GiB, 0.5TiB. Rates: 10Gb/s, 25GbE, 10G. Ratios: 0.75 or 75%.')
  .version(VERSION)
  .exitOverride()
  .showHelpAfterError('(add --help for usage and worked examples)');

common(
  program.command('memory').description('N − f memory rule: usable guest RAM of given nodes, or the node RAM a guest total needs')
    .option('--nodes <n>', 'number of nodes')
    .option('--node-ram <size>', 'RAM per node, or a comma list for different nodes (512GiB,512GiB,256GiB)')
    .option('--guest-ram <size>', 'total guest RAM to host (gives the RAM needed per node)')
    .option('--failures <f>', `nodes that may fail ${dflt(MEMORY_DEFAULTS.failures)}`)
    .option('--max-utilization <u>', `maximum memory utilisation with the failures ${dflt(MEMORY_DEFAULTS.maxUtilization)}`)
    .option('--host-reserve <size>', `system reservation per node (~2GiB suggested; default ${sizeArg(MEMORY_DEFAULTS.hostReserveBytes)}, the course rule)`)
    .option('--osds-per-node <k>', 'Ceph OSDs per node (reserves OSD memory)')
    .option('--osd-memory <size>', `osd_memory_target per OSD (default ${sizeArg(MEMORY_DEFAULTS.osdMemoryBytes)}; 8GiB advised)`)
    .option('--osd-size <size>', 'OSD size, for the "1 GB of RAM per TB" rule')
    .option('--zfs-arc <size>', 'ZFS ARC per node')
    .option('--ksm <ratio>', 'stated KSM savings as a fraction of guest RAM (never assumed)')
    .option('--vcpus <n>', 'total guest vCPUs (overcommit check)')
    .option('--threads-per-node <n>', 'hardware threads per node (overcommit check)')
    .option('--max-overcommit <r>', `maximum vCPU:pCPU with the failures ${dflt(MEMORY_DEFAULTS.maxOvercommit)}`)
    .option('--qdevice', 'an external QDevice votes (quorum with the failures)')
    .option('--purchasable <sizes>', 'comma list of purchasable node RAM sizes (replaces the default list)')
    .addHelpText('after', examples([
      'capa memory --nodes 3 --node-ram 512GiB              # 768 GiB usable (50 %)',
      'capa memory --nodes 5 --guest-ram 700GB              # 233.33 GB/node → buy 256 GiB',
      'capa memory --nodes 4 --node-ram 256GiB --host-reserve 2GiB --osds-per-node 4 --osd-memory 8GiB --explain',
    ])),
  memoryCommand,
);

common(
  withSpecOptions(program.command('ceph'), CEPH_SPEC)
    .addHelpText('after', examples([
      'capa ceph --nodes 5 --osds-per-node 1 --osd-size 20TB --replicas 3   # 33.33 TB usable',
      'capa ceph --nodes 4 --osds-per-node 2 --osd-size 739.85GiB --ec 2+1 --explain',
      'capa ceph --nodes 5 --data 200TB --replicas 3 --disk-size 16TB      # 132 TB/node by the rule of thumb',
      'capa ceph --nodes 5 --osds-per-node 4 --osd-size 4TB --stored 20TB --link-speed 25Gb/s --osd-write 500MB/s',
      'capa ceph --host-osds 4x16TB,4x16TB,2x8TB+1x16TB --replicas 3     # mixed hosts: the 32 TB host bounds it',
    ])),
  cephCommand,
);

common(
  withSpecOptions(program.command('bluestore'), BLUESTORE_SPEC)
    .addHelpText('after', examples([
      'capa bluestore --osd-size 16TB                      # DB 320–800 GB, WAL 160 GB (course)',
      'capa bluestore --osd-size 16TB --rule ceph-rbd      # DB 160–320 GB',
      'capa bluestore --osd-size 16TB --rule proxmox --osds-per-db 4   # 4 × 1.6 TB = 6.4 TB (WAL in the DB)',
      'capa bluestore --osd-size 16TB --osds-per-db 4 --db-device-size 1.6TB --dwpd 3 --db-write 40MB/s',
    ])),
  specCommand(BLUESTORE_SPEC),
);

common(
  withSpecOptions(program.command('pg'), PG_SPEC)
    .addHelpText('after', examples([
      'capa pg --osds 12 --pool rbd:size=3:ratio=1                      # 512',
      'capa pg --osds 12 --pool meta:ratio=0.1:bias=4 --pool data:ratio=0.9   # 128 and 256',
      'capa pg --osds 60 --pool ecdata:ec=4+2:bulk                       # 1024',
      'capa pg --osds 85 --pool rbd:ratio=1 --method pgcalc              # 4096 (PGCalc) vs 2048 (autoscaler)',
    ])),
  specCommand(PG_SPEC),
);

common(
  withSpecOptions(program.command('bond'), BOND_SPEC)
    .addHelpText('after', examples([
      'capa bond --links 2 --speed 10Gb/s --mode lacp                  # 20 / 10 / 10 Gb/s',
      'capa bond --links 2 --speed 10Gb/s --mode active-backup         # 10 / 10 / 10 Gb/s',
      'capa bond --links 4 --speed 25GbE --hash layer3+4 --flows 8     # ≈ 90 % of 100 Gb/s',
    ])),
  specCommand(BOND_SPEC),
);

common(
  withSpecOptions(program.command('quorum'), QUORUM_SPEC)
    .addHelpText('after', examples(['capa quorum --nodes 2 --qdevice', 'capa quorum --nodes 5 --mons 3'])),
  specCommand(QUORUM_SPEC),
);

common(
  program.command('placement').description('Ceph’s PG placement as Ceph computes it (CRUSH): every PG’s up set and primary, PG shards and expected fill per OSD and host, with OSDs or hosts down and out')
    .argument('[inventory]', 'an inventory JSON file from capa import ceph (instead of --osdmap/--crush)')
    .option('--osdmap <file>', 'ceph osd dump -f json (osd-dump.json)')
    .option('--crush <file>', 'ceph osd crush dump -f json (osd-crush-dump.json)')
    .option('--pool <id|name>', 'one pool only (default: every pool)')
    .option('--out <osd>', 'mark this OSD down and out, e.g. 3 or osd.3 (repeatable)', collect, [] as string[])
    .option('--fail-host <name>', 'mark every OSD of this CRUSH host down and out (repeatable)', collect, [] as string[])
    .option('--all', `list every PG in the terminal (default: the first ${PGS_SHOWN} of each pool; --json always has all)`)
    .option('--top <n>', 'fullest OSDs listed (default 5)')
    .addHelpText('after', examples([
      'capa placement --osdmap osd-dump.json --crush osd-crush-dump.json',
      'capa placement ceph.json --fail-host pve3 --json',
      'capa placement ceph.json --pool rbd --out 5 --out osd.7',
    ])),
  placementCommand,
);

registerImporterCommands(program, common);
registerPlannerCommands(program, common);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version are successes; every other parse error is bad input (exit 2).
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`capa: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  }
}
