/**
 * One reader of a pool for both adapters (issue 10): a --pool line and a web row give the same pool,
 * and refuse with the same codes, in the reader's language. Bounds: size 1..32 and EC k 2..64,
 * m 1..64 as the core's schema (packages/core/src/ceph/protection.ts); pool names as Ceph's
 * pool_name rules used here (packages/core/src/pg/pool-spec.ts isPoolName).
 */
import { describe, expect, it } from 'vitest';
import { PG_SPEC, readInputs, readPoolLine, readPoolRow } from '../src/index.js';

describe('readPoolLine and readPoolRow: the same pool, the same refusals', () => {
  it('a line and its row read alike', () => {
    const line = readPoolLine('bak:ec=4+2:target=10TB:min=16:max=512:bulk');
    const row = readPoolRow({ name: 'bak', protection: 'erasure', size: '3', ec: '4+2', target: '10TB', min: '16', max: '512', bulk: '1' });
    expect(row).toEqual(line);
    expect(line.ok && line.value).toEqual({ name: 'bak', protection: { kind: 'erasure', k: 4, m: 2 }, targetBytes: 10e12, pgNumMin: 16, pgNumMax: 512, bulk: true });
  });
  it('a row: blank fields are not stated, a blank name or EC profile is required', () => {
    expect(readPoolRow({ name: ' rbd ', protection: 'replicated', ratio: '', size: '' })).toEqual({ ok: true, value: { name: 'rbd' } });
    const r = readPoolRow({ name: '', protection: 'erasure' }, 'fr');
    expect(r.ok ? [] : r.issues.map((i) => [i.part, i.code, i.message])).toEqual([
      ['name', 'input.required', 'est obligatoire'],
      ['ec', 'input.required', 'est obligatoire'],
    ]);
  });
  it('refusals in French: size above 32, an unknown key, a bad name', () => {
    const codes = (s: string) => {
      const r = readPoolLine(s, 'fr');
      return r.ok ? [] : r.issues.map((i) => [i.part, i.code, i.message]);
    };
    expect(codes('rbd:size=40')).toEqual([['size', 'input.countRange', 'doit être un nombre entier de 1 à 32']]);
    expect(codes('a:foo=1')).toEqual([['spec', 'pool.unknown', 'clé inconnue « foo » (size, ec, ratio, target, stored, bias, bulk, min, max, current)']]);
    expect(codes('my pool')).toEqual([['name', 'pool.name', 'le nom compte 1 à 128 lettres, chiffres, . _ -']]);
  });
});

describe('the spec reader reads the pools as a list', () => {
  it('CLI lines: every bad line named by its text; none at all is refused', () => {
    const r = readInputs(PG_SPEC.inputs, { osds: '12', pool: ['rbd:size=40', 'ok:ratio=1'] }, 'en');
    expect(r.ok ? [] : r.issues.map((i) => [i.key, i.value, i.message])).toEqual([['pool', 'rbd:size=40', 'size=40: must be a whole number from 1 to 32']]);
    const none = readInputs(PG_SPEC.inputs, { osds: '12' }, 'fr');
    expect(none.ok ? [] : none.issues.map((i) => [i.key, i.code, i.message])).toEqual([['pool', 'pool.none', 'indiquez au moins un pool']]);
  });
  it('web rows: a refusal names the row and its field', () => {
    const r = readInputs(PG_SPEC.inputs, { osds: '12', pool: [{ name: 'rbd', protection: 'replicated', ratio: '0' }] }, 'en', { surface: 'web', blankIsAbsent: true });
    expect(r.ok ? [] : r.issues.map((i) => [i.key, i.path, i.value])).toEqual([['pool', '0.ratio', '0']]);
  });
});
