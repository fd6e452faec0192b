import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import { readLocation, writeLocation } from '../src/state/url-state';

describe('readLocation / writeLocation', () => {
  it("reads the issue's example link", () => {
    const loc = readLocation('#/memory?nodes=3&nodeRam=512GiB', PAGES);
    expect(loc).toMatchObject({ route: 'memory', state: { values: { nodes: '3', nodeRam: '512GiB' }, rows: [] }, view: { teach: false }, blank: false, problems: [] });
  });

  it('an empty hash is the memory page, blank (it opens on its first preset)', () => {
    expect(readLocation('', PAGES)).toMatchObject({ route: 'memory', blank: true });
    expect(readLocation('#/ceph?lang=fr', PAGES)).toMatchObject({ route: 'ceph', blank: true, view: { lang: 'fr', teach: false } });
  });

  it('writes the canonical link: visible, non-default fields in field order, then view options', () => {
    const page = PAGES.ceph;
    const state = { values: { osdSize: '20TB', nodes: '5', osdsPerNode: '1', protection: 'replicated', ec: '4+2', data: '1TB', bondMode: 'lacp' }, rows: [] };
    // ec is hidden (replicated), data is hidden (capacity mode), defaults are dropped.
    expect(writeLocation(page, state, { lang: 'fr', teach: true })).toBe('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB&lang=fr&teach=1');
  });

  it('round-trips every preset of every page', () => {
    for (const page of Object.values(PAGES)) {
      for (const preset of page.presets) {
        const hash = writeLocation(page, { values: preset.values, rows: preset.rows ?? [] }, { teach: false });
        const back = readLocation(hash, PAGES);
        expect(back.problems).toEqual([]);
        expect(writeLocation(page, back.state, back.view)).toBe(hash);
      }
    }
  });

  it('unknown pages and parameters are problems, never state', () => {
    const loc = readLocation('#/<script>alert(1)</script>?nodes=3', PAGES);
    expect(loc.route).toBeNull();
    expect(loc.problems).toEqual([{ kind: 'unknown-page', route: '<script>alert(1)</script>' }]);
    const p = readLocation('#/memory?nodes=3&onload=alert(1)&nodes=4&__proto__=x', PAGES);
    expect(p.state.values).toEqual({ nodes: '3' });
    expect(p.problems).toEqual([
      { kind: 'unknown-param', key: 'onload' },
      { kind: 'repeated-param', key: 'nodes' },
      { kind: 'unknown-param', key: '__proto__' },
    ]);
    expect(Object.getPrototypeOf(p.state.values)).toBe(Object.prototype);
  });

  it('choices and flags outside their options are dropped and reported', () => {
    const loc = readLocation('#/ceph?nodes=5&protection=javascript:alert(1)&lang=xx&teach=yes', PAGES);
    expect(loc.state.values).toEqual({ nodes: '5' });
    expect(loc.problems.map((p) => p.kind)).toEqual(['bad-choice', 'bad-choice', 'bad-choice']);
    expect(readLocation('#/quorum?nodes=3&qdevice=true', PAGES).problems).toEqual([{ kind: 'bad-choice', key: 'qdevice', value: 'true' }]);
  });

  it("free-text values are kept as typed: the page shows them with the parser's message", () => {
    const loc = readLocation('#/memory?nodes=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&nodeRam=512GiB', PAGES);
    expect(loc.state.values['nodes']).toBe('<img src=x onerror=alert(1)>');
    const out = PAGES.memory.compute(loc.state, 'en');
    expect(out.ok ? [] : out.issues).toEqual([{ key: 'nodes', value: '<img src=x onerror=alert(1)>', message: 'must be a whole number from 1 to 2^53' }]);
  });

  it('pool rows: one pool= per row, in the CLI syntax, capped', () => {
    const loc = readLocation('#/pg?osds=12&pool=rbd:size=3:ratio=1&pool=ec:ec=4+2:bulk:nope=1', PAGES);
    expect(loc.state.rows).toEqual([
      { name: 'rbd', size: '3', ratio: '1', protection: 'replicated' },
      { name: 'ec', ec: '4+2', bulk: '1', protection: 'erasure' },
    ]);
    expect(loc.problems.map((p) => p.kind)).toEqual(['bad-row']);
    const many = Array.from({ length: 40 }, (_, i) => `pool=p${i}`).join('&');
    const capped = readLocation(`#/pg?osds=12&${many}`, PAGES);
    expect(capped.state.rows).toHaveLength(32);
    expect(capped.problems).toEqual([{ kind: 'too-many-rows', max: 32 }]);
  });
});
