/** capa network's words: step titles, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatRate, formatRatio } from '../units/format.js';

/** A rate in bits, and in bytes where a buyer could read GB/s for Gb/s: "50 Gb/s (6.25 GB/s)". */
export const rateBoth = (bps: number, lang: Lang): string => (bps === 0 ? formatRate(0, lang) : `${formatRate(bps, lang)} (${formatBytes(bps / 8, 'decimal', lang)}/s)`);
const r = (p: Params, k: string, lang: Lang): string => rateBoth(Number(p[k]), lang);
const r1 = (p: Params, k: string, lang: Lang): string => formatRate(Number(p[k]), lang);
const pc = (p: Params, lang: Lang): string => formatRatio(Number(p['utilisation']), lang);
const s = (p: Params, k: string): string => String(p[k]);
/** The states a check names, as ids in its params (`normal, link-down`), in words. */
const stateWords: Record<Lang, Record<string, string>> = {
  en: { normal: 'every link up', 'link-down': 'one link down', recovery: 'during recovery' },
  fr: { normal: 'tous les liens actifs', 'link-down': 'un lien en panne', recovery: 'pendant la reconstruction' },
};
const st = (p: Params, lang: Lang): string =>
  String(p['states'])
    .split(', ')
    .map((x) => stateWords[lang][x] ?? x)
    .join(', ');

const en = {
  'network.normal.fits': (p: Params) => `Every link up: ${r(p, 'demandBps', 'en')} of traffic on ${r(p, 'capacityBps', 'en')}, ${pc(p, 'en')} used: no class starves.`,
  'network.normal.over': (p: Params) =>
    `Every link up: ${r(p, 'demandBps', 'en')} of traffic on ${r(p, 'capacityBps', 'en')}, ${pc(p, 'en')}: the bond is saturated and ${s(p, 'starving')} starves first.`,
  'network.link-down.fits': (p: Params) => `One link down: ${r(p, 'demandBps', 'en')} of traffic on ${r(p, 'capacityBps', 'en')}, ${pc(p, 'en')} used: no class starves.`,
  'network.link-down.over': (p: Params) =>
    `One link down: ${r(p, 'demandBps', 'en')} of traffic on ${r(p, 'capacityBps', 'en')}, ${pc(p, 'en')}: the bond is saturated and ${s(p, 'starving')} starves first.`,
  'network.link-down.no-link': (p: Params) => `One link down: a bond of one link has nothing left; all ${r1(p, 'demandBps', 'en')} of traffic stops, ${s(p, 'starving')} first. Add a second link.`,
  'network.recovery.fits': (p: Params) =>
    `During a host failure’s recovery: ${r(p, 'demandBps', 'en')} of traffic, recovery included, on ${r(p, 'capacityBps', 'en')}, ${pc(p, 'en')} used: no class starves.`,
  'network.recovery.over': (p: Params) =>
    `During a host failure’s recovery: ${r(p, 'demandBps', 'en')} of traffic, recovery included, on ${r(p, 'capacityBps', 'en')}, ${pc(p, 'en')}: the bond is saturated and ${s(p, 'starving')} starves first.`,
  'network.corosync-shared.saturated': (p: Params) =>
    `Corosync shares this bond, which saturates (${st(p, 'en')}), with no second corosync link: its latency grows, nodes can lose quorum and HA fences them. Give corosync its own network, or a second knet link elsewhere.`,
  'network.corosync-shared.shared': () =>
    'Corosync shares this bond with other traffic and has no second link: Proxmox VE recommends a separate network for corosync, which needs low latency, and a second knet link.',
  'network.corosync-shared.redundant': (p: Params) => `Corosync shares this bond but has ${s(p, 'corosyncLinks')} knet links: when this one is congested or down, knet switches to another.`,
  'network.corosync-shared.alone': () => 'Corosync has this bond to itself.',
  'network.ceph-shared.shared': (p: Params) =>
    `Ceph shares this bond with ${s(p, 'others')}: the course keeps the storage network for Ceph alone, and Ceph advises its own network; a recovery then competes with the other traffic.`,
  'network.ceph-shared.alone': () => 'Ceph has this bond to itself, as the course and Ceph advise.',
  'network.nvme-speed.slow': (p: Params) => `NVMe OSDs on ${r1(p, 'aggregateBps', 'en')} of bond: Proxmox advises at least ${r1(p, 'minBps', 'en')} for NVMe.`,
  'network.nvme-speed.fast': (p: Params) => `NVMe OSDs on ${r1(p, 'aggregateBps', 'en')} of bond: at least the ${r1(p, 'minBps', 'en')} Proxmox advises.`,
  'network.single-flow': (p: Params) =>
    `One flow (one TCP connection: a migration, one backup stream) gets at most ${r(p, 'singleFlowBps', 'en')}, whatever the ${r1(p, 'aggregateBps', 'en')} aggregate.`,
} satisfies Catalogue;
const fr: typeof en = {
  'network.normal.fits': (p) => `Tous les liens actifs : ${r(p, 'demandBps', 'fr')} de trafic sur ${r(p, 'capacityBps', 'fr')}, ${pc(p, 'fr')} utilisés : aucune classe n’est affamée.`,
  'network.normal.over': (p) =>
    `Tous les liens actifs : ${r(p, 'demandBps', 'fr')} de trafic sur ${r(p, 'capacityBps', 'fr')}, ${pc(p, 'fr')} : l’agrégat est saturé et la classe ${s(p, 'starving')} est affamée la première.`,
  'network.link-down.fits': (p) => `Un lien en panne : ${r(p, 'demandBps', 'fr')} de trafic sur ${r(p, 'capacityBps', 'fr')}, ${pc(p, 'fr')} utilisés : aucune classe n’est affamée.`,
  'network.link-down.over': (p) =>
    `Un lien en panne : ${r(p, 'demandBps', 'fr')} de trafic sur ${r(p, 'capacityBps', 'fr')}, ${pc(p, 'fr')} : l’agrégat est saturé et la classe ${s(p, 'starving')} est affamée la première.`,
  'network.link-down.no-link': (p) =>
    `Un lien en panne : un agrégat d’un seul lien n’a plus rien ; les ${r1(p, 'demandBps', 'fr')} de trafic s’arrêtent, ${s(p, 'starving')} d’abord. Ajoutez un second lien.`,
  'network.recovery.fits': (p) =>
    `Pendant la reconstruction après la panne d’un hôte : ${r(p, 'demandBps', 'fr')} de trafic, reconstruction comprise, sur ${r(p, 'capacityBps', 'fr')}, ${pc(p, 'fr')} utilisés : aucune classe n’est affamée.`,
  'network.recovery.over': (p) =>
    `Pendant la reconstruction après la panne d’un hôte : ${r(p, 'demandBps', 'fr')} de trafic, reconstruction comprise, sur ${r(p, 'capacityBps', 'fr')}, ${pc(p, 'fr')} : l’agrégat est saturé et la classe ${s(p, 'starving')} est affamée la première.`,
  'network.corosync-shared.saturated': (p) =>
    `Corosync partage cet agrégat, qui sature (${st(p, 'fr')}), sans second lien corosync : sa latence augmente, des nœuds peuvent perdre le quorum et la HA les isole. Donnez à corosync son propre réseau, ou un second lien knet ailleurs.`,
  'network.corosync-shared.shared': () =>
    'Corosync partage cet agrégat avec d’autre trafic et n’a pas de second lien : Proxmox VE recommande un réseau séparé pour corosync, qui exige une faible latence, et un second lien knet.',
  'network.corosync-shared.redundant': (p) => `Corosync partage cet agrégat mais a ${s(p, 'corosyncLinks')} liens knet : si celui-ci est congestionné ou en panne, knet bascule sur un autre.`,
  'network.corosync-shared.alone': () => 'Corosync a cet agrégat pour lui seul.',
  'network.ceph-shared.shared': (p) =>
    `Ceph partage cet agrégat avec ${s(p, 'others')} : la formation réserve le réseau de stockage à Ceph seul, et Ceph conseille un réseau dédié ; une reconstruction entre alors en concurrence avec le reste du trafic.`,
  'network.ceph-shared.alone': () => 'Ceph a cet agrégat pour lui seul, comme le conseillent la formation et Ceph.',
  'network.nvme-speed.slow': (p) => `Des OSD NVMe sur ${r1(p, 'aggregateBps', 'fr')} d’agrégat : Proxmox conseille au moins ${r1(p, 'minBps', 'fr')} pour le NVMe.`,
  'network.nvme-speed.fast': (p) => `Des OSD NVMe sur ${r1(p, 'aggregateBps', 'fr')} d’agrégat : au moins les ${r1(p, 'minBps', 'fr')} que conseille Proxmox.`,
  'network.single-flow': (p) =>
    `Un flux (une connexion TCP : une migration, un flux de sauvegarde) obtient au plus ${r(p, 'singleFlowBps', 'fr')}, quel que soit l’agrégat de ${r1(p, 'aggregateBps', 'fr')}.`,
};
export const BUDGET_MESSAGES: Locales<typeof en> = { en, fr };

