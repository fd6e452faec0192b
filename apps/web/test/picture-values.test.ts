/**
 * Pictures with values (issue 12, item 4): each picture, rendered from its page's computed outcome,
 * prints the figures the CLI prints for the same input, in its SVG and in its accessible text, in
 * English and French. Rendered without a DOM (render-svg.ts).
 */
import { describe, expect, it } from 'vitest';
// The chunks as the app loads them: each registers its page's chart (the waterfall, the bond diagram).
import '../src/calc/bond-chunk';
import '../src/calc/ceph-chunk';
import { PAGES } from '../src/calc/pages';
import { PictureView } from '../src/pictures/picture-view';
import type { Lang } from '@capa/core';
import type { RouteId } from '../src/state/page';
import type { Values } from '../src/state/fields';
import { texts, toMarkup } from './render-svg';

/** The page's first picture, rendered to markup: what the browser draws. */
function drawn(route: RouteId, values: Values, lang: Lang = 'en'): string {
  const out = PAGES[route].compute({ values, rows: [] }, lang);
  if (!out.ok) throw new Error(`invalid: ${JSON.stringify(out.issues)}`);
  const p = out.pictures[0];
  if (p === undefined) throw new Error(`no picture on ${route}`);
  return toMarkup(PictureView({ p }));
}

const desc = (markup: string) => /<desc[^>]*>(.*?)<\/desc>/.exec(markup)?.[1] ?? '';
const times = (n: number, v: string) => Array.from({ length: n }, () => v);

describe('memory: absolute GiB on each node bar', () => {
  it('3 × 512 GiB: RAM, own guests, what the failed node adds, the usable part (EN)', () => {
    // `capa memory --nodes 3 --node-ram 512GiB --json`: usableGuestRamBytes 824633720832 = 768 GiB, with
    // hostReservePerNodeBytes 0 (docs/memory.md, the N − 1 rule). Spread on 3 nodes: 768 ÷ 3 = 256 GiB each;
    // node 1 down: 768 ÷ 2 = 384 GiB on each survivor (+128 GiB), the usable part 0.75 × 512 = 384 GiB.
    const m = drawn('memory', { nodes: '3', nodeRam: '512GiB' });
    expect(texts(m, 'ram-value')).toEqual(times(6, '512 GiB'));
    expect(texts(m, 'v-own')).toEqual(times(5, '256 GiB'));
    expect(texts(m, 'v-moved')).toEqual(times(2, '+128 GiB'));
    expect(texts(m, 'room-value')).toEqual(times(5, '384 GiB'));
    expect(texts(m, 'v-reserve')).toEqual([]);
    expect(texts(m, 'share')).toEqual(['50%', '50%', '50%', 'down', '75%', '75%']);
    expect(desc(m)).toContain('node 2: RAM 512 GiB, own guests 256 GiB, taken over +128 GiB, usable part 384 GiB, 75%');
  });

  it('the same in French', () => {
    const m = drawn('memory', { nodes: '3', nodeRam: '512GiB' }, 'fr');
    expect(texts(m, 'ram-value')).toEqual(times(6, '512 Gio'));
    expect(texts(m, 'v-moved')).toEqual(times(2, '+128 Gio'));
    expect(desc(m)).toContain('nœud 2 : RAM 512 Gio, invités propres 256 Gio, repris +128 Gio, part utilisable 384 Gio, 75\u202f%');
  });

  it('Dell FX2 (4 × 128 GiB, 2 GiB + 2 OSDs × 4 GiB reserved): the reservation is printed too', () => {
    // `capa memory --nodes 4 --node-ram 128GiB --host-reserve 2GiB --osds-per-node 2 --osd-size 800GB --json`:
    // hostReservePerNodeBytes 10 GiB (2 GiB + 2 × osd_memory_target 4 GiB, ceph/ceph:src/common/options/global.yaml.in),
    // usableGuestRamBytes 258 GiB = 0.75 × 3 × 128 − 3 × 10. Own guests 258 × 128 ÷ 512 = 64.5 GiB; after a node
    // fails 258 ÷ 3 = 86 GiB (+21.5 GiB) = the usable part 0.75 × 128 − 10 = 86 GiB.
    const m = drawn('memory', { nodes: '4', nodeRam: '128GiB', hostReserve: '2GiB', osdsPerNode: '2', osdSize: '800GB' });
    expect(texts(m, 'ram-value')).toEqual(times(8, '128 GiB'));
    expect(texts(m, 'v-reserve')).toEqual(times(7, '10 GiB'));
    expect(texts(m, 'v-own')).toEqual(times(7, '64.5 GiB'));
    expect(texts(m, 'v-moved')).toEqual(times(3, '+21.5 GiB'));
    expect(texts(m, 'room-value')).toEqual(times(7, '86 GiB'));
  });

  it('Dell MX7000 (8 × 512 GiB): identical nodes share a bar wide enough for their values', () => {
    // `capa memory --nodes 8 --node-ram 512GiB --host-reserve 2GiB --osds-per-node 3 --osd-size 900GB --json`:
    // reservation 14 GiB (2 GiB + 3 × 4 GiB), usable 2.53 TiB = 7 × (0.75 × 512 − 14) = 7 × 370 GiB; after node 1
    // fails each survivor holds 370 GiB = its usable part, 370 × 7 ÷ 8 = 323.75 GiB of its own, +46.25 GiB taken over.
    const m = drawn('memory', { nodes: '8', nodeRam: '512GiB', hostReserve: '2GiB', osdsPerNode: '3', osdSize: '900GB' });
    expect(texts(m, 'label')).toEqual(['node 1', 'nodes 2–8 (×7)', 'node 1', 'nodes 2–8 (×7)']);
    expect(texts(m, 'v-own')).toEqual(times(3, '323.75 GiB'));
    expect(texts(m, 'v-moved')).toEqual(['+46.25 GiB']);
    expect(texts(m, 'room-value')).toEqual(times(3, '370 GiB'));
    expect(desc(m)).toContain('nodes 2–8 (×7): RAM 512 GiB, reservation 14 GiB, own guests 323.75 GiB, taken over +46.25 GiB, usable part 370 GiB, 75%');
  });
});

