import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchors, docPages, docRefs, ROOT, slug } from './support/doc-anchors.js';

/**
 * Every reference to a docs page resolves: `docs/<page>.md` names a page that exists and `docs/<page>.md#anchor`
 * (in code, in a message a user reads, in a test, a README or a page) names one of its headings as
 * GitHub anchors them. A section moved to another page without its links followed fails here.
 */
describe('docs links', () => {
  const pages = new Map(docPages().map((n) => [`docs/${n}`, anchors(readFileSync(join(ROOT, 'docs', n), 'utf8'))]));
  const refs = docRefs();

  it('anchors headings as GitHub does', () => {
    // github/github-slugger test fixtures: punctuation dropped, each space a hyphen, case folded.
    expect(slug('Estates (several clusters in one `capa analyze`)')).toBe('estates-several-clusters-in-one-capa-analyze');
    expect(slug('Memory, N − f')).toBe('memory-n--f');
    expect(slug('`nearest_power_of_two`')).toBe('nearest_power_of_two');
    expect(slug('Placement: CRUSH as Ceph runs it')).toBe('placement-crush-as-ceph-runs-it');
    expect([...anchors('# A\n```\n# not a heading\n```\n## A\n## B')]).toEqual(['a', 'a-1', 'b']);
  });

  it('finds the references', () => expect(refs.length).toBeGreaterThan(200));

  it('each names an existing page, and a heading of it', () => {
    const broken = refs.filter((r) => {
      const a = pages.get(r.page);
      return a === undefined || (r.anchor !== '' && !a.has(r.anchor));
    });
    expect(broken.map((r) => `${r.at}: ${r.page}${r.anchor ? `#${r.anchor}` : ''}`)).toEqual([]);
  });

  it('the index (docs/README.md) links every page', () => {
    const index = readFileSync(join(ROOT, 'docs', 'README.md'), 'utf8');
    expect(docPages().filter((n) => n !== 'README.md' && !index.includes(`](${n})`))).toEqual([]);
  });
});
