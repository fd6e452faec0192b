/**
 * capa filer as data: its inputs, its figures and its messages (issue 11, plan area `filer`). Every
 * input is the CLI's for now (`surface: 'cli'`): a web page for it would push the page's first script
 * past its 80 KB budget (about 5 KB gzip more, measured); it waits for issue 12's pages loaded on demand.
 */
import { LIMITS } from '../explain/limits.js';
import { BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import type { CalculatorSpec, Text } from '../spec/types.js';
import { FILER_MESSAGES } from './filer-messages.js';
import { filer, type FilerInput, FILER_MAX_FILL, type FilerResult } from './filer.js';
import { RAID_LEVELS } from './raid.js';
import { KAMPE_DISK_NRE } from '../planning/durability.js';
import { count } from '../spec/plural.js';

/** Datasheets' unrecoverable read error rates, per bit read: desktop, nearline, enterprise SAS. */
const URE_RATES = ['1e-14', '1e-15', '1e-16'] as const;

const t = (en: string, fr: string): Text => ({ en, fr });
const cli = { surface: 'cli' } as const;
const needsSpeed = { needs: 'speed' } as const;
const raidLabels = Object.fromEntries(RAID_LEVELS.map((l) => [l, t(`RAID ${l}`, `RAID ${l}`)]));
const raidAliases = Object.fromEntries(
  RAID_LEVELS.flatMap((l) => [
    [`raid${l}`, l],
    [`RAID${l}`, l],
  ]),
);

// biome-ignore format: a table, several short entries per line as it reads
export const FILER_SPEC: CalculatorSpec<FilerResult> = {
  id: 'filer',
  title: t('capa filer: external NFS/SAN filer', 'capa filer : filer NFS/SAN externe'),
  description: t(
    'External NFS/SAN filer: usable capacity from its RAID layout, spares and overhead; the throughput bound of its links; a single point of failure',
    'Filer NFS/SAN externe : capacité utilisable selon sa disposition RAID, ses disques de secours et sa réserve ; le débit maximal de ses liens ; un point unique de défaillance',
  ),
  inputs: [
    {
      ...cli, key: 'raid', kind: 'choice', required: true, choices: RAID_LEVELS, aliases: raidAliases, choiceLabels: raidLabels, metavar: 'level', example: '6',
      label: t('RAID level', 'Niveau RAID'), help: t('RAID level of the groups', 'niveau RAID des groupes'),
    },
    { ...cli, key: 'disks', kind: 'count', required: true, max: LIMITS.osds, example: '12', label: t('Disks', 'Disques'), help: t('disks in the filer, hot spares included', 'disques du filer, disques de secours compris') },
    {
      ...cli, key: 'diskSize', field: 'diskBytes', kind: 'size', required: true, example: '4TB',
      label: t('Disk size', 'Taille d’un disque'), help: t('one disk as sold, e.g. 4TB', 'un disque, taille commerciale, p. ex. 4TB'),
    },
    {
      ...cli, key: 'groupSize', kind: 'count', max: LIMITS.osds, metavar: 'w', example: '6',
      label: t('Disks per RAID group', 'Disques par groupe RAID'),
      help: t('disks per RAID group (default: every disk but the spares in one group; pairs for RAID 1)', 'disques par groupe RAID (par défaut : tous les disques sauf les secours, en un groupe ; des paires en RAID 1)'),
    },
    { ...cli, key: 'spares', kind: 'count', min: 0, max: LIMITS.osds, default: 0, metavar: 'n', label: t('Hot spares', 'Disques de secours'), help: t('hot spare disks, in no group', 'disques de secours, hors des groupes') },
    {
      ...cli, key: 'overhead', kind: 'savings', default: 0, metavar: 'ratio', advanced: true,
      defaultWhy: t('vendor-specific: state yours, e.g. a WAFL reserve', 'propre à chaque constructeur : indiquez la vôtre, p. ex. la réserve WAFL'),
      label: t('Filer overhead', 'Réserve du filer'), help: t('the filer’s own overhead, a ratio of the array (0 to 0.9)', 'réserve propre du filer, un ratio de la grappe (0 à 0,9)'),
    },
    {
      // A datasheet states one of three orders of magnitude; a choice reads them without a scientific-number syntax.
      ...cli, key: 'ure', field: 'ureRate', kind: 'choice', choices: URE_RATES, default: String(KAMPE_DISK_NRE), when: { ...cli, key: 'raid', is: '5' }, metavar: 'rate', advanced: true,
      defaultWhy: t('Kampe’s reliability model; desktop disks state 1e-14, nearline 1e-15', 'modèle de fiabilité de Kampe ; les disques de bureau annoncent 1e-14, les nearline 1e-15'),
      label: t('Unrecoverable read errors per bit', 'Erreurs de lecture irrécupérables par bit'),
      help: t('unrecoverable read errors per bit read, from the disk’s datasheet (RAID 5 rebuild risk)', 'erreurs de lecture irrécupérables par bit lu, selon la fiche du disque (risque de reconstruction RAID 5)'),
      choiceLabels: { '1e-14': t('1e-14 (desktop)', '1e-14 (bureau)'), '1e-15': t('1e-15 (nearline)', '1e-15 (nearline)'), '1e-16': t('1e-16 (enterprise SAS)', '1e-16 (SAS entreprise)') },
    },
    { ...cli, key: 'data', field: 'dataBytes', kind: 'size', example: '10TB', label: t('Data to store', 'Données à stocker'), help: t('data the guests store on it', 'données que les invités y stockent') },
    {
      ...cli, key: 'maxFill', kind: 'ratio', default: FILER_MAX_FILL, advanced: true,
      defaultWhy: t('as capa plan’s external storage', 'comme le stockage externe de capa plan'),
      label: t('Fill target', 'Cible de remplissage'), help: t('highest fill of the usable capacity', 'remplissage maximal de la capacité utilisable'),
    },
    {
      ...cli, key: 'speed', field: 'speedBps', kind: 'rate', example: '1Gb/s',
      neededWhy: t('the throughput figures need one link’s speed', 'les chiffres de débit exigent le débit d’un lien'),
      label: t('Speed of one link', 'Débit d’un lien'), help: t('speed of one of the filer’s links, e.g. 1Gb/s, 10GbE', 'débit d’un lien du filer, p. ex. 1Gb/s, 10GbE'),
    },
    { ...cli, key: 'links', kind: 'count', default: 1, max: LIMITS.bondLinks, ...needsSpeed, label: t('Links', 'Liens'), help: t('member links of the filer’s bond', 'liens membres de l’agrégat du filer') },
    {
      ...cli, key: 'mode', kind: 'choice', choices: BOND_MODES, default: 'lacp', aliases: { '802.3ad': 'lacp' }, metavar: 'mode', ...needsSpeed,
      label: t('Bond mode', 'Mode d’agrégat'), help: t('bond mode', 'mode d’agrégat'), choiceLabels: { lacp: t('802.3ad (LACP)', '802.3ad (LACP)') },
    },
    {
      ...cli, key: 'hash', kind: 'choice', choices: HASH_POLICIES, default: 'layer2', metavar: 'policy', ...needsSpeed,
      defaultWhy: t('Linux\'s default', 'celle de Linux'), label: t('Transmit hash policy', 'Politique de hachage'), help: t('xmit_hash_policy', 'xmit_hash_policy'),
    },
    {
      ...cli, key: 'clients', kind: 'count', default: 1, metavar: 'n', ...needsSpeed,
      label: t('NFS clients', 'Clients NFS'), help: t('hosts mounting the export, one connection each', 'hôtes qui montent l’export, une connexion chacun'),
    },
  ],
  figures: [
    { id: 'raw', field: 'rawBytes', unit: 'bytes-both', label: t('Raw (every disk)', 'Brut (tous les disques)') },
    { id: 'groups', field: 'groups', unit: 'count', label: { en: (r) => `RAID ${r.used.raid} groups of ${r.groupSize}`, fr: (r) => `Groupes RAID ${r.used.raid} de ${r.groupSize}` } },
    { id: 'unused', field: 'unusedDisks', unit: 'count', when: (r) => r.unusedDisks > 0, label: t('Disks in no group', 'Disques hors groupe') },
    { id: 'tolerated', field: 'toleratedPerGroup', unit: 'count', label: t('Disk failures each group survives', 'Pannes de disque tolérées par groupe') },
    { id: 'array', field: 'arrayBytes', unit: 'bytes-both', when: (r) => r.used.overhead > 0, label: t('Array (before overhead)', 'Grappe (avant réserve)') },
    { id: 'usable', field: 'usableBytes', unit: 'bytes-both', headline: 1, label: t('Usable', 'Utilisable') },
    { id: 'max-data', field: 'maxDataBytes', unit: 'bytes-both', headline: 2, label: { en: (r) => `Data at ${Math.round(r.used.maxFill * 1000) / 10}% fill`, fr: (r) => `Données à ${String(Math.round(r.used.maxFill * 1000) / 10).replace('.', ',')}\u202f% de remplissage` } },
    { id: 'aggregate', field: 'aggregateBps', unit: 'bits/s', label: t('Aggregate of the links', 'Agrégé des liens') },
    { id: 'single', field: 'singleFlowBps', unit: 'bits/s', headline: 3, label: t('One NFS client (one flow)', 'Un client NFS (un flux)') },
    { id: 'clients', field: 'clientsBps', unit: 'bits/s', label: { en: (r) => `Expected for ${count(r.used.clients, 'en', 'client', 'clients')}`, fr: (r) => `Attendu pour ${count(r.used.clients, 'fr', 'client', 'clients')}` } },
  ],
  messages: FILER_MESSAGES,
  // Disks are sold in decimal TB: answers in TB (TiB in brackets) unless sizes were typed in TiB.
  sizeSystem: () => 'decimal',
  // The rate is read as a choice (text): the core takes the number.
  run: (input) => filer({ ...input, ...(typeof input['ureRate'] === 'string' ? { ureRate: Number(input['ureRate']) } : {}) } as FilerInput),
};
