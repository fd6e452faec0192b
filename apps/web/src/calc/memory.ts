/** Memory, both directions: usable guest RAM of given nodes, or the node RAM a guest total needs. */
import { defaultText, formatBytesBoth, formatNumber, formatRatio, type Lang, MEMORY_DEFAULTS, requiredMemory, usableMemory } from '@capa/core';
import type { FieldDef, PageState } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';
import { defined, FieldReader } from '../state/reader';
import { t } from '../state/text';
import { memoryBars } from '../pictures/memory-model';
import { fromCore, guarded, invalid } from './outcome';
import { MEMORY_PRESETS } from './presets/memory';

const L = {
  en: { usable: 'Usable guest RAM (one node down)', share: 'Usable share of installed RAM', total: 'Installed RAM', reserve: 'Host reserve per node', required: 'RAM needed per node', buy: 'Buy per node', cluster: 'RAM to buy in total', ksm: 'With the stated KSM savings', none: 'no purchasable size is large enough', match: (n: number) => `must match the ${n} sizes given for the node RAM` },
  fr: { usable: 'RAM utilisable par les invités (un nœud en panne)', share: 'Part utilisable de la RAM installée', total: 'RAM installée', reserve: 'Réserve hôte par nœud', required: 'RAM nécessaire par nœud', buy: 'Acheter par nœud', cluster: 'RAM à acheter au total', ksm: 'Avec les économies KSM indiquées', none: 'aucune taille achetable n’est assez grande', match: (n: number) => `doit correspondre aux ${n} tailles données pour la RAM des nœuds` },
} satisfies Record<Lang, Record<string, unknown>>;

const usableDir = (v: Readonly<Record<string, string>>) => v['dir'] !== 'required';

export const memoryFields: readonly FieldDef[] = [
  { key: 'dir', kind: 'choice', label: t('Question', 'Question'), defaultValue: 'usable', options: [
    { value: 'usable', label: t('Usable guest RAM of these nodes', 'RAM utilisable de ces nœuds') },
    { value: 'required', label: t('RAM each node needs for these guests', 'RAM nécessaire par nœud pour ces invités') },
  ] },
  { key: 'nodes', kind: 'count', label: t('Nodes', 'Nœuds'), placeholder: '3' },
  { key: 'nodeRam', kind: 'sizes', label: t('RAM per node', 'RAM par nœud'), placeholder: '512GiB', help: t('one size, or a list for different nodes: 512GiB,512GiB,256GiB', 'une taille, ou une liste pour des nœuds différents : 512GiB,512GiB,256GiB'), visible: usableDir },
  { key: 'guestRam', kind: 'size', label: t('Guest RAM in total', 'RAM totale des invités'), placeholder: '700GB', help: t('with node RAM: optional, checks that the guests fit', 'avec la RAM des nœuds : facultatif, vérifie que les invités tiennent') },
  { key: 'failures', kind: 'count', label: t('Nodes that may fail', 'Nœuds pouvant tomber en panne'), placeholder: defaultText(MEMORY_DEFAULTS.failures, 'number') },
  // Without it a 2-node cluster loses corosync quorum on one failure, and the core's memory.quorum check fails.
  { key: 'qdevice', kind: 'flag', label: t('QDevice (external vote)', 'QDevice (vote externe)'), defaultValue: '0', advanced: true },
  { key: 'maxUtilization', kind: 'ratio', label: t('Maximum memory use with the failures', 'Utilisation mémoire maximale avec les pannes'), placeholder: defaultText(MEMORY_DEFAULTS.maxUtilization, 'ratio') },
  { key: 'hostReserve', kind: 'size', label: t('System reserve per node', 'Réserve système par nœud'), placeholder: defaultText(MEMORY_DEFAULTS.hostReserveBytes, 'size'), help: t('~2GiB suggested; 0 is the course rule', '~2GiB conseillé ; 0 est la règle du cours'), advanced: true },
  { key: 'osdsPerNode', kind: 'count', label: t('Ceph OSDs per node', 'OSD Ceph par nœud'), placeholder: defaultText(MEMORY_DEFAULTS.osdsPerNode, 'number'), advanced: true },
  { key: 'osdMemory', kind: 'size', label: t('osd_memory_target per OSD', 'osd_memory_target par OSD'), placeholder: defaultText(MEMORY_DEFAULTS.osdMemoryBytes, 'size'), advanced: true },
  { key: 'osdSize', kind: 'size', label: t('OSD size (1 GB RAM per TB rule)', 'Taille d’un OSD (règle 1 Go de RAM par To)'), placeholder: '4TB', advanced: true },
  { key: 'zfsArc', kind: 'size', label: t('ZFS ARC per node', 'ARC ZFS par nœud'), placeholder: defaultText(MEMORY_DEFAULTS.zfsArcBytes, 'size'), advanced: true },
  { key: 'ksm', kind: 'ratio', label: t('Stated KSM savings', 'Économies KSM constatées'), placeholder: '10%', help: t('never assumed: state a measured figure', 'jamais supposées : indiquez une mesure'), advanced: true },
  { key: 'vcpus', kind: 'count', label: t('Guest vCPUs in total', 'vCPU des invités au total'), placeholder: '96', advanced: true },
  { key: 'threadsPerNode', kind: 'count', label: t('Hardware threads per node', 'Threads matériels par nœud'), placeholder: '64', advanced: true },
  { key: 'maxOvercommit', kind: 'positive', label: t('Maximum vCPU:pCPU with the failures', 'vCPU:pCPU maximal avec les pannes'), placeholder: defaultText(MEMORY_DEFAULTS.maxOvercommit, 'number'), advanced: true },
  { key: 'purchasable', kind: 'sizes', label: t('Purchasable node RAM sizes', 'Tailles de RAM achetables'), placeholder: '256GiB,384GiB,512GiB', visible: (v) => !usableDir(v), advanced: true },
];

