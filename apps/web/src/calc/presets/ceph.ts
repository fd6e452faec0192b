/**
 * Ceph capacity presets. The FX2's FC630 carry 2 × 480 GB + 2 × 800 GB SSD: the 800 GB pair is taken
 * as the OSDs and the 480 GB pair as the system mirror (the core sizes one OSD size per host).
 */
import type { Preset } from '../../state/page';
import { t } from '../../state/text';

export const CEPH_PRESETS: readonly Preset[] = [
  { id: 'course-5x20tb', group: 'course', label: t('5 nodes × 20 TB, replica 3', '5 nœuds × 20 To, réplica 3'), values: { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3' } },
  { id: 'course-3x40tb', group: 'course', label: t('3 nodes × 40 TB, replica 3', '3 nœuds × 40 To, réplica 3'), values: { nodes: '3', osdsPerNode: '1', osdSize: '40TB', replicas: '3' } },
  {
    id: 'course-200tb',
    group: 'course',
    label: t('200 TB on 5 nodes, 16 TB disks', '200 To sur 5 nœuds, disques de 16 To'),
    values: { mode: 'target', nodes: '5', data: '200TB', replicas: '3', diskSize: '16TB' },
  },
  {
    id: 'ec-4x4',
    group: 'course',
    label: t('4 nodes × 4 × 3.84 TB, EC 2+1', '4 nœuds × 4 × 3,84 To, EC 2+1'),
    values: { nodes: '4', osdsPerNode: '4', osdSize: '3.84TB', protection: 'erasure', ec: '2+1' },
  },
  {
    id: 'field-mx740c',
    group: 'field',
    label: t('Dell MX7000: 8 × MX740c, 3 × 900 GB SSD', 'Dell MX7000 : 8 × MX740c, 3 × 900 Go SSD'),
    values: { nodes: '8', osdsPerNode: '3', osdSize: '900GB', replicas: '3' },
  },
  {
    id: 'field-fc630',
    group: 'field',
    label: t('Dell FX2: 4 × FC630, 2 × 800 GB SSD OSDs', 'Dell FX2 : 4 × FC630, 2 OSD SSD de 800 Go'),
    values: { nodes: '4', osdsPerNode: '2', osdSize: '800GB', replicas: '3' },
  },
];

export const FAILURE_PRESETS: readonly Preset[] = [
  {
    id: 'course-5x20tb-lacp',
    group: 'course',
    label: t('5 × 20 TB, replica 3, 2 × 10 Gb/s LACP', '5 × 20 To, réplica 3, 2 × 10 Gb/s LACP'),
    values: { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3', stored: '20TB', linkSpeed: '10Gb/s', links: '2', osdWrite: '200MB/s' },
  },
  {
    id: 'course-3x40tb',
    group: 'course',
    label: t('3 nodes × 40 TB: an OSD loss refills its own host', '3 nœuds × 40 To : la perte d’un OSD se reconstruit sur son hôte'),
    values: { nodes: '3', osdsPerNode: '4', osdSize: '10TB', replicas: '3', stored: '20TB', linkSpeed: '10Gb/s', links: '2' },
  },
  {
    id: 'field-mx740c',
    group: 'field',
    label: t('Dell MX7000: 8 × MX740c, 2 × 25 GbE', 'Dell MX7000 : 8 × MX740c, 2 × 25 GbE'),
    values: { nodes: '8', osdsPerNode: '3', osdSize: '900GB', replicas: '3', stored: '1.5TB', linkSpeed: '25GbE', links: '2', osdWrite: '500MB/s' },
  },
  {
    id: 'field-fc630',
    group: 'field',
    label: t('Dell FX2: 4 × FC630, 10 GbE', 'Dell FX2 : 4 × FC630, 10 GbE'),
    values: { nodes: '4', osdsPerNode: '2', osdSize: '800GB', replicas: '3', stored: '500GB', linkSpeed: '10GbE', links: '2', osdWrite: '400MB/s' },
  },
];