type State = 'normal' | 'link-down' | 'recovery';
const enStates: Record<State, string> = { normal: 'every link up', 'link-down': 'one link down', recovery: 'during recovery' };
const frStates: Record<State, string> = { normal: 'tous les liens actifs', 'link-down': 'un lien en panne', recovery: 'pendant la reconstruction' };
const enSteps = {
  capacity: 'Capacity, every link up: the bond’s aggregate',
  capacityDown: 'Capacity, one link down: the links left',
  corosyncLinks: 'Corosync’s knet links (this bond’s and any other)',
  cephShared: 'Traffic other than Ceph’s on Ceph’s bond (the storage network has one use only)',
  demand: (st: State) => `Demand, ${enStates[st]}: the classes’ rates added`,
  utilisation: (st: State) => `Utilisation, ${enStates[st]}: demand ÷ capacity`,
};
const frSteps: typeof enSteps = {
  capacity: 'Capacité, tous les liens actifs : l’agrégat',
  capacityDown: 'Capacité, un lien en panne : les liens restants',
  corosyncLinks: 'Liens knet de corosync (celui de cet agrégat et les autres)',
  cephShared: 'Trafic autre que Ceph sur l’agrégat de Ceph (le réseau de stockage n’a qu’un usage)',
  demand: (st) => `Demande, ${frStates[st]} : somme des débits des classes`,
  utilisation: (st) => `Utilisation, ${frStates[st]} : demande ÷ capacité`,
};
export const budgetSteps = (lang: Lang) => (lang === 'fr' ? frSteps : enSteps);