const FIELDS = { 'nodeGroups.0.count': 'nodes', nodeGroups: 'nodeRam', guestRamBytes: 'guestRam', hostReserveBytes: 'hostReserve', osdMemoryBytes: 'osdMemory', osdSizeBytes: 'osdSize', zfsArcBytes: 'zfsArc', ksmSavings: 'ksm', cpuThreadsPerNode: 'threadsPerNode', maxUtilization: 'maxUtilization', purchasableBytes: 'purchasable', failures: 'failures', nodes: 'nodes', vcpus: 'vcpus', maxOvercommit: 'maxOvercommit', osdsPerNode: 'osdsPerNode', qdevice: 'qdevice' };

export function computeMemory(state: PageState, lang: Lang): PageOutcome {
  const values = state.values;
  const r = new FieldReader(values, lang);
  const usable = usableDir(values);
  const nodes = r.count('nodes');
  const nodeRams = usable ? r.require('nodeRam', r.sizes('nodeRam')) : undefined;
  const guestRam = usable ? r.size('guestRam') : r.require('guestRam', r.size('guestRam'));
  const common = defined({
    failures: r.count('failures', 0),
    qdevice: r.flag('qdevice', false),
    maxUtilization: r.ratio('maxUtilization'),
    hostReserveBytes: r.size('hostReserve'),
    osdsPerNode: r.count('osdsPerNode', 0),
    osdMemoryBytes: r.size('osdMemory'),
    osdSizeBytes: r.size('osdSize'),
    zfsArcBytes: r.size('zfsArc'),
    ksmSavings: r.ratio('ksm'),
    vcpus: r.count('vcpus'),
    cpuThreadsPerNode: r.count('threadsPerNode'),
    maxOvercommit: r.positive('maxOvercommit'),
  });
  const purchasable = usable ? undefined : r.sizes('purchasable');
  const multi = nodeRams !== undefined && nodeRams.length > 1;
  if (multi && nodes !== undefined && nodes !== nodeRams.length) r.fail('nodes', L[lang].match(nodeRams.length));
  if (!multi) r.require('nodes', nodes);
  if (r.issues.length > 0) return invalid(r.issues);
  const system = r.system ?? 'binary';
  const base = { ...common, system, lang };
  const t9 = L[lang];
  const both = (b: number) => formatBytesBoth(b, system, lang);

  if (usable && nodeRams !== undefined) {
    const nodeGroups = multi ? nodeRams.map((ramBytes) => ({ count: 1, ramBytes })) : [{ count: nodes ?? 1, ramBytes: nodeRams[0] ?? 0 }];
    return fromCore(usableMemory({ ...base, nodeGroups, ...defined({ guestRamBytes: guestRam }) }), FIELDS, values, (v) => ({
      ok: true,
      figures: [
        { id: 'usable', label: t9.usable, value: both(v.usableGuestRamBytes), main: true },
        { id: 'share', label: t9.share, value: formatRatio(v.usableFraction, lang) },
        { id: 'total', label: t9.total, value: both(v.totalRamBytes) },
        ...(v.hostReservePerNodeBytes > 0 ? [{ id: 'reserve', label: t9.reserve, value: both(v.hostReservePerNodeBytes) }] : []),
        ...(v.ksmUsableGuestRamBytes === null ? [] : [{ id: 'ksm', label: t9.ksm, value: both(v.ksmUsableGuestRamBytes) }]),
        ...(v.overcommitRatio === null ? [] : [{ id: 'overcommit', label: 'vCPU:pCPU', value: `${formatNumber(v.overcommitRatio, lang)}:1` }]),
      ],
      checks: v.checks,
      derivation: v.derivation,
      pictures: [memoryBars({ groups: nodeGroups, failures: v.failures, maxUtilization: v.maxUtilization, guestBytes: guestRam ?? v.usableGuestRamBytes, reservePerNodeBytes: v.hostReservePerNodeBytes, lang, system })],
    }));
  }
  const n = nodes ?? 1;
  return fromCore(requiredMemory({ ...base, nodes: n, guestRamBytes: guestRam ?? 0, ...defined({ purchasableBytes: purchasable }) }), FIELDS, values, (v) => {
    const nodeRam = v.recommendedNodeRamBytes ?? v.requiredNodeRamBytes;
    return {
      ok: true,
      figures: [
        { id: 'required', label: t9.required, value: formatBytesBoth(v.requiredNodeRamBytes, 'decimal', lang), main: true },
        { id: 'buy', label: t9.buy, value: v.recommendedNodeRamBytes === null ? t9.none : formatBytesBoth(v.recommendedNodeRamBytes, 'binary', lang) },
        { id: 'cluster', label: t9.cluster, value: v.totalRamBytes === null ? t9.none : formatBytesBoth(v.totalRamBytes, 'binary', lang) },
        ...(v.hostReservePerNodeBytes > 0 ? [{ id: 'reserve', label: t9.reserve, value: both(v.hostReservePerNodeBytes) }] : []),
      ],
      checks: v.checks,
      derivation: v.derivation,
      pictures: [memoryBars({ groups: [{ count: n, ramBytes: nodeRam }], failures: v.failures, maxUtilization: v.used.maxUtilization, guestBytes: v.guestRamBytes, reservePerNodeBytes: v.hostReservePerNodeBytes, lang, system: 'binary' })],
    };
  });
}

export const memoryPage: PageDef = {
  route: 'memory',
  title: t('Memory: the N − 1 rule', 'Mémoire : la règle N − 1'),
  intro: t('No more than 75 % of memory used with one node missing.', 'Pas plus de 75 % de la mémoire utilisée avec un nœud en moins.'),
  fields: memoryFields,
  presets: MEMORY_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeMemory(state, lang)),
};
