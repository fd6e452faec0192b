/**
 * capa memory as data (issue 10): both questions of the N − f rule, the usable guest RAM of given
 * nodes and the RAM per node a guest total needs, with their inputs, figures and words. The CLI
 * derives the question from the inputs given (`--guest-ram` without `--node-ram`), the web page from
 * its `dir` choice.
 */
import { MEMORY_DEFAULTS } from '../explain/defaults.js';
import type { Outcome } from '../explain/types.js';
import type { CalculatorSpec, InputSpec, Text } from '../spec/types.js';
import { MEMORY_MESSAGES } from './memory-messages.js';
import type { NodeGroup } from './per-node.js';
import { requiredMemory, type RequiredMemoryResult } from './required.js';
import type { RequiredMemoryInput, UsableMemoryInput } from './schema.js';
import { usableMemory, type UsableMemoryResult } from './usable.js';

export type MemoryResult = UsableMemoryResult | RequiredMemoryResult;

const t = (en: string, fr: string): Text => ({ en, fr });
const isRequired = (r: MemoryResult): r is RequiredMemoryResult => 'requiredNodeRamBytes' in r;
const usableOnly = { key: 'dir', is: 'usable' } as const;
const requiredOnly = { key: 'dir', is: 'required' } as const;
const more = { advanced: true } as const;

