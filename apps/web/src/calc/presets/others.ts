/** Presets of the BlueStore, PG, bond and quorum pages. */
import type { Preset } from '../../state/page';
import { t } from '../../state/text';

export const BLUESTORE_PRESETS: readonly Preset[] = [
  { id: 'course-16tb', group: 'course', label: t('16 TB HDD OSD, course rule', 'OSD HDD de 16 To, règle du cours'), values: { osdSize: '16TB' } },
  { id: 'ceph-rbd-16tb', group: 'course', label: t('16 TB OSD, Ceph RBD rule', 'OSD de 16 To, règle Ceph RBD'), values: { osdSize: '16TB', rule: 'ceph-rbd' } },
  {
    id: 'shared-db',
    group: 'course',
    label: t('4 OSDs on one 1.6 TB DB SSD, 3 DWPD', '4 OSD sur un SSD DB de 1,6 To, 3 DWPD'),
    values: { osdSize: '16TB', osdsPerDb: '4', dbDeviceSize: '1.6TB', dwpd: '3', dbWrite: '40MB/s' },
  },
  { id: 'field-fc630', group: 'field', label: t('Dell FX2: 800 GB SSD OSD, Proxmox rule', 'Dell FX2 : OSD SSD de 800 Go, règle Proxmox'), values: { osdSize: '800GB', rule: 'proxmox' } },
];

export const PG_PRESETS: readonly Preset[] = [
  { id: 'rbd-12', group: 'course', label: t('12 OSDs, one RBD pool', '12 OSD, un pool RBD'), values: { osds: '12' }, rows: [{ name: 'rbd', protection: 'replicated', size: '3', ratio: '1' }] },
  {
    id: 'cephfs-12',
    group: 'course',
    label: t('12 OSDs, RBD + CephFS', '12 OSD, RBD + CephFS'),
    values: { osds: '12' },
    rows: [
      { name: 'rbd', protection: 'replicated', size: '3', ratio: '0.7' },
      { name: 'cephfs_data', protection: 'replicated', size: '3', ratio: '0.3' },
      { name: 'cephfs_metadata', protection: 'replicated', size: '3', bias: '4' },
    ],
  },
  {
    id: 'field-mx740c',
    group: 'field',
    label: t('Dell MX7000: 24 SSD OSDs', 'Dell MX7000 : 24 OSD SSD'),
    values: { osds: '24', osdSize: '900GB' },
    rows: [
      { name: 'vm-disks', protection: 'replicated', size: '3', ratio: '0.9' },
      { name: 'backups', protection: 'erasure', ec: '4+2', target: '2TB' },
    ],
  },
];

export const BOND_PRESETS: readonly Preset[] = [
  { id: 'course-lacp', group: 'course', label: t('2 × 10 Gb/s LACP', '2 × 10 Gb/s LACP'), values: { links: '2', speed: '10Gb/s', mode: 'lacp' } },
  { id: 'course-ab', group: 'course', label: t('2 × 10 Gb/s active-backup', '2 × 10 Gb/s active-backup'), values: { links: '2', speed: '10Gb/s', mode: 'active-backup' } },
  {
    id: 'field-mx740c',
    group: 'field',
    label: t('Dell MX7000: 2 × 25 GbE LACP, 8 flows', 'Dell MX7000 : 2 × 25 GbE LACP, 8 flux'),
    values: { links: '2', speed: '25GbE', mode: 'lacp', hash: 'layer3+4', flows: '8', peers: '7' },
  },
  {
    id: 'field-4x1g',
    group: 'field',
    label: t('Field test: 4 × 1 Gb/s 802.3ad, 3 iperf clients', 'Essai terrain : 4 × 1 Gb/s 802.3ad, 3 clients iperf'),
    values: { links: '4', speed: '1Gb/s', mode: 'lacp', hash: 'layer3+4', flows: '3', peers: '3', down: '2' },
  },
];

export const QUORUM_PRESETS: readonly Preset[] = [
  { id: 'course-3', group: 'course', label: t('3 nodes', '3 nœuds'), values: { nodes: '3' } },
  { id: 'course-2-qdevice', group: 'course', label: t('2 nodes + QDevice', '2 nœuds + QDevice'), values: { nodes: '2', qdevice: '1' } },
  { id: 'field-m600', group: 'field', label: t('Older: 4-node M600 cluster on NFS', 'Ancien : cluster de 4 M600 sur NFS'), values: { nodes: '4' } },
  { id: 'field-mx740c', group: 'field', label: t('Dell MX7000: 8 nodes, 3 MONs', 'Dell MX7000 : 8 nœuds, 3 MON'), values: { nodes: '8', mons: '3' } },
];
