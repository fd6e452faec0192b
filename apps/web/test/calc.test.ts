import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import type { PageOutcome, RouteId } from '../src/state/page';
import type { Values } from '../src/state/fields';

const run = (route: RouteId, values: Values, lang: 'en' | 'fr' = 'en', rows: readonly Values[] = []): PageOutcome => PAGES[route].compute({ values, rows }, lang);
const figure = (out: PageOutcome, id: string): string => {
  if (!out.ok) throw new Error(`invalid: ${JSON.stringify(out.issues)}`);
  const f = out.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id} in ${out.figures.map((x) => x.id).join(', ')}`);
  return f.value;
};

describe('page computations call the core and format with its helpers', () => {
  it('memory: 3 × 512 GiB → 768 GiB usable, 50 %', () => {
    const out = run('memory', { nodes: '3', nodeRam: '512GiB' });
    expect(figure(out, 'usable')).toBe('768 GiB (824.63 GB)');
    expect(figure(out, 'share')).toBe('50%');
  });

  it('memory in French: 768 Gio', () => {
    expect(figure(run('memory', { nodes: '3', nodeRam: '512GiB' }, 'fr'), 'usable')).toBe('768 Gio (824,63 Go)');
  });

  it('memory, the other direction: 700 GB on 5 nodes → 233.33 GB per node, buy 256 GiB', () => {
    const out = run('memory', { dir: 'required', nodes: '5', guestRam: '700GB' });
    expect(figure(out, 'required')).toContain('233.33 GB');
    expect(figure(out, 'buy')).toContain('256 GiB');
  });

  it('memory: a list of node sizes must agree with the node count', () => {
    const out = run('memory', { nodes: '2', nodeRam: '512GiB,512GiB,256GiB' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]?.key).toBe('nodes');
  });

  it('ceph: 5 × 20 TB replica 3 → 33.33 TB usable, with the waterfall', () => {
    const out = run('ceph', { nodes: '5', osdsPerNode: '1', osdSize: '20TB', replicas: '3' });
    expect(figure(out, 'usable')).toBe('33.33 TB (30.32 TiB)');
    if (out.ok) expect(out.pictures[0]?.kind).toBe('waterfall');
  });

  it('ceph data target: 200 TB on 5 nodes with 16 TB disks → 9 disks by the rule of thumb, not 8', () => {
    const out = run('ceph', { mode: 'target', nodes: '5', data: '200TB', diskSize: '16TB' });
    expect(figure(out, 'rot-disks')).toBe('9');
  });

  it('ceph: erasure coding reads K+M', () => {
    const out = run('ceph', { nodes: '4', osdsPerNode: '4', osdSize: '3.84TB', protection: 'erasure', ec: '2+1' });
    expect(out.ok).toBe(true);
    const bad = run('ceph', { nodes: '4', osdsPerNode: '4', osdSize: '3.84TB', protection: 'erasure', ec: '1+9' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.key)).toEqual(['ec']);
  });

  it('failure: recovery time over 2 × 10 Gb/s', () => {
    const out = run('failure', { nodes: '5', osdsPerNode: '1', osdSize: '20TB', stored: '20TB', linkSpeed: '10Gb/s', links: '2', osdWrite: '200MB/s' });
    expect(figure(out, 'degraded-pgs')).toBe('60%');
    expect(figure(out, 'recovery')).toMatch(/h$/);
  });

  it('failure: the recovery time is a lower bound, shown "≥ 8.5 h"; the disks read what they rebuild', () => {
    // 12 TB to rebuild (20 TB × 3 ÷ 5); replica 3 reads one copy per copy written, so the 4 survivors' disks
    // (4 × 200 MB/s = 6.4 Gb/s) move 24 TB: 30 000 s, + 600 s mark-out (ceph/ceph:src/common/options/mon.yaml.in)
    // = 30 600 s = 8.5 h. osd_max_backfills and mClock are not modelled (ceph/ceph:doc/rados/configuration/mclock-config-ref.rst).
    const values = { nodes: '5', osdsPerNode: '1', osdSize: '20TB', stored: '20TB', linkSpeed: '10Gb/s', links: '2', osdWrite: '200MB/s' };
    expect(figure(run('failure', values), 'recovery')).toBe('≥ 8.5 h');
    expect(figure(run('failure', values, 'fr'), 'recovery')).toBe('≥ 8,5 h');
    expect(figure(run('ceph', values), 'recovery')).toBe('≥ 8.5 h');
    // 3 equal flows per survivor, layer3+4 on 2 links: E[max load] = 2.25 (enumeration of 2^3 placements),
    // 3 × 10 Gb/s ÷ 2.25 = 13.33 Gb/s each, 53.33 Gb/s for the 4 survivors (docs/bond.md, equal transfers)
    expect(figure(run('failure', values), 'transfer')).toBe('53.33 Gb/s');
  });

  it("bond: equal transfers beside the expected figure; balance-rr's single flow labelled an upper bound", () => {
    // 8 flows layer3+4 on 2 × 25 Gb/s: 8 × 25 ÷ 5.09375 = 39.26 Gb/s (E[max load] by enumeration, docs/bond.md)
    expect(figure(run('bond', { links: '2', speed: '25Gb/s', hash: 'layer3+4', flows: '8' }), 'transfer')).toBe('39.26 Gb/s');
    // torvalds/linux:Documentation/networking/bonding.rst: balance-rr delivers out of order
    const rr = run('bond', { links: '2', speed: '25Gb/s', mode: 'balance-rr' });
    // One label on the CLI and the web since both read core network/bond-spec.ts (issue 10: the web said "One flow at most")
    if (rr.ok) expect(rr.figures.find((f) => f.id === 'single')?.label).toBe('Single flow (upper bound)');
  });

  it('bluestore: 16 TB, Ceph RBD rule → DB 160–320 GB', () => {
    expect(figure(run('bluestore', { osdSize: '16TB', rule: 'ceph-rbd' }), 'db')).toMatch(/^160 GB .* – 320 GB/);
  });

  it('pg: 12 OSDs, rbd size 3 ratio 1 → 512', () => {
    const out = run('pg', { osds: '12' }, 'en', [{ name: 'rbd', protection: 'replicated', size: '3', ratio: '1' }]);
    expect(figure(out, 'pool-rbd')).toBe('512');
  });

  it('pg: pool row problems name the row field', () => {
    const out = run('pg', { osds: '12' }, 'en', [{ name: 'rbd' }, { name: 'bad name!', ratio: 'x' }]);
    expect(out.ok ? [] : out.issues.map((i) => i.key)).toEqual(['pool.1.name', 'pool.1.ratio']);
  });

  it('pg: a pool given twice is named by the core, mapped to the row', () => {
    const out = run('pg', { osds: '12' }, 'en', [{ name: 'rbd' }, { name: 'rbd' }]);
    expect(out.ok ? [] : out.issues.map((i) => i.key)).toEqual(['pool.1.name']);
  });

  it('bond: 2 × 10 Gb/s LACP → 20 / 10 / 10 Gb/s', () => {
    const out = run('bond', { links: '2', speed: '10Gb/s', mode: 'lacp' });
    expect([figure(out, 'aggregate'), figure(out, 'degraded'), figure(out, 'single')]).toEqual(['20 Gb/s', '10 Gb/s', '10 Gb/s']);
  });

  it('quorum: 3 nodes keep quorum with 1 down', () => {
    const out = run('quorum', { nodes: '3' });
    expect([figure(out, 'quorum'), figure(out, 'tolerated')]).toEqual(['2', '1']);
  });

  it('an invalid value is an issue on its field, never a NaN', () => {
    for (const [route, values] of [
      ['memory', { nodes: 'abc', nodeRam: '512GiB' }],
      ['ceph', { nodes: '5', osdsPerNode: '1', osdSize: '20' }],
      ['bond', { links: '2', speed: 'fast' }],
    ] as const) {
      const out = run(route, values);
      expect(out.ok).toBe(false);
      expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
    }
  });

  it('huge values give a message, not a NaN or a crash', () => {
    const out = run('memory', { nodes: '9007199254740992', nodeRam: '8EiB' });
    expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
  });

  it('every preset of every page computes without an issue', () => {
    for (const page of Object.values(PAGES)) {
      for (const preset of page.presets) {
        for (const lang of ['en', 'fr'] as const) {
          const out = page.compute({ values: preset.values, rows: preset.rows ?? [] }, lang);
          expect(out.ok ? 'ok' : `${page.route}/${preset.id}: ${JSON.stringify(out.issues)}`).toBe('ok');
        }
      }
    }
  });
});

describe('memory page: corosync quorum (issue 8, item 10)', () => {
  // pvecm: 2 nodes hold 2 votes, quorum 2; one failure leaves 1 vote, so HA restarts nothing. A QDevice
  // adds the missing vote (https://pve.proxmox.com/pve-docs/chapter-pvecm.html#_corosync_external_vote_support).
  const quorumCheck = (values: Values) => {
    const out = run('memory', values);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    return out.checks.find((c) => c.id === 'memory.quorum');
  };
  it('2 nodes, one failure, no QDevice: the quorum check fails', () => {
    expect(quorumCheck({ nodes: '2', nodeRam: '256GiB' })?.level).toBe('fail');
  });
  it('2 nodes with the QDevice field set: no quorum failure', () => {
    expect(quorumCheck({ nodes: '2', nodeRam: '256GiB', qdevice: '1' })?.level ?? 'ok').not.toBe('fail');
  });
});

describe('memory page: the headline names the failures the figure used (issue 10: it said "one node down" whatever failures was)', () => {
  const headline = (values: Values, lang: 'en' | 'fr') => {
    const out = run('memory', values, lang);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    return out.figures[0];
  };
  it('failures=2: two nodes down, in English and French', () => {
    // 5 × 512 GiB with 2 down at 75 %: 512 GiB × 3 × 0.75 = 1152 GiB = 1.13 TiB (the course's N − f rule, docs/memory.md)
    const values = { nodes: '5', nodeRam: '512GiB', failures: '2' };
    expect(headline(values, 'en')).toMatchObject({ id: 'usable', label: 'Usable guest RAM (2 nodes down)', value: '1.13 TiB (1.24 TB)', main: true });
    expect(headline(values, 'fr')).toMatchObject({ id: 'usable', label: 'RAM utilisable par les invités (2 nœuds en panne)', value: '1,13 Tio (1,24 To)' });
  });
  it('the default, one failure, and none', () => {
    expect(headline({ nodes: '3', nodeRam: '512GiB' }, 'en')?.label).toBe('Usable guest RAM (one node down)');
    expect(headline({ nodes: '3', nodeRam: '512GiB', failures: '0' }, 'fr')?.label).toBe('RAM utilisable par les invités (aucun nœud en panne)');
  });
  it('the fields keep their URL keys and order (apps/web/src/calc/memory.ts at fa76320): saved share links keep working', () => {
    expect(PAGES.memory.fields.map((f) => f.key)).toEqual([
      'dir',
      'nodes',
      'nodeRam',
      'guestRam',
      'failures',
      'qdevice',
      'maxUtilization',
      'hostReserve',
      'osdsPerNode',
      'osdMemory',
      'osdSize',
      'zfsArc',
      'ksm',
      'vcpus',
      'threadsPerNode',
      'maxOvercommit',
      'purchasable',
    ]);
    const purchasable = PAGES.memory.fields.find((f) => f.key === 'purchasable');
    expect([purchasable?.visible?.({ dir: 'required' }), purchasable?.visible?.({})]).toEqual([true, false]);
  });
  it('the picture reads the failures used too: two nodes shown down', () => {
    const out = run('memory', { nodes: '5', nodeRam: '512GiB', failures: '2' });
    const p = out.ok ? out.pictures[0] : undefined;
    expect(p?.kind === 'memory' ? p.degraded.filter((b) => b.failed).length : -1).toBe(2);
  });
});
