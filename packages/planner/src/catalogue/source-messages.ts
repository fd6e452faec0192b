/**
 * What a subscription table's source says about where its prices come from, in the plan's language.
 * The catalogue file holds the citation only (a repository path, a document, a URL); whose list it is
 * (`provenance`) is a code, so the note around the citation is translated like every other text.
 */
import type { Lang } from '@capa/core';
import type { SubscriptionTable } from './schema.js';

/** Proxmox's own, current price page: what a third-party table should be replaced with. */
const PVE_PRICING = 'https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing';

const en = {
  'third-party': (source: string) => `third-party survey, not Proxmox's price list (${source}); Proxmox's list is ${PVE_PRICING}`,
  proxmox: (source: string) => `Proxmox's own price list, ${source}`,
  undated: 'undated',
};

const fr: typeof en = {
  'third-party': (source: string) => `enquête d’un tiers, pas la liste de prix de Proxmox (${source})\u00a0; la liste de Proxmox est ${PVE_PRICING}`,
  proxmox: (source: string) => `liste de prix de Proxmox, ${source}`,
  undated: 'non daté',
};

const MESSAGES = { en, fr } as const;

/** The reference a subscription step cites: the table's source, whose list it is, and its date. */
export function subscriptionRef(table: SubscriptionTable, lang: Lang): string {
  const t = MESSAGES[lang];
  const source = table.provenance === undefined ? table.source : t[table.provenance](table.source);
  return `${source}, ${table.date === 'undated' ? t.undated : table.date}`;
}
