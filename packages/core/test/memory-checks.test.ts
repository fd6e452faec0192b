/**
 * Issue 8 corrections to the memory rule's checks: KSM and ksmtuned, OSD memory under 8 GiB, quorum
 * with the failures, nodes smaller than their own reservations; and CPU threads never negative.
 */
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { cpuReservation, GiB, quorum, requiredMemory, usableMemory } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const ids = (r: { checks: readonly { id: string }[] }) => r.checks.map((c) => c.id);
const find = (r: { checks: readonly { id: string; level: string; message: string }[] }, id: string) => r.checks.find((c) => c.id === id);

describe('KSM savings: ksmtuned merges only above its threshold', () => {
  // ksmtuned stops KSM while committed + thres < total and free > thres, thres = total × KSM_THRES_COEF / 100,
  // KSM_THRES_COEF default 20: proxmox/ksm-control-daemon:ksm-control-scripts.org.tar.gz (ksmtuned, ksmtuned.conf);
  // Proxmox VE runs KSM through ksmtuned: proxmox/pve-docs:kernel-samepage-merging.adoc
  // (https://pve.proxmox.com/wiki/Kernel_Samepage_Merging_(KSM)).
  it('usable memory: the warning names ksmtuned, KSM_THRES_COEF and the utilisation limit', () => {
    const r = ok(usableMemory({ nodeGroups: [{ count: 3, ramBytes: 512 * GiB }], ksmSavings: 0.2 }));
    const c = find(r, 'memory.ksm');
    expect(c?.level).toBe('warn');
    expect(c?.message).toContain('ksmtuned');
    expect(c?.message).toContain('KSM_THRES_COEF=20');
    expect(c?.message).toContain('75%');
    expect(c?.message).toContain('not guaranteed');
  });
  it('required memory and French say the same', () => {
    const r = ok(requiredMemory({ nodes: 5, guestRamBytes: 700e9, ksmSavings: 0.1, lang: 'fr' }));
    const c = find(r, 'memory.ksm');
    expect(c?.message).toContain('ksmtuned');
    expect(c?.message).toContain('KSM_THRES_COEF=20');
    expect(c?.message).toContain('pas garanties');
  });
});

describe('OSD memory under 8 GiB per OSD warns', () => {
  // proxmox/pve-docs:pveceph.adoc: "configure OSDs with at least 8 GiB of memory"; the OSD daemon requires 4 GiB by default.
  // ceph/ceph:doc/start/hardware-cpu-memory.rst: node RAM above OSDs × osd_memory_target × 2 (8 GiB per OSD at the 4 GiB default).
  const nodes = [{ count: 3, ramBytes: 512 * GiB }];
  it('the default 4 GiB target is a warning, not ok', () => {
    const c = find(ok(usableMemory({ nodeGroups: nodes, osdsPerNode: 4 })), 'memory.osd-memory');
    expect(c?.level).toBe('warn');
    expect(c?.message).toContain('8 GiB');
  });
  it('8 GiB per OSD raises nothing', () => {
    expect(ids(ok(usableMemory({ nodeGroups: nodes, osdsPerNode: 4, osdMemoryBytes: 8 * GiB })))).not.toContain('memory.osd-memory');
  });
  it('the reservation per OSD is what counts: 16 TB OSDs reserve 16 GB each (1 GB per TB), above 8 GiB', () => {
    // courseHostReserve: 1 GB of RAM per TB of OSD; 16 GB > 8 GiB = 8.59 GB
    expect(ids(ok(usableMemory({ nodeGroups: nodes, osdsPerNode: 4, osdSizeBytes: 16e12 })))).not.toContain('memory.osd-memory');
  });
  it('a target under Ceph’s 4 GiB default keeps its own warning', () => {
    // ceph/ceph:doc/start/hardware-cpu-memory.rst: 2–4 GiB "may degrade performance", below 2 GiB not recommended
    const c = find(ok(usableMemory({ nodeGroups: nodes, osdsPerNode: 4, osdMemoryBytes: 2 * GiB })), 'memory.osd-memory');
    expect(c?.level).toBe('warn');
    expect(c?.message).toContain('4 GiB default');
  });
});

describe('quorum with the failures: the survivors need a corosync majority', () => {
  // proxmox/pve-docs:pvecm.adoc (https://pve.proxmox.com/pve-docs/chapter-pvecm.html): quorum is a strict
  // majority of the votes; a QDevice adds 1 vote on an even node count.
  it('3 nodes with 2 down: no quorum, HA restarts nothing, the rule fails', () => {
    const r = ok(usableMemory({ nodeGroups: [{ count: 3, ramBytes: 512 * GiB }], failures: 2 }));
    const c = find(r, 'memory.quorum');
    expect(c?.level).toBe('fail');
    expect(c?.message).toContain('quorum');
    expect(c?.message).toContain('1 of 3');
    expect(r.passes).toBe(false);
  });
  it('2 nodes with 1 down fail without a QDevice and pass with one', () => {
    expect(find(ok(usableMemory({ nodeGroups: [{ count: 2, ramBytes: 256 * GiB }] })), 'memory.quorum')?.level).toBe('fail');
    const q = ok(usableMemory({ nodeGroups: [{ count: 2, ramBytes: 256 * GiB }], qdevice: true }));
    expect(ids(q)).not.toContain('memory.quorum');
    // cluster/quorum: 2 nodes and a QDevice are enough votes for HA.
    expect(ids(q)).not.toContain('cluster.ha-nodes');
  });
  it('required memory fails the same way (4 nodes, 2 down)', () => {
    const r = ok(requiredMemory({ nodes: 4, guestRamBytes: 700e9, failures: 2 }));
    expect(find(r, 'memory.quorum')?.level).toBe('fail');
  });
  it('agrees with the quorum calculator for every node count and failure count', () => {
    for (const qdevice of [false, true]) {
      for (let n = 1; n <= 9; n++) {
        const tolerated = ok(quorum({ nodes: n, qdevice })).toleratedNodeFailures;
        for (let f = 0; f < n; f++) {
          const r = ok(usableMemory({ nodeGroups: [{ count: n, ramBytes: 256 * GiB }], failures: f, qdevice }));
          expect(ids(r).includes('memory.quorum'), `N=${n} f=${f} qdevice=${qdevice}`).toBe(f > tolerated);
        }
      }
    }
  });
});

