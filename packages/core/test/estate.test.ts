/**
 * Estates (docs/estates.md): each cluster is analyzeInventory's, the estate adds totals, the
 * rebalance of failing clusters and the VMware guests' waves. The verdict is the N − 1 memory rule of
 * docs/memory.md (SOURCES.courseMemory): (G + R) / (T − F) ≤ 75 %, no host reservation by default.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEstate, analyzeInventory, type EstateClusterInput, type EstateInput } from '../src/index.js';

const GiB = 2 ** 30;
type Inv = EstateClusterInput['inventory'];
const node = (name: string, ramGiB: number) => ({ name, online: true, threads: 32, ramTotalBytes: ramGiB * GiB });
const guest = (id: string, nodeName: string | null, ramGiB: number | null, template = false) => ({
  id,
  name: id,
  node: nodeName,
  status: 'running',
  template,
  memoryBytes: ramGiB === null ? null : ramGiB * GiB,
  vcpus: 2,
  haState: 'started',
});
const cluster = (name: string, sizes: number[], guests: number[], role: 'proxmox' | 'vmware' = 'proxmox'): EstateClusterInput => ({
  name,
  role,
  inventory: { nodes: sizes.map((r, i) => node(`${name}${i + 1}`, r)), guests: guests.map((g, i) => guest(`${name}/${i}`, `${name}1`, g)), ceph: null },
});
function value(input: EstateInput) {
  const r = analyzeEstate(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

// lyon 3 × 256 GiB, 300 GiB of guests: 300 / 512 = 58.59 %, room 0.75 × 512 − 300 = 84 GiB.
// paris 4 × 128 GiB, 400 GiB: 400 / 384 = 104.17 %, fails; sheds 64 + 64 (336 / 384 = 87.5 % still fails, 272 / 384 = 70.83 % passes).
// nantes 2 × 256 GiB, 100 GiB: 100 / 256 = 39.06 %, room 0.75 × 256 − 100 = 92 GiB.
// vmware: the RVTools fixture's three counted guests (packages/importer/test/fixtures/rvtools, vInfo Memory in MiB: 32768, 8192, 4096) and its template.
const LYON = cluster('lyon', [256, 256, 256], [100, 100, 100]);
const PARIS = cluster('paris', [128, 128, 128, 128], [64, 64, 64, 64, 48, 48, 48]);
const NANTES = cluster('nantes', [256, 256], [100]);
const VMWARE: EstateClusterInput = {
  name: 'prod',
  role: 'vmware',
  inventory: {
    nodes: [node('esx01', 512), node('esx02', 256)],
    guests: [guest('web01', 'esx01', 8), guest('db01', 'esx02', 32), guest('old01', 'esx01', 4), guest('tmpl', 'esx02', 2, true)],
    ceph: null,
  },
};

describe('analyzeEstate', () => {
  const v = value({ clusters: [LYON, PARIS, NANTES, VMWARE], options: {} });

  it('per cluster: analyzeInventory’s verdict and room, unchanged', () => {
    const byName = Object.fromEntries(v.clusters.map((c) => [c.name, c]));
    expect(byName['lyon']).toMatchObject({ memoryPasses: true, worstCaseUtilization: 300 / 512, roomBytes: 84 * GiB, target: true });
    expect(byName['paris']).toMatchObject({ memoryPasses: false, worstCaseUtilization: 400 / 384, roomBytes: -112 * GiB, target: false });
    expect(byName['nantes']).toMatchObject({ memoryPasses: true, worstCaseUtilization: 100 / 256, roomBytes: 92 * GiB, target: true });
    // The VMware source: 256 GiB survives esx01's loss, 44 GiB of guests = 17.19 %; it takes no guests.
    expect(byName['prod']).toMatchObject({ role: 'vmware', memoryPasses: true, worstCaseUtilization: 44 / 256, target: false });
    const alone = analyzeInventory({ inventory: LYON.inventory });
    expect(alone.ok && byName['lyon']?.analysis).toEqual(alone.ok && alone.value);
  });

  it('totals: nodes, RAM, guests, guest RAM, verdicts', () => {
    // 3 + 4 + 2 + 2 nodes; 768 + 512 + 512 + 768 GiB; 3 + 7 + 1 + 3 counted guests (the template is not); 300 + 400 + 100 + 44 GiB.
    expect(v.estate).toEqual({ clusters: 4, nodes: 11, ramBytes: 2560 * GiB, guests: 14, guestRamBytes: 844 * GiB, cephRawBytes: 0, verdicts: { pass: 3, fail: 1, notApplicable: 0 } });
    expect(v.passes).toBe(false); // paris fails its own analysis
  });

  it('rebalance: paris’ two 64 GiB guests go to the cluster with most room (nantes 92, then lyon 84 > nantes 28)', () => {
    const reb = v.moves.filter((m) => m.kind === 'rebalance');
    expect(reb.map((m) => [m.id, m.ramBytes / GiB, m.to])).toEqual([
      ['paris/0', 64, 'nantes'],
      ['paris/1', 64, 'lyon'],
    ]);
  });

  it('waves: db01 (32 GiB) fits nowhere (largest room 28 GiB), web01 → nantes (28 > 20), old01 → lyon (20 = 20, by name)', () => {
    expect(v.moves.filter((m) => m.kind === 'migrate').map((m) => [m.id, m.to, m.wave, m.reason, m.largestRoomBytes === null ? null : m.largestRoomBytes / GiB])).toEqual([
      ['web01', 'nantes', 1, null, null],
      ['old01', 'lyon', 1, null, null],
      ['db01', null, null, 'no-room', 28],
    ]);
    // After wave 1: lyon 300 + 64 + 4 = 368 / 512 = 71.88 %; nantes 100 + 64 + 8 = 172 / 256 = 67.19 %.
    expect(v.waves).toEqual([
      {
        index: 1,
        guests: ['web01', 'old01'],
        ramBytes: 12 * GiB,
        clusters: [
          { name: 'lyon', added: 1, guestRamBytes: 368 * GiB, worstCaseUtilization: 368 / 512 },
          { name: 'nantes', added: 1, guestRamBytes: 172 * GiB, worstCaseUtilization: 172 / 256 },
        ],
      },
    ]);
    expect(v.clusters.find((c) => c.name === 'paris')?.after).toEqual({ guestRamBytes: 272 * GiB, worstCaseUtilization: 272 / 384 });
    expect(v.checks.map((c) => `${c.id}:${c.level}`)).toEqual([
      'estate.cluster:ok',
      'estate.cluster:fail',
      'estate.cluster:ok',
      'estate.source:ok',
      'estate.rebalance:ok',
      'estate.waves:ok',
      'estate.unplaced:warn',
    ]);
  });

  it('wave size: one guest a wave, or 8 GiB a wave (a larger guest moves alone)', () => {
    const big = cluster('big', [1024, 1024], [], 'proxmox');
    const one = value({ clusters: [big, VMWARE], options: {}, waveGuests: 1 });
    expect(one.waves.map((w) => w.guests)).toEqual([['db01'], ['web01'], ['old01']]);
    const ram = value({ clusters: [big, VMWARE], options: {}, waveRamBytes: 8 * GiB });
    // 32 > 8 alone; 8 fills a wave; 4 starts the next.
    expect(ram.waves.map((w) => w.guests)).toEqual([['db01'], ['web01'], ['old01']]);
    const twelve = value({ clusters: [big, VMWARE], options: {}, waveRamBytes: 12 * GiB });
    expect(twelve.waves.map((w) => w.guests)).toEqual([['db01'], ['web01', 'old01']]);
  });

  it('refuses what-ifs that name nodes, bad wave sizes, names used twice', () => {
    const r = analyzeEstate({ clusters: [LYON, LYON], options: { removeNodes: ['lyon1'] }, waveGuests: 0, waveRamBytes: -1, lang: 'fr' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['removeNodes', 'waveGuests', 'waveRamBytes', 'clusters']);
  });

  it('no passing Proxmox VE cluster: every VMware guest is listed with no-target', () => {
    const w = value({ clusters: [PARIS, VMWARE], options: {} });
    expect(w.checks.some((c) => c.id === 'estate.no-target' && c.level === 'warn')).toBe(true);
    expect(w.moves.filter((m) => m.kind === 'migrate').every((m) => m.to === null && m.reason === 'no-target')).toBe(true);
  });
});

describe('property: every wave keeps every target cluster passing N − 1', () => {
  it('re-analysing each target with the guests moved so far passes', () => {
    const sizes = fc.array(fc.constantFrom(64, 128, 256, 512), { minLength: 2, maxLength: 4 });
    const guests = fc.array(fc.integer({ min: 1, max: 96 }), { maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sizes, guests), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 131072 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (pve, vmMiB, waveGuests) => {
          const clusters = pve.map(([s, g], i) => cluster(`c${i}`, s, g));
          // VMware guests in whole MiB (RVTools' unit), so the sums are not all whole GiB.
          const source = cluster(
            'vm',
            [512, 512],
            vmMiB.map((m) => m / 1024),
            'vmware',
          );
          const v = value({ clusters: [...clusters, source], options: {}, waveGuests });
          const moved = new Map<string, Inv['guests'][number][]>();
          const reb = v.moves.filter((m) => m.kind === 'rebalance' && m.to !== null);
          for (const m of reb) moved.set(m.to ?? '', [...(moved.get(m.to ?? '') ?? []), guest(m.id, null, m.ramBytes / GiB)]);
          for (const w of v.waves) {
            for (const m of v.moves.filter((x) => x.wave === w.index)) moved.set(m.to ?? '', [...(moved.get(m.to ?? '') ?? []), guest(m.id, null, m.ramBytes / GiB)]);
            for (const c of v.clusters.filter((x) => x.target)) {
              const base = clusters.find((x) => x.name === c.name) as EstateClusterInput;
              const a = analyzeInventory({ inventory: { ...base.inventory, guests: [...base.inventory.guests, ...(moved.get(c.name) ?? [])] } });
              expect(a.ok && a.value.memory.passes).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
