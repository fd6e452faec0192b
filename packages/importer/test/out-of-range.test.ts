/**
 * buildInventory's safety net (issue 13, point 1): one out-of-range number in a field that may be
 * unknown becomes a warning on that item; a bad value in a field that must be known still refuses.
 * Bounds from packages/importer/src/schema.ts (guest vcpus ≥ 0, OSD sizeBytes a non-nullable byte count).
 */
import { describe, expect, it } from 'vitest';
import { buildInventory, importErrorText, type InventoryGuest, type InventoryOsd, warningText } from '../src/index.js';

const guest: InventoryGuest = {
  id: 'lxc/1',
  type: 'lxc',
  vmid: 1,
  name: 'ct',
  node: 'n1',
  status: 'running',
  template: false,
  memoryBytes: 2 ** 30,
  balloonMinBytes: null,
  vcpus: -2,
  sockets: null,
  cores: -2,
  disks: [],
  haState: null,
};
const osd: InventoryOsd = { id: 0, name: 'osd.0', host: 'n1', deviceClass: 'ssd', sizeBytes: -1, usedBytes: null, pgs: null, up: true, in: true, crushWeight: null, reweight: null };

describe('out-of-range numbers in the inventory', () => {
  it('a guest’s negative vCPUs and cores: both unknown, one warning each naming the guest and the field (en, fr)', () => {
    const inv = buildInventory({ guests: [guest] }, { kind: 'synthetic', origin: 'test' }, '2026-11-30T00:00:00.000Z');
    expect(inv.guests[0]).toMatchObject({ memoryBytes: 2 ** 30, vcpus: null, cores: null });
    const ws = inv.warnings.filter((w) => w.code === 'import.value-out-of-range');
    expect(ws.map((w) => w.message)).toEqual([
      'guest lxc/1 (ct): vcpus -2 is out of range (at least 0): recorded as unknown',
      'guest lxc/1 (ct): cores -2 is out of range (at least 0): recorded as unknown',
    ]);
    expect(warningText(ws[0] as (typeof ws)[0], 'fr')).toBe('invité lxc/1 (ct) : vcpus -2 hors limites (au moins 0) : noté inconnu');
  });

  it('an OSD size that must be known still refuses, naming the field', () => {
    const ceph = { version: null, fsid: null, osds: [osd], pools: [], totalBytes: null, rawUsedBytes: null, availBytes: null, nearfullRatio: null, backfillfullRatio: null, fullRatio: null };
    const e = (() => {
      try {
        buildInventory({ ceph }, { kind: 'synthetic', origin: 'test' }, '2026-11-30T00:00:00.000Z');
      } catch (x) {
        return x;
      }
      return null;
    })();
    expect((e as { code?: string }).code).toBe('inventory.invalid-build');
    expect((e as Error).message).toMatch(/at ceph\.osds\.0\.sizeBytes/);
    expect(importErrorText(e, 'fr')).toMatch(/champ ceph\.osds\.0\.sizeBytes/);
  });
});
