/** filer's words: step titles, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatBytesBoth, formatNumber, formatRate, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { E, F } from '../spec/plural.js';

/** Sizes are parameters in bytes, rates in bits/s, ratios as fractions, formatted per language. */
const sys = (p: Params): SizeSystem => (p['system'] === 'binary' ? 'binary' : 'decimal');
const b = (p: Params, k: string, lang: Lang): string => formatBytesBoth(Number(p[k]), sys(p), lang);
/** One system only, where brackets would nest. */
const b1 = (p: Params, k: string, lang: Lang): string => formatBytes(Number(p[k]), sys(p), lang);
const r = (p: Params, k: string, lang: Lang): string => formatRate(Number(p[k]), lang);
const pc = (p: Params, k: string, lang: Lang): string => formatRatio(Number(p[k]), lang);
const n = (p: Params, k: string, lang: Lang): string => formatNumber(Number(p[k]), lang, 0);

const en = {
  'filer.single-point': () =>
    'One filer is a single point of failure for every guest whose disks are on it: when the filer, its controller or its network stops, they all stop, and Proxmox VE HA cannot restart them elsewhere.',
  'filer.raid0': () => 'RAID 0 has no redundancy: one failed disk loses the whole group’s data.',
  'filer.no-spare': () => 'No hot spare: a failed disk’s rebuild waits for someone to replace it, and the group runs degraded until then.',
  'filer.spares': (p: Params) => `${E.c(p['spares'], 'hot spare', 'hot spares')}: a failed disk’s rebuild starts at once.`,
  'filer.unused-disks': (p: Params) =>
    `${E.c(p['unused'], 'disk fills', 'disks fill')} no group of ${n(p, 'groupSize', 'en')}: ${E.w(p['unused'], 'it holds nothing; make it a spare', 'they hold nothing; make them spares')} or change the group size.`,
  'filer.raid5-rebuild.risk': (p: Params) =>
    `A RAID 5 rebuild reads the ${n(p, 'survivors', 'en')} surviving disks of the group, ${b1(p, 'readBytes', 'en')}, with no parity left: at ${String(p['nre'])} unrecoverable read errors per bit, ${pc(p, 'probability', 'en')} chance that one hits and a stripe is lost; RAID 6 survives it.`,
  'filer.raid5-rebuild.ok': (p: Params) =>
    `A RAID 5 rebuild reads ${b1(p, 'readBytes', 'en')} with no parity left: at ${String(p['nre'])} unrecoverable read errors per bit, ${pc(p, 'probability', 'en')} chance that one hits (under 1%).`,
  'filer.capacity.over': (p: Params) => `${b(p, 'dataBytes', 'en')} of data is more than ${pc(p, 'maxFill', 'en')} of the ${b(p, 'usableBytes', 'en')} usable: at most ${b1(p, 'maxDataBytes', 'en')}.`,
  'filer.capacity.fits': (p: Params) => `${b(p, 'dataBytes', 'en')} of data fits within ${pc(p, 'maxFill', 'en')} of the ${b(p, 'usableBytes', 'en')} usable: at most ${b1(p, 'maxDataBytes', 'en')}.`,
  'filer.single-flow': (p: Params) =>
    `One NFS client connection is one flow: it gets at most ${r(p, 'singleFlowBps', 'en')}, whatever the bond; the ${r(p, 'aggregateBps', 'en')} aggregate takes many clients.`,
} satisfies Catalogue;
const fr: typeof en = {
  'filer.single-point': () =>
    'Un filer est un point unique de défaillance pour tous les invités dont les disques y sont : quand le filer, son contrôleur ou son réseau s’arrête, ils s’arrêtent tous, et la HA de Proxmox VE ne peut pas les redémarrer ailleurs.',
  'filer.raid0': () => 'Le RAID 0 n’a aucune redondance : un disque en panne perd les données de tout le groupe.',
  'filer.no-spare': () => 'Aucun disque de secours : la reconstruction d’un disque en panne attend qu’on le remplace, et le groupe reste dégradé jusque-là.',
  'filer.spares': (p) => `${F.c(p['spares'], 'disque', 'disques')} de secours : la reconstruction d’un disque en panne démarre aussitôt.`,
  'filer.unused-disks': (p) =>
    `${F.c(p['unused'], 'disque ne remplit', 'disques ne remplissent')} aucun groupe de ${n(p, 'groupSize', 'fr')} : ${F.w(p['unused'], 'il ne contient rien ; faites-en un disque', 'ils ne contiennent rien ; faites-en des disques')} de secours ou changez la taille des groupes.`,
  'filer.raid5-rebuild.risk': (p) =>
    `Une reconstruction RAID 5 lit les ${F.c(p['survivors'], 'disque', 'disques')} restants du groupe, ${b1(p, 'readBytes', 'fr')}, sans parité restante : à ${String(p['nre'])} erreur de lecture irrécupérable par bit, ${pc(p, 'probability', 'fr')} de risque qu’une survienne et qu’une bande soit perdue ; le RAID 6 y survit.`,
  'filer.raid5-rebuild.ok': (p) =>
    `Une reconstruction RAID 5 lit ${b1(p, 'readBytes', 'fr')} sans parité restante : à ${String(p['nre'])} erreur de lecture irrécupérable par bit, ${pc(p, 'probability', 'fr')} de risque qu’une survienne (moins de 1\u202f%).`,
  'filer.capacity.over': (p) =>
    `${b(p, 'dataBytes', 'fr')} de données, c’est plus que ${pc(p, 'maxFill', 'fr')} des ${b(p, 'usableBytes', 'fr')} utilisables : au plus ${b1(p, 'maxDataBytes', 'fr')}.`,
  'filer.capacity.fits': (p) => `${b(p, 'dataBytes', 'fr')} de données tiennent dans ${pc(p, 'maxFill', 'fr')} des ${b(p, 'usableBytes', 'fr')} utilisables : au plus ${b1(p, 'maxDataBytes', 'fr')}.`,
  'filer.single-flow': (p) =>
    `Une connexion NFS d’un client est un seul flux : elle obtient au plus ${r(p, 'singleFlowBps', 'fr')}, quel que soit l’agrégat ; les ${r(p, 'aggregateBps', 'fr')} agrégés demandent de nombreux clients.`,
};
export const FILER_MESSAGES: Locales<typeof en> = { en, fr };