export const MEMORY_INPUTS: readonly InputSpec[] = [
  {
    key: 'dir',
    kind: 'choice',
    choices: ['usable', 'required'],
    default: 'usable',
    surface: 'web',
    selectedBy: {
      required: {
        by: 'guestRam',
        unless: ['nodeRam'],
        why: t('--guest-ram without --node-ram asks for the RAM each node needs', '--guest-ram sans --node-ram demande la RAM nécessaire par nœud'),
        instead: t('RAM needed per node', 'RAM nécessaire par nœud'),
      },
    },
    label: t('Question', 'Question'),
    help: t('usable guest RAM of given nodes, or the RAM each node needs', 'RAM utilisable de nœuds donnés, ou RAM nécessaire par nœud'),
    choiceLabels: { usable: t('Usable guest RAM of these nodes', 'RAM utilisable de ces nœuds'), required: t('RAM each node needs for these guests', 'RAM nécessaire par nœud pour ces invités') },
  },
  { key: 'nodes', kind: 'count', required: true, example: '3', label: t('Nodes', 'Nœuds'), help: t('number of nodes', 'nombre de nœuds') },
  {
    key: 'nodeRam',
    field: 'nodeRamBytes',
    kind: 'sizes',
    required: true,
    countOf: 'nodes',
    when: usableOnly,
    metavar: 'size',
    example: '512GiB',
    label: t('RAM per node', 'RAM par nœud'),
    help: t('RAM per node, or a comma list for different nodes (512GiB,512GiB,256GiB)', 'RAM par nœud, ou une liste pour des nœuds différents (512GiB,512GiB,256GiB)'),
    hint: t('one size, or a list for different nodes: 512GiB,512GiB,256GiB', 'une taille, ou une liste pour des nœuds différents : 512GiB,512GiB,256GiB'),
  },
  {
    key: 'guestRam',
    field: 'guestRamBytes',
    kind: 'size',
    requiredWhen: requiredOnly,
    example: '700GB',
    label: t('Guest RAM in total', 'RAM totale des invités'),
    help: t('total guest RAM to host (gives the RAM needed per node)', 'RAM totale des invités à héberger (donne la RAM nécessaire par nœud)'),
    hint: t('with node RAM: optional, checks that the guests fit', 'avec la RAM des nœuds : facultatif, vérifie que les invités tiennent'),
  },
  {
    key: 'failures',
    kind: 'count',
    min: 0,
    default: MEMORY_DEFAULTS.failures,
    metavar: 'f',
    label: t('Nodes that may fail', 'Nœuds pouvant tomber en panne'),
    help: t('nodes that may fail', 'nœuds pouvant tomber en panne'),
  },
  // Without it a 2-node cluster loses corosync quorum on one failure, and the memory.quorum check fails.
  {
    key: 'qdevice',
    kind: 'flag',
    default: MEMORY_DEFAULTS.qdevice,
    ...more,
    label: t('QDevice (external vote)', 'QDevice (vote externe)'),
    help: t('an external QDevice votes (quorum with the failures)', 'un QDevice externe vote (quorum avec les pannes)'),
  },
  {
    key: 'maxUtilization',
    kind: 'ratio',
    default: MEMORY_DEFAULTS.maxUtilization,
    metavar: 'u',
    label: t('Maximum memory use with the failures', 'Utilisation mémoire maximale avec les pannes'),
    help: t('maximum memory utilisation with the failures', 'utilisation mémoire maximale avec les pannes'),
  },
  {
    key: 'hostReserve',
    field: 'hostReserveBytes',
    kind: 'size',
    default: MEMORY_DEFAULTS.hostReserveBytes,
    ...more,
    label: t('System reserve per node', 'Réserve système par nœud'),
    help: t('system reservation per node, ~2GiB suggested', 'réserve système par nœud, ~2GiB conseillé'),
    defaultWhy: t('the course rule', 'la règle du cours'),
    hint: t('~2GiB suggested; 0 is the course rule', '~2GiB conseillé ; 0 est la règle du cours'),
  },
  {
    key: 'osdsPerNode',
    kind: 'count',
    min: 0,
    default: MEMORY_DEFAULTS.osdsPerNode,
    metavar: 'k',
    ...more,
    label: t('Ceph OSDs per node', 'OSD Ceph par nœud'),
    help: t('Ceph OSDs per node, reserving OSD memory', 'OSD Ceph par nœud, qui réservent la mémoire des OSD'),
  },
  {
    key: 'osdMemory',
    field: 'osdMemoryBytes',
    kind: 'size',
    default: MEMORY_DEFAULTS.osdMemoryBytes,
    ...more,
    label: t('osd_memory_target per OSD', 'osd_memory_target par OSD'),
    help: t('osd_memory_target per OSD', 'osd_memory_target par OSD'),
    defaultWhy: t('8GiB advised', '8GiB conseillés'),
  },
  {
    key: 'osdSize',
    field: 'osdSizeBytes',
    kind: 'size',
    example: '4TB',
    ...more,
    label: t('OSD size (1 GB RAM per TB rule)', 'Taille d’un OSD (règle 1 Go de RAM par To)'),
    help: t('OSD size, for the "1 GB of RAM per TB" rule', 'taille d’un OSD, pour la règle « 1 Go de RAM par To »'),
  },
  {
    key: 'zfsArc',
    field: 'zfsArcBytes',
    kind: 'size',
    default: MEMORY_DEFAULTS.zfsArcBytes,
    ...more,
    label: t('ZFS ARC per node', 'ARC ZFS par nœud'),
    help: t('ZFS ARC per node', 'ARC ZFS par nœud'),
  },
  {
    key: 'ksm',
    field: 'ksmSavings',
    kind: 'savings',
    example: '10%',
    ...more,
    label: t('Stated KSM savings', 'Économies KSM constatées'),
    help: t('stated KSM savings as a fraction of guest RAM (never assumed)', 'économies KSM constatées, en fraction de la RAM des invités (jamais supposées)'),
    hint: t('never assumed: state a measured figure', 'jamais supposées : indiquez une mesure'),
  },
  {
    key: 'vcpus',
    kind: 'count',
    example: '96',
    ...more,
    label: t('Guest vCPUs in total', 'vCPU des invités au total'),
    help: t('total guest vCPUs (overcommit check)', 'vCPU des invités au total (contrôle de la surallocation)'),
  },
  {
    key: 'threadsPerNode',
    field: 'cpuThreadsPerNode',
    kind: 'count',
    example: '64',
    ...more,
    label: t('Hardware threads per node', 'Threads matériels par nœud'),
    help: t('hardware threads per node (overcommit check)', 'threads matériels par nœud (contrôle de la surallocation)'),
  },
  {
    key: 'maxOvercommit',
    kind: 'positive',
    default: MEMORY_DEFAULTS.maxOvercommit,
    metavar: 'r',
    ...more,
    label: t('Maximum vCPU:pCPU with the failures', 'vCPU:pCPU maximal avec les pannes'),
    help: t('maximum vCPU:pCPU with the failures', 'vCPU:pCPU maximal avec les pannes'),
  },
  {
    key: 'purchasable',
    field: 'purchasableBytes',
    kind: 'sizes',
    when: requiredOnly,
    example: '256GiB,384GiB,512GiB',
    ...more,
    label: t('Purchasable node RAM sizes', 'Tailles de RAM achetables'),
    help: t('comma list of purchasable node RAM sizes (replaces the default list)', 'liste des tailles de RAM achetables par nœud (remplace la liste par défaut)'),
  },
];

