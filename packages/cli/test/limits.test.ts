/**
 * Issue 8, item 12: physically meaningful bounds (core explain/limits.ts, docs/units.md#limits) and
 * Ceph's ratio order. Each one exits 2, names the option, the value and what is allowed, in English
 * and in French; the edge value itself is accepted.
 */
import { describe, expect, it } from 'vitest';
import { expectBadInput, runCli } from './run-cli.js';

interface LimitCase {
  readonly name: string;
  readonly args: readonly string[];
  readonly option: string;
  readonly value: string;
  /** What the message must say is allowed (English). */
  readonly allowed: string;
}

const CASES: readonly LimitCase[] = [
  // hosts ≤ 10,000 (limits.ts LIMITS.hosts)
  { name: 'ceph --nodes 10001', args: ['ceph', '--nodes', '10001', '--osds-per-node', '1', '--osd-size', '4TB'], option: '--nodes', value: '10001', allowed: 'from 1 to 10,000' },
  { name: 'memory --nodes 10001', args: ['memory', '--nodes', '10001', '--node-ram', '512GiB'], option: '--nodes', value: '10001', allowed: 'from 1 to 10,000' },
  { name: 'memory --guest-ram with --nodes 10001', args: ['memory', '--nodes', '10001', '--guest-ram', '1TB'], option: '--nodes', value: '10001', allowed: 'from 1 to 10,000' },
  { name: 'quorum --nodes 10001', args: ['quorum', '--nodes', '10001'], option: '--nodes', value: '10001', allowed: 'from 1 to 10,000' },
  { name: 'ceph --data with --nodes 10001', args: ['ceph', '--nodes', '10001', '--data', '1PB'], option: '--nodes', value: '10001', allowed: 'from 1 to 10,000' },
  { name: 'bond --peers 10001', args: ['bond', '--links', '2', '--speed', '10Gb/s', '--peers', '10001'], option: '--peers', value: '10001', allowed: 'from 1 to 10,000' },
  // OSDs per host ≤ 1,000
  { name: 'ceph --osds-per-node 1001', args: ['ceph', '--nodes', '3', '--osds-per-node', '1001', '--osd-size', '4TB'], option: '--osds-per-node', value: '1001', allowed: 'from 1 to 1,000' },
  { name: 'memory --osds-per-node 1001', args: ['memory', '--nodes', '3', '--node-ram', '512GiB', '--osds-per-node', '1001'], option: '--osds-per-node', value: '1001', allowed: 'from 0 to 1,000' },
  { name: 'bluestore --osds-per-db 1001', args: ['bluestore', '--osd-size', '16TB', '--osds-per-db', '1001'], option: '--osds-per-db', value: '1001', allowed: 'from 1 to 1,000' },
  // OSDs per cluster ≤ 100,000
  {
    name: 'ceph 1000 hosts × 101 OSDs',
    args: ['ceph', '--nodes', '1000', '--osds-per-node', '101', '--osd-size', '4TB'],
    option: '--osds-per-node',
    value: '101',
    allowed: 'at most 100,000 per cluster',
  },
  { name: 'pg --osds 100001', args: ['pg', '--osds', '100001', '--pool', 'rbd'], option: '--osds', value: '100001', allowed: 'from 1 to 100,000' },
  // one disk ≤ 1 PB (the value is echoed in bytes, as the core received it)
  { name: 'ceph --osd-size 2PB', args: ['ceph', '--nodes', '3', '--osds-per-node', '1', '--osd-size', '2PB'], option: '--osd-size', value: '2000000000000000', allowed: 'at most 1 PB' },
  { name: 'ceph --disk-size 2PB', args: ['ceph', '--nodes', '5', '--data', '1PB', '--disk-size', '2PB'], option: '--disk-size', value: '2000000000000000', allowed: 'at most 1 PB' },
  { name: 'bluestore --osd-size 2PB', args: ['bluestore', '--osd-size', '2PB'], option: '--osd-size', value: '2000000000000000', allowed: 'at most 1 PB' },
  { name: 'bluestore --db-device-size 2PB', args: ['bluestore', '--osd-size', '16TB', '--db-device-size', '2PB'], option: '--db-device-size', value: '2000000000000000', allowed: 'at most 1 PB' },
  {
    name: 'memory --osd-size 2PB',
    args: ['memory', '--nodes', '3', '--node-ram', '512GiB', '--osds-per-node', '1', '--osd-size', '2PB'],
    option: '--osd-size',
    value: '2000000000000000',
    allowed: 'at most 1 PB',
  },
  { name: 'pg --osd-size 2PB', args: ['pg', '--osds', '12', '--osd-size', '2PB', '--pool', 'rbd'], option: '--osd-size', value: '2000000000000000', allowed: 'at most 1 PB' },
  // one node's RAM ≤ 64 TiB
  { name: 'memory --node-ram 65TiB', args: ['memory', '--nodes', '3', '--node-ram', '65TiB'], option: '--node-ram', allowed: 'at most 70.37 TB', value: '' },
  // bond links ≤ 64
  { name: 'bond --links 65', args: ['bond', '--links', '65', '--speed', '10Gb/s'], option: '--links', value: '65', allowed: 'from 1 to 64' },
  // pg_num bounds are powers of two ≤ 65,536 (Ceph's autoscaler only sets powers of two:
  // ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py nearest_power_of_two)
  { name: 'pg pool min=48', args: ['pg', '--osds', '12', '--pool', 'rbd:min=48'], option: '--pool', value: '48', allowed: 'power of two' },
  { name: 'pg pool max=100', args: ['pg', '--osds', '12', '--pool', 'rbd:max=100'], option: '--pool', value: '100', allowed: 'power of two' },
  { name: 'pg pool min=131072', args: ['pg', '--osds', '12', '--pool', 'rbd:min=131072'], option: '--pool', value: '131072', allowed: 'from 1 to 65,536' },
  // ratio order: nearfull ≤ backfillfull ≤ full (Ceph's OSD_OUT_OF_ORDER_FULL, ceph/ceph:doc/rados/operations/health-checks.rst)
  {
    name: 'nearfull above backfillfull',
    args: ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '4TB', '--nearfull', '0.95'],
    option: '--nearfull',
    value: '0.95',
    allowed: 'nearfull ≤ backfillfull ≤ full',
  },
  {
    name: 'backfillfull above full',
    args: ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '4TB', '--backfillfull', '0.97'],
    option: '--backfillfull',
    value: '0.97',
    allowed: 'nearfull ≤ backfillfull ≤ full',
  },
  {
    name: 'ratio order on the data target',
    args: ['ceph', '--nodes', '5', '--data', '10TB', '--nearfull', '0.9', '--backfillfull', '0.8'],
    option: '--nearfull',
    value: '0.9',
    allowed: 'nearfull ≤ backfillfull ≤ full',
  },
];

