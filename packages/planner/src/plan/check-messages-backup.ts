/**
 * The words of the backup area's own checks, by code (issue 11): where the backups are written (the
 * storage.external entry `on`) and the datastore's own disks. Parameters are raw (bytes, names, the
 * size system), formatted here per language.
 */
import { type Catalogue, formatBytesBoth, type Params, type SizeSystem } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);
const b = (p: Params, k: string, lang: 'en' | 'fr'): string => formatBytesBoth(Number(p[k]), s(p, 'system') as SizeSystem, lang);

const en = {
  'backup.on-storage.shared': (p: Params) =>
    `The backups are written to ${s(p, 'name')}, the storage that also holds the guests' disks: one failure of it loses the guests and their backups. Copy the backups elsewhere (a second server, a PBS sync), as the 2012 field report advised.`,
  'backup.on-storage.apart': (p: Params) => `The backups are written to ${s(p, 'name')}, apart from the guests' disks.`,
  'backup.on-room.fits': (p: Params) => `${s(p, 'name')} has ${b(p, 'freeBytes', 'en')} free below its fill limit: enough for the ${b(p, 'neededBytes', 'en')} the backups reach at their fullest.`,
  'backup.on-room.over': (p: Params) =>
    `${s(p, 'name')} has ${b(p, 'freeBytes', 'en')} free below its fill limit, less than the ${b(p, 'neededBytes', 'en')} the backups reach at their fullest: keep fewer copies or write them elsewhere.`,
  'backup.datastore-disks.fits': (p: Params) => `The datastore's disks give ${b(p, 'usableBytes', 'en')} usable, enough for the ${b(p, 'neededBytes', 'en')} to provision.`,
  'backup.datastore-disks.over': (p: Params) => `The datastore's disks give ${b(p, 'usableBytes', 'en')} usable, less than the ${b(p, 'neededBytes', 'en')} to provision: add disks or keep less.`,
} satisfies Catalogue;
const fr: typeof en = {
  'backup.on-storage.shared': (p) =>
    `Les sauvegardes sont écrites sur ${s(p, 'name')}, le stockage qui porte aussi les disques des invités : une seule panne de celui-ci perd les invités et leurs sauvegardes. Copiez les sauvegardes ailleurs (un second serveur, une synchronisation PBS), comme le conseillait le retour de terrain de 2012.`,
  'backup.on-storage.apart': (p) => `Les sauvegardes sont écrites sur ${s(p, 'name')}, à part des disques des invités.`,
  'backup.on-room.fits': (p) =>
    `${s(p, 'name')} a ${b(p, 'freeBytes', 'fr')} de libre sous sa limite de remplissage : assez pour les ${b(p, 'neededBytes', 'fr')} qu’atteignent les sauvegardes à leur plus plein.`,
  'backup.on-room.over': (p) =>
    `${s(p, 'name')} a ${b(p, 'freeBytes', 'fr')} de libre sous sa limite de remplissage, moins que les ${b(p, 'neededBytes', 'fr')} qu’atteignent les sauvegardes à leur plus plein : gardez moins de copies ou écrivez-les ailleurs.`,
  'backup.datastore-disks.fits': (p) => `Les disques du datastore donnent ${b(p, 'usableBytes', 'fr')} utiles, assez pour les ${b(p, 'neededBytes', 'fr')} à prévoir.`,
  'backup.datastore-disks.over': (p) =>
    `Les disques du datastore donnent ${b(p, 'usableBytes', 'fr')} utiles, moins que les ${b(p, 'neededBytes', 'fr')} à prévoir : ajoutez des disques ou gardez moins.`,
};
export const BACKUP_CHECK_MESSAGES_EN = en;
export const BACKUP_CHECK_MESSAGES_FR = fr;

/** The area's own figure labels and summary (the core's figures keep the spec's labels). */
const wordsEn = {
  nodeBps: 'Rate one node sends during the backup window',
  datastoreUsable: (layout: string) => `Datastore disks usable (${layout})`,
  externalFree: (name: string) => `Free on ${name} below its fill limit`,
  summary: (snapshots: string, capacity: string, run: string | null) => `${snapshots} snapshots kept, ${capacity} of datastore to provision${run === null ? '' : `, a run in ${run}`}.`,
};
const wordsFr: typeof wordsEn = {
  nodeBps: 'Débit qu’envoie un nœud pendant la fenêtre de sauvegarde',
  datastoreUsable: (layout) => `Disques du datastore, capacité utile (${layout})`,
  externalFree: (name) => `Libre sur ${name} sous sa limite de remplissage`,
  summary: (snapshots, capacity, run) => `${snapshots} instantanés gardés, ${capacity} de datastore à prévoir${run === null ? '' : `, une sauvegarde en ${run}`}.`,
};
export const backupWords = (lang: 'en' | 'fr') => (lang === 'fr' ? wordsFr : wordsEn);