/** The nodes as the core counts them: one size for `nodes` identical nodes, or one node per size listed. */
export function memoryNodeGroups(input: Readonly<Record<string, unknown>>): (NodeGroup & { readonly position?: number })[] {
  const sizes = (input['nodeRamBytes'] ?? []) as readonly number[];
  const nodes = input['nodes'] as number | undefined;
  return sizes.length === 1 ? [{ count: nodes ?? 1, ramBytes: sizes[0] ?? 0 }] : sizes.map((ramBytes, i) => ({ count: 1, ramBytes, position: i + 1 }));
}

/** The question asked: the web's `dir`, the CLI's derived from the inputs given. */
function runMemory(input: Readonly<Record<string, unknown>>): Outcome<MemoryResult> {
  const { dir, nodeRamBytes: _sizes, nodes, purchasableBytes, ...common } = input;
  if (dir === 'required') return requiredMemory({ ...common, nodes, ...(purchasableBytes === undefined ? {} : { purchasableBytes }) } as RequiredMemoryInput);
  return usableMemory({ ...common, nodeGroups: memoryNodeGroups(input) } as UsableMemoryInput);
}

/** "one node down", "2 nodes down": the failures the figure was computed with. */
const down = (r: MemoryResult, lang: 'en' | 'fr'): string => {
  const f = r.used.failures;
  if (lang === 'fr') return f === 0 ? 'aucun nœud en panne' : f === 1 ? 'un nœud en panne' : `${f} nœuds en panne`;
  return f === 0 ? 'no node down' : f === 1 ? 'one node down' : `${f} nodes down`;
};

// biome-ignore format: a table, several short entries per line as it reads
export const MEMORY_SPEC: CalculatorSpec<MemoryResult> = {
  id: 'memory',
  title: t('capa memory: the N − f rule', 'capa memory : la règle N − f'),
  description: {
    en: 'N − f memory rule: usable guest RAM of given nodes, or the node RAM a guest total needs',
    fr: 'Règle mémoire N − f : RAM utilisable de nœuds donnés, ou RAM par nœud nécessaire pour un total d’invités',
  },
  inputs: MEMORY_INPUTS,
  figures: [
    // The RAM needed reads in GB (the course's unit); purchasable sizes in GiB (DIMMs are binary).
    { id: 'required', field: 'requiredNodeRamBytes', unit: 'bytes-both', system: 'decimal', headline: 1, label: t('RAM needed per node', 'RAM nécessaire par nœud') },
    { id: 'buy', field: 'recommendedNodeRamBytes', unit: 'bytes-both', system: 'binary', none: t('no purchasable size is large enough', 'aucune taille achetable n’est assez grande'), label: t('Buy per node', 'Acheter par nœud') },
    {
      id: 'cluster', field: 'totalRamBytes', unit: 'bytes-both', system: 'binary', when: (r) => isRequired(r),
      none: t('no purchasable size is large enough', 'aucune taille achetable n’est assez grande'), label: t('RAM to buy in total', 'RAM à acheter au total'),
    },
    { id: 'total', field: 'totalRamBytes', unit: 'bytes-both', when: (r) => !isRequired(r), label: t('Installed RAM', 'RAM installée') },
    { id: 'reserve', field: 'hostReservePerNodeBytes', unit: 'bytes-both', when: (r) => r.hostReservePerNodeBytes > 0, label: t('Host reserve per node', 'Réserve hôte par nœud') },
    {
      id: 'usable', field: 'usableGuestRamBytes', unit: 'bytes-both', headline: 1,
      label: { en: (r) => `Usable guest RAM (${down(r, 'en')})`, fr: (r) => `RAM utilisable par les invités (${down(r, 'fr')})` },
    },
    { id: 'share', field: 'usableFraction', unit: 'ratio', label: t('Usable share of installed RAM', 'Part utilisable de la RAM installée') },
    { id: 'ksm', field: 'ksmUsableGuestRamBytes', unit: 'bytes-both', label: t('With the stated KSM savings', 'Avec les économies KSM indiquées') },
    { id: 'overcommit', field: 'overcommitRatio', unit: 'to-one', label: t('vCPU:pCPU', 'vCPU:pCPU') },
  ],
  messages: MEMORY_MESSAGES,
  fieldKeys: { 'nodeGroups.0.count': 'nodes', nodeGroups: 'nodeRam' },
  // Answers are in the system the user typed; binary when no size was typed (the core's default).
  sizeSystem: () => 'binary',
  run: runMemory,
};
