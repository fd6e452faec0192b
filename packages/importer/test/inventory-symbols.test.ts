/**
 * Derivation symbols of `capa analyze` with the CRUSH simulation (issue 12, item 6): the steps the
 * simulation adds (the fullest OSD now and after the worst loss, the crush-safe stored data) define
 * their letters without clashing with the memory rule's (H, O). Maps built as the CLI builds them
 * (placementInputFromInventory); the average model's steps are covered in
 * packages/core/test/derivation-symbols-inventory.test.ts.
 */
import { readFileSync } from 'node:fs';
import * as engine from '@capa/crush';
import { type AnalysisPlacement, type AnalysisRaw, analyzeInventory, readAnalysisInputs, type Step, symbolProblems } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { type Inventory, placementInputFromInventory, readInventory } from '../src/index.js';

const INVENTORIES = ['lab-inventory.json', 'mixed-hosts-inventory.json', 'sandbox-inventory.json'];
const read = (name: string): Inventory => {
  const path = new URL(`../../cli/test/compat/inventories/${name}`, import.meta.url);
  return readInventory(readFileSync(path, 'utf8'), name);
};

function placement(inv: Inventory): AnalysisPlacement {
  const p = placementInputFromInventory(inv);
  if (p === null) throw new Error('no maps');
  return { engine, crushDump: p.crushDump, osdDump: p.osdDump, fromOsdTree: p.fromOsdTree };
}

function derivation(inv: Inventory, raw: AnalysisRaw, lang: 'en' | 'fr'): readonly Step[] {
  const r = readAnalysisInputs(raw, lang, { surface: 'cli' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const out = analyzeInventory({ inventory: inv, ...r.input, system: 'binary', lang }, placement(inv));
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.value.derivation;
}

/** The memory rule's steps define their letters in packages/core/src/memory; while they define none, their undefined letters are not this analysis'. */
const problems = (steps: readonly Step[]): string[] => {
  const memoryDefines = steps.some((s) => s.id.startsWith('memory.') && (s.symbols?.length ?? 0) > 0);
  return symbolProblems(steps).filter((p) => memoryDefines || !/^memory\.[\w.-]+: symbol \w+ is not defined$/.test(p));
};
const symbol = (steps: readonly Step[], id: string, sym: string) => steps.find((s) => s.id === id)?.symbols?.find((d) => d.symbol === sym);

const WHAT_IFS: readonly AnalysisRaw[] = [{}, { grow: '30%', failures: '2' }, { nearfull: '0.8' }, { removeNode: ['pve4'] }];

describe('the simulated placement’s steps, every saved inventory', () => {
  for (const name of INVENTORIES)
    for (const raw of WHAT_IFS)
      for (const lang of ['en', 'fr'] as const) {
        if (raw['removeNode'] !== undefined && !name.startsWith('lab')) continue;
        it(`${name} ${JSON.stringify(raw)} (${lang})`, () => {
          const steps = derivation(read(name), raw, lang);
          expect(steps.some((s) => s.id === 'inventory.ceph.fullest-osd')).toBe(true);
          expect(problems(steps)).toEqual([]);
        });
      }

  it('the lab: fills from the simulation (the model), nearfull as the average model took it, D from the inventory', () => {
    const steps = derivation(read('lab-inventory.json'), {}, 'en');
    expect(symbol(steps, 'inventory.ceph.fullest-osd', 'Y')?.from).toEqual({ kind: 'model' });
    expect(symbol(steps, 'inventory.ceph.fullest-osd-after', 'J')?.from).toEqual({ kind: 'model' });
    expect(symbol(steps, 'inventory.ceph.crush-safe-stored', 'K')?.from).toEqual({ kind: 'model' });
    expect(symbol(steps, 'inventory.ceph.crush-safe-stored', 'D')?.from).toEqual({ kind: 'inventory' });
    // lab-inventory.json's osd dump sets nearfull_ratio 0.85; --nearfull overrides it.
    expect(symbol(steps, 'inventory.ceph.crush-safe-stored', 'r')?.from).toEqual({ kind: 'inventory' });
    expect(symbol(derivation(read('lab-inventory.json'), { nearfull: '0.8' }, 'en'), 'inventory.ceph.crush-safe-stored', 'r')?.from).toEqual({ kind: 'input', input: 'nearfull' });
  });
});
