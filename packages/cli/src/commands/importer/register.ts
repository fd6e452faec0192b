import type { Command } from 'commander';
import { ANALYSIS_INPUTS, optionName } from '@capa/core';
import type { CommandOutput, OutputOptions } from '../../run.js';
import { analyzeCommand } from './analyze.js';
import { importCommands } from './import.js';

export type Handler = (opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]) => CommandOutput | Promise<CommandOutput>;

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * The importer's commands: `capa import pve|pvesh|ceph|libvirt|rvtools` and `capa analyze`.
 * `capa memory` and friends start as fast as before: the importer package itself (https, parsers,
 * zod) is loaded at run time from @capa/importer, only by these commands.
 */
export function registerImporterCommands(program: Command, common: (cmd: Command, handler: Handler) => Command): void {
  // The handlers are small and bundled; what they need from @capa/importer (zod, parsers, https) is
  // imported when they run (load.ts), never at start-up.
  const lazy = (name: 'pve' | 'pvesh' | 'ceph' | 'libvirt' | 'rvtools' | 'analyze'): Handler => (opts, out, args) =>
    name === 'analyze' ? analyzeCommand(opts, out, args) : importCommands[name](opts, out, args);
  const outOpt = (c: Command) => c.option('--out <file>', 'write the inventory JSON to FILE (default: stdout)');

  const imp = program.command('import').description('Read a cluster inventory (Proxmox VE API or pvesh dumps, Ceph, libvirt, RVTools) into one JSON inventory for capa analyze');

  common(outOpt(imp.command('pve').description('Proxmox VE API over HTTPS, read-only (GET only); a PVEAuditor token is enough')
    .option('--url <url>', 'https://HOST:8006 (any cluster node)')
    .option('--token <token>', "API token 'USER@REALM!TOKENID=SECRET' (prefer CAPA_PVE_TOKEN or --token-file: a command line is visible to other users)")
    .option('--token-file <file>', 'read the token from FILE (first line)')
    .option('--fingerprint <sha256>', "pin the server certificate's SHA-256 fingerprint (Proxmox's self-signed certificate; shown in the web UI under Certificates)")
    .option('--ca <file>', 'trust the CA(s) in FILE (PEM), e.g. a copy of /etc/pve/pve-root-ca.pem')
    .option('--insecure', 'do not verify the TLS certificate at all (not recommended; a warning is recorded)')
    .option('--timeout <seconds>', 'per-request timeout (default 15)')
    .option('--retries <n>', 'retries on network errors, timeouts and HTTP 502/503/504/595/596 (default 3)')
    .option('--concurrency <n>', 'requests in flight (default 4)')
    .option('--max-body <size>', 'largest accepted response (default 32MiB)')
    .addHelpText('after', examples([
      "CAPA_PVE_TOKEN='capa@pve!audit=…' capa import pve --url https://pve1:8006 --fingerprint AB:CD:… --out cluster.json",
      'capa import pve --url https://pve1.example.com:8006 --token-file ~/.capa-token --ca pve-root-ca.pem',
    ]))), lazy('pve'));

  common(outOpt(imp.command('pvesh').description('Offline: a directory of `pvesh get ... --output-format json` dumps mirroring API paths (see docs/importer.md)')
    .option('--dir <dir>', 'directory with cluster/resources.json, nodes/NODE/status.json, nodes/NODE/qemu/VMID/config.json, ...')
    .addHelpText('after', examples(['capa import pvesh --dir ./pve-dump --out cluster.json']))), lazy('pvesh'));

  common(outOpt(imp.command('ceph').description('Ceph through the ceph CLI (osd df, osd tree, df detail, pool ls detail, EC profiles, crush rules, autoscale-status, osd dump, osd crush dump), or a directory of those JSON outputs')
    .option('--conf <file>', 'ceph.conf (default: CEPH_CONF, then /etc/ceph/ceph.conf)')
    .option('--id <name>', "client id, e.g. importer for client.importer (needs mon 'allow r' and mgr 'allow r')")
    .option('--dir <dir>', 'read osd-df.json, osd-tree.json, df-detail.json, ... from DIR instead of running ceph')
    .option('--timeout <seconds>', 'per-command timeout (default 30)')
    .addHelpText('after', examples(['capa import ceph --out ceph.json', 'capa import ceph --conf /etc/pve/ceph.conf --id importer', 'capa import ceph --dir ./ceph-dump']))), lazy('ceph'));

  common(outOpt(imp.command('libvirt').description('libvirt/KVM hosts through virsh (nodeinfo, dumpxml, domblkinfo), or a directory of those outputs')
    .option('--uri <uri>', 'libvirt URI, one per host (repeatable), e.g. qemu+ssh://root@kvm1/system', collect, [] as string[])
    .option('--dir <dir>', 'nodeinfo.txt + NAME.xml (+ NAME.domblkinfo.txt), or one such sub-directory per host')
    .addHelpText('after', examples(['capa import libvirt --uri qemu+ssh://root@kvm1/system --uri qemu+ssh://root@kvm2/system', 'capa import libvirt --uri test:///default']))), lazy('libvirt'));

  common(outOpt(imp.command('rvtools').description('VMware RVTools CSV export (vInfo, vHost, vDisk, vCPU tabs): hosts become nodes, VMs the workload')
    .argument('<path>', 'a directory of RVTools_tab*.csv files, or a single vInfo CSV')
    .addHelpText('after', examples(['capa import rvtools ./rvtools-export --out vmware.json']))), lazy('rvtools'));

  const analyze = program.command('analyze').description('N − f verdict of an imported inventory: memory with the largest node(s) down, placement, CPU overcommit, Ceph fill after a host loss, PGs, headroom, what-ifs')
    .argument('<inventory...>', 'inventory JSON file(s) from capa import (several are merged, e.g. pve.json ceph.json)');
  // The options are the core's analysis inputs (ANALYSIS_INPUTS): spelling, argument and help.
  for (const i of ANALYSIS_INPUTS) {
    const flags = `${optionName(i.key)} <${i.metavar}>`;
    if (i.repeatable === true) analyze.option(flags, i.help.en, collect, [] as string[]);
    else analyze.option(flags, i.help.en);
  }
  common(analyze
    .addHelpText('after', examples([
      'capa analyze cluster.json',
      'capa analyze cluster.json ceph.json --grow 30% --json',
      'capa analyze cluster.json --add-node ram=512GiB,threads=64 --remove-node pve3 --explain',
    ])), lazy('analyze'));
}
