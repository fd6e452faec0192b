/**
 * The importer's words by code (issue 10 item 2: every message the tool prints exists in English and
 * French): each warning and refusal code has both languages, French renders without English, and a
 * stored warning renders from its code + params, or falls back to its English message when saved
 * before codes had params.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_MESSAGES, importErrorText, readInventory, WARNING_MESSAGES, Warnings, warningText } from '@capa/importer';
import { englishLines } from './english.js';

// Language-free values for every param a message takes (names, numbers, paths, flags).
const PARAMS = {
  name: 'osd.3',
  error: 'E42',
  detail: 'E42',
  reason: 'HTTP 403',
  where: 'qemu/101',
  slot: 'scsi0',
  label: 'ceph osd df',
  from: 'pve1',
  line: 3,
  column: 7,
  row: 4,
  value: 'x',
  n: 2,
  id: 'qemu/101',
  kb: 0,
  reweight: 1,
  crushWeight: 1.5,
  bytes: 1649267441664,
  total: 0,
  in: true,
  size: '32Q',
  threads: 64,
  pool: 'rbd',
  type: 'qemu',
  node: 'pve1',
  status: 'running',
  profile: 'ec42',
  crushDump: true,
  osdDump: true,
  what: 'inventory.json',
  path: '/cluster/resources',
  memoryUnknown: false,
  osds: 'osd.1, osd.2',
  pools: 'rbd, cephfs',
  file: 'osd-df.json',
  dir: 'captures',
  schema: 'capa-inventory',
  version: 1,
  issue: 'invalid_type',
  expected: 'object',
  allowed: '"capa.inventory"',
};

describe('the importer’s message catalogues', () => {
  for (const [name, locales] of [
    ['warnings', WARNING_MESSAGES],
    ['refusals', IMPORT_ERROR_MESSAGES],
  ] as const) {
    it(`${name}: every code has English and French, and French renders without English`, () => {
      expect(Object.keys(locales.fr).sort()).toEqual(Object.keys(locales.en).sort());
      const found: string[] = [];
      for (const [code, f] of Object.entries(locales.fr)) {
        const text = (f as (p: typeof PARAMS) => string)(PARAMS);
        expect(text, code).not.toBe('');
        for (const line of englishLines(text)) found.push(`${code}: ${line}`);
      }
      expect(found).toEqual([]);
    });
  }

  it('a warning keeps its id and English message, and renders from code + params in French', () => {
    const w = new Warnings();
    w.add('pve.osd-size-from-crush-weight', { name: 'osd.3', total: null, crushWeight: 1.5 }, '/nodes/{node}/ceph/osd', 'ceph.osd-size-from-crush-weight');
    const [stored] = w.list;
    expect(stored).toMatchObject({
      code: 'ceph.osd-size-from-crush-weight',
      key: 'pve.osd-size-from-crush-weight',
      message: 'osd.3 has no usage stats (total_space missing): size from crush_weight 1.5 TiB',
    });
    expect(warningText(stored!, 'en')).toBe(stored!.message);
    expect(warningText(stored!, 'fr')).toBe('osd.3 n’a pas de statistiques d’usage (total_space absent) : taille tirée du crush_weight 1.5 Tio');
  });

  it('a warning saved without params (older inventory) prints its stored English message', () => {
    expect(warningText({ code: 'ceph.no-osds', message: 'ceph osd df lists no OSD' }, 'fr')).toBe('ceph osd df lists no OSD');
  });

  it('readInventory’s refusals keep their English message and render in French', () => {
    const refusal = (text: string): unknown => {
      try {
        readInventory(text, 'inv.json');
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const bad = refusal('{ "nodes": [');
    expect(importErrorText(bad, 'en')).toMatch(/^inv\.json: not valid JSON/);
    expect(importErrorText(bad, 'fr')).toMatch(/^inv\.json : JSON illisible/);
    const notInv = refusal('{ "schema": "capa-inventory", "version": 1, "nodes": 3 }');
    expect(importErrorText(notInv, 'en')).toBe('inv.json: not a Capa inventory (schema capa.inventory v1): schema: Invalid input: expected "capa.inventory"');
    expect(importErrorText(notInv, 'fr')).toBe('inv.json : pas un inventaire Capa (schéma capa.inventory v1) : schema : valeur attendue : "capa.inventory"');
    expect(englishLines(importErrorText(notInv, 'fr'))).toEqual([]);
  });
});
