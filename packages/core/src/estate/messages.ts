/** The words of an estate's checks (by code, language-free params) and its step titles, en and fr. */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { E, F } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);
const n = (p: Params, k: string): number => Number(p[k]);
const sys = (p: Params): SizeSystem => (p['system'] === 'decimal' ? 'decimal' : 'binary');
const b = (p: Params, k: string, lang: Lang) => formatBytes(n(p, k), sys(p), lang);
const memo = (p: Params, lang: Lang) =>
  p['utilization'] === null || p['utilization'] === undefined
    ? ''
    : lang === 'fr'
      ? ` (mémoire N − f : ${formatRatio(n(p, 'utilization'), 'fr')}, limite ${formatRatio(n(p, 'max'), 'fr')})`
      : ` (memory N − f: ${formatRatio(n(p, 'utilization'), 'en')}, limit ${formatRatio(n(p, 'max'), 'en')})`;

const en = {
  'estate.cluster.passes': (p: Params) => `Cluster ${s(p, 'cluster')} passes every check of its own analysis${memo(p, 'en')}.`,
  'estate.cluster.fails': (p: Params) => `Cluster ${s(p, 'cluster')}: ${E.c(p['failed'], 'check', 'checks')} of its own analysis ${E.w(p['failed'], 'fails', 'fail')}${memo(p, 'en')}.`,
  'estate.source': (p: Params) => `${s(p, 'cluster')} is the migration source (VMware): ${E.c(p['guests'], 'guest', 'guests')}, ${b(p, 'ramBytes', 'en')} of configured RAM to place on Proxmox VE.`,
  'estate.no-target': () => 'No Proxmox VE cluster passes its memory N − f verdict: none can take guests.',
  'estate.rebalance.ok': (p: Params) =>
    `The ${E.c(p['guests'], 'guest', 'guests')} (${b(p, 'ramBytes', 'en')}) that failing clusters should shed to pass N − f ${E.w(p['guests'], 'fits', 'fit')} on passing clusters within the limit.`,
  'estate.rebalance.partial': (p: Params) =>
    `${s(p, 'left')} of the ${E.c(p['guests'], 'guest', 'guests')} that failing clusters should shed to pass N − f ${E.w(p['left'], 'fits', 'fit')} on no passing cluster.`,
  'estate.waves': (p: Params) =>
    `${E.c(p['guests'], 'VMware guest', 'VMware guests')} (${b(p, 'ramBytes', 'en')}) ${E.w(p['guests'], 'moves', 'move')} in ${E.c(p['waves'], 'wave', 'waves')}; every target cluster still passes N − f after each wave.`,
  'estate.unplaced': (p: Params) =>
    `${E.c(p['guests'], 'guest', 'guests')} (${b(p, 'ramBytes', 'en')} known) ${E.w(p['guests'], 'fits', 'fit')} on no cluster within N − f: ${E.w(p['guests'], 'it is', 'they are')} listed without a target.`,
} satisfies Catalogue;

const fr: typeof en = {
  'estate.cluster.passes': (p) => `Le cluster ${s(p, 'cluster')} passe toutes les vérifications de sa propre analyse${memo(p, 'fr')}.`,
  'estate.cluster.fails': (p) => `Cluster ${s(p, 'cluster')} : ${F.c(p['failed'], 'vérification', 'vérifications')} de sa propre analyse ${F.w(p['failed'], 'échoue', 'échouent')}${memo(p, 'fr')}.`,
  'estate.source': (p) => `${s(p, 'cluster')} est la source de la migration (VMware) : ${F.c(p['guests'], 'invité', 'invités')}, ${b(p, 'ramBytes', 'fr')} de RAM configurée à placer sur Proxmox VE.`,
  'estate.no-target': () => 'Aucun cluster Proxmox VE ne respecte son verdict mémoire N − f : aucun ne peut accueillir d’invités.',
  'estate.rebalance.ok': (p) =>
    `Invités que les clusters en échec doivent céder pour respecter N − f : ${F.c(p['guests'], 'invité', 'invités')} (${b(p, 'ramBytes', 'fr')}), qui ${F.w(p['guests'], 'tient', 'tiennent')} sur des clusters conformes, dans la limite.`,
  'estate.rebalance.partial': (p) =>
    `${s(p, 'left')} ${F.w(p['left'], 'invité', 'invités')} sur ${s(p, 'guests')} que les clusters en échec doivent céder pour respecter N − f ne ${F.w(p['left'], 'tient', 'tiennent')} sur aucun cluster conforme.`,
  'estate.waves': (p) =>
    `${F.c(p['guests'], 'invité', 'invités')} VMware (${b(p, 'ramBytes', 'fr')}) ${F.w(p['guests'], 'migre', 'migrent')} en ${F.c(p['waves'], 'vague', 'vagues')} ; chaque cluster cible respecte encore N − f après chaque vague.`,
  'estate.unplaced': (p) =>
    `${F.c(p['guests'], 'invité', 'invités')} (${b(p, 'ramBytes', 'fr')} connus) ne ${F.w(p['guests'], 'tient', 'tiennent')} sur aucun cluster dans la limite N − f : ${F.w(p['guests'], 'il est listé', 'ils sont listés')} sans cible.`,
};

export const ESTATE_MESSAGES: Locales = { en, fr };

// biome-ignore format: a table, several short entries per line as it reads
const words = {
  en: {
    stepRoom: (c: string) => `Cluster ${c}: RAM more guests may take while N − f passes (negative: the excess)`,
    stepGuestRam: (k: number) => `Configured guest RAM of the ${E.c(k, 'cluster', 'clusters')}`,
    stepRam: (k: number) => `RAM of the online nodes of the ${E.c(k, 'cluster', 'clusters')}`,
    refuseWhatIf: 'names nodes, and a node belongs to one cluster: analyse that cluster alone (its files only) for this what-if',
    refuseWaveGuests: 'must be a whole number of guests from 1 to 100000',
    refuseWaveRam: 'must be a size greater than 0 bytes',
    refuseNames: 'each cluster needs a name of its own',
  },
  fr: {
    stepRoom: (c: string) => `Cluster ${c} : RAM que d’autres invités peuvent prendre en respectant N − f (négatif : l’excès)`,
    stepGuestRam: (k: number) => `RAM configurée des invités ${F.w(k, 'du', 'des')} ${F.c(k, 'cluster', 'clusters')}`,
    stepRam: (k: number) => `RAM des nœuds en ligne ${F.w(k, 'du', 'des')} ${F.c(k, 'cluster', 'clusters')}`,
    refuseWhatIf: 'nomme des nœuds, et un nœud appartient à un seul cluster : analysez ce cluster seul (ses seuls fichiers) pour ce scénario',
    refuseWaveGuests: 'doit être un nombre entier d’invités de 1 à 100000',
    refuseWaveRam: 'doit être une taille supérieure à 0 octet',
    refuseNames: 'chaque cluster doit avoir un nom qui lui est propre',
  },
} as const;

export const estateWords = (lang: Lang) => words[lang];
