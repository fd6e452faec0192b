/**
 * The inventory page's definition in the initial bundle: its URL inputs (the what-ifs and the
 * analysis options of `capa analyze`) and its texts. The computation (src/calc/inventory.ts) is in
 * the inventory engine's script, loaded when the page opens; the inventory itself is never in the URL.
 */
import { ANALYSIS_DEFAULTS, CEPH_DEFAULTS, defaultText, type Lang, MEMORY_DEFAULTS } from '@capa/core';
import type { FieldDef } from '../state/fields';
import type { PageDef } from '../state/page';
import { t } from '../state/text';
import { invalid } from './outcome';

const OPEN = { en: 'Open an inventory file to analyse it.', fr: 'Ouvrez un fichier d’inventaire pour l’analyser.' } satisfies Record<Lang, string>;

const NEARFULL = defaultText(CEPH_DEFAULTS.nearfull, 'ratio');

export const inventoryFields: readonly FieldDef[] = [
  { key: 'grow', kind: 'text', label: t('Workload growth', 'Croissance de la charge'), placeholder: '30%', help: t('guest RAM, vCPUs and Ceph data × (1 + growth), e.g. 30% or 0.3', 'RAM et vCPU des invités et données Ceph × (1 + croissance), p. ex. 30% ou 0.3') },
  { key: 'addNode', kind: 'text', label: t('Nodes to add', 'Nœuds à ajouter'), placeholder: 'ram=512GiB,threads=64,osds=4x7.68TB', help: t('as capa analyze --add-node: ram=, threads=, count=, name=, osds=COUNTxSIZE, class=; several separated by ;', 'comme capa analyze --add-node : ram=, threads=, count=, name=, osds=NOMBRExTAILLE, class= ; plusieurs séparés par ;') },
  { key: 'removeNode', kind: 'text', label: t('Nodes to remove', 'Nœuds à retirer'), placeholder: 'pve3', help: t('node names, separated by commas', 'noms de nœuds, séparés par des virgules') },
  { key: 'failures', kind: 'count', label: t('Nodes that may fail', 'Nœuds pouvant tomber en panne'), placeholder: defaultText(MEMORY_DEFAULTS.failures, 'number'), advanced: true },
  { key: 'maxUtilization', kind: 'ratio', label: t('Maximum memory use with the failures', 'Utilisation mémoire maximale avec les pannes'), placeholder: defaultText(MEMORY_DEFAULTS.maxUtilization, 'ratio'), advanced: true },
  { key: 'hostReserve', kind: 'size', label: t('System reserve per node', 'Réserve système par nœud'), placeholder: defaultText(MEMORY_DEFAULTS.hostReserveBytes, 'size'), advanced: true },
  { key: 'osdMemory', kind: 'size', label: t('osd_memory_target per OSD', 'osd_memory_target par OSD'), placeholder: defaultText(MEMORY_DEFAULTS.osdMemoryBytes, 'size'), advanced: true },
  { key: 'zfsArc', kind: 'size', label: t('ZFS ARC per node', 'ARC ZFS par nœud'), placeholder: defaultText(MEMORY_DEFAULTS.zfsArcBytes, 'size'), advanced: true },
  { key: 'maxOvercommit', kind: 'positive', label: t('Maximum vCPU:thread with the failures', 'vCPU:thread maximal avec les pannes'), placeholder: defaultText(MEMORY_DEFAULTS.maxOvercommit, 'number'), advanced: true },
  { key: 'guestSize', kind: 'size', label: t('Headroom guest RAM', 'RAM d’un invité de marge'), placeholder: defaultText(ANALYSIS_DEFAULTS.guestRamBytes, 'size'), advanced: true },
  { key: 'guestVcpus', kind: 'count', label: t('Headroom guest vCPUs', 'vCPU d’un invité de marge'), placeholder: defaultText(ANALYSIS_DEFAULTS.guestVcpus, 'number'), advanced: true },
  { key: 'nearfull', kind: 'ratio', label: t('Ceph nearfull ratio', 'Ratio nearfull Ceph'), placeholder: NEARFULL, help: t(`default: the inventory’s osd dump, else ${NEARFULL}`, `par défaut : celui de l’osd dump importé, sinon ${NEARFULL}`), advanced: true },
  { key: 'backfillfull', kind: 'ratio', label: t('Ceph backfillfull ratio', 'Ratio backfillfull Ceph'), placeholder: defaultText(CEPH_DEFAULTS.backfillfull, 'ratio'), advanced: true },
];

export const inventoryPage: PageDef = {
  route: 'inventory',
  title: t('Inventory: does the cluster pass N − 1?', 'Inventaire : le cluster passe-t-il N − 1 ?'),
  intro: t(
    'Open an inventory written by capa import … --out FILE: it is read in this browser, nothing is uploaded. The analysis is capa analyze’s.',
    'Ouvrez un inventaire écrit par capa import … --out FICHIER : il est lu dans ce navigateur, rien n’est envoyé. L’analyse est celle de capa analyze.',
  ),
  fields: inventoryFields,
  presets: [],
  // Without a file there is nothing to compute; the inventory page (components/inventory-page.tsx) asks the engine (src/inventory/engine.ts).
  compute: (_state, lang) => invalid([{ key: '', value: undefined, message: OPEN[lang] }]),
};