describe('ceph: the waterfall in TB and TiB', () => {
  // `capa ceph --nodes 5 --osds-per-node 1 --osd-size 20TB --replicas 3`: raw 100 TB (90.95 TiB), usable 33.33 TB
  // (30.32 TiB), under nearfull 28.33 TB (25.77 TiB), safe 22.67 TB (20.62 TiB); the gaps between them are the
  // reserves (docs/ceph-capacity.md). TiB = bytes ÷ 2^40 (https://physics.nist.gov/cuu/Units/binary.html).
  it('every level and every reserve in both units, the page system first (EN)', () => {
    const m = drawn('ceph', { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3' });
    const values = ['100 TB (90.95 TiB)', '− 66.67 TB (60.63 TiB)', '33.33 TB (30.32 TiB)', '− 5 TB (4.55 TiB)', '− 5.67 TB (5.15 TiB)', '22.67 TB (20.62 TiB)'];
    expect(texts(m, 'value')).toEqual(values);
    expect(desc(m)).toBe(['Raw', 'Replication / EC', 'Usable (healthy)', 'Nearfull reserve', 'Host failure reserve', 'Safe usable'].map((l, i) => `${l}: ${values[i]}`).join('; '));
  });

  it('the same in French, with To and Tio', () => {
    const m = drawn('ceph', { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3' }, 'fr');
    expect(texts(m, 'value')[0]).toBe('100 To (90,95 Tio)');
    expect(texts(m, 'value')[5]).toBe('22,67 To (20,62 Tio)');
    expect(desc(m)).toContain('Utile sûr : 22,67 To (20,62 Tio)');
  });
});

describe('bond: each link its speed, the bond its aggregate and one flow', () => {
  // `capa bond --links 2 --speed 25Gb/s --hash layer3+4 --flows 4 --json`: aggregateBps 50e9, singleFlowBps 25e9,
  // degradedBps 25e9 with one link down (torvalds/linux:Documentation/networking/bonding.rst, 802.3ad).
  it('2 × 25 Gb/s LACP (EN)', () => {
    const m = drawn('bond', { links: '2', speed: '25Gb/s', mode: 'lacp', hash: 'layer3+4', flows: '4' });
    expect(texts(m, 'panel-title')).toEqual(['All links up · 2 × 25 Gb/s', 'One link down · 1 × 25 Gb/s up']);
    expect(texts(m, 'link-value')).toEqual(['25 Gb/s', '25 Gb/s', '25 Gb/s · down', '25 Gb/s']);
    expect(texts(m, 'value')).toEqual(['50 Gb/s total · 25 Gb/s one flow', '25 Gb/s total']);
    expect(desc(m)).toBe(
      'All links up, 2 × 25 Gb/s: link 1 25 Gb/s, link 2 25 Gb/s; 50 Gb/s total · 25 Gb/s one flow. One link down, 1 × 25 Gb/s up: link 1 25 Gb/s · down, link 2 25 Gb/s; 25 Gb/s total',
    );
  });

  it('active-backup in French: the standby link keeps its speed', () => {
    // `capa bond --links 2 --speed 10Gb/s --mode active-backup`: 10 / 10 / 10 Gb/s (bonding.rst, active-backup).
    const m = drawn('bond', { links: '2', speed: '10Gb/s', mode: 'active-backup' }, 'fr');
    expect(texts(m, 'panel-title')[0]).toBe('Tous les liens actifs · 2 × 10 Gb/s');
    expect(texts(m, 'link-value').slice(0, 2)).toEqual(['10 Gb/s', '10 Gb/s · en attente']);
    expect(texts(m, 'value')[0]).toBe('10 Gb/s au total · 10 Gb/s un flux');
  });
});
