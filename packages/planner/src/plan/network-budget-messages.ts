/**
 * The network budget's words in the plan (issue 11, item 2): the verdict sentence naming which class
 * starves in which state, and the check for an `auto` rate the plan could not derive. The budget's
 * own figures and checks keep the core's words (capa network, budget-spec.ts, budget-messages.ts).
 */
import type { BudgetState, Catalogue, Lang, Params } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);

const enState: Record<BudgetState, string> = { normal: 'with every link up', 'link-down': 'with one link down', recovery: 'during a recovery' };
const frState: Record<BudgetState, string> = { normal: 'avec tous les liens actifs', 'link-down': 'avec un lien en panne', recovery: 'pendant une reconstruction' };

/** One bond's states: which class starves first in each (none: every class gets its rate). */
export interface BondStarving {
  readonly tag: string;
  readonly starving: readonly { readonly state: BudgetState; readonly cls: string }[];
}

/** The states each starving class starves in, in the states' order: one clause per class. */
const byClass = (b: BondStarving): [string, BudgetState[]][] => {
  const m = new Map<string, BudgetState[]>();
  for (const x of b.starving) m.set(x.cls, [...(m.get(x.cls) ?? []), x.state]);
  return [...m];
};

const en = {
  bond: (b: BondStarving) =>
    b.starving.length === 0
      ? `on ${b.tag}, no class starves`
      : `on ${b.tag}, ${byClass(b)
          .map(([cls, sts]) => `${cls} starves first ${sts.map((x) => enState[x]).join(' and ')}`)
          .join(', ')}`,
  summary: (parts: readonly string[]) => `Traffic budget: ${parts.join('; ')}.`,
};
const fr: typeof en = {
  bond: (b) =>
    b.starving.length === 0
      ? `sur ${b.tag}, aucune classe n’est affamée`
      : `sur ${b.tag}, ${byClass(b)
          .map(([cls, sts]) => `la classe ${cls} est affamée la première ${sts.map((x) => frState[x]).join(' et ')}`)
          .join(', ')}`,
  summary: (parts) => `Budget de trafic\u00a0: ${parts.join('\u00a0; ')}.`,
};

/** The area's sentence on the budgets: per bond, the class that starves first in each state. */
export const budgetSentence = (bonds: readonly BondStarving[], lang: Lang): string => {
  const w = lang === 'fr' ? fr : en;
  return w.summary(bonds.map(w.bond));
};

const why = {
  en: { recovery: 'no host recovery is computed for this node: no pool heals, no Ceph network, or no OSD on it', backup: 'the backup area gives no rate', migration: 'the drain area gives no rate' },
  fr: {
    recovery: 'aucune reconstruction d’hôte n’est calculée pour ce nœud\u00a0: aucun pool ne se reconstruit, pas de réseau Ceph, ou pas d’OSD sur lui',
    backup: 'la zone sauvegarde ne donne pas de débit',
    migration: 'la zone maintenance ne donne pas de débit',
  },
} as const;
const whyOf = (p: Params, lang: Lang): string => why[lang][s(p, 'class') as keyof (typeof why)['en']] ?? '';

export const BUDGET_CHECK_MESSAGES_EN = {
  'network.budget-auto': (p: Params) => `${s(p, 'class')}: auto has no rate in this plan (${whyOf(p, 'en')}); the budget of this bond leaves it out.`,
} satisfies Catalogue;
export const BUDGET_CHECK_MESSAGES_FR: typeof BUDGET_CHECK_MESSAGES_EN = {
  'network.budget-auto': (p) => `${s(p, 'class')}\u00a0: auto n’a pas de débit dans ce plan (${whyOf(p, 'fr')})\u00a0; le budget de cet agrégat la laisse de côté.`,
};
