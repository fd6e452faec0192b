/** The words of an estate's checks (by code, language-free params) and its step titles, en and fr. */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';

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
  'estate.cluster.fails': (p: Params) => `Cluster ${s(p, 'cluster')}: ${s(p, 'failed')} check(s) of its own analysis fail${memo(p, 'en')}.`,
  'estate.source': (p: Params) => `${s(p, 'cluster')} is the migration source (VMware): ${s(p, 'guests')} guest(s), ${b(p, 'ramBytes', 'en')} of configured RAM to place on Proxmox VE.`,
  'estate.no-target': () => 'No Proxmox VE cluster passes its memory N − f verdict: none can take guests.',
  'estate.rebalance.ok': (p: Params) => `The ${s(p, 'guests')} guest(s) (${b(p, 'ramBytes', 'en')}) the failing cluster(s) should shed to pass N − f fit on passing clusters within the limit.`,
  'estate.rebalance.partial': (p: Params) => `${s(p, 'left')} of the ${s(p, 'guests')} guest(s) the failing cluster(s) should shed to pass N − f fit on no passing cluster.`,
  'estate.waves': (p: Params) => `${s(p, 'guests')} VMware guest(s) (${b(p, 'ramBytes', 'en')}) move in ${s(p, 'waves')} wave(s); every target cluster still passes N − f after each wave.`,
  'estate.unplaced': (p: Params) => `${s(p, 'guests')} guest(s) (${b(p, 'ramBytes', 'en')} known) fit on no cluster within N − f: they are listed without a target.`,
} satisfies Catalogue;

const fr: typeof en = {
  'estate.cluster.passes': (p) => `Le cluster ${s(p, 'cluster')} passe toutes les vérifications de sa propre analyse${memo(p, 'fr')}.`,
  'estate.cluster.fails': (p) => `Cluster ${s(p, 'cluster')} : ${s(p, 'failed')} vérification(s) de sa propre analyse échouent${memo(p, 'fr')}.`,
  'estate.source': (p) => `${s(p, 'cluster')} est la source de la migration (VMware) : ${s(p, 'guests')} invité(s), ${b(p, 'ramBytes', 'fr')} de RAM configurée à placer sur Proxmox VE.`,
  'estate.no-target': () => 'Aucun cluster Proxmox VE ne respecte son verdict mémoire N − f : aucun ne peut accueillir d’invités.',
  'estate.rebalance.ok': (p) =>
    `Les ${s(p, 'guests')} invité(s) (${b(p, 'ramBytes', 'fr')}) que les clusters en échec doivent céder pour respecter N − f tiennent sur des clusters conformes, dans la limite.`,
  'estate.rebalance.partial': (p) => `${s(p, 'left')} des ${s(p, 'guests')} invité(s) que les clusters en échec doivent céder pour respecter N − f ne tiennent sur aucun cluster conforme.`,
  'estate.waves': (p) => `${s(p, 'guests')} invité(s) VMware (${b(p, 'ramBytes', 'fr')}) migrent en ${s(p, 'waves')} vague(s) ; chaque cluster cible respecte encore N − f après chaque vague.`,
  'estate.unplaced': (p) => `${s(p, 'guests')} invité(s) (${b(p, 'ramBytes', 'fr')} connus) ne tiennent sur aucun cluster dans la limite N − f : ils sont listés sans cible.`,
};

export const ESTATE_MESSAGES: Locales = { en, fr };

// biome-ignore format: a table, several short entries per line as it reads
const words = {
  en: {
    stepRoom: (c: string) => `Cluster ${c}: RAM more guests may take while N − f passes (negative: the excess)`,
    stepGuestRam: (k: number) => `Configured guest RAM of the ${k} cluster(s)`,
    stepRam: (k: number) => `RAM of the online nodes of the ${k} cluster(s)`,
    refuseWhatIf: 'names nodes, and a node belongs to one cluster: analyse that cluster alone (its file(s) only) for this what-if',
    refuseWaveGuests: 'must be a whole number of guests from 1 to 100000',
    refuseWaveRam: 'must be a size greater than 0 bytes',
    refuseNames: 'each cluster needs a name of its own',
  },
  fr: {
    stepRoom: (c: string) => `Cluster ${c} : RAM que d’autres invités peuvent prendre en respectant N − f (négatif : l’excès)`,
    stepGuestRam: (k: number) => `RAM configurée des invités des ${k} cluster(s)`,
    stepRam: (k: number) => `RAM des nœuds en ligne des ${k} cluster(s)`,
    refuseWhatIf: 'nomme des nœuds, et un nœud appartient à un seul cluster : analysez ce cluster seul (ses seuls fichiers) pour ce scénario',
    refuseWaveGuests: 'doit être un nombre entier d’invités de 1 à 100000',
    refuseWaveRam: 'doit être une taille supérieure à 0 octet',
    refuseNames: 'chaque cluster doit avoir un nom qui lui est propre',
  },
} as const;

export const estateWords = (lang: Lang) => words[lang];
