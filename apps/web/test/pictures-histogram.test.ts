/**
 * The inventory page's CRUSH fill histogram: the picture carries the core's counts
 * (ceph.placement.fillHistogram, as capa analyze --json prints them) for healthy and each host loss,
 * Ceph's ratios as the analysis used them, and an accessible text with the same values in EN and FR.
 */
import { readFileSync } from 'node:fs';
import * as crush from '@capa/crush';
import { placementInputFromInventory, readInventory } from '@capa/importer';
import { describe, expect, it } from 'vitest';
import { computeInventory } from '../src/calc/inventory';
import { type FillHistogramPicture, fillHistogramPicture } from '../src/pictures/fill-histogram-model';

const TEXT = readFileSync(new URL('./fixtures/lab-inventory.json', import.meta.url), 'utf8');

function pictureOf(lang: 'en' | 'fr'): FillHistogramPicture | undefined {
  const inv = readInventory(TEXT, 'lab-inventory.json');
  const input = placementInputFromInventory(inv);
  if (input === null) throw new Error('no maps');
  const out = computeInventory({ values: {}, system: 'binary' } as never, lang, inv, { engine: crush, crushDump: input.crushDump, osdDump: input.osdDump, fromOsdTree: input.fromOsdTree });
  if (!out.ok) throw new Error('refused');
  return out.pictures.find((p): p is FillHistogramPicture => p.kind === 'fill-histogram');
}

describe('fill histogram picture', () => {
  it('one case per host loss after the healthy one, the core’s counts, 5 % bands from 0 to 100 %', () => {
    const p = pictureOf('en');
    if (!p) throw new Error('no histogram');
    // lab-inventory.json: 4 hosts (pve1–pve4) × 4 OSDs, one loss at a time (capa analyze --failures 1)
    expect(p.cases.map((c) => [c.id, c.label])).toEqual([
      ['healthy', 'Healthy'],
      ['pve1', 'After losing pve1 and backfill'],
      ['pve2', 'After losing pve2 and backfill'],
      ['pve3', 'After losing pve3 and backfill'],
      ['pve4', 'After losing pve4 and backfill'],
    ]);
    expect(p.cases.every((c) => c.osdCounts.length === 20 && c.hostCounts.length === 20)).toBe(true);
    expect(p.cases[0]?.osdCounts.reduce((a, b) => a + b, 0)).toBe(16);
    expect(p.cases[1]?.osdCounts.reduce((a, b) => a + b, 0)).toBe(12);
    expect([p.bins[17]?.text, p.end]).toEqual(['85%–90%', '100%']);
    // Ceph's defaults (ceph/ceph:src/common/options/global.yaml.in): mon_osd_nearfull_ratio 0.85, backfillfull 0.90, full 0.95
    expect(p.ratios.map((r) => [r.id, r.at, r.text])).toEqual([
      ['nearfull', 0.85, 'nearfull 85%'],
      ['backfillfull', 0.9, 'backfillfull 90%'],
      ['full', 0.95, 'full 95%'],
    ]);
  });

  it('the accessible text has the same values in English and French', () => {
    const en = pictureOf('en');
    const fr = pictureOf('fr');
    if (!en || !fr) throw new Error('no histogram');
    for (let i = 0; i < en.cases.length; i++) {
      expect(fr.cases[i]?.osdCounts).toEqual(en.cases[i]?.osdCounts);
      expect(fr.cases[i]?.hostCounts).toEqual(en.cases[i]?.hostCounts);
    }
    // After losing pve1 the three survivors each hold one copy of every PG: the same fill (mapper.c, chooseleaf firstn type host)
    expect(en.cases[1]?.summary).toMatch(/^After losing pve1 and backfill: OSDs: .*; Hosts: pve2 (\d+\.\d%), pve3 \1, pve4 \1; fullest OSD \d+\.\d%; nearfull 85%, backfillfull 90%, full 95%$/);
    // French: decimal comma, a narrow no-break space before % (formatRatio)
    expect(fr.cases[1]?.summary).toMatch(
      /^Après la perte de pve1 et le backfill : OSD : .* ; Hôtes : pve2 (\d+,\d\u202f%), pve3 \1, pve4 \1 ; OSD le plus plein \d+,\d\u202f% ; nearfull 85\u202f%, backfillfull 90\u202f%, full 95\u202f%$/,
    );
  });

  it('no histogram without stored data', () => {
    expect(fillHistogramPicture(null, { nearfull: 0.85, backfillfull: 0.9, full: 0.95 }, 'en')).toBeNull();
  });
});
