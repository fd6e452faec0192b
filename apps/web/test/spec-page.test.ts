/**
 * The quorum and bond pages are derived from the core's specs (issue 10): the same fields as the
 * CLI's options, the same figure labels as the terminal, the same refusals in both languages.
 */
import { BOND_SPEC, QUORUM_SPEC, renderFigures, SPECS } from '@capa/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import type { PageOutcome } from '../src/state/page';

const run = (route: 'bond' | 'quorum', values: Record<string, string>, lang: 'en' | 'fr' = 'en'): PageOutcome => PAGES[route].compute({ values, rows: [] }, lang);

describe('pages derived from the specs', () => {
  it('one field per spec input, in its order, with its label (the URL keys of saved links unchanged)', () => {
    // apps/web/src/calc/quorum.ts and bond.ts at 9b7a525 had these keys: saved share links keep working
    expect(PAGES.quorum.fields.map((f) => f.key)).toEqual(['nodes', 'qdevice', 'mons', 'sharedStorage']);
    expect(PAGES.bond.fields.map((f) => f.key)).toEqual(['links', 'speed', 'mode', 'hash', 'flows', 'peers', 'down']);
    expect(PAGES.bond.fields.map((f) => f.label)).toEqual(BOND_SPEC.inputs.map((i) => i.label));
    expect(PAGES.bond.fields.find((f) => f.key === 'mode')).toMatchObject({ kind: 'choice', defaultValue: 'lacp' });
    expect(PAGES.quorum.fields.find((f) => f.key === 'sharedStorage')).toMatchObject({ kind: 'flag', defaultValue: '1' });
  });

  it("the page's figures are the terminal's, headlines first", () => {
    // 2 × 10 Gb/s LACP: 20 / 10 / 10 Gb/s (docs/course-rules.md §5)
    const out = run('bond', { links: '2', speed: '10Gb/s' }, 'fr');
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const core = BOND_SPEC.run({ links: 2, speedBps: 10e9, lang: 'fr' });
    if (!core.ok) throw new Error('core refused');
    const terminal = renderFigures(BOND_SPEC.figures, core.value, 'fr');
    expect(out.figures.map((f) => [f.id, f.label, f.value]).sort()).toEqual(terminal.map((f) => [f.id, f.label, f.value]).sort());
    expect(out.figures.filter((f) => f.main).map((f) => f.id)).toEqual(['aggregate', 'degraded', 'single']);
  });

  it("refusals name the field, in the page's language", () => {
    const down = run('bond', { links: '2', speed: '10Gb/s', down: '3' }, 'fr');
    expect(down.ok ? [] : down.issues).toEqual([{ key: 'down', value: '3', message: 'doit valoir au plus le nombre de liens (2)' }]);
    const missing = run('quorum', {}, 'fr');
    expect(missing.ok ? [] : missing.issues).toEqual([{ key: 'nodes', value: undefined, message: 'est obligatoire' }]);
  });

  it('quorum: the picture reads the nodes and QDevice the core used', () => {
    // pvecm.adoc: 2 nodes + QDevice = 3 votes, quorum 2, one node may fail
    const out = run('quorum', { nodes: '2', qdevice: '1' });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.figures.find((f) => f.id === 'tolerated')?.value).toBe('1');
    expect(out.pictures.length).toBeGreaterThan(0);
    expect(QUORUM_SPEC.inputs.map((i) => i.key)).toEqual(PAGES.quorum.fields.map((f) => f.key));
  });
});

describe("pg: the pool rows read by the core reader the CLI's --pool lines go through", () => {
  const pg = (rows: Record<string, string>[], lang: 'en' | 'fr' = 'en') => PAGES.pg.compute({ values: { osds: '12' }, rows }, lang);
  it('figures as before, per pool (docs/golden-examples.md G1: 12 OSDs, size 3 → 512)', () => {
    const out = pg([{ name: 'rbd', protection: 'replicated', size: '3', ratio: '1' }]);
    expect(out.ok ? out.figures.map((f) => [f.id, f.value, f.main === true]) : out.issues).toEqual([
      ['pool-rbd', '512', true],
      ['method', 'Ceph pg_autoscaler (released algorithm)', false],
      ['per-osd', '128', false],
    ]);
  });
  it("a refusal sits on the row's field, in the page's language; the core's too (a name given twice)", () => {
    const bad = pg([{ name: 'rbd', protection: 'erasure', ratio: '0' }], 'fr');
    expect(bad.ok ? [] : bad.issues.map((i) => i.key)).toEqual(['pool.0.ratio', 'pool.0.ec']);
    const twice = pg(
      [
        { name: 'a', protection: 'replicated' },
        { name: 'a', protection: 'replicated' },
      ],
      'fr',
    );
    expect(twice.ok ? [] : twice.issues).toEqual([{ key: 'pool.1.name', value: undefined, message: 'le pool « a » est donné deux fois' }]);
    const none = pg([]);
    expect(none.ok ? [] : none.issues.map((i) => [i.key, i.message])).toEqual([['pool', 'give at least one pool']]);
  });
});

describe('docs/web.md lists every URL key of the spec pages', () => {
  const doc = readFileSync(new URL('../../../docs/web.md', import.meta.url), 'utf8');
  it.each(SPECS.map((s) => [s.id, s] as const))('%s', (id, spec) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';
    for (const i of spec.inputs) if (i.surface !== 'cli') expect(row, i.key).toContain(`\`${i.key}\``);
  });
});
