/**
 * capa network (issue 11, item 2): the command, its help and its refusals come from the core's spec
 * (packages/core/src/network/budget-spec.ts). Capacities: 802.3ad aggregates its active links
 * (torvalds/linux:Documentation/networking/bonding.rst); sharing: max-min without QoS (docs/network.md).
 */
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

interface State {
  state: string;
  capacityBps: number;
  demandBps: number;
  utilisation: number | null;
  starving: string | null;
  grants: { name: string; demandBps: number; grantedBps: number }[];
}
interface NetworkJson {
  normal: State;
  linkDown: State;
  recovery: State | null;
  singleFlowBps: number;
  passes: boolean;
  used: Record<string, unknown>;
  checks: { id: string; level: string; code: string }[];
}

// The blade: 2 × 25 GbE 802.3ad with administration (and corosync), Ceph, guests and backup VLANs.
const BLADE = [
  'network',
  '--links',
  '2',
  '--speed',
  '25Gb/s',
  '--mode',
  '802.3ad',
  '--class',
  'admin=1Gb/s,corosync=10Mb/s',
  '--class',
  'ceph-public=12Gb/s',
  '--class',
  'guests=7Gb/s',
  '--class',
  'backup=10Gb/s',
];

describe('capa network', () => {
  it('the blade: 50 Gb/s, 25 Gb/s with a link down, ceph-public starves first then; JSON keys', () => {
    const r = runJson<NetworkJson>(BLADE);
    expect(r.code).toBe(0);
    expect(Object.keys(r.json)).toEqual(expect.arrayContaining(['normal', 'linkDown', 'recovery', 'singleFlowBps', 'passes', 'used', 'checks', 'derivation']));
    expect([r.json.normal.capacityBps, r.json.linkDown.capacityBps, r.json.recovery, r.json.singleFlowBps]).toEqual([50e9, 25e9, null, 25e9]);
    expect([r.json.normal.starving, r.json.linkDown.starving]).toEqual([null, 'ceph-public']);
    expect(r.json.used).toMatchObject({ links: 2, mode: 'lacp', hash: 'layer2', corosyncLinks: 1, nvme: false });
    expect(r.json.checks.map((c) => `${c.id}:${c.level}`)).toEqual([
      'network.normal:ok',
      'network.link-down:warn',
      'network.corosync-shared:warn',
      'network.ceph-shared:warn',
      'network.single-flow:ok',
    ]);
  });
  it('figures in Gb/s, bytes in brackets in messages; French too', () => {
    expect(runCli(BLADE).stdout).toMatch(/25 Gb\/s \(3\.13 GB\/s\)/);
    expect(runCli([...BLADE, '--lang', 'fr']).stdout).toMatch(/Utilisation, un lien en panne\s+120\u202f%/);
  });
  it('saturated with every link up fails (exit 1); recovery counts in its state only', () => {
    const r = runJson<NetworkJson>(['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests=25Gb/s', '--class', 'recovery=5Gb/s']);
    expect(r.code).toBe(1);
    expect([r.json.normal.demandBps, r.json.recovery?.demandBps]).toEqual([25e9, 30e9]);
  });
  it.each([
    [['network', '--links', '0', '--speed', '10Gb/s', '--class', 'guests=1Gb/s'], '--links'],
    [['network', '--links', '2', '--speed', '10Gb/s'], '--class'],
    [['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests=0Gb/s'], '--class'],
    [['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests=1Gb/s', '--class', 'guests=2Gb/s'], '--class'],
    [['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests'], '--class'],
    [['network', '--links', '2', '--speed', '10Gb/s', '--class', 'guests=1Gb/s', '--corosync-links', '9'], '--corosync-links'],
  ])('refuses %j with exit 2 naming %s', (args, option) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(option);
    expect(r.stderr).not.toMatch(/NaN|Infinity/);
  });
});
