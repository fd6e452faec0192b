/** capa backup's words: check messages by code and step titles, in English and French. */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytesBoth, formatDuration, formatNumber, formatRatio } from '../units/format.js';
import { E, F } from '../spec/plural.js';

const dur = (p: Params, k: string, lang: Lang): string => formatDuration(Number(p[k]), lang);
const both = (p: Params, k: string, lang: Lang): string => formatBytesBoth(Number(p[k]), 'decimal', lang);
const _num = (p: Params, k: string, lang: Lang): string => formatNumber(Number(p[k]), lang, 0);
const pct = (p: Params, k: string, lang: Lang): string => formatRatio(Number(p[k]), lang);

const en = {
  'backup.window': (p: Params) =>
    p['fits'] === true
      ? `A backup run reads ${both(p, 'bytes', 'en')} in ${dur(p, 'seconds', 'en')}: it fits the ${dur(p, 'windowSeconds', 'en')} window.`
      : `A backup run reads ${both(p, 'bytes', 'en')} in ${dur(p, 'seconds', 'en')}: longer than the ${dur(p, 'windowSeconds', 'en')} window. Add bandwidth, run more jobs in parallel or back up less often.`,
  'backup.restart-read': (p: Params) =>
    p['fits'] === true
      ? `After a VM restart its dirty bitmap is gone and the next run reads the whole disk: all the data in ${dur(p, 'seconds', 'en')}, within the ${dur(p, 'windowSeconds', 'en')} window.`
      : `After a VM restart its dirty bitmap is gone and the next run reads the whole disk: all the data takes ${dur(p, 'seconds', 'en')}, beyond the ${dur(p, 'windowSeconds', 'en')} window. Stagger restarts (maintenance, upgrades) or widen the window that night.`,
  'backup.keep-all': (): string => 'No retention option keeps anything: PBS then keeps every snapshot ("keeping all files") and the datastore grows without bound.',
  'backup.still-growing': (p: Params) =>
    `After ${E.c(p['days'], 'day', 'days')} the oldest snapshot kept is still the first backup: the retention reaches further back than the history simulated, so the datastore keeps growing. Simulate more days to see its steady state.`,
  'backup.steady': (p: Params) => `The retention has reached its steady state: ${E.c(p['snapshots'], 'snapshot', 'snapshots')} kept, spanning ${E.c(p['span'], 'day', 'days')}.`,
  'backup.offsite': (p: Params): string =>
    p['offsite'] === true
      ? 'A second PBS holds a synced copy: it needs a datastore of the same size.'
      : 'One copy of the backups, on one server: sync it to a second PBS (a sync job) or copy the archives elsewhere, as the field reports advise.',
  'backup.vzdump-full': (): string => 'vzdump writes a full compressed copy of each guest on every run: no deduplication between runs, one full copy per snapshot kept.',
  'backup.gc-lag': (p: Params) =>
    `Prune removes only the snapshots' indexes; garbage collection frees their chunks once unused for 24 h 5 min, at its next run: about ${E.a(p['lagDays'], 2, 'day', 'days')} of changes stay on disk beyond the retention.`,
  'backup.fill': (p: Params) => `Datastore sized to be at most ${pct(p, 'fill', 'en')} full: ${both(p, 'capacity', 'en')} for ${both(p, 'used', 'en')} of backups.`,
} satisfies Catalogue;
const fr: typeof en = {
  'backup.window': (p) =>
    p['fits'] === true
      ? `Une sauvegarde lit ${both(p, 'bytes', 'fr')} en ${dur(p, 'seconds', 'fr')} : elle tient dans la fenêtre de ${dur(p, 'windowSeconds', 'fr')}.`
      : `Une sauvegarde lit ${both(p, 'bytes', 'fr')} en ${dur(p, 'seconds', 'fr')} : plus que la fenêtre de ${dur(p, 'windowSeconds', 'fr')}. Ajoutez de la bande passante, lancez plus de tâches en parallèle ou sauvegardez moins souvent.`,
  'backup.restart-read': (p) =>
    p['fits'] === true
      ? `Après un redémarrage de VM, sa bitmap de blocs modifiés est perdue et la sauvegarde suivante relit tout le disque : toutes les données en ${dur(p, 'seconds', 'fr')}, dans la fenêtre de ${dur(p, 'windowSeconds', 'fr')}.`
      : `Après un redémarrage de VM, sa bitmap de blocs modifiés est perdue et la sauvegarde suivante relit tout le disque : toutes les données prennent ${dur(p, 'seconds', 'fr')}, au-delà de la fenêtre de ${dur(p, 'windowSeconds', 'fr')}. Étalez les redémarrages (maintenance, mises à jour) ou élargissez la fenêtre cette nuit-là.`,
  'backup.keep-all': () => 'Aucune option de rétention ne garde rien : PBS garde alors tous les instantanés (« keeping all files ») et le datastore grossit sans limite.',
  'backup.still-growing': (p) =>
    `Après ${F.c(p['days'], 'jour', 'jours')}, le plus ancien instantané gardé est encore la première sauvegarde : la rétention remonte plus loin que l’historique simulé, le datastore continue de grossir. Simulez plus de jours pour voir son régime établi.`,
  'backup.steady': (p) =>
    `La rétention a atteint son régime établi : ${F.c(p['snapshots'], 'instantané', 'instantanés')} ${F.w(p['snapshots'], 'gardé', 'gardés')}, sur ${F.c(p['span'], 'jour', 'jours')}.`,
  'backup.offsite': (p) =>
    p['offsite'] === true
      ? 'Un second PBS tient une copie synchronisée : il lui faut un datastore de même taille.'
      : 'Une seule copie des sauvegardes, sur un seul serveur : synchronisez-la vers un second PBS (tâche de synchronisation) ou copiez les archives ailleurs, comme le conseillent les retours de terrain.',
  'backup.vzdump-full': (): string => 'vzdump écrit une copie complète compressée de chaque invité à chaque passage : aucune déduplication entre passages, une copie complète par instantané gardé.',
  'backup.gc-lag': (p) =>
    `L’élagage ne supprime que les index des instantanés ; le ramasse-miettes libère leurs blocs (chunks) une fois inutilisés depuis 24 h 5 min, à son passage suivant : environ ${F.a(p['lagDays'], 2, 'jour', 'jours')} de modifications restent sur disque au-delà de la rétention.`,
  'backup.fill': (p) => `Datastore dimensionné pour être rempli à ${pct(p, 'fill', 'fr')} au plus : ${both(p, 'capacity', 'fr')} pour ${both(p, 'used', 'fr')} de sauvegardes.`,
};
export const BACKUP_MESSAGES: Locales<typeof en> = { en, fr };

