/** The words of the alert thresholds (thresholds.ts): step titles and check messages, English and French. */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  stepConfigured: 'Alert threshold: configured guest RAM the survivors hold within the limit (capa analyze’s usable guest RAM)',
  stepInUse: 'Alert threshold: RAM in use on the nodes the survivors hold within the limit (usable guest RAM plus the survivors’ reservations)',
  stepFullest: 'Alert threshold: the healthy fullest OSD’s fill at which the worst host loss brings an OSD to nearfull (fills scale with the stored data)',
  stepStored: 'Alert threshold: stored data for which no OSD crosses nearfull, healthy or after the worst loss (capa analyze’s crush-safe stored)',
  stepRaw: 'Alert threshold: raw used that stays under nearfull after losing the largest host (average model: capa analyze’s safe raw)',
};

const fr: typeof en = {
  stepConfigured: 'Seuil d’alerte : RAM configurée des invités que les survivants tiennent dans la limite (RAM utilisable invités de capa analyze)',
  stepInUse: 'Seuil d’alerte : RAM utilisée sur les nœuds que les survivants tiennent dans la limite (RAM utilisable invités plus les réserves des survivants)',
  stepFullest: 'Seuil d’alerte : remplissage de l’OSD le plus plein à l’état sain auquel la pire perte d’hôte porte un OSD à nearfull (les remplissages suivent les données stockées)',
  stepStored: 'Seuil d’alerte : données stockées pour lesquelles aucun OSD ne dépasse nearfull, à l’état sain ou après la pire perte (stockable sûr CRUSH de capa analyze)',
  stepRaw: 'Seuil d’alerte : brut utilisé qui reste sous nearfull après la perte du plus gros hôte (modèle moyen : brut sûr de capa analyze)',
};

export const alertMessages = (lang: Lang): typeof en => (lang === 'fr' ? fr : en);

const s = (p: Params, k: string): string => String(p[k]);
const sys = (p: Params): SizeSystem => (p['system'] === 'decimal' ? 'decimal' : 'binary');
const fig = (p: Params, k: string, lang: Lang): string => (p['unit'] === 'ratio' ? formatRatio(Number(p[k]), lang) : formatBytes(Number(p[k]), sys(p), lang));

const checksEn = {
  'alerts.crossed': (p: Params) =>
    `${s(p, 'alert')}: the inventory is already beyond the threshold (${fig(p, 'now', 'en')} > ${fig(p, 'threshold', 'en')}): the alert fires as soon as the rules are loaded.`,
  'alerts.memory.not-applicable': () => 'No memory rule: the inventory has no guest and no node of known RAM (a Ceph-only import).',
  'alerts.memory.no-survivors': () => 'No memory rule: the analysis gives no usable guest RAM (no node would survive the failures asked).',
  'alerts.memory.negative': (p: Params) => `The survivors’ reservations exceed the limit (usable guest RAM ${formatBytes(Number(p['usable']), sys(p), 'en')}): the memory alerts fire at once.`,
  'alerts.ceph.average-model': () =>
    'Ceph: the CRUSH placement was not simulated; the rule watches the raw used against the average model’s safe raw, which ignores how much fuller the fullest OSD is.',
  'alerts.ceph.no-threshold': (p: Params) => `No Ceph rule: the analysis gives no fill after a host loss (healing: ${s(p, 'healing')}).`,
} satisfies Catalogue;

const checksFr: typeof checksEn = {
  'alerts.crossed': (p) => `${s(p, 'alert')} : l’inventaire dépasse déjà le seuil (${fig(p, 'now', 'fr')} > ${fig(p, 'threshold', 'fr')}) : l’alerte se déclenche dès le chargement des règles.`,
  'alerts.memory.not-applicable': () => 'Pas de règle mémoire : l’inventaire n’a ni invité ni nœud de RAM connue (un import Ceph seul).',
  'alerts.memory.no-survivors': () => 'Pas de règle mémoire : l’analyse ne donne pas de RAM utilisable invités (aucun nœud ne survivrait aux pannes demandées).',
  'alerts.memory.negative': (p) =>
    `Les réserves des survivants dépassent la limite (RAM utilisable invités ${formatBytes(Number(p['usable']), sys(p), 'fr')}) : les alertes mémoire se déclenchent aussitôt.`,
  'alerts.ceph.average-model': () =>
    'Ceph : le placement CRUSH n’a pas été simulé ; la règle surveille le brut utilisé face au brut sûr du modèle moyen, qui ignore combien l’OSD le plus plein l’est davantage.',
  'alerts.ceph.no-threshold': (p) => `Pas de règle Ceph : l’analyse ne donne pas de remplissage après perte d’hôte (reconstruction : ${s(p, 'healing')}).`,
};

export const ALERT_CHECK_MESSAGES: Locales = { en: checksEn, fr: checksFr };
