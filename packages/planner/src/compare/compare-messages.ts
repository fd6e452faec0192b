/** The words of `capa compare`'s justifications and notes (compare.ts puts the figures in). */
import type { Lang } from '@capa/core';
import { count } from '@capa/core';

const en = {
  label: (key: string, name: string) => `Option ${key} (${name})`,
  cheaper: (ratio: string) => `, ${ratio} less than the most expensive option`,
  dearest: (ratio: string) => `, the most expensive (${ratio} more than the cheapest)`,
  split: (hardware: string, subscriptions: string) => ` (hardware ${hardware}, subscriptions ${subscriptions})`,
  costs: (label: string, total: string, years: number, split: string, rel: string) => `${label} costs ${total} over ${count(years, 'en', 'year', 'years')}${split}${rel}.`,
  noPrices: (label: string) => `${label} has no prices (add prices).`,
  perGiB: (money: string) => ` (${money} per GiB)`,
  perTB: (money: string) => ` (${money} per TB)`,
  ceph: (safe: string, perTB: string) => ` and ${safe} of safe Ceph capacity${perTB}`,
  afterFailure: (ram: string, perGiB: string, ceph: string) => `With a node down it keeps ${ram} of guest RAM usable${perGiB}${ceph}.`,
  recovery: (time: string) => `recovery after a host loss takes ${time}`,
  durability: (nines: string) => `the weakest pool has ${nines} nines of annual durability`,
  and: ' and ',
  passes: (warnings: number) => `It passes every check${warnings > 0 ? ` (${count(warnings, 'en', 'warning', 'warnings')})` : ''}.`,
  fails: (n: number, ids: string) => `It fails ${count(n, 'en', 'check', 'checks')}: ${ids}.`,
  recommended: 'It is the cheapest option that passes every check: recommended.',
  noteYears: 'The options use different ownership periods (prices.years): compare costs per year with care.',
  noteCurrencies: 'The options use different currencies.',
  noteNoPrices: 'Some options have no prices: their cost figures are missing.',
};

const fr: typeof en = {
  label: (key, name) => `L’option ${key} (${name})`,
  cheaper: (ratio) => `, ${ratio} de moins que l’option la plus chère`,
  dearest: (ratio) => `, la plus chère (${ratio} de plus que la moins chère)`,
  split: (hardware, subscriptions) => ` (matériel ${hardware}, souscriptions ${subscriptions})`,
  costs: (label, total, years, split, rel) => `${label} coûte ${total} sur ${count(years, 'fr', 'an', 'ans')}${split}${rel}.`,
  noPrices: (label) => `${label} n’a pas de prix (ajoutez prices).`,
  perGiB: (money) => ` (${money} par Gio)`,
  perTB: (money) => ` (${money} par To)`,
  ceph: (safe, perTB) => ` et ${safe} de capacité Ceph sûre${perTB}`,
  afterFailure: (ram, perGiB, ceph) => `Avec un nœud en panne, elle garde ${ram} de RAM utilisable par les invités${perGiB}${ceph}.`,
  recovery: (time) => `la reconstruction après perte d’un hôte prend ${time}`,
  durability: (nines) => `le pool le plus faible a ${nines} neuf de durabilité annuelle`,
  and: ' et ',
  passes: (warnings) => `Elle passe toutes les vérifications${warnings > 0 ? ` (${count(warnings, 'fr', 'avertissement', 'avertissements')})` : ''}.`,
  fails: (n, ids) => `Elle échoue à ${count(n, 'fr', 'vérification', 'vérifications')}\u00a0: ${ids}.`,
  recommended: 'C’est l’option la moins chère qui passe toutes les vérifications\u00a0: recommandée.',
  noteYears: 'Les options ont des durées de possession différentes (prices.years)\u00a0: comparez les coûts annuels avec prudence.',
  noteCurrencies: 'Les options utilisent des devises différentes.',
  noteNoPrices: 'Certaines options n’ont pas de prix\u00a0: leurs coûts manquent.',
};

export const COMPARE_MESSAGES: Readonly<Record<Lang, typeof en>> = { en, fr };