const enSteps = {
  raw: 'Raw capacity: every disk, spares included (disk sizes as sold)',
  groups: 'RAID groups: the disks left once the spares are set aside, in groups of W',
  data: (level: string) => `Data disks per RAID ${level} group`,
  array: 'Array capacity: groups × data disks × disk size',
  usable: 'Usable: minus the filer’s own overhead, a stated ratio',
  maxData: 'Data it should hold: usable × the fill target',
  rebuild: 'Bytes a RAID 5 rebuild reads: the group’s surviving disks',
  ure: 'Chance of an unrecoverable read error during the rebuild: 1 − e^(−8 × bytes × errors per bit)',
  aggregate: 'Aggregate of the filer’s links',
  single: 'Ceiling of one NFS client flow (one TCP connection)',
  clients: 'Expected for the clients, one flow each, hashed onto the links',
};
const frSteps: typeof enSteps = {
  raw: 'Capacité brute : tous les disques, secours compris (tailles commerciales)',
  groups: 'Groupes RAID : les disques restants une fois les secours mis de côté, par groupes de W',
  data: (level) => `Disques de données par groupe RAID ${level}`,
  array: 'Capacité de la grappe : groupes × disques de données × taille d’un disque',
  usable: 'Utilisable : moins la réserve propre du filer, un ratio indiqué',
  maxData: 'Données à y mettre : utilisable × la cible de remplissage',
  rebuild: 'Octets lus par une reconstruction RAID 5 : les disques restants du groupe',
  ure: 'Risque d’erreur de lecture irrécupérable pendant la reconstruction : 1 − e^(−8 × octets × erreurs par bit)',
  aggregate: 'Débit agrégé des liens du filer',
  single: 'Plafond du flux d’un client NFS (une connexion TCP)',
  clients: 'Débit attendu pour les clients, un flux chacun, hachés sur les liens',
};
export const filerSteps = (lang: Lang) => (lang === 'fr' ? frSteps : enSteps);
