/**
 * capa network as data (issue 11): one bond, the traffic classes on it, three states. Every input is
 * the CLI's for now (`surface: 'cli'`), as backup's and filer's: the web page's script budget has no
 * room yet (issue 12's pages loaded on demand).
 */
import { LIMITS } from '../explain/limits.js';
import type { CalculatorSpec, FigureSpec, Text } from '../spec/types.js';
import { BOND_MODES, HASH_POLICIES } from './bond.js';
import { type BudgetResult, MAX_COROSYNC_LINKS, networkBudget, type BudgetInput } from './budget.js';
import { BUDGET_MESSAGES } from './budget-messages.js';

const t = (en: string, fr: string): Text => ({ en, fr });
const cli = { surface: 'cli' } as const;
const STATES = [
  { key: 'normal', en: 'every link up', fr: 'tous les liens actifs' },
  { key: 'linkDown', en: 'one link down', fr: 'un lien en panne' },
  { key: 'recovery', en: 'during recovery', fr: 'pendant la reconstruction' },
] as const;
const none = t('none', 'aucune');

/** Per state: capacity, demand, utilisation and the class that starves first. */
const stateFigures = (s: (typeof STATES)[number]): FigureSpec<BudgetResult>[] => [
  { id: `${s.key}-capacity`, field: `${s.key}.capacityBps`, unit: 'bits/s', label: t(`Capacity, ${s.en}`, `Capacité, ${s.fr}`) },
  { id: `${s.key}-demand`, field: `${s.key}.demandBps`, unit: 'bits/s', label: t(`Demand, ${s.en}`, `Demande, ${s.fr}`) },
  {
    id: `${s.key}-utilisation`,
    field: `${s.key}.utilisation`,
    unit: 'ratio',
    none: t('no link left', 'plus aucun lien'),
    ...(s.key === 'normal' ? { headline: 1 } : {}),
    label: t(`Utilisation, ${s.en}`, `Utilisation, ${s.fr}`),
  },
  {
    id: `${s.key}-starving`,
    field: `${s.key}`,
    unit: 'text',
    label: t(`Starves first, ${s.en}`, `Affamée en premier, ${s.fr}`),
    text: { en: (v) => (v as { starving: string | null }).starving ?? none.en, fr: (v) => (v as { starving: string | null }).starving ?? none.fr },
  },
];

// biome-ignore format: a table, several short entries per line as it reads
export const NETWORK_SPEC: CalculatorSpec<BudgetResult> = {
  id: 'network',
  title: t('capa network: traffic budget of one bond', 'capa network : budget de trafic d’un agrégat'),
  description: t(
    'Traffic budget of one bond: its classes (Ceph, corosync, migration, backup, guests…) against its capacity, every link up, one link down and during a recovery; which class starves first',
    'Budget de trafic d’un agrégat : ses classes (Ceph, corosync, migration, sauvegarde, invités…) face à sa capacité, tous liens actifs, un lien en panne et pendant une reconstruction ; quelle classe est affamée la première',
  ),
  inputs: [
    { ...cli, key: 'links', kind: 'count', required: true, max: LIMITS.bondLinks, example: '2', label: t('Links', 'Liens'), help: t('member links of the bond', 'liens membres de l’agrégat') },
    { ...cli, key: 'speed', field: 'speedBps', kind: 'rate', required: true, example: '25Gb/s', label: t('Speed of one link', 'Débit d’un lien'), help: t('speed of one link, e.g. 25Gb/s, 10GbE', 'débit d’un lien, p. ex. 25Gb/s, 10GbE') },
    {
      ...cli, key: 'mode', kind: 'choice', choices: BOND_MODES, default: 'lacp', aliases: { '802.3ad': 'lacp' }, metavar: 'mode',
      label: t('Bond mode', 'Mode d’agrégat'), help: t('bond mode', 'mode d’agrégat'), choiceLabels: { lacp: t('802.3ad (LACP)', '802.3ad (LACP)') },
    },
    { ...cli, key: 'hash', kind: 'choice', choices: HASH_POLICIES, default: 'layer2', metavar: 'policy', defaultWhy: t('Linux\'s default', 'celle de Linux'), label: t('Transmit hash policy', 'Politique de hachage'), help: t('xmit_hash_policy', 'xmit_hash_policy') },
    {
      ...cli, key: 'class', field: 'classes', kind: 'classes', required: true, metavar: 'name=rate', example: 'ceph-public=10Gb/s',
      label: t('Traffic classes', 'Classes de trafic'),
      help: t(
        'a traffic class and its rate, repeatable or comma-separated: ceph-public, ceph-cluster, recovery (counted during recovery only), corosync, migration, backup, guests, or your own name',
        'une classe de trafic et son débit, répétable ou séparée par des virgules : ceph-public, ceph-cluster, recovery (comptée pendant la reconstruction seulement), corosync, migration, backup, guests, ou votre propre nom',
      ),
    },
    {
      ...cli, key: 'corosyncLinks', kind: 'count', default: 1, max: MAX_COROSYNC_LINKS, metavar: 'n',
      label: t('Corosync links', 'Liens corosync'), help: t('corosync (knet) links of the cluster, this bond’s included', 'liens corosync (knet) du cluster, celui de cet agrégat compris'),
    },
    { ...cli, key: 'nvme', kind: 'flag', default: false, label: t('NVMe OSDs', 'OSD NVMe'), help: t('the bond carries NVMe OSDs’ traffic', 'l’agrégat porte le trafic d’OSD NVMe') },
  ],
  figures: [
    ...STATES.flatMap(stateFigures),
    { id: 'single-flow', field: 'singleFlowBps', unit: 'bits/s', label: t('One flow at most', 'Un flux au plus') },
  ],
  messages: BUDGET_MESSAGES,
  run: (input) => networkBudget(input as BudgetInput),
};
