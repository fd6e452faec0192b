/** The course's memory examples and the field clusters of docs/course-rules.md §6. */
import type { Preset } from '../../state/page';
import { t } from '../../state/text';

export const MEMORY_PRESETS: readonly Preset[] = [
  { id: 'course-3x512', group: 'course', label: t('3 nodes × 512 GiB', '3 nœuds × 512 Gio'), values: { nodes: '3', nodeRam: '512GiB' } },
  { id: 'course-700gb', group: 'course', label: t('700 GB of guests on 5 nodes', '700 Go d’invités sur 5 nœuds'), values: { dir: 'required', nodes: '5', guestRam: '700GB' } },
  { id: 'course-5x256', group: 'course', label: t('5 nodes × 256 GiB', '5 nœuds × 256 Gio'), values: { nodes: '5', nodeRam: '256GiB' } },
  { id: 'field-m630', group: 'field', label: t('Dell M1000e: 16 × M630, 256 GB', 'Dell M1000e : 16 × M630, 256 Go'), values: { nodes: '16', nodeRam: '256GiB', hostReserve: '2GiB' } },
  {
    id: 'field-mx740c',
    group: 'field',
    label: t('Dell MX7000: 8 × MX740c, 512 GB, 3 OSDs', 'Dell MX7000 : 8 × MX740c, 512 Go, 3 OSD'),
    values: { nodes: '8', nodeRam: '512GiB', hostReserve: '2GiB', osdsPerNode: '3', osdSize: '900GB' },
  },
  {
    id: 'field-fc630',
    group: 'field',
    label: t('Dell FX2: 4 × FC630, 128 GB, Ceph', 'Dell FX2 : 4 × FC630, 128 Go, Ceph'),
    values: { nodes: '4', nodeRam: '128GiB', hostReserve: '2GiB', osdsPerNode: '2', osdSize: '800GB' },
  },
  { id: 'field-m600', group: 'field', label: t('Older: 4 × M600, 16 GB', 'Ancien : 4 × M600, 16 Go'), values: { nodes: '4', nodeRam: '16GiB' } },
];
