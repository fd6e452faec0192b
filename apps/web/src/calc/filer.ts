/** An external NFS/SAN filer: fields, reading and figures from the core's FILER_SPEC (issue 11). */
import { FILER_SPEC } from '@capa/core';
import type { PageDef, Preset } from '../state/page';
import { t } from '../state/text';
import { guarded } from './outcome';
import { computeSpec, specFields } from './spec-page';

/** The field reports' filers (issue 11): an NFS server with RAID 6 and a hot spare behind 4 × 1 Gb/s, and RAID 10 shelves. */
export const FILER_PRESETS: readonly Preset[] = [
  {
    id: 'field-nfs-2012',
    group: 'field',
    label: t('NFS server: RAID 6 + hot spare, 4 × 1 Gb/s 802.3ad', 'Serveur NFS : RAID 6 + secours, 4 × 1 Gb/s 802.3ad'),
    values: { raid: '6', disks: '12', diskSize: '2TB', spares: '1', speed: '1Gb/s', links: '4', mode: 'lacp', clients: '3' },
  },
  {
    id: 'field-raid10',
    group: 'field',
    label: t('Filer shelf: 24 × 4 TB in RAID 10, 2 spares, 2 × 10 Gb/s', 'Tiroir de filer : 24 × 4 To en RAID 10, 2 secours, 2 × 10 Gb/s'),
    values: { raid: '10', disks: '24', diskSize: '4TB', spares: '2', speed: '10Gb/s', links: '2', clients: '4' },
  },
];

export const filerPage: PageDef = {
  route: 'filer',
  title: t('NFS/SAN filer', 'Filer NFS/SAN'),
  intro: t(
    'Usable capacity from the RAID layout and spares, the throughput of its links (one NFS client gets one link), and one filer is a single point of failure for every guest on it.',
    'Capacité utilisable selon la disposition RAID et les secours, débit de ses liens (un client NFS obtient un lien), et un filer est un point unique de défaillance pour tous ses invités.',
  ),
  fields: specFields(FILER_SPEC),
  presets: FILER_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(FILER_SPEC, state, lang, () => [])),
};
