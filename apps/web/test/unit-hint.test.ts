/** The message of a half-typed size or rate: what is missing, with the value completed from the field's example. */
import { CEPH_SPEC } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { unitHint } from '../src/calc/unit-hint';
import { PAGES } from '../src/calc/pages';

const input = (key: string) => CEPH_SPEC.inputs.find((i) => i.key === key);

describe('unit hint', () => {
  it('completes a bare number or a partial unit with the unit of the example (osdSize: 20TB, packages/core/src/ceph/ceph-spec.ts)', () => {
    expect(unitHint(input('osdSize'), '7.68', 'en')).toBe('add a unit: 7.68TB');
    expect(unitHint(input('osdSize'), '7.', 'en')).toBe('add a unit: 7TB');
    expect(unitHint(input('osdSize'), '7.68T', 'en')).toBe('add a unit: 7.68TB');
    expect(unitHint(input('osdSize'), '7,68', 'fr')).toBe('ajoutez une unité : 7,68TB');
  });

  it('says nothing when a unit is there but wrong, or the field takes no unit: the core’s message stays', () => {
    expect(unitHint(input('osdSize'), '7.68G', 'en')).toBeUndefined();
    expect(unitHint(input('osdSize'), '0TB', 'en')).toBeUndefined();
    expect(unitHint(input('osdSize'), 'abc', 'en')).toBeUndefined();
    expect(unitHint(input('nodes'), '5', 'en')).toBeUndefined();
  });

  it('is the field’s message on the Ceph page, whose results then are the last valid ones', () => {
    const out = PAGES.ceph.compute({ values: { nodes: '5', osdsPerNode: '1', osdSize: '7.68' }, rows: [] }, 'en');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues).toEqual([{ key: 'osdSize', value: '7.68', message: 'add a unit: 7.68TB' }]);
  });
});
