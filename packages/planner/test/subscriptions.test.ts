/**
 * Subscription prices (issue 8, item 13): every table names its source and date and says whether
 * VAT is included; plans print them where a subscription price is shown.
 * Proxmox's terms: "All prices are net prices. VAT will be added, if applicable" (Proxmox VE
 * Subscription Agreement v3.3 §1, https://de.scribd.com/document/388048759/Proxmox-VE-Subscription-Agreement-V3-3-pdf);
 * the shop adds VAT by country and status, https://shop.proxmox.com/index.php?rp=/knowledgebase/20/Will-I-be-charged-VAT.html
 */
import { describe, expect, it } from 'vitest';
import { subscriptionRef } from '../src/catalogue/source-messages.js';
import { compare } from '../src/compare/compare.js';
import { plan } from '../src/plan/plan.js';
import { renderCompareMarkdown } from '../src/report/compare-render.js';
import { catalogue, example } from './helpers.js';

describe('subscription price tables', () => {
  it('each has a date, a source and its VAT status; the newest says it is third-party', () => {
    const subs = catalogue().subscriptions;
    for (const s of subs) {
      expect(s.date, s.id).toMatch(/^(\d{4}-\d{2}(-\d{2})?|undated)$/);
      expect(s.vat, s.id).toBe('excluded');
    }
    const newest = subs.find((s) => s.id === 'pve-2026-04');
    // aegisfleet/tool-survey-report:_reports/proxmox-ve.md, dated 2026-04-15: 120 / 370 / 550 / 1100 EUR per socket-year.
    expect(newest).toMatchObject({ date: '2026-04-15', currency: 'EUR', perSocketYear: { community: 120, basic: 370, standard: 550, premium: 1100 } });
    expect(newest).toMatchObject({ provenance: 'third-party', source: 'aegisfleet/tool-survey-report _reports/proxmox-ve.md, 2026-04-15' });
    // Proxmox VE Subscription Agreement v3.3 §1: € 74.90 / 249.90 / 398 / 796 per year & CPU socket.
    expect(subs.find((s) => s.id === 'pve-agreement-v3.3')).toMatchObject({ date: 'undated', perSocketYear: { community: 74.9, basic: 249.9, standard: 398, premium: 796 } });
  });
});

describe('plans say where the price comes from, its date, and "excl. VAT"', () => {
  const s = example('procurement-1s-epyc');
  it('English: the check, the figure, the step source and the JSON keys', () => {
    const p = plan(s, { lang: 'en', catalogue: catalogue() });
    const cost = p.areas.find((a) => a.id === 'cost');
    expect(cost?.checks.find((c) => c.id === 'cost.subscription')?.message).toBe(
      'Proxmox VE standard subscription 550 EUR per socket per year, excl. VAT (table pve-2026-04, price list of 2026-04-15); every node of a cluster shares one level.',
    );
    expect(cost?.figures.find((f) => f.key === 'subscription')?.label).toBe('Subscriptions (excl. VAT)');
    // The step cites the table with whose list it is: a survey, Proxmox's page being https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing.
    expect(cost?.derivation.find((st) => st.id.includes('subscription'))?.source.ref).toBe(
      "third-party survey, not Proxmox's price list (aegisfleet/tool-survey-report _reports/proxmox-ve.md, 2026-04-15); Proxmox's list is https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing, 2026-04-15",
    );
    expect(p.cost).toMatchObject({ subscriptionTable: 'pve-2026-04', subscriptionPriceDate: '2026-04-15', subscriptionVat: 'excluded' });
  });
  it('French: HT and the price list date', () => {
    const p = plan(s, { lang: 'fr', catalogue: catalogue() });
    const cost = p.areas.find((a) => a.id === 'cost');
    expect(cost?.checks.find((c) => c.id === 'cost.subscription')?.message).toContain('550 EUR HT par socket et par an (table pve-2026-04, tarif du 2026-04-15)');
    expect(cost?.figures.find((f) => f.key === 'subscription')?.label).toBe('Souscriptions (HT)');
    expect(cost?.derivation.find((st) => st.id.includes('subscription'))?.source.ref).toBe(
      'enquête d’un tiers, pas la liste de prix de Proxmox (aegisfleet/tool-survey-report _reports/proxmox-ve.md, 2026-04-15)\u00a0; la liste de Proxmox est https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing, 2026-04-15',
    );
  });
  it('compare shows the subscription cost excl. VAT', () => {
    const a = plan(s, { lang: 'en', catalogue: catalogue() });
    const b = plan(example('procurement-2s-xeon6'), { lang: 'en', catalogue: catalogue() });
    const md = renderCompareMarkdown(
      compare(
        [
          { plan: a, file: 'a.yaml' },
          { plan: b, file: 'b.yaml' },
        ],
        'en',
      ),
    );
    expect(md).toMatch(/\| Subscriptions \| [\d,]+ EUR excl\. VAT \|/);
  });
});

describe("a table's reference in the plan's language", () => {
  const agreement = catalogue().subscriptions.find((s) => s.id === 'pve-agreement-v3.3');
  it("Proxmox's own undated list: whose list it is and 'undated' are translated, the citation is not", () => {
    if (agreement === undefined) throw new Error('pve-agreement-v3.3 missing');
    // Proxmox VE Subscription Agreement v3.3 §1, https://de.scribd.com/document/388048759/Proxmox-VE-Subscription-Agreement-V3-3-pdf (no date on it).
    expect(subscriptionRef(agreement, 'en')).toBe(
      "Proxmox's own price list, Proxmox VE Subscription Agreement v3.3 §1, https://de.scribd.com/document/388048759/Proxmox-VE-Subscription-Agreement-V3-3-pdf, undated",
    );
    expect(subscriptionRef(agreement, 'fr')).toBe(
      'liste de prix de Proxmox, Proxmox VE Subscription Agreement v3.3 §1, https://de.scribd.com/document/388048759/Proxmox-VE-Subscription-Agreement-V3-3-pdf, non daté',
    );
  });
  it('a user table without provenance is cited as written', () => {
    const own = { id: 'mine', date: '2027-01', source: 'quote 42 from our reseller', currency: 'EUR', perSocketYear: { community: 1, basic: 2, standard: 3, premium: 4 } };
    expect(subscriptionRef(own, 'fr')).toBe('quote 42 from our reseller, 2027-01');
  });
});