describe('a node smaller than its own reservations adds 0, never less', () => {
  // Issue 8 red team: adding such a node lowered usable memory. Per node, guests + reservation ≤ u × M
  // (docs/memory.md#sources, the course's 75 % rule); a node with u × M ≤ R holds no guest.
  const big = { count: 3, ramBytes: 512 * GiB };
  const res = { hostReserveBytes: 2 * GiB, osdsPerNode: 10 }; // 2 GiB + 10 × 4 GiB = 42 GiB per node
  it('3 × 512 GiB + a 16 GiB node: 684 GiB, as without it, and the node is named', () => {
    // 0.75 × 1024 − 2 × 42 = 684 GiB (two 512 GiB survivors); the 16 GiB node adds max(0, 12 − 42) = 0
    const without = ok(usableMemory({ nodeGroups: [big], ...res }));
    const r = ok(usableMemory({ nodeGroups: [big, { count: 1, ramBytes: 16 * GiB, name: 'tiny' }], ...res }));
    expect(without.usableGuestRamBytes).toBe(684 * GiB);
    expect(r.usableGuestRamBytes).toBe(684 * GiB);
    const c = find(r, 'memory.node-below-reservations');
    expect(c?.level).toBe('warn');
    expect(c?.message).toContain('tiny');
    expect(c?.message).toContain('42 GiB');
    // The derivation shows the clamped terms and recomputes to the figure.
    const s = r.derivation.find((x) => x.id === 'memory.usable');
    expect(s?.expr).toContain('max(0,');
    expect(s?.value).toBe(684 * GiB);
    expect(Number(evaluate(s?.expr ?? '', { ...s?.vars }))).toBeCloseTo(684 * GiB, 0);
    // Memory used after the failure is read on the nodes that can host guests: 2 × 512 GiB.
    expect(r.guestHostNodes).toBe(2);
    expect(r.guestHostRamBytes).toBe(1024 * GiB);
  });
  it('a node above its reservations but under them ÷ u also adds 0, with its own words', () => {
    // 48 GiB: 0.75 × 48 = 36 < 42 ≤ 48
    const r = ok(usableMemory({ nodeGroups: [big, { count: 1, ramBytes: 48 * GiB }], ...res }));
    expect(r.usableGuestRamBytes).toBe(684 * GiB);
    expect(find(r, 'memory.node-below-reservations')?.message).toContain('The 48 GiB node');
  });
  it('adding a node never lowers usable memory', () => {
    const base = ok(usableMemory({ nodeGroups: [big], ...res })).usableGuestRamBytes;
    for (const g of [1, 8, 16, 32, 48, 56, 64, 128]) {
      const r = ok(usableMemory({ nodeGroups: [big, { count: 1, ramBytes: g * GiB }], ...res }));
      expect(r.usableGuestRamBytes, `${g} GiB`).toBeGreaterThanOrEqual(base);
    }
  });
});

describe('CPU threads left for guests are never negative', () => {
  // Issue 8 red team: 8 cores × 2 threads with 10 NVMe OSDs × 4 threads (cephCpu: Proxmox 4–6 threads per
  // NVMe OSD, proxmox/pve-docs:pveceph.adoc) printed −24. 16 − 40 → 0 left, 24 missing.
  it('16 threads, 10 NVMe OSDs: 0 left, 24 short, the step says 0', () => {
    const r = cpuReservation(16, 0, { hdd: 0, ssd: 0, nvme: 10 }, { hdd: 1, ssd: 2, nvme: 4 }, 'en');
    expect(r.guestThreads).toBe(0);
    expect(r.shortThreads).toBe(24);
    expect(r.steps[0]?.value).toBe(0);
    expect(Number(evaluate(r.steps[0]?.expr ?? '', { ...r.steps[0]?.vars }))).toBe(0);
  });
  it('fits: nothing short', () => {
    // 128 − 6 × 4 = 104 (planning-maths.test.ts)
    const r = cpuReservation(128, 0, { hdd: 0, ssd: 0, nvme: 6 }, { hdd: 1, ssd: 2, nvme: 4 }, 'en');
    expect(r.guestThreads).toBe(104);
    expect(r.shortThreads).toBe(0);
  });
});
