/** Bonded links: aggregate, degraded, single-flow and expected throughput. */
import { bond, BOND_MODES, formatNumber, formatRate, HASH_POLICIES, type Lang } from '@capa/core';
import type { FieldDef, PageState } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';
import { defined, FieldReader } from '../state/reader';
import { t } from '../state/text';
import { bondPicture } from '../pictures/bond-model';
import { fromCore, guarded, invalid } from './outcome';
import { BOND_PRESETS } from './presets/others';

const L = {
  en: { aggregate: 'Aggregate (all links up)', degraded: (k: number) => `Degraded (${k} link${k === 1 ? '' : 's'} down)`, single: 'One flow at most', singleUpper: 'One flow at most (upper bound)', expected: 'Expected for these flows', transfer: 'Equal transfers (busiest link)', busy: 'Links busy (expected)' },
  fr: { aggregate: 'Agrégé (tous liens actifs)', degraded: (k: number) => `Dégradé (${k} lien${k === 1 ? '' : 's'} en panne)`, single: 'Un flux au plus', singleUpper: 'Un flux au plus (borne haute)', expected: 'Attendu pour ces flux', transfer: 'Transferts égaux (lien le plus chargé)', busy: 'Liens occupés (moyenne)' },
};

const MODE_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  lacp: ['802.3ad (LACP)', '802.3ad (LACP)'],
  'active-backup': ['active-backup', 'active-backup'],
  'balance-rr': ['balance-rr', 'balance-rr'],
  'balance-xor': ['balance-xor', 'balance-xor'],
  'balance-tlb': ['balance-tlb', 'balance-tlb'],
  'balance-alb': ['balance-alb', 'balance-alb'],
};

export const bondFields: readonly FieldDef[] = [
  { key: 'links', kind: 'count', label: t('Links', 'Liens'), placeholder: '2' },
  { key: 'speed', kind: 'rate', label: t('Speed of one link', 'Débit d’un lien'), placeholder: '10Gb/s' },
  { key: 'mode', kind: 'choice', label: t('Bond mode', 'Mode d’agrégat'), defaultValue: 'lacp', options: BOND_MODES.map((value) => ({ value, label: t(MODE_LABELS[value]?.[0] ?? value, MODE_LABELS[value]?.[1] ?? value) })) },
  { key: 'hash', kind: 'choice', label: t('Transmit hash policy', 'Politique de hachage'), defaultValue: 'layer2', options: HASH_POLICIES.map((value) => ({ value, label: t(value, value) })) },
  { key: 'flows', kind: 'count', label: t('Parallel flows', 'Flux parallèles'), placeholder: '1' },
  { key: 'peers', kind: 'count', label: t('Peer hosts', 'Hôtes pairs'), placeholder: '1' },
  { key: 'down', kind: 'count', label: t('Links down (degraded case)', 'Liens en panne (cas dégradé)'), placeholder: '1' },
];

const FIELDS = { links: 'links', speedBps: 'speed', flows: 'flows', peers: 'peers', down: 'down' };

export function computeBond(state: PageState, lang: Lang): PageOutcome {
  const values = state.values;
  const r = new FieldReader(values, lang);
  const links = r.require('links', r.count('links'));
  const speedBps = r.require('speed', r.rate('speed'));
  const mode = r.choice('mode', BOND_MODES, 'lacp');
  const rest = defined({ hash: r.choice('hash', HASH_POLICIES, 'layer2'), flows: r.count('flows'), peers: r.count('peers'), down: r.count('down', 0) });
  if (r.issues.length > 0 || links === undefined || speedBps === undefined) return invalid(r.issues);
  const tx = L[lang];
  const down = rest.down ?? 1;
  return fromCore(bond({ links, speedBps, mode, ...rest, lang }), FIELDS, values, (v) => ({
    ok: true,
    figures: [
      { id: 'aggregate', label: tx.aggregate, value: formatRate(v.aggregateBps, lang), main: true },
      { id: 'degraded', label: tx.degraded(down), value: formatRate(v.degradedBps, lang), main: true },
      { id: 'single', label: v.singleFlowIsUpperBound ? tx.singleUpper : tx.single, value: formatRate(v.singleFlowBps, lang), main: true },
      { id: 'expected', label: tx.expected, value: formatRate(v.expectedBps, lang) },
      { id: 'transfer', label: tx.transfer, value: formatRate(v.transferBps, lang) },
      { id: 'busy', label: tx.busy, value: formatNumber(v.expectedBusyLinks, lang, 2) },
    ],
    checks: v.checks,
    derivation: v.derivation,
    pictures: [bondPicture({ links, down, flows: rest.flows ?? 1, mode, result: v, lang })],
  }));
}

export const bondPage: PageDef = {
  route: 'bond',
  title: t('Bonds and LACP', 'Agrégats et LACP'),
  intro: t('Two 10 Gb/s links in LACP: 20 Gb/s together, 10 Gb/s with one lost, and never more than 10 Gb/s for one flow.', 'Deux liens 10 Gb/s en LACP : 20 Gb/s ensemble, 10 Gb/s avec un lien perdu, et jamais plus de 10 Gb/s pour un flux.'),
  fields: bondFields,
  presets: BOND_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeBond(state, lang)),
};
