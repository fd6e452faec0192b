/**
 * The failure page's mark-out → backfill timeline: the phases carry the core's durations
 * (hostFailure.markOutSeconds, backfillSeconds, recoverySeconds), formatted as the page's figures.
 */
import { cephCapacity } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { computeFailure } from '../src/calc/failure';
import { phaseShares, recoveryTimeline, type TimelinePicture } from '../src/pictures/timeline-model';

// The failure page's course preset: 5 × 20 TB, replica 3, 20 TB stored, 2 × 10 Gb/s LACP, 200 MB/s per OSD.
const course = { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3', stored: '20TB', linkSpeed: '10Gb/s', links: '2', osdWrite: '200MB/s' };
const input = {
  hosts: 5,
  osdsPerHost: 1,
  osdSizeBytes: 20e12,
  protection: { kind: 'replicated', size: 3 },
  storedBytes: 20e12,
  recovery: { links: 2, speedBps: 10e9, osdWriteBps: 1.6e9 },
  system: 'decimal',
  lang: 'en',
} as const;

function timelineOf(lang: 'en' | 'fr', values: Record<string, string> = course): TimelinePicture | undefined {
  const out = computeFailure({ values, system: 'decimal' } as never, lang);
  if (!out.ok) throw new Error('the page refused the preset');
  return out.pictures.find((p): p is TimelinePicture => p.kind === 'timeline');
}

describe('mark-out → backfill timeline', () => {
  it('phases and ticks are the core’s durations', () => {
    const r = cephCapacity(input as never);
    if (!r.ok) throw new Error('core refused');
    const hf = r.value.hostFailure;
    // mon_osd_down_out_interval default 600 s (ceph/ceph:src/common/options/mon.yaml.in)
    expect(hf.markOutSeconds).toBe(600);
    // Disk-bound backfill: rebuild W / H = 60 TB / 5 = 12 TB, read + written over 4 survivors × 1.6 Gb/s:
    // 2 × 12e12 × 8 / 6.4e9 = 30,000 s (docs/ceph-recovery-time.md; capa ceph … --json hostFailure.recoverySeconds = 30600)
    expect(hf.backfillSeconds).toBe(30000);
    expect(hf.recoverySeconds).toBe(30600);
    const p = recoveryTimeline(hf, 'en');
    expect(p?.phases.map((x) => [x.id, x.tone, x.seconds, x.duration])).toEqual([
      ['wait', 'degraded', 600, '10 min'],
      ['backfill', 'recovering', 30000, '≥ 8.33 h'],
      ['clean', 'clean', null, ''],
    ]);
    expect(p?.ticks.map((t) => [t.seconds, t.text])).toEqual([
      [0, '0 s'],
      [600, '10 min'],
      [30600, '≥ 8.5 h'],
    ]);
  });

  it('the page draws it from its own result, in English and French with the same values', () => {
    const en = timelineOf('en');
    const fr = timelineOf('fr');
    expect(en?.ticks.map((t) => t.seconds)).toEqual([0, 600, 30600]);
    expect(fr?.ticks.map((t) => t.seconds)).toEqual(en?.ticks.map((t) => t.seconds));
    // French figures: decimal comma (formatDuration, as the page's recovery figure)
    expect(fr?.phases.map((x) => x.duration)).toEqual(['10 min', '≥ 8,33 h', '']);
    // Clean at 600 + 30,000 = 30,600 s = 8.5 h (capa ceph … --json hostFailure.recoverySeconds 30600), a lower bound, decimal comma
    expect(fr?.ticks[2]?.text).toBe('≥ 8,5 h');
    expect(en?.title).not.toBe(fr?.title);
    expect(en?.summary).toContain('Backfill and recovery (lower bound): ≥ 8.33 h');
    expect(fr?.summary).toContain('Backfill et reconstruction (borne basse) : ≥ 8,33 h');
    expect(fr?.summary).toContain('sain à ≥ 8,5 h');
  });

  it('a pool that cannot heal stays degraded after the mark-out; no recovery option, no timeline', () => {
    // 3 hosts, replica 3: no spare host to re-create the copies (ceph docs, CRUSH: one copy per host)
    const stuck = timelineOf('en', { ...course, nodes: '3' });
    expect(stuck?.phases.map((x) => [x.id, x.seconds])).toEqual([
      ['wait', 600],
      ['stuck', null],
    ]);
    const { linkSpeed: _l, links: _k, osdWrite: _o, ...noLink } = course;
    expect(timelineOf('en', noLink)).toBeUndefined();
  });

  it('layout: a short wait is widened to stay readable, the shares fill the axis', () => {
    const p = timelineOf('en');
    if (!p) throw new Error('no timeline');
    const shares = phaseShares(p.phases);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(shares[0]).toBeGreaterThanOrEqual(0.3 * 0.82 - 1e-12);
    expect(shares[1]).toBeGreaterThan(shares[0] ?? 1);
    expect(shares[2]).toBe(0.18);
  });
});
