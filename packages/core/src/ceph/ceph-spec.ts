/**
 * capa ceph as data (issue 10): both questions, the capacity of given disks and the raw disk a data
 * target needs, with their inputs, figures and words. The CLI derives the direction from `--data`,
 * the web page from its `mode` choice; `--replicas`/`--ec` and the web's `protection` choice likewise.
 */
import { CEPH_DEFAULTS } from '../explain/defaults.js';
import { BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import type { CalculatorSpec, InputSpec, Locales, Text } from '../spec/types.js';
import { cephCalculator, type CephCapacityResult } from './capacity.js';
import type { CephCapacitySimulatedResult } from './capacity-simulated.js';
import type { CephCapacityInput, CephDataTargetInput } from './capacity-schema.js';
import { cephDataTarget, type CephDataTargetResult } from './data-target.js';
import { MAX_REPLICAS } from './protection.js';
import { CEPH_CHECK_MESSAGES } from './check-messages.js';
import { SIMULATED_CHECK_MESSAGES } from './capacity-simulated-messages.js';
import { SIMULATION_CHECK_MESSAGES } from './simulation-check-messages.js';

/** Either answer; the CLI's capacity answer adds the CRUSH-simulated figures. */
export type CephResult = CephCapacityResult | CephCapacitySimulatedResult | CephDataTargetResult;

const isTarget = (r: CephResult): r is CephDataTargetResult => 'ruleOfThumbNodeRawBytes' in r;
const capacityOnly = { key: 'mode', is: 'capacity' } as const;
const targetOnly = { key: 'mode', is: 'target' } as const;
const recovery = { when: capacityOnly, needs: 'linkSpeed', advanced: true } as const;
const t = (en: string, fr: string): Text => ({ en, fr });

/** Every check `capa ceph` emits, by code: the average model's, the CRUSH simulation's verdicts and the simulated run's own. */
export const CEPH_MESSAGES = {
  en: { ...CEPH_CHECK_MESSAGES.en, ...SIMULATION_CHECK_MESSAGES.en, ...SIMULATED_CHECK_MESSAGES.en },
  fr: { ...CEPH_CHECK_MESSAGES.fr, ...SIMULATION_CHECK_MESSAGES.fr, ...SIMULATED_CHECK_MESSAGES.fr },
} satisfies Locales;

/** The replicated size when neither --replicas nor --ec is given: Ceph's osd_pool_default_size (CEPH_DEFAULTS). */
// biome-ignore format: a table, several short entries per line as it reads
const REPLICAS: InputSpec = {
  key: 'replicas', kind: 'count', default: CEPH_DEFAULTS.replicas, max: MAX_REPLICAS, metavar: 's', when: { key: 'protection', is: 'replicated' },
  label: t('Replicas (size)', 'Répliques (size)'), help: t('replicated pool size', 'taille du pool répliqué (size)'),
};

export const CEPH_INPUTS: readonly InputSpec[] = [
  {
    key: 'mode',
    kind: 'choice',
    choices: ['capacity', 'target'],
    default: 'capacity',
    surface: 'web',
    selectedBy: { target: { by: 'data', unless: ['hostOsds'], why: t('the data target computes raw and disks per node', 'le volume de données calcule le brut et les disques par nœud') } },
    label: t('Question', 'Question'),
    help: t('capacity of given disks, or raw disk for a data target', 'capacité de disques donnés, ou disque brut pour un volume de données'),
    choiceLabels: { capacity: t('Capacity of these disks', 'Capacité de ces disques'), target: t('Raw disk needed for this data', 'Disque brut nécessaire pour ces données') },
  },
  { key: 'nodes', field: 'hosts', kind: 'count', required: true, example: '5', label: t('Nodes (hosts)', 'Nœuds (hôtes)'), help: t('hosts (failure domains)', 'hôtes (domaines de panne)') },
  {
    key: 'osdsPerNode',
    field: 'osdsPerHost',
    kind: 'count',
    required: true,
    example: '4',
    metavar: 'k',
    when: capacityOnly,
    label: t('OSDs per node', 'OSD par nœud'),
    help: t('OSDs per host', 'OSD par hôte'),
  },
  { key: 'osdSize', field: 'osdSizeBytes', kind: 'size', required: true, example: '20TB', when: capacityOnly, label: t('OSD size', 'Taille d’un OSD'), help: t('size of one OSD', 'taille d’un OSD') },
  {
    key: 'hostOsds',
    kind: 'hostOsds',
    surface: 'cli',
    example: '4x16TB,2x8TB+1x16TB',
    excludes: { keys: ['nodes', 'osdsPerNode', 'osdSize', 'data', 'diskSize'], why: t('it describes every host', 'qui décrit chaque hôte') },
    label: t('OSDs of each host', 'OSD de chaque hôte'),
    help: t(
      'hosts one by one instead of --nodes/--osds-per-node/--osd-size: COUNTxSIZE terms joined by +, hosts separated by commas',
      'hôtes un par un au lieu de --nodes/--osds-per-node/--osd-size : termes NOMBRExTAILLE joints par +, hôtes séparés par des virgules',
    ),
  },
  {
    key: 'data',
    field: 'dataBytes',
    kind: 'size',
    required: true,
    example: '200TB',
    when: targetOnly,
    label: t('Data to store', 'Données à stocker'),
    help: t('data target: gives raw per node and disks per node', 'volume de données : donne le brut et les disques par nœud'),
  },
  {
    key: 'diskSize',
    field: 'diskSizeBytes',
    kind: 'size',
    example: '16TB',
    when: targetOnly,
    label: t('Disk size', 'Taille des disques'),
    help: t('disk size for the data target', 'taille des disques pour le volume de données'),
  },
  {
    key: 'protection',
    field: 'protectionKind',
    kind: 'choice',
    choices: ['replicated', 'erasure'],
    default: 'replicated',
    surface: 'web',
    selectedBy: { erasure: { by: 'ec', either: true, why: t('a pool is either replicated or erasure-coded', 'un pool est soit répliqué, soit en code à effacement') } },
    label: t('Pool protection', 'Protection du pool'),
    help: t('replicated or erasure-coded', 'répliqué ou code à effacement'),
    choiceLabels: { replicated: t('Replicated', 'Répliqué'), erasure: t('Erasure coded', 'Code à effacement (EC)') },
  },
  REPLICAS,
  {
    key: 'ec',
    kind: 'ec',
    required: true,
    example: '4+2',
    when: { key: 'protection', is: 'erasure' },
    label: t('EC profile K+M', 'Profil EC K+M'),
    help: t('erasure-coded pool, e.g. 4+2', 'pool en code à effacement, p. ex. 4+2'),
  },
  { key: 'nearfull', kind: 'ratio', default: CEPH_DEFAULTS.nearfull, example: '85%', advanced: true, label: t('nearfull ratio', 'Ratio nearfull'), help: t('nearfull ratio', 'ratio nearfull') },
  {
    key: 'backfillfull',
    kind: 'ratio',
    default: CEPH_DEFAULTS.backfillfull,
    example: '90%',
    advanced: true,
    label: t('backfillfull ratio', 'Ratio backfillfull'),
    help: t('backfillfull ratio', 'ratio backfillfull'),
  },
  { key: 'full', kind: 'ratio', default: CEPH_DEFAULTS.full, example: '95%', advanced: true, label: t('full ratio', 'Ratio full'), help: t('full ratio', 'ratio full') },
  {
    key: 'stored',
    field: 'storedBytes',
    kind: 'size',
    example: '20TB',
    when: capacityOnly,
    advanced: true,
    label: t('Data stored (ceph df STORED)', 'Données stockées (ceph df STORED)'),
    help: t('logical data stored (ceph df STORED, before replication)', 'données logiques stockées (ceph df STORED, avant réplication)'),
  },
  {
    key: 'linkSpeed',
    field: 'recovery.speedBps',
    kind: 'rate',
    example: '10Gb/s',
    when: capacityOnly,
    advanced: true,
    neededWhy: t('the recovery time is computed from the bond', 'la durée de reconstruction se calcule à partir de l’agrégat'),
    label: t('Cluster network: speed of one bond member', 'Réseau cluster : débit d’un lien de l’agrégat'),
    help: t('speed of one bond member on the cluster network (enables recovery time)', 'débit d’un lien de l’agrégat sur le réseau cluster (active la durée de reconstruction)'),
  },
  {
    key: 'links',
    field: 'recovery.links',
    kind: 'count',
    default: CEPH_DEFAULTS.links,
    ...recovery,
    label: t('Bond members per host', 'Liens par hôte'),
    help: t('bond members per host', 'liens de l’agrégat par hôte'),
  },
  {
    key: 'bondMode',
    field: 'recovery.mode',
    kind: 'choice',
    choices: BOND_MODES,
    default: CEPH_DEFAULTS.mode,
    aliases: { '802.3ad': 'lacp' },
    metavar: 'mode',
    ...recovery,
    label: t('Bond mode', 'Mode d’agrégat'),
    help: t('bond mode', 'mode d’agrégat'),
  },
  {
    key: 'hash',
    field: 'recovery.hash',
    kind: 'choice',
    choices: HASH_POLICIES,
    default: CEPH_DEFAULTS.hash,
    metavar: 'policy',
    ...recovery,
    label: t('Transmit hash policy', 'Politique de hachage'),
    help: t('xmit_hash_policy for recovery traffic', 'xmit_hash_policy du trafic de reconstruction'),
  },
  {
    key: 'osdWrite',
    field: 'recovery.osdWriteBps',
    kind: 'rate',
    example: '150MB/s',
    ...recovery,
    label: t('Sustained rate of one OSD during recovery (reads + writes)', 'Débit soutenu d’un OSD en reconstruction (lectures + écritures)'),
    help: t('sustained rate of one OSD during recovery, shared by its reads and writes, e.g. 150MB/s', 'débit soutenu d’un OSD en reconstruction, partagé entre lectures et écritures, p. ex. 150MB/s'),
  },
  {
    key: 'markOut',
    field: 'recovery.markOutSeconds',
    kind: 'seconds',
    default: CEPH_DEFAULTS.markOutSeconds,
    ...recovery,
    label: t('mon_osd_down_out_interval (s)', 'mon_osd_down_out_interval (s)'),
    help: t('mon_osd_down_out_interval, seconds', 'mon_osd_down_out_interval, en secondes'),
  },
];

/** The reader's fields → the core's input: the pool protection from --replicas or --ec. */
export function cephCoreInput(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { mode: _mode, protectionKind: _kind, replicas, ec, ...rest } = input;
  return { ...rest, protection: ec ?? { kind: 'replicated', size: replicas ?? REPLICAS.default } };
}

const healing = (r: CephResult): string | null => ('healing' in r ? r.healing : null);

// biome-ignore format: a table, several short entries per line as it reads
export const CEPH_SPEC: CalculatorSpec<CephResult> = {
  id: 'ceph',
  title: {
    en: (r) => (isTarget(r) ? 'capa ceph: raw per node for a data target' : 'capa ceph: capacity, safe capacity and a host failure'),
    fr: (r) => (isTarget(r) ? 'capa ceph : brut par nœud pour un volume de données' : 'capa ceph : capacité, capacité sûre et panne d’un hôte'),
  },
  description: {
    en: 'Ceph capacity: raw, usable, rule of thumb and safe capacity after a host loss; or raw per node for a data target',
    fr: 'Capacité Ceph : brut, utile, règle du cours et capacité sûre après la perte d’un hôte ; ou brut par nœud pour un volume de données',
  },
  inputs: CEPH_INPUTS,
  figures: [
    { id: 'hosts', field: 'hostRawBytes', unit: 'bytes-list', when: (_r, i) => i['hostOsds'] !== undefined, label: t('Hosts', 'Hôtes') },
    { id: 'raw', field: 'rawBytes', unit: 'bytes-both', label: t('Raw', 'Brut') },
    { id: 'usable', field: 'usableBytes', unit: 'bytes-both', headline: 1, label: t('Usable (healthy)', 'Utile (sain)') },
    // The course's rule of thumb divides: usable = raw ÷ (s × 1.1) (docs/ceph-capacity.md).
    { id: 'rot', field: 'ruleOfThumbUsableBytes', unit: 'bytes-both', label: t('Rule of thumb (÷ 1.1)', 'Règle du cours (÷ 1,1)') },
    { id: 'nearfull', field: 'nearfullUsableBytes', unit: 'bytes-both', label: t('Usable under nearfull', 'Utile sous nearfull') },
    {
      id: 'safe', field: 'safeUsableBytes', unit: 'bytes-both', headline: 2,
      label: {
        en: (r) => (healing(r) === 'cannot-heal' ? 'Safe usable (after an OSD loss)' : 'Safe usable (after a host loss)'),
        fr: (r) => (healing(r) === 'cannot-heal' ? 'Utile sûr (après perte d’un OSD)' : 'Utile sûr (après perte d’un hôte)'),
      },
    },
    { id: 'crush-safe', field: 'crushSafeUsableBytes', unit: 'bytes-both', label: t('Safe usable, CRUSH simulated', 'Utile sûr, CRUSH simulé') },
    { id: 'safe-bf', field: 'safeUsableBackfillfullBytes', unit: 'bytes-both', label: t('Safe at backfillfull', 'Sûr à backfillfull') },
    { id: 'pg-num', field: 'placement.pgNum', unit: 'count', label: t('pg_num (autoscaler)', 'pg_num (autoscaler)') },
    { id: 'min-size', field: 'minSize', unit: 'count', label: t('Default min_size', 'min_size par défaut') },
    { id: 'degraded-pgs', field: 'hostFailure.degradedPgFraction', unit: 'ratio', label: t('PGs degraded (host down)', 'PG dégradés (hôte en panne)') },
    { id: 'rebuild', field: 'hostFailure.rebuildBytes', unit: 'bytes-both', label: t('To rebuild (host down)', 'À reconstruire (hôte en panne)') },
    { id: 'fullest', field: 'fullestOsdFill', unit: 'ratio', label: t('Fullest OSD now (CRUSH)', 'OSD le plus plein (CRUSH)') },
    {
      id: 'fill-after', field: 'fillAfterFailure', unit: 'ratio',
      label: {
        en: (r) => (healing(r) === 'heals' ? 'Fill after a host loss' : 'Host fill after an OSD loss'),
        fr: (r) => (healing(r) === 'heals' ? 'Remplissage après perte d’un hôte' : 'Remplissage de l’hôte après perte d’un OSD'),
      },
    },
    {
      id: 'fullest-after', field: 'fullestOsdFillAfterFailure', unit: 'ratio', when: (r) => 'placement' in r && r.placement.worstHost !== null,
      label: {
        en: (r) => `Fullest OSD after losing ${'placement' in r ? String(r.placement.worstHost) : ''} (CRUSH)`,
        fr: (r) => `OSD le plus plein après perte de ${'placement' in r ? String(r.placement.worstHost) : ''} (CRUSH)`,
      },
    },
    { id: 'below-min', field: 'hostFailure.pgsBelowMinSizeFraction', unit: 'ratio', label: t('PGs below min_size (host down)', 'PG sous min_size (hôte en panne)') },
    { id: 'recovery', field: 'hostFailure.recoverySeconds', unit: 'duration', lowerBound: 'hostFailure.recoveryIsLowerBound', label: t('Recovery time', 'Durée de reconstruction') },
    { id: 'crush-recovery', field: 'hostFailure.crushRecoverySeconds', unit: 'duration', lowerBound: true, label: t('Recovery time (busiest host/OSD)', 'Reconstruction (hôte/OSD le plus chargé)') },
    { id: 'rot-node', field: 'ruleOfThumbNodeRawBytes', unit: 'bytes-both', label: t('Raw/node, rule of thumb', 'Brut/nœud, règle du cours') },
    { id: 'safe-node', field: 'safeNodeRawBytes', unit: 'bytes-both', headline: 1, none: t('not possible', 'impossible'), label: t('Raw/node, safe rule', 'Brut/nœud, règle sûre') },
    { id: 'rot-disks', field: 'ruleOfThumbDisksPerNode', unit: 'count', label: t('Disks/node, rule of thumb', 'Disques/nœud, règle du cours') },
    {
      id: 'safe-disks', field: 'safeDisksPerNode', unit: 'count', headline: 2, none: t('not possible', 'impossible'), when: (_r, i) => i['diskSizeBytes'] !== undefined,
      label: t('Disks/node, safe rule', 'Disques/nœud, règle sûre'),
    },
  ],
  messages: CEPH_MESSAGES,
  fieldKeys: { protection: 'replicas', 'protection.size': 'replicas', 'protection.k': 'ec', 'protection.m': 'ec' },
  sizeSystem: (input) => (input['mode'] === 'target' ? 'decimal' : 'binary'),
  run: (input) => (input['mode'] === 'target' ? cephDataTarget(cephCoreInput(input) as CephDataTargetInput) : cephCalculator(cephCoreInput(input) as CephCapacityInput)),
};
