/**
 * The command lines a user of the release before the redesign may have saved in scripts: every
 * command, every option spelling (aliases, French units, --lang fr), and every example scenario and
 * inventory of that release. Paths are relative to this directory (the tests run here).
 */
import { readdirSync } from 'node:fs';

export interface SavedCommand {
  readonly name: string;
  readonly args: readonly string[];
}

const PL = ['--osdmap', 'placement/osd-dump.json', '--crush', 'placement/crush-dump.json'];
const LAB = 'inventories/lab-inventory.json';
const SANDBOX = 'inventories/sandbox-inventory.json';
const MIXED = 'inventories/mixed-hosts-inventory.json';
const PROCUREMENT = ['scenarios/procurement-2s-xeon6.yaml', 'scenarios/procurement-1s-epyc.yaml', 'scenarios/procurement-blade-mx760c.yaml'];

const FIXED: readonly SavedCommand[] = [
  { name: 'memory-usable', args: ['memory', '--nodes', '3', '--node-ram', '512GiB', '--json'] },
  { name: 'memory-required', args: ['memory', '--nodes', '5', '--guest-ram', '700GB', '--json'] },
  { name: 'memory-all-options', args: ['memory', '--nodes', '4', '--node-ram', '512GiB,512GiB,256GiB,256GiB', '--guest-ram', '600GiB', '--failures', '1', '--max-utilization', '80%', '--host-reserve', '2GiB', '--osds-per-node', '2', '--osd-memory', '5GiB', '--osd-size', '8TB', '--zfs-arc', '16GiB', '--ksm', '0.05', '--vcpus', '128', '--threads-per-node', '64', '--max-overcommit', '3', '--qdevice', '--json'] },
  { name: 'memory-french-units', args: ['memory', '--nodes', '5', '--guest-ram', '1,2 To', '--failures', '2', '--purchasable', '256Gio,384Gio,512Gio', '--json'] },
  { name: 'memory-fr-text', args: ['memory', '--nodes', '3', '--node-ram', '512 Gio', '--lang', 'fr'] },
  { name: 'memory-explain', args: ['memory', '--nodes', '4', '--node-ram', '256GiB', '--host-reserve', '2GiB', '--osds-per-node', '4', '--osd-memory', '8GiB', '--explain'] },
  { name: 'memory-two-nodes', args: ['memory', '--nodes', '2', '--node-ram', '64GiB', '--json'] },
  { name: 'memory-bad-nodes-fr', args: ['memory', '--nodes', 'x', '--node-ram', '64GiB', '--lang', 'fr'] },
  { name: 'ceph-course', args: ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '20TB', '--replicas', '3', '--json'] },
  { name: 'ceph-ec', args: ['ceph', '--nodes', '4', '--osds-per-node', '2', '--osd-size', '739.85GiB', '--ec', '2+1', '--json'] },
  { name: 'ceph-data-target', args: ['ceph', '--nodes', '5', '--data', '200TB', '--replicas', '3', '--disk-size', '16TB', '--json'] },
  { name: 'ceph-recovery', args: ['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB', '--stored', '20TB', '--link-speed', '25Gb/s', '--osd-write', '500MB/s', '--json'] },
  { name: 'ceph-host-osds', args: ['ceph', '--host-osds', '4x16TB,4x16TB,2x8TB+1x16TB', '--replicas', '3', '--json'] },
  { name: 'ceph-all-options-8023ad', args: ['ceph', '--nodes', '6', '--osds-per-node', '4', '--osd-size', '7,68 To', '--nearfull', '0.8', '--backfillfull', '88%', '--full', '0.93', '--stored', '30To', '--link-speed', '25GbE', '--links', '2', '--bond-mode', '802.3ad', '--hash', 'layer2+3', '--osd-write', '300MB/s', '--mark-out', '300', '--json'] },
  { name: 'ceph-fr-text', args: ['ceph', '--nodes', '3', '--osds-per-node', '4', '--osd-size', '10TB', '--stored', '20TB', '--link-speed', '10G', '--bond-mode', 'active-backup', '--lang', 'fr'] },
  { name: 'ceph-explain-fr', args: ['ceph', '--nodes', '4', '--osds-per-node', '2', '--osd-size', '800GB', '--explain', '--lang', 'fr'] },
  { name: 'ceph-bad-bond-mode', args: ['ceph', '--nodes', '3', '--osds-per-node', '1', '--osd-size', '4TB', '--link-speed', '10G', '--bond-mode', 'x'] },
  { name: 'bluestore-course', args: ['bluestore', '--osd-size', '16TB', '--json'] },
  { name: 'bluestore-ceph-rbd', args: ['bluestore', '--osd-size', '16TB', '--rule', 'ceph-rbd', '--json'] },
  { name: 'bluestore-all-options', args: ['bluestore', '--osd-size', '12TB', '--rule', 'proxmox', '--wal-device', '--osds-per-db', '6', '--db-device-size', '3.2TB', '--endurance', '17500TB', '--dwpd', '3', '--warranty-years', '5', '--db-write', '60MB/s', '--json'] },
  { name: 'bluestore-rgw-fr', args: ['bluestore', '--osd-size', '16To', '--rule', 'ceph-rgw', '--lang', 'fr'] },
  { name: 'pg-one-pool', args: ['pg', '--osds', '12', '--pool', 'rbd:size=3:ratio=1', '--json'] },
  { name: 'pg-bias', args: ['pg', '--osds', '12', '--pool', 'meta:ratio=0.1:bias=4', '--pool', 'data:ratio=0.9', '--json'] },
  { name: 'pg-ec-bulk', args: ['pg', '--osds', '60', '--pool', 'ecdata:ec=4+2:bulk', '--json'] },
  { name: 'pg-pgcalc-all-options', args: ['pg', '--osds', '85', '--pool', 'rbd:ratio=1', '--method', 'pgcalc', '--target-per-osd', '200', '--threshold', '2', '--max-pg-per-osd', '300', '--json'] },
  { name: 'pg-sizes', args: ['pg', '--osds', '24', '--osd-size', '4TB', '--pool', 'vm:size=3:ratio=0.6:stored=2TiB:current=128', '--pool', 'bak:ec=4+2:target=10TB:min=16:max=512', '--json'] },
  { name: 'bond-lacp', args: ['bond', '--links', '2', '--speed', '10Gb/s', '--mode', 'lacp', '--json'] },
  { name: 'bond-8023ad', args: ['bond', '--links', '2', '--speed', '10Gb/s', '--mode', '802.3ad', '--json'] },
  { name: 'bond-all-options', args: ['bond', '--links', '4', '--speed', '25GbE', '--hash', 'layer3+4', '--flows', '8', '--peers', '7', '--down', '2', '--json'] },
  { name: 'bond-ab-fr', args: ['bond', '--links', '2', '--speed', '10G', '--mode', 'active-backup', '--lang', 'fr'] },
  { name: 'bond-bad-mode', args: ['bond', '--links', '2', '--speed', '10Gb/s', '--mode', 'x'] },
  { name: 'quorum-3', args: ['quorum', '--nodes', '3', '--json'] },
  { name: 'quorum-all-options', args: ['quorum', '--nodes', '2', '--qdevice', '--no-shared-storage', '--mons', '2', '--json'] },
  { name: 'quorum-explain-fr', args: ['quorum', '--nodes', '5', '--mons', '3', '--lang', 'fr', '--explain'] },
  { name: 'placement-maps', args: ['placement', ...PL, '--json'] },
  { name: 'placement-all-options', args: ['placement', ...PL, '--pool', 'rbd', '--out', '3', '--out', 'osd.5', '--fail-host', 'pve3', '--top', '3', '--all', '--json'] },
  { name: 'placement-inventory', args: ['placement', SANDBOX, '--out', 'osd.1', '--lang', 'fr'] },
  { name: 'placement-unknown-host-fr', args: ['placement', SANDBOX, '--fail-host', 'ceph-sandbox', '--lang', 'fr'] },
  { name: 'analyze-merged', args: ['analyze', MIXED, SANDBOX, '--json'] },
  { name: 'analyze-all-options', args: ['analyze', LAB, '--failures', '1', '--max-utilization', '80%', '--host-reserve', '2GiB', '--osd-memory', '5GiB', '--zfs-arc', '4GiB', '--max-overcommit', '3', '--guest-size', '16GiB', '--guest-vcpus', '8', '--grow', '30%', '--add-node', 'ram=512GiB,threads=64,osds=4x7.68TB', '--add-node', 'ram=256GiB,count=2,name=pve9,class=ssd', '--remove-node', 'pve3', '--nearfull', '0.8', '--backfillfull', '0.88', '--json'] },
  { name: 'analyze-explain-fr', args: ['analyze', LAB, '--explain', '--lang', 'fr'] },
  { name: 'plan-example-json', args: ['plan', '--example', 'field-mx7000-mx740c', '--json'] },
  { name: 'plan-example-fr', args: ['plan', '--example', 'field-fx2-fc630', '--json', '--lang', 'fr'] },
  { name: 'plan-explain', args: ['plan', 'scenarios/course-200tb-8-disks.yaml', '--explain'] },
  { name: 'plan-html', args: ['plan', '--example', 'course-200tb-12-disks', '--format', 'html'] },
  { name: 'plan-md-fr', args: ['plan', 'scenarios/course-ceph-5x20tb.yaml', '--format', 'md', '--lang', 'fr'] },
  { name: 'optimize', args: ['optimize', 'scenarios/optimize-300-vms.yaml', '--top', '2', '--json'] },
  { name: 'compare-json', args: ['compare', ...PROCUREMENT, '--json'] },
  { name: 'compare-md-fr', args: ['compare', 'scenarios/procurement-1s-epyc.yaml', 'scenarios/procurement-2s-xeon6.yaml', '--format', 'md', '--lang', 'fr'] },
  { name: 'import-ceph-dir', args: ['import', 'ceph', '--dir', 'import/sandbox'] },
  { name: 'import-libvirt-dir', args: ['import', 'libvirt', '--dir', 'import/libvirt-dir'] },
  { name: 'import-rvtools', args: ['import', 'rvtools', 'import/rvtools', '--json'] },
  { name: 'import-missing-dir', args: ['import', 'ceph', '--dir', 'import/nope'] },
];

/** Item 3: every example scenario planned, every inventory analysed, as saved files. */
export function savedCommands(dir: string): SavedCommand[] {
  const scenarios = readdirSync(`${dir}/scenarios`).filter((f) => f.endsWith('.yaml')).sort();
  const inventories = readdirSync(`${dir}/inventories`).filter((f) => f.endsWith('.json')).sort();
  return [
    ...FIXED,
    ...scenarios.map((f) => ({ name: `scenario-${f.replace(/\.yaml$/, '')}`, args: ['plan', `scenarios/${f}`, '--json'] })),
    ...inventories.map((f) => ({ name: `inventory-${f.replace(/\.json$/, '')}`, args: ['analyze', `inventories/${f}`, '--json'] })),
  ];
}
