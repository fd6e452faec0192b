/**
 * The ceph and failure pages are derived from the core's CEPH_SPEC (issue 10): the same fields as
 * before (saved share links keep working), the terminal's labels, and the fields that show only
 * while they apply (the data target's, the erasure profile, the bond details once a link speed is given).
 */
import { CEPH_SPEC, renderFigures } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import { isVisible } from '../src/state/fields';
import type { PageOutcome } from '../src/state/page';

const run = (route: 'ceph' | 'failure', values: Record<string, string>, lang: 'en' | 'fr' = 'en'): PageOutcome => PAGES[route].compute({ values, rows: [] }, lang);
const shown = (route: 'ceph' | 'failure', values: Record<string, string>) => PAGES[route].fields.filter((f) => isVisible(f, values)).map((f) => f.key);

describe('ceph pages derived from the spec', () => {
  it('the URL keys of saved links are the ones before the spec', () => {
    // apps/web/src/calc/ceph.ts and ceph-fields.ts at 48f379f: cephFields and failureFields
    expect(PAGES.ceph.fields.map((f) => f.key).sort()).toEqual(
      [
        'mode',
        'nodes',
        'osdsPerNode',
        'osdSize',
        'data',
        'diskSize',
        'protection',
        'replicas',
        'ec',
        'nearfull',
        'backfillfull',
        'full',
        'stored',
        'linkSpeed',
        'links',
        'bondMode',
        'hash',
        'osdWrite',
        'markOut',
      ].sort(),
    );
    expect(PAGES.failure.fields.map((f) => f.key).sort()).toEqual(
      ['nodes', 'osdsPerNode', 'osdSize', 'protection', 'replicas', 'ec', 'stored', 'linkSpeed', 'links', 'bondMode', 'hash', 'osdWrite', 'markOut', 'nearfull', 'backfillfull', 'full'].sort(),
    );
    expect(PAGES.ceph.fields.find((f) => f.key === 'hash')).toMatchObject({ kind: 'choice', defaultValue: 'layer3+4', advanced: true });
    expect(PAGES.failure.fields.find((f) => f.key === 'linkSpeed')?.advanced).toBeUndefined();
  });

  it("fields show while they apply: the data target's, the erasure profile, the bond details after a link speed", () => {
    expect(shown('ceph', {})).toEqual(['mode', 'nodes', 'osdsPerNode', 'osdSize', 'protection', 'replicas', 'nearfull', 'backfillfull', 'full', 'stored', 'linkSpeed']);
    expect(shown('ceph', { mode: 'target', protection: 'erasure' })).toEqual(['mode', 'nodes', 'data', 'diskSize', 'protection', 'ec', 'nearfull', 'backfillfull', 'full']);
    expect(shown('ceph', { linkSpeed: '10G' })).toContain('markOut');
  });

  it("the page's figures are the terminal's (rule of thumb ÷ 1.1), headlines first", () => {
    // 5 × 20 TB, replica 3: 100 TB raw, 33.33 TB usable, 100 ÷ (3 × 1.1) = 30.3 TB by the course's rule (docs/ceph-capacity.md)
    const out = run('ceph', { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3' }, 'fr');
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const core = CEPH_SPEC.run({ hosts: 5, osdsPerHost: 1, osdSizeBytes: 20e12, mode: 'capacity', system: 'decimal', lang: 'fr' });
    if (!core.ok) throw new Error('core refused');
    expect(out.figures.map((f) => [f.id, f.label, f.value]).sort()).toEqual(
      renderFigures(CEPH_SPEC.figures, core.value, 'fr', 'decimal')
        .map((f) => [f.id, f.label, f.value])
        .sort(),
    );
    expect(out.figures.filter((f) => f.main).map((f) => f.id)).toEqual(['usable', 'safe']);
    expect(out.figures.find((f) => f.id === 'rot')).toMatchObject({ label: 'Règle du cours (÷ 1,1)', value: '30,3 To (27,56 Tio)' });
  });

  it('the data target: 200 TB on 5 nodes, 16 TB disks → 9 disks by the rule of thumb, the safe figures first', () => {
    // 200 × 3 × 1.1 ÷ 5 = 132 TB per node → ⌈132 ÷ 16⌉ = 9 disks (docs/ceph-data-target.md)
    const out = run('ceph', { mode: 'target', nodes: '5', data: '200TB', diskSize: '16TB' });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.figures.map((f) => f.id)).toEqual(['safe-node', 'safe-disks', 'rot-node', 'rot-disks']);
    expect(out.figures.find((f) => f.id === 'rot-disks')?.value).toBe('9');
    // Without a disk size there are no disk counts.
    const noDisk = run('ceph', { mode: 'target', nodes: '5', data: '200TB' });
    expect(noDisk.ok ? noDisk.figures.map((f) => f.id) : []).toEqual(['safe-node', 'rot-node']);
  });

  it('hidden fields are not read; the failure page ignores a stray mode', () => {
    // In the capacity question the data target's fields are hidden, so a bad one left in the URL is not an error.
    expect(run('ceph', { nodes: '5', osdsPerNode: '1', osdSize: '20TB', data: 'x', links: 'y' }).ok).toBe(true);
    expect(run('failure', { mode: 'target', nodes: '5', osdsPerNode: '1', osdSize: '20TB' }).ok).toBe(true);
    const ec = run('ceph', { nodes: '4', osdsPerNode: '4', osdSize: '3.84TB', protection: 'erasure' }, 'fr');
    expect(ec.ok ? [] : ec.issues).toEqual([{ key: 'ec', value: undefined, message: 'est obligatoire' }]);
  });
});
