import { describe, expect, it } from 'vitest';
import { GiB, nodeLoads, nodeSegments, requiredMemory, usableMemory } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const GB = 1e9;

describe('usable memory, the N − f rule', () => {
  it('course: 3 nodes × 512 → 768 usable of 1536 (50 %)', () => {
    // docs/course-rules.md §1: 512 × 2 × 0.75 = 768
    const r = ok(usableMemory({ nodeGroups: [{ count: 3, ramBytes: 512 * GiB }] }));
    expect(r.usableGuestRamBytes).toBe(768 * GiB);
    expect(r.usableFraction).toBe(0.5);
    expect(r.checks.map((c) => c.id)).toContain('memory.reservations-omitted');
  });
  it('course: 5 nodes × 256 → 768 usable of 1280 (60 %)', () => {
    // docs/course-rules.md §1: 256 × 4 × 0.75 = 768
    const r = ok(usableMemory({ nodeGroups: [{ count: 5, ramBytes: 256 * GiB }] }));
    expect(r.usableGuestRamBytes).toBe(768 * GiB);
    expect(r.usableFraction).toBe(0.6);
  });
  it('counts host reservations on the survivors', () => {
    // 4 × 256 GiB, 2 GiB system + 4 OSDs × 8 GiB = 34 GiB per node; 0.75 × 768 − 3 × 34 = 474 GiB
    const r = ok(usableMemory({ nodeGroups: [{ count: 4, ramBytes: 256 * GiB }], hostReserveBytes: 2 * GiB, osdsPerNode: 4, osdMemoryBytes: 8 * GiB }));
    expect(r.hostReservePerNodeBytes).toBe(34 * GiB);
    expect(r.usableGuestRamBytes).toBe(474 * GiB);
    expect(r.checks.map((c) => c.id)).not.toContain('memory.reservations-omitted');
  });
  it('takes the larger of OSD target × OSDs and 1 GB per TB of OSD', () => {
    // 4 OSDs × 16 TB = 64 TB → 64 GB > 4 × 4 GiB = 16 GiB (docs/reference-notes.md P6, docs/course-rules.md §1)
    const r = ok(usableMemory({ nodeGroups: [{ count: 4, ramBytes: 256 * GiB }], osdsPerNode: 4, osdSizeBytes: 16e12 }));
    expect(r.hostReservePerNodeBytes).toBe(64 * GB);
  });
  it('heterogeneous nodes: the largest f nodes fail', () => {
    // 512 + 512 + 256 GiB, f = 1: survivors 512 + 256 = 768 GiB; × 0.75 = 576 GiB
    const r = ok(
      usableMemory({
        nodeGroups: [
          { count: 1, ramBytes: 256 * GiB },
          { count: 2, ramBytes: 512 * GiB },
        ],
      }),
    );
    expect(r.survivingRamBytes).toBe(768 * GiB);
    expect(r.usableGuestRamBytes).toBe(576 * GiB);
    expect(r.checks.map((c) => c.id)).toContain('memory.heterogeneous');
  });
  it('reservations larger than the allowance fail, never go negative', () => {
    const r = ok(usableMemory({ nodeGroups: [{ count: 3, ramBytes: 16 * GiB }], hostReserveBytes: 15 * GiB }));
    expect(r.usableGuestRamBytes).toBe(0);
    expect(r.checks.find((c) => c.id === 'memory.reservations-exceed')?.level).toBe('fail');
  });
  it('rejects failures ≥ nodes as input, naming the field', () => {
    const r = usableMemory({ nodeGroups: [{ count: 3, ramBytes: 512 * GiB }], failures: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.field).toBe('failures');
  });
});

describe('required node RAM', () => {
  it('course: 700 GB over 5 nodes → 233.3 GB per node, buy 256 GiB', () => {
    // docs/course-rules.md §1: 700 / 0.75 / 4 = 233.33 GB (the course's "700*100/75*(5-1)" is a slip)
    const r = ok(requiredMemory({ nodes: 5, guestRamBytes: 700 * GB }));
    expect(r.requiredNodeRamBytes).toBe(233333333334);
    expect(r.recommendedNodeRamBytes).toBe(256 * GiB);
    expect(r.totalRamBytes).toBe(5 * 256 * GiB);
  });
  it('adds reservations before dividing by u', () => {
    // (700 GB / 4 + 2 GiB) / 0.75
    const r = ok(requiredMemory({ nodes: 5, guestRamBytes: 700 * GB, hostReserveBytes: 2 * GiB }));
    expect(r.requiredNodeRamBytes).toBe(Math.ceil(((700 * GB) / 4 + 2 * GiB) / 0.75));
  });
  it('fails when no purchasable size is large enough', () => {
    const r = ok(requiredMemory({ nodes: 2, guestRamBytes: 100e12 }));
    expect(r.recommendedNodeRamBytes).toBeNull();
    expect(r.totalRamBytes).toBeNull();
    expect(r.checks.find((c) => c.id === 'memory.purchasable')?.level).toBe('fail');
  });
  it('checks vCPU overcommit on the survivors', () => {
    // 300 vCPU on 4 survivors × 32 threads = 2.34:1
    const r = ok(requiredMemory({ nodes: 5, guestRamBytes: 700 * GB, vcpus: 300, cpuThreadsPerNode: 32 }));
    expect(r.overcommitRatio).toBeCloseTo(300 / 128, 12);
  });
});

describe('per-node loads', () => {
  it('3 × 512 GiB filled to the 768 GiB usable: 256 GiB each, then 384 GiB = the 75 % line on each survivor', () => {
    // docs/course-rules.md §1: 768 GiB of guests spread evenly, one node down → 768 / 2 = 384 GiB = 0.75 × 512 GiB
    const r = nodeLoads({ groups: [{ count: 3, ramBytes: 512 * GiB }], failures: 1, guestBytes: 768 * GiB, reservePerNodeBytes: 0, maxUtilization: 0.75, maxNodes: 24 });
    expect(r.nodes).toBe(3);
    expect(r.loads.map((l) => [l.healthyBytes, l.afterFailureBytes])).toEqual([
      [256 * GiB, null],
      [256 * GiB, 384 * GiB],
      [256 * GiB, 384 * GiB],
    ]);
  });
  it('heterogeneous: the largest node fails first; shares follow RAM; reservations are added', () => {
    // 512 + 256 + 256 GiB, 512 GiB of guests: healthy 256/128/128 + 2 GiB; after the 512 GiB node fails 256 + 2 each
    const r = nodeLoads({
      groups: [
        { count: 2, ramBytes: 256 * GiB },
        { count: 1, ramBytes: 512 * GiB },
      ],
      failures: 1,
      guestBytes: 512 * GiB,
      reservePerNodeBytes: 2 * GiB,
      maxUtilization: 0.75,
      maxNodes: 2,
    });
    expect(r.nodes).toBe(3);
    expect(r.loads.map((l) => [l.ramBytes, l.healthyBytes, l.afterFailureBytes])).toEqual([
      [512 * GiB, 258 * GiB, null],
      [256 * GiB, 130 * GiB, 258 * GiB],
    ]);
  });
  it('segments of a bar: reservation, own guests, what the failed node adds, the 75 % line and the usable part under it', () => {
    // docs/course-rules.md §1 with a 2 GiB reservation: 256 GiB node, own guests 128 GiB (512 × 256 / 1024),
    // after the 512 GiB node fails 256 GiB (512 × 256 / 512): +128 GiB moved; line 0.75 × 256 = 192 GiB, usable part 192 − 2 = 190 GiB
    const r = nodeLoads({
      groups: [
        { count: 2, ramBytes: 256 * GiB },
        { count: 1, ramBytes: 512 * GiB },
      ],
      failures: 1,
      guestBytes: 512 * GiB,
      reservePerNodeBytes: 2 * GiB,
      maxUtilization: 0.75,
      maxNodes: 3,
    });
    expect(r.loads[0]?.afterFailure).toBeNull();
    expect(r.loads[1]?.healthy).toEqual({
      ramBytes: 256 * GiB,
      reserveBytes: 2 * GiB,
      ownGuestBytes: 128 * GiB,
      movedBytes: 0,
      loadBytes: 130 * GiB,
      share: 130 / 256,
      limitBytes: 192 * GiB,
      roomBytes: 190 * GiB,
    });
    expect(r.loads[1]?.afterFailure).toEqual({
      ramBytes: 256 * GiB,
      reserveBytes: 2 * GiB,
      ownGuestBytes: 128 * GiB,
      movedBytes: 128 * GiB,
      loadBytes: 258 * GiB,
      share: 258 / 256,
      limitBytes: 192 * GiB,
      roomBytes: 190 * GiB,
    });
    // A node smaller than its reservations has no usable part (never a negative one).
    expect(nodeSegments(4 * GiB, 8 * GiB, 0, 0, 0.75).roomBytes).toBe(0);
  });
});
