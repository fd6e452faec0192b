import { describe, expect, it } from 'vitest';
import { bond, cephCapacity, quorum } from '@capa/core';
import { bondPicture } from '../src/pictures/bond-model';
import { MAX_NODE_BARS, memoryBars } from '../src/pictures/memory-model';
import { quorumPicture } from '../src/pictures/quorum-model';
import { waterfall } from '../src/pictures/waterfall-model';

describe('picture models', () => {
  it('memory: 3 × 512 GiB at the usable maximum puts each survivor on the 75 % line', () => {
    const GiB = 2 ** 30;
    const p = memoryBars({ groups: [{ count: 3, ramBytes: 512 * GiB }], failures: 1, maxUtilization: 0.75, guestBytes: 768 * GiB, reservePerNodeBytes: 0, lang: 'en', system: 'binary' });
    expect(p.healthy.map((b) => b.text)).toEqual(['50%', '50%', '50%']);
    expect(p.degraded.map((b) => b.text)).toEqual(['down', '75%', '75%']);
    expect(p.degraded[1]?.bytes.loadBytes).toBeCloseTo(p.degraded[1]?.bytes.limitBytes ?? 0);
    expect(p.degraded[1]?.bytes.movedBytes).toBeCloseTo(128 * GiB);
  });

  it('memory: the largest node fails first and big clusters are capped', () => {
    const p = memoryBars({
      groups: [
        { count: 99, ramBytes: 1 },
        { count: 1, ramBytes: 4 },
      ],
      failures: 1,
      maxUtilization: 0.75,
      guestBytes: 10,
      reservePerNodeBytes: 0,
      lang: 'en',
      system: 'binary',
    });
    expect(p.degraded[0]).toMatchObject({ failed: true, bytes: { ramBytes: 4 } });
    // Beyond 6 nodes, neighbours printing the same share one bar: node 1 (the large one) and nodes 2–24.
    expect(p.healthy.map((b) => b.label)).toEqual(['node 1', `nodes 2–${MAX_NODE_BARS} (×${MAX_NODE_BARS - 1})`]);
    expect(p.note).toBe(`showing ${MAX_NODE_BARS} of 100 nodes`);
  });

  it("waterfall: levels are the core's figures, reserves float between them", () => {
    const r = cephCapacity({ hosts: 5, osdsPerHost: 1, osdSizeBytes: 20e12, protection: { kind: 'replicated', size: 3 }, system: 'decimal', lang: 'en' });
    if (!r.ok) throw new Error('core rejected the input');
    const w = waterfall(r.value, 'en', 'decimal');
    // capa ceph --nodes 5 --osds-per-node 1 --osd-size 20TB (docs/ceph-capacity.md), each level also in TiB (bytes ÷ 2^40).
    expect(w.steps.map((s) => [s.id, s.alt === null ? s.text : `${s.text} (${s.alt})`])).toEqual([
      ['raw', '100 TB (90.95 TiB)'],
      ['protection', '− 66.67 TB (60.63 TiB)'],
      ['usable', '33.33 TB (30.32 TiB)'],
      ['nearfull', '− 5 TB (4.55 TiB)'],
      ['failure', '− 5.67 TB (5.15 TiB)'],
      ['safe', '22.67 TB (20.62 TiB)'],
    ]);
  });

  it('bond: a down link carries nothing and its flows move', () => {
    const r = bond({ links: 2, speedBps: 10e9, mode: 'lacp', hash: 'layer3+4', flows: 4, lang: 'en' });
    if (!r.ok) throw new Error('core rejected the input');
    const p = bondPicture({ links: 2, down: 1, flows: 4, mode: 'lacp', result: r.value, lang: 'en' });
    expect(p.panels.map((x) => x.links)).toEqual([
      ['active', 'active'],
      ['down', 'active'],
    ]);
    expect(p.panels[1]?.flows.every((l) => l === 1)).toBe(true);
    const ab = bondPicture({ links: 2, down: 0, flows: 2, mode: 'active-backup', result: r.value, lang: 'en' });
    expect(ab.panels).toHaveLength(1);
    expect(ab.panels[0]?.links).toEqual(['active', 'standby']);
  });

  it('quorum: all up, the tolerated failures, then one too many', () => {
    const r = quorum({ nodes: 4, lang: 'en' });
    if (!r.ok) throw new Error('core rejected the input');
    const p = quorumPicture(r.value, 4, false, 'en');
    expect(p?.rows.map((x) => [x.votes.filter((v) => v === 'up').length, x.kept])).toEqual([
      [4, true],
      [3, true],
      [2, false],
    ]);
    const big = quorum({ nodes: 100, lang: 'en' });
    if (big.ok) expect(quorumPicture(big.value, 100, false, 'en')).toBeNull();
  });
});
