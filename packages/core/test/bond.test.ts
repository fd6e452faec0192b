import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bond, bondRates, type BondMode, expectedBusyLinks, expectedMaxLoad, type HashPolicy } from '../src/index.js';

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

describe('bonds: equal transfers and the receive side', () => {
  it('8 equal flows, layer3+4, 2 × 25 Gb/s: the busiest link carries 5.09 flows on average → 39.26 Gb/s', () => {
    // E[max load] of 8 balls in 2 bins = Σ_x C(8, x) max(x, 8 − x) ÷ 2^8 = 1304 ÷ 256 = 5.09375 (enumeration)
    expect(expectedMaxLoad(2, 8)).toBeCloseTo(5.09375, 12);
    const r = ok(bond({ links: 2, speedBps: 25e9, mode: 'lacp', hash: 'layer3+4', flows: 8 }));
    expect(r.transferBps).toBeCloseTo((8 * 25e9) / 5.09375, 0);
    expect(r.expectedBps).toBeCloseTo(50e9 * 0.99609375, 0);
  });
  it('layer2, one peer: one link whatever the flows; active-backup: one link', () => {
    // bonding.rst, layer2: all traffic to one peer MAC on one slave
    expect(ok(bond({ links: 2, speedBps: 25e9, flows: 8 })).transferBps).toBe(25e9);
    expect(ok(bond({ links: 4, speedBps: 10e9, mode: 'active-backup', flows: 8 })).transferBps).toBe(10e9);
  });
  it('balance-tlb receives on the current active link only; balance-alb spreads peers by ARP', () => {
    // torvalds/linux:Documentation/networking/bonding.rst, balance-tlb: "Incoming traffic is received by the current slave."
    const tlb = bondRates({ links: 4, speedBps: 25e9, mode: 'balance-tlb', hash: 'layer3+4' }, 64, 8);
    expect([tlb.expectedBps, tlb.inboundExpectedBps, tlb.inboundTransferBps]).toEqual([100e9, 25e9, 25e9]);
    // bonding.rst, balance-alb: "receive load balancing ... different peers use different hardware addresses for the server"
    const alb = bondRates({ links: 4, speedBps: 25e9, mode: 'balance-alb', hash: 'layer3+4' }, 64, 8);
    expect([alb.inboundExpectedBps, alb.inboundTransferBps]).toEqual([100e9, 100e9]);
    const r = ok(bond({ links: 2, speedBps: 25e9, mode: 'balance-tlb', flows: 8, peers: 4 }));
    expect(r.checks.find((c) => c.id === 'bond.tlb-receive')?.level).toBe('warn');
  });
  it('balance-rr: the single-flow figure is flagged as an upper bound; the switch delivers one flow on one port', () => {
    // bonding.rst: balance-rr delivers out of order; the switch's own hash puts each flow toward the host on one port
    const r = ok(bond({ links: 2, speedBps: 25e9, mode: 'balance-rr' }));
    expect([r.singleFlowBps, r.singleFlowIsUpperBound]).toEqual([50e9, true]);
    expect(bondRates({ links: 2, speedBps: 25e9, mode: 'balance-rr', hash: 'layer2' }, 1, 1).inboundTransferBps).toBe(25e9);
    expect(ok(bond({ links: 2, speedBps: 25e9 })).singleFlowIsUpperBound).toBe(false);
  });
  it('properties: transfer ≤ expected ≤ aggregate; inbound ≤ transmit; transfer rises with hashed flows and with links (derived: b ÷ E[M] ≤ E[b ÷ M] ≤ E[busy] by Jensen)', () => {
    const modes: BondMode[] = ['lacp', 'active-backup', 'balance-rr', 'balance-xor', 'balance-tlb', 'balance-alb'];
    const hashes: HashPolicy[] = ['layer2', 'layer2+3', 'layer3+4'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(...modes),
        fc.constantFrom(...hashes),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 40 }),
        (n, mode, hash, flows, peers) => {
          const l = { links: n, speedBps: 10e9, mode, hash };
          const r = bondRates(l, flows, peers);
          const eps = 1 + 1e-12;
          expect(r.transferBps).toBeLessThanOrEqual(r.expectedBps * eps);
          expect(r.expectedBps).toBeLessThanOrEqual(r.aggregateBps * eps);
          expect(r.inboundTransferBps).toBeLessThanOrEqual(r.inboundExpectedBps * eps);
          expect(r.inboundExpectedBps).toBeLessThanOrEqual(r.expectedBps * eps);
          expect(r.transferBps).toBeGreaterThanOrEqual(10e9 / eps);
          // The spread the failure derivation shows (e × L, b × L ÷ M) is the one the inbound rates come from.
          const sp = r.inboundSpread;
          if (sp === null) expect([r.inboundExpectedBps, r.inboundTransferBps]).toEqual([10e9, 10e9]);
          else expect([sp.busyLinks * 10e9, (sp.balls * 10e9) / sp.busiestLoad]).toEqual([r.inboundExpectedBps, r.inboundTransferBps]);
          // More hashed flows never slow equal transfers (checked for b ≤ 400 exhaustively while writing this). Peers dealt
          // in turn (balance-tlb/alb) can: 9 equal peers on 2 links leave 5 on one, 9 ÷ 5 < 8 ÷ 4.
          if (mode === 'lacp' || mode === 'balance-xor') expect(bondRates(l, flows + 1, peers).transferBps).toBeGreaterThanOrEqual(r.transferBps / eps);
          expect(bondRates({ ...l, links: n + 1 }, flows, peers).transferBps).toBeGreaterThanOrEqual(r.transferBps / eps);
          // Transfers reach the aggregate only when no link can be busier than another: one link, active-backup,
          // balance-rr's striping, or peers dealt evenly by balance-tlb/alb.
          const even = n === 1 || mode === 'active-backup' || mode === 'balance-rr' || ((mode === 'balance-tlb' || mode === 'balance-alb') && Math.min(flows, peers) % n === 0);
          if (even) expect(r.transferBps).toBeCloseTo(r.aggregateBps, -3);
          else if (mode === 'lacp' || mode === 'balance-xor') expect(r.transferBps).toBeLessThan(r.aggregateBps);
        },
      ),
      { seed: 20261130, numRuns: 400 },
    );
  });
});