describe('limits: exit 2 naming the option, the value and what is allowed', () => {
  it.each(CASES)('$name', ({ args, option, value, allowed }) => {
    const r = runCli([...args, '--json']);
    expectBadInput(r, option, value === '' ? undefined : value);
    expect(r.stderr).toContain(allowed);
    expect(r.stderr).not.toContain('capa-limit');
  });

  it('in French too', () => {
    const r = runCli(['ceph', '--nodes', '10001', '--osds-per-node', '1', '--osd-size', '4TB', '--lang', 'fr']);
    expectBadInput(r, '--nodes', '10001');
    expect(r.stderr).toContain('doit être un nombre entier de 1 à 10\u202f000');
    const o = runCli(['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '4TB', '--nearfull', '95%', '--lang', 'fr']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('il faut nearfull ≤ backfillfull ≤ full');
  });
});

describe('the limits themselves are accepted (exit 0 or 1, never 2)', () => {
  const EDGES: readonly (readonly string[])[] = [
    ['ceph', '--nodes', '10000', '--osds-per-node', '10', '--osd-size', '1PB'],
    ['ceph', '--nodes', '100', '--osds-per-node', '1000', '--osd-size', '1PB'],
    ['memory', '--nodes', '10000', '--node-ram', '64TiB'],
    ['pg', '--osds', '100000', '--pool', 'rbd:min=1:max=65536'],
    ['bond', '--links', '64', '--speed', '10Gb/s'],
    ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '4TB', '--nearfull', '0.9', '--backfillfull', '0.9', '--full', '0.9'],
  ];
  it.each(EDGES)('%s', (...args) => {
    const r = runCli([...args, '--json']);
    expect(r.code, r.stderr).not.toBe(2);
    expect(r.stdout).not.toMatch(/e\+\d/);
  });
});
