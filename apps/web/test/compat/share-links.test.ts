/**
 * Issue 10 item 9: share links saved from the release before the redesign (commit 9b7a525, see
 * README.md) open with today's code, report no URL problem, and compute the same figures. A figure
 * may be relabelled; its value must match (spacing aside: French typography may change). Expected
 * values are the release's own output, captured by capture.ts (source: this repository at 9b7a525,
 * apps/web/src/calc/*.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openLink, type SavedLink, summarise } from './capture';

const DIR = new URL('.', import.meta.url).pathname;
const SAVED = JSON.parse(readFileSync(`${DIR}share-links.json`, 'utf8')) as SavedLink[];

/** Documented changes since the release, by link name and check id: none so far. */
const CHANGED_CHECKS: Readonly<Record<string, { readonly checks: readonly string[]; readonly why: string }>> = {};

/** Plurals are worded now (issue 12, Intl.PluralRules): the release's "16 OSD, 4 host(s)" reads "16 OSDs, 4 hosts". */
const singular = (text: string) => text.replace(/\(s\)/g, '').replace(/\b(OSD|host|hôte)s\b/g, '$1');
const same = (text: string) => singular(text).replace(/[\s\u00a0\u202f]+/g, '');
const fieldKey = (issue: string) => issue.slice(0, issue.indexOf(':'));

describe('share links saved from the release before the redesign', () => {
  it('covers every page, every preset in both languages and hand-made links with every field set', () => {
    expect(new Set(SAVED.map((l) => l.url.slice(2).split('?')[0]))).toEqual(new Set(['memory', 'ceph', 'failure', 'bluestore', 'pg', 'bond', 'quorum', 'inventory']));
    expect(SAVED.length).toBeGreaterThan(90);
  });

  for (const saved of SAVED) {
    it(`${saved.name}: ${saved.url.slice(0, 90)}`, () => {
      const { problems, outcome } = openLink(saved.url, `${DIR}inventories`, saved.inventory);
      expect(problems).toEqual([]);
      const now = summarise(outcome);
      expect(now.ok).toBe(saved.ok);
      if (!saved.ok) {
        // A blank page still asks for the same fields (the words may change).
        expect(new Set(now.issues.map(fieldKey))).toEqual(new Set(saved.issues.map(fieldKey)));
        return;
      }
      const figures = new Map(now.figures.map((f) => [f.id, f.value]));
      for (const f of saved.figures) expect({ id: f.id, value: same(figures.get(f.id) ?? 'missing') }).toEqual({ id: f.id, value: same(f.value) });
      const checks = new Map(now.checks.map((c) => [c.id, c.level]));
      const allowed = CHANGED_CHECKS[saved.name]?.checks ?? [];
      for (const c of saved.checks) if (!allowed.includes(c.id)) expect({ id: c.id, level: checks.get(c.id) ?? 'missing' }).toEqual(c);
    });
  }
});
