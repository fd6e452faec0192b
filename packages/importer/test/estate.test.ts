/**
 * The estate grouping rule (src/estate.ts, docs/estates.md) and `capa analyze` on an estate:
 * three synthetic Proxmox VE clusters (estate-fixtures.ts, figures there) and the RVTools fixture
 * (fixtures/rvtools: vInfo Memory in MiB, 8192 + 32768 + 4096 counted, the template not).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estateGroupText, groupInventories, type Inventory, parseNamedCluster, readInventory } from '../src/index.js';
import { importRvtools } from '../src/node/index.js';
import { capa } from './cli-run.js';
import { LYON, NANTES, PARIS, writeEstate } from './estate-fixtures.js';
import { FIXTURES } from './helpers.js';

const MIXED = readInventory(readFileSync(join(FIXTURES, 'mixed-hosts-inventory.json'), 'utf8'));
const SANDBOX = readInventory(readFileSync(join(FIXTURES, 'sandbox-inventory.json'), 'utf8'));
/** A Ceph-only capture of MIXED's Ceph (OSD hosts pve1..pve5), with an fsid. */
const CEPH_ONLY: Inventory = { ...MIXED, source: { ...MIXED.source, kind: 'ceph-dir' }, nodes: [], guests: [], ceph: MIXED.ceph && { ...MIXED.ceph, fsid: 'f00d0000-aaaa' } };
const f = (file: string, inventory: Inventory) => ({ file, inventory });
const names = (g: ReturnType<typeof groupInventories>) => (g.ok ? g.groups.map((x) => [x.name, x.role, x.files]) : g.issues.map((i) => i.code));

describe('grouping inventories into clusters', () => {
  it('same source.cluster: one cluster (merged); different names: an estate, even with a shared node name', () => {
    expect(names(groupInventories([f('a.json', LYON), f('b.json', LYON)]))).toEqual([['lyon', 'proxmox', ['a.json', 'b.json']]]);
    const paris1 = { ...PARIS, nodes: [...PARIS.nodes, { ...(LYON.nodes[0] as Inventory['nodes'][number]) }] };
    expect(names(groupInventories([f('l.json', LYON), f('p.json', paris1)]))).toEqual([
      ['lyon', 'proxmox', ['l.json']],
      ['paris', 'proxmox', ['p.json']],
    ]);
  });

  it('no cluster name: a shared node joins (two dumps of one standalone node), none keeps them apart', () => {
    const anon = (i: Inventory) => ({ ...i, source: { ...i.source, cluster: null } });
    expect(names(groupInventories([f('x.json', anon(LYON)), f('y.json', anon(LYON))]))).toEqual([['x', 'proxmox', ['x.json', 'y.json']]]);
    expect(names(groupInventories([f('x.json', anon(LYON)), f('n.json', anon(NANTES))]))).toEqual([
      ['x', 'proxmox', ['x.json']],
      ['n', 'proxmox', ['n.json']],
    ]);
  });

  it('a Ceph-only capture joins by its OSD hosts, the only cluster there is, or stays alone; refused when several could take it', () => {
    // OSD hosts pve1..pve5 are MIXED's nodes: it joins MIXED, not lyon.
    expect(names(groupInventories([f('l.json', LYON), f('m.json', MIXED), f('c.json', CEPH_ONLY)]))).toEqual([
      ['lyon', 'proxmox', ['l.json']],
      ['m', 'proxmox', ['m.json', 'c.json']],
    ]);
    // The saved `analyze mixed sandbox` (packages/cli/test/compat): sandbox-host matches nothing, MIXED is the only cluster.
    expect(names(groupInventories([f('m.json', MIXED), f('s.json', SANDBOX)]))).toEqual([['m', 'proxmox', ['m.json', 's.json']]]);
    expect(names(groupInventories([f('s.json', SANDBOX)]))).toEqual([['ceph-ed21e3e5', 'proxmox', ['s.json']]]);
    const amb = groupInventories([f('l.json', LYON), f('n.json', NANTES), f('s.json', SANDBOX)]);
    expect(names(amb)).toEqual(['estate.ceph-ambiguous']);
    if (!amb.ok)
      expect(estateGroupText(amb.issues[0] as (typeof amb.issues)[number], 'en')).toBe(
        's.json is a Ceph capture with no node or guest, and it could belong to lyon, nantes: neither its fsid nor its OSD hosts tell; say which with --cluster NAME=FILE,...',
      );
  });

  it('RVTools is the migration source: never merged with a Proxmox VE cluster', async () => {
    const rv = await importRvtools(`${FIXTURES}rvtools`);
    const esxNamed = { ...LYON, source: { ...LYON.source, cluster: null }, nodes: [...LYON.nodes, { ...(rv.nodes[0] as Inventory['nodes'][number]) }] };
    expect(names(groupInventories([f('l.json', esxNamed), f('rv.json', rv)]))).toEqual([
      ['l', 'proxmox', ['l.json']],
      ['prod', 'vmware', ['rv.json']],
    ]);
  });

  it('--cluster NAME=FILE,...: names a cluster outright; bad uses are refused naming the file', () => {
    const named = parseNamedCluster('lyon=l.json,s.json');
    expect(named).toEqual({ name: 'lyon', files: ['l.json', 's.json'] });
    expect(names(groupInventories([f('l.json', LYON), f('n.json', NANTES), f('s.json', SANDBOX)], [named as { name: string; files: string[] }]))).toEqual([
      ['lyon', 'proxmox', ['l.json', 's.json']],
      ['nantes', 'proxmox', ['n.json']],
    ]);
    expect(parseNamedCluster('lyon')).toMatchObject({ code: 'estate.cluster-syntax' });
    expect(names(groupInventories([f('l.json', LYON)], [{ name: 'a', files: ['zz.json'] }]))).toEqual(['estate.cluster-unknown-file']);
    expect(
      names(
        groupInventories(
          [f('l.json', LYON)],
          [
            { name: 'a', files: ['l.json'] },
            { name: 'b', files: ['l.json'] },
          ],
        ),
      ),
    ).toEqual(['estate.cluster-file-twice']);
  });
});

