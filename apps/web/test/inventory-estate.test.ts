/**
 * The inventory page with several clusters (docs/estates.md): the engine groups the files as
 * `capa analyze` does and shows analyzeEstate's totals, clusters, waves and moves. Figures: the three
 * synthetic clusters of packages/importer/test/estate-fixtures.ts (reasoning there) and the RVTools
 * fixture (packages/importer/test/fixtures/rvtools: 8 + 32 + 4 GiB counted, the template not).
 */
import { analyzeEstate } from '@capa/core';
import { importRvtools } from '@capa/importer/node';
import { describe, expect, it } from 'vitest';
import { LYON, NANTES, PARIS } from '../../../packages/importer/test/estate-fixtures';
import { ENGINE } from '../src/inventory/engine';
import type { PageOutcome } from '../src/state/page';

const RVTOOLS = new URL('../../../packages/importer/test/fixtures/rvtools', import.meta.url).pathname;
const ok = (out: PageOutcome) => {
  if (!out.ok) throw new Error(`invalid: ${JSON.stringify(out.issues)}`);
  return out;
};

describe('inventory page: an estate', () => {
  it('groups the files into 4 clusters and shows the core’s estate, in French too', async () => {
    const rv = await importRvtools(RVTOOLS);
    const texts = [
      { name: 'lyon.json', text: JSON.stringify(LYON) },
      { name: 'paris.json', text: JSON.stringify(PARIS) },
      { name: 'nantes.json', text: JSON.stringify(NANTES) },
      { name: 'rv.json', text: JSON.stringify(rv) },
    ];
    const read = ENGINE.readInventories(texts, 'en');
    if (!read.ok) throw new Error(read.message);
    expect(read.clusters.map((c) => [c.name, c.role])).toEqual([
      ['lyon', 'proxmox'],
      ['paris', 'proxmox'],
      ['nantes', 'proxmox'],
      ['prod', 'vmware'],
    ]);
    const out = ok(ENGINE.compute({ values: {}, rows: [] }, 'en', read.inventory, read.clusters));
    expect(out.figures.find((f) => f.id === 'verdicts')?.value).toBe('3 pass, 1 fail, 0 n/a');
    // 3 + 4 + 2 + 2 nodes; 300 + 400 + 100 + 44 GiB of guests.
    expect(out.figures.find((f) => f.id === 'guests')?.value).toBe('14 · 844 GiB');
    expect(out.tables?.map((t) => t.id)).toEqual(['estate-clusters', 'estate-waves', 'estate-moves']);
    // paris sheds 64 → nantes, 64 → lyon; web01 → nantes, old01 → lyon in wave 1; db01 (32 GiB) fits nowhere.
    expect(out.tables?.find((t) => t.id === 'estate-moves')?.rows.map((r) => [r.cells[0], r.cells[3], r.cells[4]])).toEqual([
      ['vm200', 'nantes', 'rebalance'],
      ['vm201', 'lyon', 'rebalance'],
      ['web01', 'nantes', '1'],
      ['old01', 'lyon', '1'],
      ['db01', '—', 'no cluster has the room'],
    ]);
    const core = analyzeEstate({ clusters: read.clusters.map((c) => ({ name: c.name, role: c.role, inventory: c.inventory })), options: {} });
    expect(core.ok && out.checks).toEqual(core.ok && core.value.checks);
    const fr = ok(ENGINE.compute({ values: {}, rows: [] }, 'fr', read.inventory, read.clusters));
    expect(fr.figures.find((f) => f.id === 'verdicts')?.value).toBe('3 respectés, 1 en échec, 0 sans objet'); // French plural: 2 and more take an s (CLDR fr "one": i = 0,1; https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
  });

  it('a what-if that names a node is refused on its field with several clusters', () => {
    const read = ENGINE.readInventories(
      [
        { name: 'lyon.json', text: JSON.stringify(LYON) },
        { name: 'nantes.json', text: JSON.stringify(NANTES) },
      ],
      'en',
    );
    if (!read.ok) throw new Error(read.message);
    const out = ENGINE.compute({ values: { removeNode: 'lyon1' }, rows: [] }, 'en', read.inventory, read.clusters);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.map((i) => i.key)).toEqual(['removeNode']);
  });
});
