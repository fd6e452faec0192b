/**
 * What the letters of capa backup's formulas stand for (explain/symbols.ts), and where each comes
 * from: the calculator's input keys (backup-spec.ts), the schedule's constants, or an earlier step.
 * The plan's backup area shows these steps next to the datastore's ZFS steps (planning/symbols.ts):
 * a letter both use must not mean two things there.
 */
import { fromInput, fromStep, type Glossary } from '../explain/symbols.js';
import type { StepUnit, SymbolOrigin } from '../explain/types.js';

const en = {
  t: 'days of history simulated',
  h: 'hours between two runs of the schedule',
  k: 'snapshots the prune keeps at the end of the history',
  W: 'days between the oldest and the newest snapshot kept',
  E: 'data protected (what the guests use)',
  c: 'compression: stored ÷ original',
  u: 'deduplication across guests: the share saved',
  r: 'share of the data changed per day',
  C: 'changed data stored per day',
  X: 'changed blocks the kept snapshots hold beyond the first full',
  F: 'first full backup as stored',
  G: 'days a removed chunk stays: the days between garbage collections plus the one-day grace',
  K: 'chunks of removed snapshots not yet collected (garbage-collection lag)',
  P: 'one full copy as stored',
  M: 'the most the datastore holds over the history',
  f: 'the most the datastore may be filled',
  i: 'days between two runs of the schedule',
  R: 'rate the backup bond receives from the parallel jobs',
  b: 'data sent by one run',
  Q: 'rate of one restore over the bond (a single flow)',
  U: 'rate the bond sends to the parallel restores',
  Y: 'data of the largest guest',
  e: 'days between two verifications of every snapshot',
  T: 'backup window',
  N: 'nodes that back up their guests',
};
const fr: typeof en = {
  t: 'jours d’historique simulés',
  h: 'heures entre deux sauvegardes de la planification',
  k: 'instantanés que l’élagage garde à la fin de l’historique',
  W: 'jours entre le plus ancien et le plus récent instantané gardé',
  E: 'données protégées (ce qu’utilisent les invités)',
  c: 'compression : stocké ÷ original',
  u: 'déduplication entre invités : la part économisée',
  r: 'part des données modifiée par jour',
  C: 'données modifiées stockées par jour',
  X: 'blocs modifiés que les instantanés gardés ajoutent à la première sauvegarde complète',
  F: 'première sauvegarde complète telle que stockée',
  G: 'jours que reste un bloc supprimé : les jours entre deux ramasse-miettes plus un jour de grâce',
  K: 'blocs des instantanés supprimés pas encore ramassés (retard du ramasse-miettes)',
  P: 'une copie complète telle que stockée',
  M: 'le plus que contient le datastore sur l’historique',
  f: 'remplissage maximal du datastore',
  i: 'jours entre deux sauvegardes de la planification',
  R: 'débit que l’agrégat de sauvegarde reçoit des tâches parallèles',
  b: 'données envoyées par une sauvegarde',
  Q: 'débit d’une restauration sur l’agrégat (un seul flux)',
  U: 'débit que l’agrégat envoie aux restaurations parallèles',
  Y: 'données du plus gros invité',
  e: 'jours entre deux vérifications de chaque instantané',
  T: 'fenêtre de sauvegarde',
  N: 'nœuds qui sauvegardent leurs invités',
};
export const BACKUP_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

/** vzdump's datastore step: its e is the extra copy, never in the same derivation as PBS's verify interval. */
export const VZDUMP_SYMBOLS: Glossary<keyof typeof en> = {
  en: { ...en, e: 'the removed backup still on disk while the next one is written (1 once the prune removes one, else 0)' },
  fr: { ...fr, e: 'la sauvegarde supprimée encore sur disque pendant l’écriture de la suivante (1 dès que l’élagage en supprime une, sinon 0)' },
};

/** The unit of each letter (those not listed are plain numbers). */
export const BACKUP_UNITS: Readonly<Record<string, StepUnit>> = {
  M: 'bytes',
  E: 'bytes',
  F: 'bytes',
  X: 'bytes',
  K: 'bytes',
  P: 'bytes',
  b: 'bytes',
  Y: 'bytes',
  C: 'bytes',
  R: 'bits/s',
  Q: 'bits/s',
  U: 'bits/s',
  k: 'count',
  T: 'seconds',
};

/** Where each letter comes from, by step: the calculator's input keys (backup-spec.ts) or an earlier step. */
export function backupOrigins(gcLag: boolean): Readonly<Record<string, Readonly<Record<string, SymbolOrigin>>>> {
  const E = fromInput('data');
  const c = fromInput('compression');
  const r = fromInput('changeRate');
  const R = fromStep('backup.transfer');
  return {
    'backup.runs': { t: fromInput('days'), h: fromInput('schedule') },
    'backup.first': { E, c, u: fromInput('dedup') },
    'backup.per-day': { E, r, c },
    'backup.changes': { C: fromStep('backup.per-day'), W: fromStep('backup.span') },
    'backup.gc-lag': { F: fromStep('backup.first'), C: fromStep('backup.per-day'), G: fromInput('gcInterval') },
    'backup.datastore': { F: fromStep('backup.first'), X: fromStep('backup.changes'), ...(gcLag ? { K: fromStep('backup.gc-lag') } : {}), k: fromStep('backup.retained'), P: fromStep('backup.copy') },
    'backup.copy': { E, c },
    'backup.capacity': { M: fromStep('backup.peak'), f: fromInput('fillTarget') },
    'backup.per-run': { E, r, i: fromInput('schedule') },
    'backup.window': { b: fromStep('backup.per-run'), R },
    'backup.restart': { E, R },
    'backup.restore-largest': { Y: fromInput('largestGuest') },
    'backup.restore-all': { E },
    'backup.verify': { M: fromStep('backup.peak'), e: fromInput('verify'), T: fromInput('window') },
    'backup.node-rate': { b: fromStep('backup.per-run'), T: fromInput('window'), N: fromInput('nodes') },
  };
}