describe('capa analyze on an estate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capa-estate-'));
  const files = writeEstate(dir);

  it('--json: estate, clusters[], moves[], waves[]; the RVTools guests placed in waves; exit 1 (paris fails)', async () => {
    const rvFile = join(dir, 'rv.json');
    writeFileSync(rvFile, JSON.stringify(await importRvtools(`${FIXTURES}rvtools`)));
    const r = capa(['analyze', files.lyon, files.paris, files.nantes, rvFile, '--json', '--wave-size', '1']);
    expect(r.code, r.stderr).toBe(1);
    const j = JSON.parse(r.stdout);
    const GiB = 2 ** 30;
    // Totals: 3 + 4 + 2 + 2 nodes; 300 + 400 + 100 + 44 GiB of guest RAM (estate-fixtures.ts; RVTools 8 + 32 + 4 GiB).
    expect(j.estate).toMatchObject({ clusters: 4, nodes: 11, guests: 14, guestRamBytes: 844 * GiB, verdicts: { pass: 3, fail: 1, notApplicable: 0 } });
    expect(j.clusters.map((c: { name: string; role: string; files: string[] }) => [c.name, c.role, c.files.length])).toEqual([
      ['lyon', 'proxmox', 1],
      ['paris', 'proxmox', 1],
      ['nantes', 'proxmox', 1],
      ['prod', 'vmware', 1],
    ]);
    // Rebalance paris 64 → nantes (room 92), 64 → lyon (84 > 28); db01 32 GiB fits nowhere (28 left);
    // web01 → nantes (28 > 20), old01 → lyon (20 = 20, by name); one guest a wave.
    expect(j.moves.map((m: { name: string; to: string | null; wave: number | null }) => [m.name, m.to, m.wave])).toEqual([
      ['vm200', 'nantes', null],
      ['vm201', 'lyon', null],
      ['web01', 'nantes', 1],
      ['old01', 'lyon', 2],
      ['db01', null, null],
    ]);
    expect(j.waves.map((w: { guests: string[] }) => w.guests)).toEqual([['vmware/vm-101'], ['vmware/vm-103']]);
  });

  it('text in French; an ambiguous Ceph capture is refused (exit 2) until --cluster says where it goes', () => {
    const sandbox = join(FIXTURES, 'sandbox-inventory.json');
    const fr = capa(['analyze', files.lyon, files.nantes, '--lang', 'fr']);
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stdout).toContain('capa analyze : parc de 2 clusters');
    const amb = capa(['analyze', files.lyon, files.nantes, sandbox]);
    expect(amb.code).toBe(2);
    expect(amb.stderr).toContain('could belong to lyon, nantes');
    const ok = capa(['analyze', files.lyon, files.nantes, sandbox, '--cluster', `lyon=${files.lyon},${sandbox}`, '--json']);
    expect(JSON.parse(ok.stdout).clusters.map((c: { name: string; files: string[] }) => [c.name, c.files.length])).toEqual([
      ['lyon', 2],
      ['nantes', 1],
    ]);
  });

  it('a bad --wave-size or --wave-ram is refused (exit 2) even when the files are one cluster, nothing printed', () => {
    for (const [opt, value, said] of [
      ['--wave-size', '0', '--wave-size "0"'],
      ['--wave-ram', '12furlongs', '--wave-ram "12furlongs"'],
    ] as const) {
      const one = capa(['analyze', files.lyon, opt, value]);
      expect(one.code, one.stderr).toBe(2);
      expect(one.stderr).toContain(said);
      expect(one.stdout).toBe('');
      const estate = capa(['analyze', files.lyon, files.nantes, opt, value, '--lang', 'fr']);
      expect(estate.code).toBe(2);
      expect(estate.stderr).toContain('entrée refusée');
    }
  });
});
