/**
 * The command lines the French-output test runs: every command, valid input, each kind of refusal,
 * every --help, --explain, the compat inventories, the examples' scenarios and the importer's fixtures.
 * Paths are relative to the repository root (the test runs the CLI there).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../../', import.meta.url).pathname;

const INV = 'packages/cli/test/compat/inventories';
const FIX = 'packages/importer/test/fixtures';
const PLACE = 'packages/cli/test/fixtures/placement';

/**
 * Files the refusals need: a broken JSON, a scenario with a misspelt key and a wrong type; and for
 * placement's warnings, a CRUSH dump with legacy straw buckets (and one with an unknown bucket algorithm,
 * refused) and an inventory with a pool of unknown stored bytes.
 */
function scratch(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'capa-fr-'));
  const files: Record<string, string> = {
    badJson: join(dir, 'bad.json'),
    notInventory: join(dir, 'not-inventory.json'),
    badKey: join(dir, 'bad-key.yaml'),
    badType: join(dir, 'bad-type.yaml'),
    badYaml: join(dir, 'bad.yaml'),
    badEnums: join(dir, 'bad-enums.yaml'),
    crossField: join(dir, 'cross-field.yaml'),
    badOptimize: join(dir, 'bad-optimize.yaml'),
    emptyDir: join(dir, 'empty'),
    strawCrush: join(dir, 'crush-straw.json'),
    badAlgCrush: join(dir, 'crush-bad-alg.json'),
    poolNoBytes: join(dir, 'pool-no-bytes.json'),
    badCatalogue: join(dir, 'bad-catalogue.yaml'),
    clashingCatalogue: join(dir, 'clashing-catalogue'),
  };
  const crush = JSON.parse(readFileSync(join(ROOT, PLACE, 'crush-dump.json'), 'utf8')) as { buckets: { alg: string }[] };
  for (const b of crush.buckets) b.alg = 'straw';
  writeFileSync(files['strawCrush']!, JSON.stringify(crush));
  for (const b of crush.buckets) b.alg = 'nope';
  writeFileSync(files['badAlgCrush']!, JSON.stringify(crush));
  const inv = JSON.parse(readFileSync(join(ROOT, INV, 'sandbox-inventory.json'), 'utf8')) as { ceph: { pools: { storedBytes: number | null }[] } };
  inv.ceph.pools[0]!.storedBytes = null;
  writeFileSync(files['poolNoBytes']!, JSON.stringify(inv));
  writeFileSync(files['badJson']!, '{ "nodes": [');
  writeFileSync(files['notInventory']!, '{ "schema": "capa-inventory", "version": 1, "nodes": 3 }');
  writeFileSync(files['badKey']!, 'name: x\nnodes:\n  count: 3\n  rma: 512GiB\n');
  writeFileSync(files['badType']!, 'name: x\nnodes:\n  count: three\n  ram: 512GiB\n');
  writeFileSync(files['badYaml']!, 'name: [x\n');
  // The schema's enums and literals, then the cross-field checks (they run once the schema passes).
  writeFileSync(
    files['badEnums']!,
    'version: 2\nname: x\nnodes:\n  count: 3\n  ram: 512GiB\n  disks: [{ class: sata, size: 4TB, role: cache }]\n  network: { ceph: { speed: 10Gb/s, mode: lacp2, hash: layer4 } }\nstorage: { ceph: { dbRule: big, pools: [{ name: p, failureDomain: rack, bulk: 1, application: iscsi }] }, external: [{ name: e, kind: ceph, capacity: 1TB }] }\nrules: { qdevice: maybe, cephAfterFailure: full }\n',
  );
  writeFileSync(
    files['crossField']!,
    'name: x\nnodes: { count: 4, sockets: 4, cores: 1, ram: 512GiB, disks: [{ class: ssd, count: 4, size: 4TB }] }\nworkloads: { guestRam: 1GiB, vcpus: 2, data: 10TB, vms: [{ name: v, ram: 1GiB, vcpus: 1, disk: 1TB }] }\nstorage:\n  ceph: { nearfull: 0.95, backfillfull: 0.9, pools: [{ name: p, replicas: 3, ec: 4+2 }, { name: p, share: 0.6, data: 1TB, deviceClass: hdd }] }\n  zfs: [{ name: z, layout: raid5 }]\nrules: { failures: 4 }\n',
  );
  writeFileSync(files['badOptimize']!, 'name: x\noptimize: { nodes: { min: 5, max: 4 }, disksPerNode: { min: 5, max: 4 } }\nstorage: { zfs: [{ name: z, layout: mirror }] }\n');
  mkdirSync(files['emptyDir']!);
  // A catalogue's schema refusals (its own and zod's), then the checks across its files (a directory).
  writeFileSync(
    files['badCatalogue']!,
    'chassis: [{ id: "a b", name: C, bays: 8, price: 1 }]\ndimms: [{ type: "", size: 32GiB, price: 1 }]\nplatforms: [{ id: p, name: P, kind: tower }]\nsubscriptions: [{ id: s, date: 2025-01, source: x, currency: EUR, provenance: me, vat: maybe, perSocketYear: { community: 1, basic: 1, standard: 1, premium: 1 } }]\n',
  );
  mkdirSync(files['clashingCatalogue']!);
  writeFileSync(join(files['clashingCatalogue']!, 'a.yaml'), 'currency: EUR\nchassis: [{ id: c, name: C, bays: 8, price: 1 }, { id: c, name: C, bays: 8, price: 1 }]\n');
  writeFileSync(
    join(files['clashingCatalogue']!, 'b.yaml'),
    'currency: USD\nplatforms: [{ id: p, name: P, kind: blade, sockets: [2], memory: { type: DDR5, channelsPerSocket: 8, slotsPerSocket: 4, speeds: [4800] }, cpus: [{ id: c1, name: C1, cores: 32, price: 1 }], driveBays: 8, nicPorts: 2, nicSpeeds: [25Gb/s], basePrice: 1 }]\n',
  );
  return files;
}

