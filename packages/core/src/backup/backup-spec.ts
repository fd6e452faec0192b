/**
 * capa backup as data (issue 11): its inputs, its figures and its messages. Every input is the CLI's
 * for now (`surface: 'cli'`): the web has no backup page yet, and the scenario file's `backup` section
 * is still to come.
 */
import { BOND_DEFAULTS, BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import type { CalculatorSpec, InputSpec, Text } from '../spec/types.js';
import { backup, BACKUP_DEFAULTS, BACKUP_TARGETS, type BackupInput, type BackupResult, MAX_BACKUP_DAYS, MAX_VERIFY_DAYS } from './backup.js';
import { BACKUP_MESSAGES } from './backup-messages.js';
import { SCHEDULES } from './prune.js';
import { formatRatio } from '../units/format.js';

const t = (en: string, fr: string): Text => ({ en, fr });
const cli = { surface: 'cli' } as const;
const link = { ...cli, needs: 'linkSpeed' } as const;
const pbs = (r: BackupResult) => r.used.target === 'pbs';
const d = BACKUP_DEFAULTS;

// biome-ignore format: a table, several short entries per line as it reads
const INPUTS: readonly InputSpec[] = [
  { ...cli, key: 'data', field: 'dataBytes', kind: 'size', required: true, example: '10TB', label: t('Data protected (used, not provisioned)', 'Données protégées (utilisées, pas provisionnées)'), help: t('data backed up: what the guests use, not their provisioned size', 'données sauvegardées : ce qu’utilisent les invités, pas leur taille provisionnée') },
  { ...cli, key: 'changeRate', kind: 'ratio', required: true, example: '2%', metavar: 'r', label: t('Daily change rate', 'Taux de modification quotidien'), help: t('share of the data changed per day, e.g. 2%', 'part des données modifiée par jour, p. ex. 2%') },
  { ...cli, key: 'keep', kind: 'keep', required: true, example: 'last=3,daily=7,weekly=4,monthly=6', label: t('Retention (keep options)', 'Rétention (options keep)'), help: t('PBS retention: last=N,hourly=N,daily=N,weekly=N,monthly=N,yearly=N', 'rétention PBS : last=N,hourly=N,daily=N,weekly=N,monthly=N,yearly=N') },
  { ...cli, key: 'schedule', kind: 'choice', choices: SCHEDULES, default: d.schedule, metavar: 'when', label: t('Schedule', 'Planification'), help: t('how often a backup runs', 'fréquence des sauvegardes') },
  { ...cli, key: 'days', kind: 'count', default: d.days, max: MAX_BACKUP_DAYS, label: t('History simulated (days)', 'Historique simulé (jours)'), help: t('days of backups simulated before pruning is read', 'jours de sauvegardes simulés avant de lire l’élagage') },
  {
    ...cli, key: 'start', kind: 'date', default: d.start, label: t('First backup (UTC)', 'Première sauvegarde (UTC)'),
    help: t('day of the first run, YYYY-MM-DD (UTC): the calendar the weeks and months align on', 'jour de la première sauvegarde, AAAA-MM-JJ (UTC) : le calendrier sur lequel s’alignent semaines et mois'),
  },
  {
    ...cli, key: 'target', kind: 'choice', choices: BACKUP_TARGETS, default: d.target, metavar: 'target', label: t('Backup target', 'Cible des sauvegardes'),
    help: t('pbs: Proxmox Backup Server (deduplicated chunks); vzdump: full archives on a storage (NFS...)', 'pbs : Proxmox Backup Server (blocs dédupliqués) ; vzdump : archives complètes sur un stockage (NFS...)'),
  },
  {
    ...cli, key: 'compression', kind: 'ratio', default: d.compression, label: t('Compression (stored ÷ original)', 'Compression (stocké ÷ original)'),
    help: t('size after compression ÷ size before, e.g. 0.6', 'taille après compression ÷ taille avant, p. ex. 0,6'), defaultWhy: t('nothing assumed compressible', 'rien n’est supposé compressible'),
  },
  {
    ...cli, key: 'dedup', kind: 'savings', default: d.dedup, label: t('Deduplication across guests', 'Déduplication entre invités'),
    help: t('share of the first full shared between guests (same OS images), 0 to 90%', 'part de la première sauvegarde commune aux invités (mêmes images système), de 0 à 90 %'), defaultWhy: t('none assumed', 'aucune supposée'),
  },
  { ...cli, key: 'fillTarget', kind: 'ratio', default: d.fillTarget, label: t('Datastore fill target', 'Remplissage visé du datastore'), help: t('the most the datastore may be filled', 'remplissage maximal du datastore') },
  { ...cli, key: 'gcInterval', field: 'gcIntervalDays', kind: 'count', default: d.gcIntervalDays, max: 366, label: t('Days between garbage collections', 'Jours entre deux ramasse-miettes'), help: t('days between two garbage-collection runs', 'jours entre deux passages du ramasse-miettes') },
  { ...cli, key: 'offsite', kind: 'flag', default: d.offsite, label: t('Synced to a second PBS', 'Synchronisé vers un second PBS'), help: t('a sync job copies the datastore to a second PBS', 'une tâche de synchronisation copie le datastore vers un second PBS') },
  {
    ...cli, key: 'linkSpeed', field: 'speedBps', kind: 'rate', example: '10Gb/s', neededWhy: t('the times are computed from the bond', 'les durées se calculent à partir de l’agrégat'), label: t('Backup network: speed of one bond member', 'Réseau de sauvegarde : débit d’un lien de l’agrégat'),
    help: t('speed of one link of the bond the backups cross (enables the backup window and restore times)', 'débit d’un lien de l’agrégat que traversent les sauvegardes (active la fenêtre de sauvegarde et les durées de restauration)'),
  },
  { ...link, key: 'links', kind: 'count', default: BOND_DEFAULTS.links, label: t('Bond members', 'Liens de l’agrégat'), help: t('links in the bond', 'liens de l’agrégat') },
  { ...link, key: 'bondMode', field: 'mode', kind: 'choice', choices: BOND_MODES, default: BOND_DEFAULTS.mode, aliases: { '802.3ad': 'lacp' }, metavar: 'mode', label: t('Bond mode', 'Mode d’agrégat'), help: t('bond mode', 'mode d’agrégat') },
  { ...link, key: 'hash', kind: 'choice', choices: HASH_POLICIES, default: BOND_DEFAULTS.hash, metavar: 'policy', label: t('Transmit hash policy', 'Politique de hachage'), help: t('xmit_hash_policy of the bond', 'xmit_hash_policy de l’agrégat') },
  { ...link, key: 'jobs', kind: 'count', default: d.jobs, label: t('Backup jobs in parallel', 'Sauvegardes en parallèle'), help: t('backup jobs running at once, each from its own node', 'sauvegardes simultanées, chacune depuis son nœud') },
  {
    ...cli, key: 'window', field: 'windowSeconds', kind: 'duration', default: d.windowSeconds, metavar: 'duration', label: t('Backup window', 'Fenêtre de sauvegarde'),
    help: t('time allowed for a run: 8h, 90min, 3600s, 1d, or a number of seconds (also the verify jobs’ daily window)', 'durée permise pour une sauvegarde : 8h, 90min, 3600s, 1j, ou un nombre de secondes (aussi la fenêtre quotidienne des vérifications)'),
  },
  {
    ...cli, key: 'verify', field: 'verifyIntervalDays', kind: 'count', max: MAX_VERIFY_DAYS, metavar: 'days', when: { key: 'target', is: 'pbs' }, label: t('Verify every (days)', 'Vérification tous les (jours)'),
    help: t('PBS verify jobs: days between two verifications of every snapshot (re-verify after); gives the datastore read rate they need', 'tâches de vérification PBS : jours entre deux vérifications de chaque instantané (leur délai de revérification) ; donne le débit de lecture du datastore qu’elles demandent'),
  },
  { ...link, key: 'largestGuest', field: 'largestGuestBytes', kind: 'size', example: '2TB', label: t('Largest guest', 'Plus gros invité'), help: t('data of the largest guest (enables its restore time)', 'données du plus gros invité (active sa durée de restauration)') },
];

// biome-ignore format: a table, several short entries per line as it reads
export const BACKUP_SPEC: CalculatorSpec<BackupResult> = {
  id: 'backup',
  title: { en: (r) => (pbs(r) ? 'capa backup: Proxmox Backup Server datastore' : 'capa backup: vzdump archives'), fr: (r) => (pbs(r) ? 'capa backup : datastore Proxmox Backup Server' : 'capa backup : archives vzdump') },
  description: t('Backup sizing: the snapshots PBS’s prune keeps, the datastore they need, the backup window and restore times', 'Dimensionnement des sauvegardes : instantanés gardés par l’élagage de PBS, datastore nécessaire, fenêtre de sauvegarde et durées de restauration'),
  inputs: INPUTS,
  figures: [
    { id: 'retained', field: 'retainedSnapshots', unit: 'count', headline: 1, label: { en: (r) => `Snapshots kept after ${r.used.days} days`, fr: (r) => `Instantanés gardés après ${r.used.days} jours` } },
    { id: 'runs', field: 'runs', unit: 'count', label: t('Backups taken', 'Sauvegardes faites') },
    { id: 'span', field: 'retainedSpanDays', unit: 'number', digits: 1, label: t('Days spanned by the snapshots kept', 'Jours couverts par les instantanés gardés') },
    { id: 'first', field: 'firstFullBytes', unit: 'bytes-both', label: { en: (r) => (pbs(r) ? 'First full backup (unique chunks)' : 'One full archive'), fr: (r) => (pbs(r) ? 'Première sauvegarde complète (blocs uniques)' : 'Une archive complète') } },
    { id: 'changes', field: 'retainedChangesBytes', unit: 'bytes-both', when: pbs, label: t('Changes kept', 'Modifications gardées') },
    { id: 'gc-lag', field: 'gcLagBytes', unit: 'bytes-both', when: pbs, label: t('Awaiting garbage collection', 'En attente du ramasse-miettes') },
    { id: 'datastore', field: 'datastoreBytes', unit: 'bytes-both', headline: 2, label: { en: (r) => `Datastore used after ${r.used.days} days`, fr: (r) => `Datastore occupé après ${r.used.days} jours` } },
    { id: 'peak', field: 'peakDatastoreBytes', unit: 'bytes-both', label: t('Datastore at its fullest', 'Datastore à son plus plein') },
    { id: 'capacity', field: 'datastoreCapacityBytes', unit: 'bytes-both', headline: 3, label: { en: (r) => `Datastore to provision (${formatRatio(r.used.fillTarget, 'en')} full at most)`, fr: (r) => `Datastore à prévoir (rempli à ${formatRatio(r.used.fillTarget, 'fr')} au plus)` } },
    { id: 'offsite', field: 'offsiteBytes', unit: 'bytes-both', label: t('Second PBS (sync)', 'Second PBS (synchronisation)') },
    { id: 'per-run', field: 'bytesPerRun', unit: 'bytes-both', label: t('Read per run', 'Lu par sauvegarde') },
    { id: 'transfer', field: 'transferBps', unit: 'bits/s', label: t('Bond rate for the jobs', 'Débit de l’agrégat pour les tâches') },
    { id: 'window', field: 'backupWindowSeconds', unit: 'duration', label: t('Backup run', 'Durée d’une sauvegarde') },
    { id: 'restart', field: 'restartBackupSeconds', unit: 'duration', label: t('Run after a VM restart (full read)', 'Sauvegarde après redémarrage de VM (relecture complète)') },
    { id: 'restore-largest', field: 'restoreLargestSeconds', unit: 'duration', label: t('Restore of the largest guest', 'Restauration du plus gros invité') },
    { id: 'restore-all', field: 'restoreAllSeconds', unit: 'duration', label: t('Restore of every guest (RTO)', 'Restauration de tous les invités (RTO)') },
    { id: 'verify', field: 'verifyReadBps', unit: 'bits/s', when: pbs, label: { en: (r) => `Datastore read for the verify jobs (every ${r.used.verifyIntervalDays} days)`, fr: (r) => `Lecture du datastore pour les vérifications (tous les ${r.used.verifyIntervalDays} jours)` } },
  ],
  messages: BACKUP_MESSAGES,
  run: (input) => backup(input as BackupInput),
};
