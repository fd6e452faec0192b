import type { Lang } from '../explain/types.js';
import { plural } from '../spec/plural.js';

/** Texts of the host list grammar (host-osds.ts) and of the mixed-host steps (hosts.ts); the checks' are in check-messages.ts. */
// biome-ignore format: a table, several short entries per line as it reads
const en = {
  /** Between the culprit and the reason. */
  sep: ': ',
  syntax: 'expected COUNTxSIZE terms joined by + (e.g. 2x8TB+1x16TB), hosts separated by commas',
  term: (term: string, host: number) => `"${term}" (host ${host})`,
  emptyHost: (host: number) => `host ${host} is empty`,
  count: (allowed: string) => `the OSD count ${allowed}`,
  hostOsds: (n: string, allowed: string) => `${n} ${plural(n, 'en', 'OSD', 'OSDs')} on one host: the OSDs of a host ${allowed}`,
  hosts: (n: string, allowed: string) => `${n} ${plural(n, 'en', 'host', 'hosts')}: the host count ${allowed}`,
  osdTotal: (n: string, max: string) => `${n} ${plural(n, 'en', 'OSD', 'OSDs')} in all: at most ${max} per cluster`,
  stepHostShape: (host: number, like: number) => (like > 1 ? `Raw capacity of host ${host} (${like} hosts built like it)` : `Raw capacity of host ${host}`),
  stepRawSum: 'Raw capacity: the sum of every host\'s raw capacity',
  stepLargestHost: 'Raw capacity of the largest failure domain (host)',
  stepSafeMixed: 'Safe usable when a host loss cannot heal: every host holds 1/H of the raw data whatever its size; the worst host is the one left smallest after losing its largest OSD',
  stepFillAfterMixed: 'Fill of the worst host after losing its largest OSD (a host of one OSD is not refilled: its share stays on its own size)',
  stepRebuildMixed: 'Bytes to rebuild after the largest host is down: its share of the raw data',
  stepDegradedObjectsMixed: 'Object copies degraded by the largest host down: its share of the raw capacity',
};
const fr: typeof en = {
  sep: ' : ',
  syntax: 'attendu : des termes NOMBRExTAILLE joints par + (par ex. 2x8TB+1x16TB), les hôtes séparés par des virgules',
  term: (term, host) => `« ${term} » (hôte ${host})`,
  emptyHost: (host) => `l’hôte ${host} est vide`,
  count: (allowed) => `le nombre d’OSD ${allowed}`,
  hostOsds: (n, allowed) => `${n} OSD sur un hôte : les OSD d’un hôte ${allowed}`,
  hosts: (n, allowed) => `${n} ${plural(n, 'fr', 'hôte', 'hôtes')} : le nombre d’hôtes ${allowed}`,
  osdTotal: (n, max) => `${n} OSD en tout : au plus ${max} par cluster`,
  stepHostShape: (host, like) => (like > 1 ? `Capacité brute de l’hôte ${host} (${like} hôtes construits ainsi)` : `Capacité brute de l’hôte ${host}`),
  stepRawSum: 'Capacité brute : la somme des capacités brutes des hôtes',
  stepLargestHost: 'Capacité brute du plus gros domaine de panne (hôte)',
  stepSafeMixed:
    'Utile sûr quand la perte d’un hôte ne se reconstruit pas : chaque hôte tient 1/H des données brutes quelle que soit sa taille ; le pire hôte est celui qui reste le plus petit après la perte de son plus gros OSD',
  stepFillAfterMixed: 'Remplissage du pire hôte après la perte de son plus gros OSD (un hôte à un seul OSD ne se reconstruit pas : sa part reste sur sa propre taille)',
  stepRebuildMixed: 'Octets à reconstruire après la panne du plus gros hôte : sa part des données brutes',
  stepDegradedObjectsMixed: 'Copies d’objets dégradées par la panne du plus gros hôte : sa part de la capacité brute',
};
export const hostOsdsMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
