import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';

// The web pages of the docs: web.md and its sections split off (web-inventory.md, web-planner.md, …).
const DOCS = new URL('../../../docs/', import.meta.url);
const DOC = readdirSync(DOCS)
  .filter((n) => /^web(-[\w-]+)?\.md$/.test(n))
  .map((n) => readFileSync(new URL(n, DOCS), 'utf8'))
  .join('\n');

describe('docs/web*.md', () => {
  it('names every page and every URL parameter', () => {
    const missing = Object.values(PAGES)
      .flatMap((p) => [`#/${p.route}`, ...p.fields.map((f) => `\`${f.key}\``), ...(p.rows ? [`${p.rows.key}=`] : [])])
      .filter((s) => !DOC.includes(s));
    expect(missing).toEqual([]);
  });
});
