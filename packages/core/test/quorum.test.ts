import { describe, expect, it } from 'vitest';
import { quorum } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};

describe('quorum and HA (Proxmox VE cluster manager docs)', () => {
  it('3 nodes: quorum 2, one failure tolerated, HA possible', () => {
    const r = ok(quorum({ nodes: 3 }));
    expect([r.votes, r.quorumVotes, r.toleratedNodeFailures, r.haPossible]).toEqual([3, 2, 1, true]);
  });
  it('2 nodes: no failure tolerated without a QDevice; with one, HA is possible', () => {
    const two = ok(quorum({ nodes: 2 }));
    expect(two.toleratedNodeFailures).toBe(0);
    expect(two.haPossible).toBe(false);
    const q = ok(quorum({ nodes: 2, qdevice: true }));
    expect([q.votes, q.quorumVotes, q.toleratedNodeFailures, q.haPossible]).toEqual([3, 2, 1, true]);
  });
  it('odd node count + QDevice: the QDevice carries N − 1 votes (pvecm.adoc, lms)', () => {
    const r = ok(quorum({ nodes: 3, qdevice: true }));
    expect([r.votes, r.quorumVotes, r.toleratedNodeFailures]).toEqual([5, 3, 2]);
    expect(r.checks.map((c) => c.id)).toContain('cluster.qdevice-odd');
  });
  it('4 nodes is even: warns; 5 MONs tolerate 2', () => {
    const r = ok(quorum({ nodes: 5, mons: 5 }));
    expect(r.toleratedMonFailures).toBe(2);
    expect(ok(quorum({ nodes: 4 })).checks.map((c) => c.id)).toContain('cluster.even-nodes');
    expect(ok(quorum({ nodes: 3, mons: 4 })).checks.find((c) => c.id === 'ceph.mon-count')?.level).toBe('fail');
  });
});