export function cases(): string[][] {
  const f = scratch();
  const HELP = [
    '',
    'memory',
    'ceph',
    'bluestore',
    'pg',
    'bond',
    'quorum',
    'filer',
    'backup',
    'network',
    'drain',
    'placement',
    'import',
    'import pve',
    'import pvesh',
    'import ceph',
    'import libvirt',
    'import rvtools',
    'analyze',
    'alerts',
    'plan',
    'optimize',
    'compare',
  ];
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('optimize'))
    .sort();
  const inventories = readdirSync(join(ROOT, INV))
    .filter((n) => n.endsWith('.json'))
    .sort();
  return [
    ...HELP.map((c) => [...(c ? c.split(' ') : []), '--help']),
    ['help', 'memory'],
    // calculators: valid input, with and without --explain
    ['memory', '--nodes', '3', '--node-ram', '512GiB'],
    ['memory', '--nodes', '3', '--node-ram', '512GiB', '--explain'],
    ['memory', '--nodes', '5', '--guest-ram', '700GB'],
    ['memory', '--nodes', '4', '--node-ram', '256GiB', '--osds-per-node', '4', '--osd-memory', '8GiB', '--vcpus', '200', '--threads-per-node', '32', '--explain'],
    ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '20TB', '--replicas', '3'],
    ['ceph', '--nodes', '4', '--osds-per-node', '2', '--osd-size', '739.85GiB', '--ec', '2+1', '--explain'],
    ['ceph', '--nodes', '5', '--data', '200TB', '--replicas', '3', '--disk-size', '16TB', '--explain'],
    ['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB', '--stored', '20TB', '--link-speed', '25Gb/s', '--osd-write', '500MB/s', '--explain'],
    ['ceph', '--host-osds', '4x16TB,4x16TB,2x8TB+1x16TB', '--replicas', '3', '--explain'],
    ['ceph', '--nodes', '3', '--osds-per-node', '1', '--osd-size', '4TB', '--stored', '7TB'],
    ['bluestore', '--osd-size', '16TB', '--explain'],
    ['backup', '--data', '10TB', '--change-rate', '2%', '--keep', 'last=3,daily=7,weekly=4,monthly=6', '--schedule', 'daily', '--days', '365', '--explain'],
    ['backup', '--target', 'vzdump', '--data', '4TB', '--change-rate', '1%', '--keep', 'last=2', '--schedule', 'weekly', '--link-speed', '1Gb/s', '--largest-guest', '1TB', '--explain'],
    ['backup', '--data', '10TB', '--change-rate', '2%', '--keep', 'last=3,daily=7', '--link-speed', '10Gb/s', '--window', '6h', '--verify', '7', '--explain'],
    ['backup', '--data', '10TB', '--change-rate', '2%', '--keep', 'last=3', '--window', '8x'],
    ['backup', '--data', '100TB', '--change-rate', '5%', '--keep', 'daily=30', '--days', '10', '--link-speed', '1Gb/s', '--offsite'],
    ['backup', '--data', '1TB', '--change-rate', '1%', '--keep', 'last=0'],
    ['backup', '--data', '10TB', '--change-rate', '0', '--keep', 'last=3,dialy=7', '--days', '0', '--jobs', '2', '--start', '2026-02-30'],
    ['bluestore', '--osd-size', '16TB', '--osds-per-db', '4', '--db-device-size', '1.6TB', '--dwpd', '3', '--db-write', '40MB/s'],
    ['pg', '--osds', '12', '--pool', 'meta:ratio=0.1:bias=4', '--pool', 'data:ratio=0.9', '--explain'],
    ['pg', '--osds', '85', '--pool', 'rbd:ratio=1', '--method', 'pgcalc'],
    ['bond', '--links', '2', '--speed', '10Gb/s', '--mode', 'lacp', '--explain'],
    ['bond', '--links', '4', '--speed', '25GbE', '--hash', 'layer3+4', '--flows', '8'],
    ['quorum', '--nodes', '2', '--qdevice', '--explain'],
    ['quorum', '--nodes', '5', '--mons', '3'],
    ['quorum', '--nodes', '2'],
    ['filer', '--raid', '6', '--disks', '12', '--disk-size', '2TB', '--spares', '1', '--speed', '1Gb/s', '--links', '4', '--clients', '3', '--data', '10TB', '--explain'],
    ['filer', '--raid', '5', '--disks', '13', '--disk-size', '16TB', '--group-size', '6', '--overhead', '10%', '--ure', '1e-15', '--data', '200TB', '--explain'],
    ['filer', '--raid', '0', '--disks', '4', '--disk-size', '4TiB'],
    ['network', '--links', '2', '--speed', '25Gb/s', '--class', 'admin=1Gb/s,corosync=10Mb/s', '--class', 'ceph-public=12Gb/s', '--class', 'guests=7Gb/s', '--class', 'backup=10Gb/s', '--explain'],
    ['network', '--links', '1', '--speed', '10Gb/s', '--class', 'ceph-public=5Gb/s', '--class', 'recovery=8Gb/s', '--nvme', '--explain'],
    [
      'drain',
      '--guest-ram',
      '256GiB',
      '--dirty-rate',
      '100MB/s',
      '--speed',
      '10Gb/s',
      '--links',
      '2',
      '--parallel',
      '2',
      '--bwlimit',
      '400MiB/s',
      '--local-disks',
      '500GiB',
      '--nodes',
      '4',
      '--node-ram',
      '512GiB',
      '--cluster-guest-ram',
      '1TiB',
      '--explain',
    ],
    ['drain', '--guest-ram', '64GiB', '--dirty-rate', '2GB/s', '--speed', '10Gb/s', '--nodes', '3', '--node-ram', '256GiB', '--cluster-guest-ram', '600GiB'],
    ['placement', '--osdmap', `${PLACE}/osd-dump.json`, '--crush', `${PLACE}/crush-dump.json`],
    ['placement', `${INV}/sandbox-inventory.json`, '--fail-host', 'pve3'],
    ['placement', `${INV}/mixed-hosts-inventory.json`],
    // placement.crush-assumption (legacy straw buckets) and placement.pool-without-bytes.
    ['placement', '--osdmap', `${PLACE}/osd-dump.json`, '--crush', f['strawCrush']!],
    ['placement', f['poolNoBytes']!],
    // A map the CRUSH reader refuses (crush.unknown-alg): the refusal in French.
    ['placement', '--osdmap', `${PLACE}/osd-dump.json`, '--crush', f['badAlgCrush']!],
    // analyze the compat inventories, plan the examples
    ...inventories.flatMap((n) => [
      ['analyze', `${INV}/${n}`],
      ['analyze', `${INV}/${n}`, '--explain', '--grow', '30%'],
    ]),
    ['analyze', `${INV}/lab-inventory.json`, '--add-node', 'ram=512GiB,threads=64', '--failures', '2'],
    // alerts: the rules (stdout), the summary with --out, a threshold already crossed (warn), refusals
    ['alerts', 'packages/cli/test/fixtures/alerts/passing.json'],
    ['alerts', 'packages/cli/test/fixtures/alerts/near-limit.json', '--out', join(mkdtempSync(join(tmpdir(), 'capa-fr-alerts-')), 'rules.yml')],
    ['alerts', 'packages/cli/test/fixtures/alerts/passing.json', '--failures', '2', '--out', join(mkdtempSync(join(tmpdir(), 'capa-fr-alerts-')), 'rules.yml')],
    ['alerts', `${INV}/mixed-hosts-inventory.json`, '--out', join(mkdtempSync(join(tmpdir(), 'capa-fr-alerts-')), 'rules.yml')],
    ['alerts', 'packages/cli/test/fixtures/alerts/passing.json', '--format', 'nagios', '--for', '5x', '--pve-matchers', 'job=pve'],
    ...examples.map((n) => ['plan', `examples/${n}`]),
    ['plan', 'examples/course-200tb-8-disks.yaml', '--explain'],
    ['plan', '--example', 'field-fx2-fc630', '--format', 'md'],
    ['compare', 'examples/procurement-1s-epyc.yaml', 'examples/procurement-2s-xeon6.yaml'],
    ['optimize', 'examples/optimize-300-vms.yaml'],
    // imports: their warnings are on stderr (stdout is the inventory JSON)
    ['import', 'pvesh', '--dir', `${FIX}/public/pve`],
    ['import', 'ceph', '--dir', `${FIX}/sandbox`],
    ['import', 'ceph', '--dir', f['emptyDir']!],
    ['import', 'libvirt', '--dir', `${FIX}/libvirt-dir`],
    ['import', 'rvtools', `${FIX}/rvtools`],
    // refusals: the CLI's, the core's, the readers', the planner's, commander's
    ['memory', '--nodes', 'x', '--node-ram', '1GB'],
    ['memory'],
    ['memory', '--nodes', '2', '--node-ram', '1GB,2GB,3GB'],
    ['ceph', '--nodes', '5', '--ec', 'x'],
    ['ceph', '--nodes', '5', '--replicas', 'x', '--osds-per-node', '1', '--osd-size', '1TB'],
    ['ceph', '--nodes', '5', '--data', '200TB', '--osd-size', '1TB'],
    ['bluestore'],
    ['bluestore', '--osd-size', 'big'],
    ['pg', '--osds', '12'],
    ['pg', '--osds', '12', '--pool', 'rbd:bogus=1'],
    ['bond', '--links', '0', '--speed', '10Gb/s'],
    ['quorum', '--nodes', '0'],
    ['filer', '--raid', '7', '--disks', '3', '--disk-size', '4TB'],
    ['filer', '--raid', '6', '--disks', '3', '--disk-size', '4TB'],
    ['filer', '--raid', '10', '--disks', '12', '--disk-size', '4TB', '--group-size', '5', '--links', '2'],
    ['filer', '--raid', '6', '--disks', '12', '--disk-size', '4TB', '--spares', '11', '--overhead', '2'],
    ['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests'],
    ['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests=1Gb/s,guests=2Gb/s'],
    ['drain', '--guest-ram', '1GiB', '--dirty-rate', 'x', '--speed', '1Gb/s', '--nodes', '1', '--parallel', '0'],
    ['drain', '--guest-ram', '1GiB', '--dirty-rate', '1MB/s', '--speed', '1Gb/s', '--node-ram', '1GiB'],
    ['placement'],
    ['placement', '--osdmap', `${PLACE}/osd-dump.json`],
    ['placement', '--osdmap', `${PLACE}/osd-dump.json`, '--crush', `${PLACE}/crush-dump.json`, '--top', 'x', '--out', '999'],
    ['analyze', '/nonexistent'],
    ['analyze', f['badJson']!],
    ['analyze', f['notInventory']!],
    ['analyze', `${INV}/lab-inventory.json`, '--remove-node', 'nope', '--grow', 'lots'],
    ['plan', 'nofile.yaml'],
    ['plan', f['badKey']!],
    ['plan', f['badType']!],
    ['plan', f['badYaml']!],
    ['plan', f['badEnums']!],
    ['plan', f['crossField']!],
    ['optimize', f['badOptimize']!],
    ['plan', '--example', 'procurement-2s-xeon6', '--catalogue', f['badCatalogue']!],
    ['plan', '--example', 'procurement-2s-xeon6', '--catalogue', f['clashingCatalogue']!],
    ['plan', 'a.yaml', 'b.yaml'],
    ['plan', '--format', 'xx', 'x.yaml'],
    ['plan', '--example', 'nope'],
    ['optimize'],
    ['compare', 'a.yaml'],
    ['import', 'pve'],
    ['import', 'pve', '--url', 'http://x', '--token', 'nope'],
    ['import', 'pvesh'],
    ['import', 'libvirt'],
    ['import', 'rvtools', '/nonexistent'],
    ['memory', '--nodes', '3', '--node-ram', '1GB', '--lang', 'xx'],
    ['memory', '--bogus'],
    ['memory', '--nodes'],
    ['nope'],
    ['memroy'],
    ['quorum', 'extra'],
    ['import'],
  ];
}
