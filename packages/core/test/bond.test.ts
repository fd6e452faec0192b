import { describe, expect, it } from 'vitest';
import { bond, expectedBusyLinks } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};

describe('bonds', () => {
  it('course: 2 × 10 Gb/s LACP → 20 / 10 / 10', () => {
    // docs/course-rules.md §5
    const r = ok(bond({ links: 2, speedBps: 10e9, mode: 'lacp' }));
    expect([r.aggregateBps, r.degradedBps, r.singleFlowBps, r.expectedBps]).toEqual([20e9, 10e9, 10e9, 10e9]);
  });
  it('course: 2 × 10 Gb/s active-backup → 10 / 10 / 10', () => {
    const r = ok(bond({ links: 2, speedBps: 10e9, mode: 'active-backup' }));
    expect([r.aggregateBps, r.degradedBps, r.singleFlowBps]).toEqual([10e9, 10e9, 10e9]);
  });
  it('field test: 4 × 1 Gb/s 802.3ad follows the link count down', () => {
    // docs/course-rules.md §5: 4 → 3 → 2 → 1 links
    expect([1, 2, 3].map((down) => ok(bond({ links: 4, speedBps: 1e9, down })).degradedBps)).toEqual([3e9, 2e9, 1e9]);
  });
  it('balls into bins (docs/reference-notes.md P3): n=2 f=1,2,4,8 → 50, 75, 93.75, 99.6 % of 2L', () => {
    expect([1, 2, 4, 8].map((f) => expectedBusyLinks(2, f) / 2)).toEqual([0.5, 0.75, 0.9375, 0.99609375]);
    // n=4: f=4 → 68 %, 8 → 90 %, 16 → 99 %
    expect(expectedBusyLinks(4, 4) / 4).toBeCloseTo(0.6836, 4);
    expect(expectedBusyLinks(4, 8) / 4).toBeCloseTo(0.8999, 4);
  });
  it('layer2 keeps every flow to one peer on one link; layer3+4 spreads them', () => {
    const l2 = ok(bond({ links: 2, speedBps: 25e9, hash: 'layer2', flows: 8 }));
    expect(l2.expectedBps).toBe(25e9);
    expect(l2.checks.map((c) => c.id)).toContain('bond.hash-one-link');
    const l34 = ok(bond({ links: 2, speedBps: 25e9, hash: 'layer3+4', flows: 8 }));
    expect(l34.expectedBps).toBeCloseTo(50e9 * 0.99609375, 0);
  });
  it('rejects more links down than links', () => {
    const r = bond({ links: 2, speedBps: 10e9, down: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.field).toBe('down');
  });
});