const enSteps = {
  runs: 'Backups taken over the history simulated (one every interval)',
  retained: 'Snapshots kept after PBS’s prune (keep-last, hourly, daily, weekly, monthly, yearly in that order, UTC)',
  span: 'Days spanned by the snapshots kept (newest − oldest)',
  first: 'Unique chunks of the first full backup: data × compression × (1 − deduplication across guests)',
  perDay: 'Changed chunks per day: data × daily change rate × compression (changed blocks assumed distinct: an upper bound)',
  changes: 'Changed chunks over the retained span: every change between the oldest and the newest snapshot kept',
  changesCapped: 'Changed chunks over the retained span: between two snapshots kept, the changes of the gap, at most a whole copy',
  peak: 'Datastore at its fullest over the history (sampled at up to 60 days evenly spaced)',
  gcLag: 'Chunks awaiting garbage collection: the changes of the GC interval plus the 24 h 5 min grace',
  datastore: 'Datastore used: first full + changes retained + GC lag',
  copy: 'One vzdump archive: a full compressed copy of the data',
  vzdump: 'Datastore used: the archives kept, plus the new one written before the old ones are pruned',
  capacity: 'Datastore capacity: its peak ÷ fill target',
  transfer: 'Rate of the bond for the backup jobs (equal transfers: the busiest link finishes last)',
  perRun: 'Bytes read per incremental run: the blocks the dirty bitmap marks, data × change rate × days between runs',
  perRunFull: 'Bytes read per vzdump run: the whole data, every time',
  window: 'Time of one run over the bond (the read crosses it when disks are on Ceph or NFS; the upload, compressed, is smaller)',
  restart: 'Time of the first run after a VM restart: the whole disk read again',
  restoreLargest: 'Restore time of the largest guest: one flow over the bond',
  restoreAll: 'Restore time of every guest (RTO of the whole cluster), the jobs in parallel',
  verify: 'Read rate of the verify jobs: every chunk read back once per verify interval, 1/e of the datastore at its fullest in each window',
  nodeRate: 'Rate one node sends during the backup window: its share of a run spread over the window',
};
const frSteps: typeof enSteps = {
  runs: 'Sauvegardes faites sur l’historique simulé (une par intervalle)',
  retained: 'Instantanés gardés après l’élagage de PBS (keep-last, hourly, daily, weekly, monthly, yearly dans cet ordre, en UTC)',
  span: 'Jours couverts par les instantanés gardés (plus récent − plus ancien)',
  first: 'Blocs uniques de la première sauvegarde complète : données × compression × (1 − déduplication entre invités)',
  perDay: 'Blocs modifiés par jour : données × taux de modification quotidien × compression (blocs modifiés supposés distincts : une borne haute)',
  changes: 'Blocs modifiés sur la durée retenue : toutes les modifications entre le plus ancien et le plus récent instantané gardé',
  changesCapped: 'Blocs modifiés sur la durée retenue : entre deux instantanés gardés, les modifications de l’écart, au plus une copie entière',
  peak: 'Datastore à son plus plein sur l’historique (échantillonné en 60 jours au plus, également espacés)',
  gcLag: 'Blocs en attente du ramasse-miettes : les modifications de l’intervalle du GC plus le délai de grâce de 24 h 5 min',
  datastore: 'Datastore occupé : première sauvegarde + modifications retenues + retard du GC',
  copy: 'Une archive vzdump : une copie complète compressée des données',
  vzdump: 'Datastore occupé : les archives gardées, plus la nouvelle écrite avant l’élagage des anciennes',
  capacity: 'Capacité du datastore : son maximum ÷ taux de remplissage visé',
  transfer: 'Débit de l’agrégat pour les tâches de sauvegarde (transferts égaux : le lien le plus chargé finit le dernier)',
  perRun: 'Octets lus par sauvegarde incrémentale : les blocs marqués par la bitmap, données × taux de modification × jours entre sauvegardes',
  perRunFull: 'Octets lus par sauvegarde vzdump : toutes les données, à chaque fois',
  window: 'Durée d’une sauvegarde sur l’agrégat (la lecture le traverse quand les disques sont sur Ceph ou NFS ; l’envoi, compressé, est plus petit)',
  restart: 'Durée de la première sauvegarde après un redémarrage de VM : tout le disque relu',
  restoreLargest: 'Durée de restauration du plus gros invité : un flux sur l’agrégat',
  restoreAll: 'Durée de restauration de tous les invités (RTO du cluster entier), tâches en parallèle',
  verify: 'Débit de lecture des tâches de vérification : chaque bloc relu une fois par intervalle de vérification, 1/e du datastore à son plus plein dans chaque fenêtre',
  nodeRate: 'Débit qu’envoie un nœud pendant la fenêtre de sauvegarde : sa part d’une sauvegarde étalée sur la fenêtre',
};
export const backupSteps = (lang: Lang) => (lang === 'fr' ? frSteps : enSteps);
