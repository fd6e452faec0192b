/** drain's words: step titles, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatRate, formatRatio } from '../units/format.js';
import { E, F } from '../spec/plural.js';

/** RAM in GiB as the memory calculator shows it; rates in bits/s. */
const g = (p: Params, k: string, lang: Lang): string => formatBytes(Number(p[k]), 'binary', lang);
const r = (p: Params, k: string, lang: Lang): string => formatRate(Number(p[k]), lang);
const pc = (p: Params, k: string, lang: Lang): string => formatRatio(Number(p[k]), lang);

const en = {
  'drain.bwlimit': (p: Params) =>
    `The datacenter’s migration bwlimit, ${r(p, 'bwlimitBps', 'en')}, caps each migration below its ${r(p, 'shareBps', 'en')} share of the bond: the cap sets the drain time.`,
  'drain.converges': (p: Params) => `Live migration converges: the guests dirty ${r(p, 'dirtyBps', 'en')}, ${pc(p, 'ratio', 'en')} of the ${r(p, 'rateBps', 'en')} each migration sends.`,
  'drain.no-convergence': (p: Params) =>
    `Live migration never converges: the guests dirty ${r(p, 'dirtyBps', 'en')} of RAM, at least the ${r(p, 'rateBps', 'en')} each migration sends; raise the bandwidth or bwlimit, migrate fewer at once, or enable auto-converge.`,
  'drain.n-minus-1.holds': (p: Params) =>
    `With one of the ${E.c(p['nodes'], 'node', 'nodes')} drained, the others hold the ${g(p, 'guestBytes', 'en')} of guest RAM within ${pc(p, 'u', 'en')} of their RAM (${g(p, 'usableBytes', 'en')} usable).`,
  'drain.n-minus-1.short': (p: Params) =>
    `With one of the ${E.c(p['nodes'], 'node', 'nodes')} drained, the others cannot hold the ${g(p, 'guestBytes', 'en')} of guest RAM within ${pc(p, 'u', 'en')} of their RAM: ${g(p, 'usableBytes', 'en')} usable.`,
} satisfies Catalogue;
const fr: typeof en = {
  'drain.bwlimit': (p) =>
    `Le bwlimit de migration du datacenter, ${r(p, 'bwlimitBps', 'fr')}, plafonne chaque migration sous sa part de l’agrégat, ${r(p, 'shareBps', 'fr')} : le plafond fixe la durée de l’évacuation.`,
  'drain.converges': (p) => `La migration à chaud converge : les invités modifient ${r(p, 'dirtyBps', 'fr')}, soit ${pc(p, 'ratio', 'fr')} des ${r(p, 'rateBps', 'fr')} qu’envoie chaque migration.`,
  'drain.no-convergence': (p) =>
    `La migration à chaud ne converge jamais : les invités modifient ${r(p, 'dirtyBps', 'fr')} de RAM, au moins les ${r(p, 'rateBps', 'fr')} qu’envoie chaque migration ; augmentez la bande passante ou le bwlimit, migrez-en moins à la fois ou activez l’auto-convergence.`,
  'drain.n-minus-1.holds': (p) =>
    `Avec un des ${F.c(p['nodes'], 'nœud', 'nœuds')} vidé, les autres portent les ${g(p, 'guestBytes', 'fr')} de RAM d’invités dans ${pc(p, 'u', 'fr')} de leur RAM (${g(p, 'usableBytes', 'fr')} utilisables).`,
  'drain.n-minus-1.short': (p) =>
    `Avec un des ${F.c(p['nodes'], 'nœud', 'nœuds')} vidé, les autres ne peuvent pas porter les ${g(p, 'guestBytes', 'fr')} de RAM d’invités dans ${pc(p, 'u', 'fr')} de leur RAM : ${g(p, 'usableBytes', 'fr')} utilisables.`,
};
export const DRAIN_MESSAGES: Locales<typeof en> = { en, fr };

const enSteps = {
  guestRam: 'Guest RAM on the drained node: the cluster’s guest RAM spread evenly over the nodes, rounded up',
  bond: 'Bond rate for the parallel migrations (equal transfers: the busiest link sets it)',
  perMigration: 'Rate of one migration: its share of the bond',
  perMigrationCapped: 'Rate of one migration: its share of the bond, capped by the datacenter’s migration bwlimit',
  migration: 'Rate the parallel migrations take on the bond',
  ram: 'RAM pre-copy: each pass resends what the guest dirtied during the previous one, a geometric series bounded by M ÷ (r − d)',
  disks: 'Local disks copied over the network',
  total: 'Time to drain the node',
  rolling: 'Rolling upgrade: every node drained, upgraded and rebooted in turn',
};
const frSteps: typeof enSteps = {
  guestRam: 'RAM des invités du nœud vidé : la RAM des invités du cluster répartie également sur les nœuds, arrondie au-dessus',
  bond: 'Débit de l’agrégat pour les migrations parallèles (transferts égaux : le lien le plus chargé le fixe)',
  perMigration: 'Débit d’une migration : sa part de l’agrégat',
  perMigrationCapped: 'Débit d’une migration : sa part de l’agrégat, plafonnée par le bwlimit de migration du datacenter',
  migration: 'Débit que prennent les migrations parallèles sur l’agrégat',
  ram: 'Pré-copie de la RAM : chaque passe renvoie ce que l’invité a modifié pendant la précédente, une série géométrique bornée par M ÷ (r − d)',
  disks: 'Disques locaux copiés par le réseau',
  total: 'Durée de l’évacuation du nœud',
  rolling: 'Mise à jour progressive : chaque nœud vidé, mis à jour et redémarré à tour de rôle',
};
export const drainSteps = (lang: Lang) => (lang === 'fr' ? frSteps : enSteps);
