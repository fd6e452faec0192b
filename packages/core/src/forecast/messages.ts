/** `capa forecast`'s words: step titles, limit names, check messages and refusals, in English and French. */
import type { Lang } from '../explain/types.js';
import type { CrossingState } from './crossing.js';
import { count } from '../spec/plural.js';

export type LimitId = 'memory.n-minus-f' | 'ceph.nearfull-after-host-loss' | 'backup.datastore-fill';

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  limit: { 'memory.n-minus-f': (f: number, u: string) => `Guest memory, N − ${f} at ${u}`, 'ceph.nearfull-after-host-loss': (r: string) => `Ceph fullest OSD after a host loss at nearfull (${r})`, 'backup.datastore-fill': (id: string, r: string) => `Backup datastore ${id} at ${r}` },
  series: { 'guests.memory.configured': 'configured guest RAM', 'node.memory.used': 'node memory in use (sum of the nodes’ weekly peaks)', 'ceph.stored': 'Ceph stored data', 'ceph.raw.used': 'Ceph raw used', 'storage.used': 'datastore used' } as Readonly<Record<string, string>>,
  stepPeaks: (what: string) => `Weekly peaks of ${what} (highest value of each 7-day bucket)`,
  stepSlope: 'Trend: Theil–Sen slope, the median of the pairwise slopes, per day',
  stepSlopeLow: 'Band: low slope (order statistic of the pairwise slopes), per day',
  stepSlopeHigh: 'Band: high slope (order statistic of the pairwise slopes), per day',
  stepSpread: 'Band: spread of the weekly peaks around the trend (half the 10th–90th percentile range)',
  stepNow: 'Trend value now',
  stepLimitMemGuests: 'Limit: usable guest RAM with the largest node or nodes down (capa analyze)',
  stepLimitMemUsed: 'Limit: utilisation ceiling × survivors’ RAM (node memory in use already holds the host’s own)',
  stepLimitCeph: 'Limit: data at which the fullest OSD after the worst host loss reaches nearfull (fill grows in proportion to the data)',
  stepLimitBackup: 'Limit: datastore size × fill target (the backup calculator’s)',
  stepDays: 'Days until the trend reaches the limit',
  stepHorizon: 'Band’s high value at the horizon',
  stepAddNodes: 'Nodes like the largest to add so that N − f still passes at the horizon (capa analyze with that growth)',
  stepAddRaw: 'Raw capacity to add per host so that the fullest OSD stays under nearfull after a host loss at the horizon',
  stepAddBackup: 'Datastore capacity to add so that the fill target holds at the horizon',
  check: {
    'already-crossed': (l: string) => `${l}: already crossed by the trend`,
    crossesSoon: (l: string, d: string, e: string) => `${l}: crossed around ${d} (earliest ${e}), within the horizon`,
    crossesLater: (l: string, d: string) => `${l}: crossed around ${d}, after the horizon`,
    earliestSoon: (l: string, e: string) => `${l}: the trend does not cross it, but the band’s high edge does by ${e}, within the horizon`,
    never: (l: string) => `${l}: not crossed on the trend (flat or falling)`,
    'not-enough-data': (l: string, n: number, min: number) => `${l}: not enough history (${count(n, 'en', 'weekly peak', 'weekly peaks')}, at least ${min} needed)`,
    noHistory: (l: string) => `${l}: no history for it in the inventory or the history file`,
  },
  refuseNoHistory: 'has no history: give --history FILE (a capa.history file) or import with history',
  refuseNow: 'must be an ISO 8601 date-time (the inventory’s collectedAt), or give the forecast’s now',
};

// biome-ignore format: a table, several short entries per line as it reads
const fr: typeof en = {
  limit: { 'memory.n-minus-f': (f: number, u: string) => `Mémoire des invités, N − ${f} à ${u}`, 'ceph.nearfull-after-host-loss': (r: string) => `OSD Ceph le plus plein après perte d’un hôte, à nearfull (${r})`, 'backup.datastore-fill': (id: string, r: string) => `Datastore de sauvegarde ${id} à ${r}` },
  series: { 'guests.memory.configured': 'RAM configurée des invités', 'node.memory.used': 'mémoire utilisée des nœuds (somme des pointes hebdomadaires des nœuds)', 'ceph.stored': 'données stockées dans Ceph', 'ceph.raw.used': 'brut utilisé de Ceph', 'storage.used': 'occupation du datastore' },
  stepPeaks: (what: string) => `Pointes hebdomadaires de ${what} (valeur la plus haute de chaque tranche de 7 jours)`,
  stepSlope: 'Tendance : pente de Theil–Sen, médiane des pentes entre paires, par jour',
  stepSlopeLow: 'Bande : pente basse (statistique d’ordre des pentes entre paires), par jour',
  stepSlopeHigh: 'Bande : pente haute (statistique d’ordre des pentes entre paires), par jour',
  stepSpread: 'Bande : dispersion des pointes hebdomadaires autour de la tendance (moitié de l’écart entre 10e et 90e centiles)',
  stepNow: 'Valeur de la tendance aujourd’hui',
  stepLimitMemGuests: 'Limite : RAM utilisable par les invités avec le ou les plus gros nœuds en panne (capa analyze)',
  stepLimitMemUsed: 'Limite : plafond d’occupation × RAM des survivants (la mémoire utilisée des nœuds contient déjà celle de l’hôte)',
  stepLimitCeph: 'Limite : données pour lesquelles l’OSD le plus plein après la pire perte d’hôte atteint nearfull (le remplissage croît comme les données)',
  stepLimitBackup: 'Limite : taille du datastore × remplissage visé (celui du calcul de sauvegarde)',
  stepDays: 'Jours avant que la tendance atteigne la limite',
  stepHorizon: 'Valeur haute de la bande à l’horizon',
  stepAddNodes: 'Nœuds comme le plus gros à ajouter pour que N − f tienne encore à l’horizon (capa analyze avec cette croissance)',
  stepAddRaw: 'Capacité brute à ajouter par hôte pour que l’OSD le plus plein reste sous nearfull après perte d’un hôte à l’horizon',
  stepAddBackup: 'Capacité de datastore à ajouter pour que le remplissage visé tienne à l’horizon',
  check: {
    'already-crossed': (l: string) => `${l} : déjà franchie par la tendance`,
    crossesSoon: (l: string, d: string, e: string) => `${l} : franchie vers le ${d} (au plus tôt le ${e}), avant l’horizon`,
    crossesLater: (l: string, d: string) => `${l} : franchie vers le ${d}, après l’horizon`,
    earliestSoon: (l: string, e: string) => `${l} : la tendance ne la franchit pas, mais le haut de la bande la franchit d’ici le ${e}, avant l’horizon`,
    never: (l: string) => `${l} : pas franchie selon la tendance (plate ou en baisse)`,
    'not-enough-data': (l: string, n: number, min: number) => `${l} : historique insuffisant (${count(n, 'fr', 'pointe hebdomadaire', 'pointes hebdomadaires')}, il en faut au moins ${min})`,
    noHistory: (l: string) => `${l} : aucun historique dans l’inventaire ni dans le fichier d’historique`,
  },
  refuseNoHistory: 'n’a pas d’historique : donnez --history FICHIER (un fichier capa.history) ou importez avec l’historique',
  refuseNow: 'doit être une date-heure ISO 8601 (le collectedAt de l’inventaire), ou donnez le « maintenant » de la prévision',
};

export const forecastMessages = (lang: Lang): typeof en => (lang === 'fr' ? fr : en);
export type { CrossingState };
