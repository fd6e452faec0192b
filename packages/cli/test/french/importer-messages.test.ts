/**
 * The importer's words by code (issue 10 item 2: every message the tool prints exists in English and
 * French): each warning and refusal code has both languages, French renders without English, and a
 * stored warning renders from its code + params, or falls back to its English message when saved
 * before codes had params.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_MESSAGES, ImportError, importErrorText, REASON_MESSAGES, readInventory, reasonText, WARNING_MESSAGES, Warnings, warningText } from '@capa/importer';
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
  keys: 'utilization, var',
  pools: 'rbd, cephfs',
  file: 'osd-df.json',
  dir: 'captures',
  schema: 'capa-inventory',
  version: 1,
  issue: 'invalid_type',
  expected: 'object',
  allowed: '"capa.inventory"',
  got: 'B8:72:F1',
  pin: 'AB:AB:AB',
  bin: 'virsh',
  pkg: 'ceph-common',
  command: 'virsh -c qemu:///system nodeinfo',
  unit: 'parsecs',
  errno: 'ECONNREFUSED',
  attempts: 4,
  ms: 15000,
  limit: 33554432,
  bucket: 'host0',
  strawCalcVersion: 1,
  errorCode: 'pve.ceph-osd-no-root',
  tab: 'vInfo',
  range: 'size',
  guests: 3,
  hosts: 2,
  names: 'esx08, esx09',
  more: 1,
  delimiter: ';',
  decimal: ',',
  pointColumn: 'CPUs',
  pointRow: 3,
  pointValue: '0.5',
  commaColumn: 'Memory',
  commaRow: 2,
  commaValue: '1.048.576',
};
/** The reason params of an error or warning that embeds one (reason-messages.ts); `input.*` are the file reasons. */
const withReason = (code: string): Record<string, string | number | boolean | null> =>
  code.startsWith('input.') ? { ...PARAMS, why: `file-${code.slice('input.'.length)}` } : { ...PARAMS, why: 'http', status: 403 };

describe('the importer’s message catalogues', () => {
  for (const [name, locales] of [
    ['warnings', WARNING_MESSAGES],
    ['refusals', IMPORT_ERROR_MESSAGES],
  ] as const) {
    it(`${name}: every code has English and French, and French renders without English`, () => {
      expect(Object.keys(locales.fr).sort()).toEqual(Object.keys(locales.en).sort());
      const found: string[] = [];
      for (const [code, f] of Object.entries(locales.fr)) {
        const text = (f as (p: typeof PARAMS) => string)(withReason(code) as typeof PARAMS);
        expect(text, code).not.toBe('');
        for (const line of englishLines(text)) found.push(`${code}: ${line}`);
        // Distinct from the English text: a French entry copied from the English one would pass the detector on language-free words.
        const english = (locales.en as Record<string, (p: typeof PARAMS) => string>)[code]!(withReason(code) as typeof PARAMS);
        if (text === english) found.push(`${code}: same text in both languages`);
      }
      expect(found).toEqual([]);
    });
  }

  it('reasons: every case has English and French, French renders without English and differs from English', () => {
    expect(Object.keys(REASON_MESSAGES.fr).sort()).toEqual(Object.keys(REASON_MESSAGES.en).sort());
    const found: string[] = [];
    for (const why of Object.keys(REASON_MESSAGES.fr)) {
      const p = { ...PARAMS, why, detail: 'connect ECONNREFUSED 127.0.0.1:1', status: null };
      const [fr, en] = [reasonText(p, 'fr'), reasonText(p, 'en')];
      if (fr === '') found.push(`${why}: empty`);
      for (const line of englishLines(fr)) found.push(`${why}: ${line}`);
      if (fr === en) found.push(`${why}: same text in both languages`);
    }
    expect(found).toEqual([]);
  });

  it('an ImportError is made of a code and params only: its message is the English entry', () => {
    const e = new ImportError('pve.resources-unreadable', { why: 'net', errno: 'ECONNREFUSED', detail: 'connect ECONNREFUSED 127.0.0.1:1', status: null, attempts: 4 }, '/cluster/resources');
    expect(e.message).toBe('/cluster/resources could not be read (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1 (after 4 attempts)); it is required (the token needs at least PVEAuditor on /)');
    expect(importErrorText(e, 'fr')).toBe(
      '/cluster/resources n’a pas pu être lu (ECONNREFUSED : « connect ECONNREFUSED 127.0.0.1:1 » (après 4 tentatives)) ; il est indispensable (le jeton doit avoir au moins PVEAuditor sur /)',
    );
  });

  it('a warning whose reason has params renders it in French; one saved with the English reason only keeps it', () => {
    const p = { what: 'HA resources', path: '/cluster/ha/resources', why: 'http', status: 403, detail: 'Permission check failed', reason: 'HTTP 403: Permission check failed' };
    expect(warningText({ code: 'pve.endpoint-unreadable', message: 'x', params: p }, 'fr')).toBe('/cluster/ha/resources n’a pas pu être lu (HTTP 403 : « Permission check failed »)');
    const old = { what: 'HA resources', path: '/cluster/ha/resources', reason: 'HTTP 403: Permission check failed' };
    expect(warningText({ code: 'pve.endpoint-unreadable', message: 'x', params: old }, 'fr')).toBe('/cluster/ha/resources n’a pas pu être lu (HTTP 403: Permission check failed)');
  });

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
