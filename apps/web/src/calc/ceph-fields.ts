/** Fields shared by the Ceph capacity page and the failure/recovery page, and their reading. */
import { BOND_MODES, CEPH_DEFAULTS, type CephCapacityInput, defaultText, HASH_POLICIES, type Lang, type Protection } from '@capa/core';
import type { FieldDef, Values } from '../state/fields';
import { defined, type FieldReader } from '../state/reader';
import { t } from '../state/text';

const erasure = (v: Values) => v['protection'] === 'erasure';
const capacityMode = (v: Values) => v['mode'] !== 'target';
const hasLink = (v: Values) => (v['linkSpeed'] ?? '').trim() !== '';

export const protectionFields: readonly FieldDef[] = [
  { key: 'protection', kind: 'choice', label: t('Pool protection', 'Protection du pool'), defaultValue: 'replicated', options: [
    { value: 'replicated', label: t('Replicated', 'Répliqué') },
    { value: 'erasure', label: t('Erasure coded', 'Code à effacement (EC)') },
  ] },
  { key: 'replicas', kind: 'count', label: t('Replicas (size)', 'Répliques (size)'), placeholder: defaultText(CEPH_DEFAULTS.replicas, 'number'), visible: (v) => !erasure(v) },
  { key: 'ec', kind: 'ec', label: t('EC profile K+M', 'Profil EC K+M'), placeholder: '4+2', visible: erasure },
];

export const osdFields: readonly FieldDef[] = [
  { key: 'nodes', kind: 'count', label: t('Nodes (hosts)', 'Nœuds (hôtes)'), placeholder: '5' },
  { key: 'osdsPerNode', kind: 'count', label: t('OSDs per node', 'OSD par nœud'), placeholder: '4', visible: capacityMode },
  { key: 'osdSize', kind: 'size', label: t('OSD size', 'Taille d’un OSD'), placeholder: '20TB', visible: capacityMode },
];

export const ratioFields: readonly FieldDef[] = [
  { key: 'nearfull', kind: 'ratio', label: t('nearfull ratio', 'Ratio nearfull'), placeholder: defaultText(CEPH_DEFAULTS.nearfull, 'ratio'), advanced: true },
  { key: 'backfillfull', kind: 'ratio', label: t('backfillfull ratio', 'Ratio backfillfull'), placeholder: defaultText(CEPH_DEFAULTS.backfillfull, 'ratio'), advanced: true },
  { key: 'full', kind: 'ratio', label: t('full ratio', 'Ratio full'), placeholder: defaultText(CEPH_DEFAULTS.full, 'ratio'), advanced: true },
];

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: t(value, value) }));

/** Recovery inputs; the bond details appear once a link speed is given (they need it). */
export const recoveryFields = (advanced: boolean): readonly FieldDef[] => [
  { key: 'stored', kind: 'size', label: t('Data stored (ceph df STORED)', 'Données stockées (ceph df STORED)'), placeholder: '20TB', visible: capacityMode, advanced },
  { key: 'linkSpeed', kind: 'rate', label: t('Cluster network: speed of one bond member', 'Réseau cluster : débit d’un lien de l’agrégat'), placeholder: '10Gb/s', visible: capacityMode, advanced },
  { key: 'links', kind: 'count', label: t('Bond members per host', 'Liens par hôte'), placeholder: defaultText(CEPH_DEFAULTS.links, 'number'), visible: (v) => capacityMode(v) && hasLink(v), advanced },
  { key: 'bondMode', kind: 'choice', label: t('Bond mode', 'Mode d’agrégat'), defaultValue: CEPH_DEFAULTS.mode, options: choices(BOND_MODES), visible: (v) => capacityMode(v) && hasLink(v), advanced },
  { key: 'hash', kind: 'choice', label: t('Transmit hash policy', 'Politique de hachage'), defaultValue: CEPH_DEFAULTS.hash, options: choices(HASH_POLICIES), visible: (v) => capacityMode(v) && hasLink(v), advanced },
  { key: 'osdWrite', kind: 'rate', label: t('Sustained rate of one OSD during recovery (reads + writes)', 'Débit soutenu d’un OSD en reconstruction (lectures + écritures)'), placeholder: '150MB/s', visible: (v) => capacityMode(v) && hasLink(v), advanced },
  { key: 'markOut', kind: 'seconds', label: t('mon_osd_down_out_interval (s)', 'mon_osd_down_out_interval (s)'), placeholder: defaultText(CEPH_DEFAULTS.markOutSeconds, 'number'), visible: (v) => capacityMode(v) && hasLink(v), advanced },
];

export const readProtection = (r: FieldReader): Protection | undefined => {
  if (r.choice('protection', ['replicated', 'erasure'] as const, 'replicated') === 'erasure') return r.require('ec', r.erasure('ec'));
  const size = r.has('replicas') ? r.count('replicas') : CEPH_DEFAULTS.replicas;
  return size === undefined ? undefined : { kind: 'replicated', size };
};

export const readRatios = (r: FieldReader) => defined({ nearfull: r.ratio('nearfull'), backfillfull: r.ratio('backfillfull'), full: r.ratio('full') });

export function readRecovery(r: FieldReader) {
  if (!r.has('linkSpeed')) return undefined;
  return defined({
    speedBps: r.rate('linkSpeed'),
    links: r.count('links'),
    mode: r.choice('bondMode', BOND_MODES, CEPH_DEFAULTS.mode),
    hash: r.choice('hash', HASH_POLICIES, CEPH_DEFAULTS.hash),
    osdWriteBps: r.rate('osdWrite'),
    markOutSeconds: r.seconds('markOut'),
  });
}

/**
 * The capacity calculator's inputs, read once for the Ceph and failure pages; undefined when a
 * field is wrong (its issue is then in r.issues).
 */
export function readCapacityInput(r: FieldReader, lang: Lang): CephCapacityInput | undefined {
  const hosts = r.require('nodes', r.count('nodes'));
  const osdsPerHost = r.require('osdsPerNode', r.count('osdsPerNode'));
  const osdSizeBytes = r.require('osdSize', r.size('osdSize'));
  const protection = readProtection(r);
  const ratios = readRatios(r);
  const storedBytes = r.size('stored');
  const recovery = readRecovery(r);
  if (r.issues.length > 0 || hosts === undefined || osdsPerHost === undefined || osdSizeBytes === undefined || protection === undefined) return undefined;
  const rec = recovery?.speedBps === undefined ? {} : { recovery: { ...recovery, speedBps: recovery.speedBps } };
  return { hosts, osdsPerHost, osdSizeBytes, protection, ...ratios, ...defined({ storedBytes }), ...rec, system: r.system ?? 'binary', lang };
}

/** Core field paths → page keys, for the core's own input messages. */
export const CEPH_FIELDS = { hosts: 'nodes', osdsPerHost: 'osdsPerNode', osdSizeBytes: 'osdSize', protection: 'replicas', 'protection.size': 'replicas', 'protection.k': 'ec', 'protection.m': 'ec', storedBytes: 'stored', dataBytes: 'data', diskSizeBytes: 'diskSize', nearfull: 'nearfull', backfillfull: 'backfillfull', full: 'full', 'recovery.speedBps': 'linkSpeed', 'recovery.links': 'links', 'recovery.osdWriteBps': 'osdWrite', 'recovery.markOutSeconds': 'markOut' };
