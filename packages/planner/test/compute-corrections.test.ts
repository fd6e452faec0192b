/** Issue 8 red team, in the plan: CPU threads never negative, a node smaller than its reservations, quorum counted once. */
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { catalogue } from './helpers.js';

const GiB = 2 ** 30;
const planOf = (text: string, lang: 'en' | 'fr' = 'en') => {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return plan(r.scenario, { lang, catalogue: catalogue() });
};
const area = (p: ReturnType<typeof plan>, id: string) => {
  const a = p.areas.find((x) => x.id === id);
  if (!a) throw new Error(`no ${id} area`);
  return a;
};
const fig = (a: { figures: readonly { key: string; value: number | null }[] }, key: string) => a.figures.find((x) => x.key === key)?.value;

// The red team's case: 4 nodes of 8 cores (16 threads) with 10 NVMe OSDs each, 4 threads per NVMe OSD
// (cephCpu: Proxmox 4–6 threads per NVMe OSD, proxmox/pve-docs:pveceph.adoc): 40 threads needed, 24 missing.
const redTeam = `
name: red team CPU
workloads: { vcpus: 64, guestRam: 256GiB }
nodes:
  name: pve
  count: 4
  cores: 8
  ram: 256GiB
  disks: [{ class: nvme, count: 10, size: 3.84TB, role: osd }]
  network: { ceph: { links: 2, speed: 25Gb/s } }
storage: { ceph: { pools: [{ name: rbd, replicas: 3 }] } }
`;

describe('CPU: figures are never negative and say what is missing', () => {
  it('0 threads left, 24 missing per node; the summary does not claim no vCPU was stated', () => {
    const cpu = area(planOf(redTeam), 'cpu');
    expect(fig(cpu, 'guestThreadsPerNode')).toBe(0);
    expect(fig(cpu, 'threadsShortPerNode')).toBe(24);
    expect(cpu.verdict).toBe('fail');
    const c = cpu.checks.find((x) => x.id === 'cpu.threads');
    expect(c?.level).toBe('fail');
    expect(c?.message).toContain('40 threads');
    expect(c?.message).toContain('24 threads missing');
    expect(cpu.summary).not.toContain('No vCPU');
    expect(cpu.summary).toContain('64 vCPUs stated');
    for (const s of cpu.derivation) expect(s.value).toBeGreaterThanOrEqual(0);
  });
  it('in French too', () => {
    const cpu = area(planOf(redTeam, 'fr'), 'cpu');
    expect(cpu.summary).toContain('64 vCPU indiqués');
    expect(cpu.checks.find((x) => x.id === 'cpu.threads')?.message).toContain('il en manque 24');
  });
});

// 3 × 512 GiB + one 16 GiB node, 10 SSD OSDs each: 2 GiB + 10 × 4 GiB = 42 GiB reserved per node.
const hetero = (guestRam: string) => `
name: a node smaller than its reservations
workloads: { guestRam: ${guestRam} }
nodes:
  - { name: big, count: 3, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 10, size: 1.92TB, role: osd }], network: { ceph: { links: 2, speed: 25Gb/s } } }
  - { name: tiny, count: 1, cores: 32, ram: 16GiB, disks: [{ class: ssd, count: 10, size: 1.92TB, role: osd }], network: { ceph: { links: 2, speed: 25Gb/s } } }
rules: { hostReserve: 2GiB }
storage: { ceph: { pools: [{ name: rbd, replicas: 3 }] } }
`;

describe('memory: a node smaller than its reservations', () => {
  it('adds 0 (684 GiB as for the three big nodes alone), is named, and memory after failure stays at 75 %', () => {
    // 0.75 × 2 × 512 − 2 × 42 = 684 GiB; after big1 fails, (684 + 2 × 42) ÷ (2 × 512) = 75 % on the nodes that host guests
    const p = planOf(hetero('684GiB'));
    const mem = area(p, 'memory');
    expect(fig(mem, 'usableGuestRamBytes')).toBe(684 * GiB);
    expect(mem.checks.find((x) => x.id === 'memory.node-below-reservations')?.message).toContain('tiny');
    expect(fig(area(p, 'failure'), 'memoryUsedFraction')).toBeCloseTo(0.75, 12);
    expect(area(p, 'failure').checks.find((x) => x.id === 'failure.memory')?.level).toBe('ok');
  });
});

describe('quorum is reported once, by the quorum area', () => {
  it('3 nodes with failures: 2 fail in the quorum area, not again in memory', () => {
    // proxmox/pve-docs:pvecm.adoc: 3 votes, quorum 2: one node down at most
    const p = planOf(`
name: three nodes, two failures
nodes: { count: 3, cores: 16, ram: 256GiB }
rules: { failures: 2 }
`);
    expect(area(p, 'quorum').checks.find((x) => x.id === 'quorum.failures')?.level).toBe('fail');
    expect(area(p, 'memory').checks.map((x) => x.id)).not.toContain('memory.quorum');
  });
});
