/**
 * Issue 10, done-when: "The French web shows no English sentence, and a test enforces it." Renders,
 * without a browser, what every page shows in French from its definition (apps/web/src/calc/pages.ts)
 * and the page's own words (i18n/ui.ts): title, intro, field labels, help and choices, the example
 * presets, and for each preset the figures, checks, derivation steps, tables and pictures' labels;
 * then each field given a bad value (its refusal). The CLI's detector (english.ts) reads every text.
 * The reverse check renders the same in English: the detector must flag it (it is not blind).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Lang } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../../../packages/cli/test/french/english';
import { computeInventory } from '../../src/calc/inventory';
import { PAGES } from '../../src/calc/pages';
import { UI } from '../../src/i18n/ui';
import type { PageDef, RouteId } from '../../src/state/page';

const INVENTORIES = readdirSync(new URL('../../../../packages/cli/test/compat/inventories/', import.meta.url))
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((name) => ({ name, data: JSON.parse(readFileSync(new URL(`../../../../packages/cli/test/compat/inventories/${name}`, import.meta.url), 'utf8')) as unknown }));

/** Every string inside a value (a picture's labels, a table's cells), keys left out. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** UI texts, functions called with sample arguments. */
function uiTexts(lang: Lang): string[] {
  const call = (v: unknown): unknown => (typeof v === 'function' ? (v as (...a: unknown[]) => unknown)(3, 5) : v);
  const walk = (v: unknown): string[] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.values(v).flatMap(walk) : strings(call(v)));
  return walk(UI[lang]);
}

/** What a page shows: its words, and what it computes for each preset and each bad value. */
function pageTexts(page: PageDef, lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, ...texts: unknown[]) => {
    for (const t of texts.flatMap((x) => strings(x))) out.push({ where, text: t });
  };
  add('title', page.title[lang], page.intro[lang]);
  const fields = [...page.fields, ...(page.rows?.fields ?? [])];
  for (const f of fields)
    add(
      `field ${f.key}`,
      f.label[lang],
      f.help?.[lang],
      f.options?.map((o) => o.label[lang]),
    );
  if (page.rows) add('rows', page.rows.label[lang]);
  // The inventory page has no presets: it analyses the CLI's compat inventories instead.
  const runs =
    page.route === 'inventory'
      ? INVENTORIES.map((inv) => ({ id: inv.name, label: { en: '', fr: '' }, r: computeInventory({ values: {}, rows: [] }, lang, inv.data as Parameters<typeof computeInventory>[2]) }))
      : page.presets.map((p) => ({ id: p.id, label: p.label, r: page.compute({ values: p.values, rows: p.rows ?? [] }, lang) }));
  for (const p of runs) {
    add(`preset ${p.id}`, p.label[lang]);
    const r = p.r;
    if (!r.ok) {
      add(
        `preset ${p.id} refused`,
        r.issues.map((i) => i.message),
      );
      continue;
    }
    add(
      `preset ${p.id} figures`,
      r.figures.map((f) => [f.label, f.value]),
    );
    add(
      `preset ${p.id} checks`,
      r.checks.map((c) => c.message),
    );
    add(
      `preset ${p.id} derivation`,
      r.derivation.map((s) => [s.title, s.source.title]),
    );
    add(
      `preset ${p.id} tables`,
      r.tables?.map((t) => [t.title, t.columns, t.note, t.rows.map((row) => row.cells)]),
    );
    add(`preset ${p.id} pictures`, r.pictures);
  }
  // Each field refused: a value no field accepts.
  const base = page.presets[0];
  for (const f of page.fields) {
    const r = page.compute({ values: { ...(base?.values ?? {}), [f.key]: 'x?' }, rows: base?.rows ?? [] }, lang);
    if (!r.ok)
      add(
        `field ${f.key} refused`,
        r.issues.map((i) => i.message),
      );
  }
  return out;
}

/**
 * A label is a noun phrase ("Placement groups", "Size"): the sentence detector above has no function word
 * to catch in it. So every label (title, field and option labels, presets, figures' names, derivation
 * titles, tables' titles and columns, pictures' words) is compared with the English page's: the same
 * words in both languages are untranslated, unless French writes them so too (below) or they are
 * Ceph's and Linux's own names (option names with _, bond modes, pool names).
 */
function labels(page: PageDef, lang: Lang): string[] {
  const out: string[] = [page.title[lang]];
  for (const f of [...page.fields, ...(page.rows?.fields ?? [])]) out.push(f.label[lang], ...(f.options?.map((o) => o.label[lang]) ?? []));
  for (const p of page.presets) {
    out.push(p.label[lang]);
    const r = page.compute({ values: p.values, rows: p.rows ?? [] }, lang);
    if (r.ok) out.push(...r.figures.map((f) => f.label), ...r.derivation.map((s) => s.title), ...strings(r.pictures), ...strings(r.tables?.map((t) => [t.title, t.columns])));
  }
  return out;
}
// Ids inside the pictures' data ('bars', 'down') are not shown: words shown have a capital or a space.
const shown = (t: string) => /^\p{Lu}|\s/u.test(t) && /\p{Ll}{3}/u.test(t);
const SAME_IN_FRENCH =
  /^(Question|Protection|Quorum|BlueStore|HA possible|Source|Pools|Proxmox|Ceph RBD|Ceph RGW|DB \(block\.db\)|WAL \(block\.wal\)|EC K\+M)$|_|^[\d\s×.,]+[A-Za-z/]*\s?(active-backup|balance-\w+|lacp)?$|^mon_osd_down_out_interval/u;

/** English the French web still shows, each with the change that converts it (meant to shrink to nothing). */
const KNOWN_ENGLISH: readonly { readonly route: RouteId; readonly text: RegExp; readonly why: string }[] = [];

const ROUTES = Object.keys(PAGES) as RouteId[];

describe('the French web shows no English sentence', () => {
  it('the page words (i18n/ui.ts)', () => {
    expect(uiTexts('fr').flatMap((t) => englishLines(t))).toEqual([]);
  });

  it.each(ROUTES)('%s: labels, help, presets, figures, checks, derivation, refusals', (route) => {
    const texts = pageTexts(PAGES[route], 'fr');
    // Not vacuous: every page shows figures and checks here (the inventory page, three analyses).
    expect(texts.filter((t) => t.where.endsWith('checks')).length, route).toBeGreaterThan(0);
    expect(texts.filter((t) => t.where.endsWith('figures')).length, route).toBeGreaterThan(5);
    const found = texts.flatMap(({ where, text }) =>
      englishLines(text)
        .filter((l) => !KNOWN_ENGLISH.some((k) => k.route === route && k.text.test(l)))
        .map((l) => `${where}: ${l}`),
    );
    expect(found).toEqual([]);
  });

  it.each(ROUTES.filter((r) => r !== 'inventory'))('%s: no label left in English (the same words as the English page)', (route) => {
    const en = labels(PAGES[route], 'en');
    const fr = labels(PAGES[route], 'fr');
    expect(fr.length).toBe(en.length);
    expect([...new Set(fr.filter((t, i) => t === en[i] && shown(t) && !SAME_IN_FRENCH.test(t)))]).toEqual([]);
  });

  it.each(ROUTES)('%s in English: the detector flags it (it is not blind)', (route) => {
    expect(pageTexts(PAGES[route], 'en').flatMap(({ text }) => englishLines(text)).length).toBeGreaterThan(0);
  });
});
