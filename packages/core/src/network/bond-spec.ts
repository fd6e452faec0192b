/** capa bond as data: its inputs, its figures and its messages (issue 10). */
import type { CalculatorSpec } from '../spec/types.js';
import { bond, BOND_MODES, type BondInput, type BondResult, HASH_POLICIES } from './bond.js';
import { BOND_MESSAGES } from './messages.js';
import { count } from '../spec/plural.js';

// biome-ignore format: a table, several short entries per line as it reads
export const BOND_SPEC: CalculatorSpec<BondResult> = {
  id: 'bond',
  title: { en: 'capa bond: bonded links', fr: 'capa bond : agrégats de liens' },
  description: {
    en: 'Bonded links: aggregate, degraded, single-flow ceiling and expected throughput under a hash policy',
    fr: 'Agrégats de liens : débit agrégé, dégradé, plafond d’un flux et débit attendu selon la politique de hachage',
  },
  inputs: [
    { key: 'links', kind: 'count', required: true, example: '2', label: { en: 'Links', fr: 'Liens' }, help: { en: 'member links', fr: 'liens membres' } },
    {
      key: 'speed', field: 'speedBps', kind: 'rate', required: true, example: '10Gb/s',
      label: { en: 'Speed of one link', fr: 'Débit d’un lien' }, help: { en: 'speed of one link, e.g. 10Gb/s, 25GbE, 10G', fr: 'débit d’un lien, p. ex. 10Gb/s, 25GbE, 10G' },
    },
    {
      // Linux names LACP 802.3ad; both spellings are accepted.
      key: 'mode', kind: 'choice', choices: BOND_MODES, default: 'lacp', aliases: { '802.3ad': 'lacp' }, metavar: 'mode',
      label: { en: 'Bond mode', fr: 'Mode d’agrégat' }, help: { en: 'bond mode', fr: 'mode d’agrégat' },
      choiceLabels: { lacp: { en: '802.3ad (LACP)', fr: '802.3ad (LACP)' } },
    },
    {
      key: 'hash', kind: 'choice', choices: HASH_POLICIES, default: 'layer2', metavar: 'policy',
      defaultWhy: { en: 'Linux\'s default', fr: 'celle de Linux' },
      label: { en: 'Transmit hash policy', fr: 'Politique de hachage' }, help: { en: 'xmit_hash_policy', fr: 'xmit_hash_policy' },
    },
    { key: 'flows', kind: 'count', default: 1, metavar: 'f', label: { en: 'Parallel flows', fr: 'Flux parallèles' }, help: { en: 'concurrent flows', fr: 'flux simultanés' } },
    { key: 'peers', kind: 'count', default: 1, metavar: 'p', label: { en: 'Peer hosts', fr: 'Hôtes pairs' }, help: { en: 'peer hosts the flows go to', fr: 'hôtes pairs vers lesquels vont les flux' } },
    {
      key: 'down', kind: 'count', min: 0, default: 1, metavar: 'k',
      label: { en: 'Links down (degraded case)', fr: 'Liens en panne (cas dégradé)' }, help: { en: 'links down for the degraded figure', fr: 'liens en panne pour le chiffre dégradé' },
    },
  ],
  figures: [
    { id: 'aggregate', field: 'aggregateBps', unit: 'bits/s', headline: 1, label: { en: 'Aggregate (all links up)', fr: 'Agrégé (tous liens actifs)' } },
    {
      id: 'degraded', field: 'degradedBps', unit: 'bits/s', headline: 2,
      label: { en: (r) => `Degraded (${count(r.used.down, 'en', 'link', 'links')} down)`, fr: (r) => `Dégradé (${count(r.used.down, 'fr', 'lien', 'liens')} en panne)` },
    },
    {
      id: 'single', field: 'singleFlowBps', unit: 'bits/s', headline: 3,
      label: { en: (r) => (r.singleFlowIsUpperBound ? 'Single flow (upper bound)' : 'Single flow'), fr: (r) => (r.singleFlowIsUpperBound ? 'Un seul flux (borne haute)' : 'Un seul flux') },
    },
    { id: 'expected', field: 'expectedBps', unit: 'bits/s', label: { en: 'Expected for the flows', fr: 'Attendu pour ces flux' } },
    { id: 'transfer', field: 'transferBps', unit: 'bits/s', label: { en: 'Equal transfers (busiest link)', fr: 'Transferts égaux (lien le plus chargé)' } },
    { id: 'busy', field: 'expectedBusyLinks', unit: 'number', digits: 2, label: { en: 'Links busy (expected)', fr: 'Liens occupés (moyenne)' } },
  ],
  messages: BOND_MESSAGES,
  run: (input) => bond(input as BondInput),
};
