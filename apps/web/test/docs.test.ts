import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';

const DOC = readFileSync(new URL('../../../docs/web.md', import.meta.url), 'utf8');

describe('docs/web.md', () => {
  it('names every page and every URL parameter', () => {
    const missing = Object.values(PAGES)
      .flatMap((p) => [`#/${p.route}`, ...p.fields.map((f) => `\`${f.key}\``), ...(p.rows ? [`${p.rows.key}=`] : [])])
      .filter((s) => !DOC.includes(s));
    expect(missing).toEqual([]);
  });
});
