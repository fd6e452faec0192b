/**
 * capa drain as data (issue 11, plan area `drain`): its inputs, its figures and its messages. Every
 * input is the CLI's for now (`surface: 'cli'`): the web page budget has no room for a new page yet.
 */
import { MEMORY_DEFAULTS } from '../explain/defaults.js';
import { LIMITS } from '../explain/limits.js';
import { BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import type { CalculatorSpec, Text } from '../spec/types.js';
import { drain, type DrainInput, DRAIN_REBOOT_SECONDS, type DrainResult } from './drain.js';
import { DRAIN_MESSAGES } from './drain-messages.js';

const t = (en: string, fr: string): Text => ({ en, fr });
const cli = { surface: 'cli' } as const;
const needsNodes = { ...cli, needs: 'nodes' } as const;

// biome-ignore format: a table, several short entries per line as it reads
export const DRAIN_SPEC: CalculatorSpec<DrainResult> = {
  id: 'drain',
  title: t('capa drain: maintenance drain and live migration', 'capa drain : évacuation pour maintenance et migration à chaud'),
  description: t(
    'Maintenance drain: the time to live-migrate a node’s guests away, whether the other nodes hold them meanwhile, and a rolling upgrade of the cluster',
    'Évacuation pour maintenance : durée de la migration à chaud des invités d’un nœud, capacité des autres nœuds à les porter entre-temps, et mise à jour progressive du cluster',
  ),
  inputs: [
    { ...cli, key: 'guestRam', field: 'guestRamBytes', kind: 'size', required: true, example: '256GiB', label: t('Guest RAM on the node', 'RAM des invités du nœud'), help: t('RAM of the guests running on the node to drain', 'RAM des invités en marche sur le nœud à vider') },
    {
      ...cli, key: 'dirtyRate', field: 'dirtyBps', kind: 'rate', required: true, example: '100MB/s', metavar: 'rate',
      label: t('Dirty-page rate of a migrating guest', 'Taux de pages modifiées d’un invité migré'), help: t('rate a migrating guest writes to its RAM, e.g. 100MB/s', 'débit d’écriture d’un invité migré dans sa RAM, p. ex. 100MB/s'),
    },
    { ...cli, key: 'speed', field: 'speedBps', kind: 'rate', required: true, example: '10Gb/s', label: t('Migration network: speed of one link', 'Réseau de migration : débit d’un lien'), help: t('speed of one link of the migration bond, e.g. 10Gb/s', 'débit d’un lien de l’agrégat de migration, p. ex. 10Gb/s') },
    { ...cli, key: 'links', kind: 'count', default: 1, label: t('Links', 'Liens'), help: t('member links of the bond', 'liens membres de l’agrégat') },
    { ...cli, key: 'mode', kind: 'choice', choices: BOND_MODES, default: 'lacp', aliases: { '802.3ad': 'lacp' }, metavar: 'mode', label: t('Bond mode', 'Mode d’agrégat'), help: t('bond mode', 'mode d’agrégat') },
    { ...cli, key: 'hash', kind: 'choice', choices: HASH_POLICIES, default: 'layer2', metavar: 'policy', defaultWhy: t('Linux\'s default', 'celle de Linux'), label: t('Transmit hash policy', 'Politique de hachage'), help: t('xmit_hash_policy', 'xmit_hash_policy') },
    {
      ...cli, key: 'bwlimit', field: 'bwlimitBps', kind: 'rate', example: '500MiB/s', metavar: 'rate',
      label: t('Migration bandwidth limit', 'Limite de bande passante de migration'), help: t('datacenter.cfg bwlimit migration=, per migration (KiB/s there: give e.g. 512000KiB/s)', 'bwlimit migration= de datacenter.cfg, par migration (en Kio/s là : donnez p. ex. 512000KiB/s)'),
    },
    {
      ...cli, key: 'parallel', kind: 'count', default: 1, max: 64, metavar: 'n', defaultWhy: t('one at a time, the safe side; max_workers allows more', 'une à la fois, par prudence ; max_workers en permet plus'),
      label: t('Parallel migrations', 'Migrations en parallèle'), help: t('migrations running at once (datacenter.cfg max_workers)', 'migrations simultanées (max_workers de datacenter.cfg)'),
    },
    { ...cli, key: 'localDisks', field: 'localDiskBytes', kind: 'size', example: '500GiB', label: t('Local disks to copy', 'Disques locaux à copier'), help: t('local disks copied over the network with the guests', 'disques locaux copiés par le réseau avec les invités') },
    {
      ...cli, key: 'nodes', kind: 'count', min: 2, max: LIMITS.hosts, example: '4', neededWhy: t('the N − 1 check and the rolling upgrade are about the cluster', 'le contrôle N − 1 et la mise à jour progressive portent sur le cluster'),
      label: t('Nodes in the cluster', 'Nœuds du cluster'), help: t('nodes in the cluster (enables the rolling upgrade and the N − 1 check)', 'nœuds du cluster (active la mise à jour progressive et le contrôle N − 1)') },
    { ...needsNodes, key: 'nodeRam', field: 'nodeRamBytes', kind: 'size', example: '512GiB', label: t('RAM per node', 'RAM par nœud'), help: t('RAM of one node, for the N − 1 check', 'RAM d’un nœud, pour le contrôle N − 1') },
    { ...needsNodes, key: 'clusterGuestRam', field: 'clusterGuestRamBytes', kind: 'size', example: '1TiB', label: t('Guest RAM of the cluster', 'RAM des invités du cluster'), help: t('RAM of every guest of the cluster, for the N − 1 check', 'RAM de tous les invités du cluster, pour le contrôle N − 1') },
    { ...needsNodes, key: 'maxUtilization', kind: 'ratio', default: MEMORY_DEFAULTS.maxUtilization, label: t('Utilisation limit', 'Limite d’utilisation'), help: t('most of the other nodes’ RAM guests may use', 'part maximale de la RAM des autres nœuds pour les invités') },
    // The memory calculator's host reservations (docs/memory.md): the N − 1 check is its rule, reservations included.
    { ...needsNodes, key: 'hostReserve', field: 'hostReserveBytes', kind: 'size', default: MEMORY_DEFAULTS.hostReserveBytes, defaultWhy: t('the course rule', 'la règle du cours'), label: t('System reserve per node', 'Réserve système par nœud'), help: t('system reservation per node, for the N − 1 check (~2GiB suggested)', 'réserve système par nœud, pour le contrôle N − 1 (~2GiB conseillé)') },
    { ...needsNodes, key: 'osdsPerNode', kind: 'count', min: 0, default: MEMORY_DEFAULTS.osdsPerNode, metavar: 'k', label: t('Ceph OSDs per node', 'OSD Ceph par nœud'), help: t('Ceph OSDs per node, reserving OSD memory, for the N − 1 check', 'OSD Ceph par nœud, qui réservent la mémoire des OSD, pour le contrôle N − 1') },
    { ...needsNodes, key: 'osdMemory', field: 'osdMemoryBytes', kind: 'size', default: MEMORY_DEFAULTS.osdMemoryBytes, label: t('osd_memory_target per OSD', 'osd_memory_target par OSD'), help: t('osd_memory_target per OSD', 'osd_memory_target par OSD') },
    { ...needsNodes, key: 'osdSize', field: 'osdSizeBytes', kind: 'size', example: '4TB', label: t('OSD size (1 GB RAM per TB rule)', 'Taille d’un OSD (règle 1 Go de RAM par To)'), help: t('OSD size, for the "1 GB of RAM per TB" rule', 'taille d’un OSD, pour la règle « 1 Go de RAM par To »') },
    { ...needsNodes, key: 'zfsArc', field: 'zfsArcBytes', kind: 'size', default: MEMORY_DEFAULTS.zfsArcBytes, label: t('ZFS ARC per node', 'ARC ZFS par nœud'), help: t('ZFS ARC per node', 'ARC ZFS par nœud') },
    {
      ...needsNodes, key: 'reboot', field: 'rebootSeconds', kind: 'duration', default: DRAIN_REBOOT_SECONDS, metavar: 'duration', defaultWhy: t('Capa’s assumption: state yours', 'hypothèse de Capa : indiquez la vôtre'),
      label: t('Upgrade and reboot per node', 'Mise à jour et redémarrage par nœud'), help: t('time to upgrade and reboot one node: 10min, 1h, or seconds', 'durée de mise à jour et de redémarrage d’un nœud : 10min, 1h, ou des secondes'),
    },
  ],
  figures: [
    { id: 'bond', field: 'bondBps', unit: 'bits/s', label: t('Bond rate for the migrations', 'Débit de l’agrégat pour les migrations') },
    { id: 'per-migration', field: 'perMigrationBps', unit: 'bits/s', label: t('Rate of one migration', 'Débit d’une migration') },
    { id: 'migration', field: 'migrationBps', unit: 'bits/s', when: (r) => r.used.parallel > 1, label: t('Rate the parallel migrations take on the bond', 'Débit des migrations parallèles sur l’agrégat') },
    { id: 'ram', field: 'ramSeconds', unit: 'duration', none: t('never (pre-copy does not converge)', 'jamais (la pré-copie ne converge pas)'), label: t('RAM pre-copy', 'Pré-copie de la RAM') },
    { id: 'disks', field: 'diskSeconds', unit: 'duration', when: (r) => r.diskSeconds > 0, label: t('Local disks copy', 'Copie des disques locaux') },
    { id: 'drain', field: 'drainSeconds', unit: 'duration', headline: 1, none: t('never (pre-copy does not converge)', 'jamais (la pré-copie ne converge pas)'), label: t('Time to drain the node', 'Durée de l’évacuation du nœud') },
    { id: 'rolling', field: 'rollingUpgradeSeconds', unit: 'duration', headline: 2, label: { en: (r) => `Rolling upgrade of ${r.used.nodes} nodes`, fr: (r) => `Mise à jour progressive de ${r.used.nodes} nœuds` } },
    { id: 'usable', field: 'usableWhileDrainedBytes', unit: 'bytes', system: 'binary', label: t('Guest RAM usable with one node drained', 'RAM d’invités utilisable avec un nœud vidé') },
    { id: 'n-minus-1', field: 'nMinusOneHolds', unit: 'yesno', headline: 3, label: t('Other nodes hold the guests (N − 1)', 'Les autres nœuds portent les invités (N − 1)') },
  ],
  messages: DRAIN_MESSAGES,
  run: (input) => drain(input as DrainInput),
};
