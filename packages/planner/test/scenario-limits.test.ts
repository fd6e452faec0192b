/**
 * Issue 8, item 12: the scenario gets the same physical limits as the calculators (core
 * explain/limits.ts, docs/units.md#limits) and the ratio order Ceph requires
 * (OSD_OUT_OF_ORDER_FULL, ceph/ceph:doc/rados/operations/health-checks.rst).
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../src/scenario/load.js';

const doc = (node: string, ceph = '') => `
name: test
nodes:
  - ${node}
storage:
  ceph:${ceph}
    pools:
      - { name: rbd, replicas: 3, data: 10TB }
`;
const NODE = '{ name: a, count: 3, sockets: 2, cores: 32, ram: 512GiB, disks: [{ class: nvme, count: 4, size: 3.84TB }] }';

const issues = (text: string) => {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.issues;
};

describe('scenario limits', () => {
  it('the base document is accepted', () => {
    expect(parseScenarioText(doc(NODE), { require: 'nodes' }).ok).toBe(true);
  });
  it('more than 10,000 nodes', () => {
    const i = issues(doc(NODE.replace('count: 3', 'count: 10001')));
    expect(i[0]?.path).toBe('nodes[0].count');
    expect(i[0]?.message).toContain('10000');
  });
  it('a disk above 1 PB', () => {
    const i = issues(doc(NODE.replace('size: 3.84TB', 'size: 2PB')));
    expect(i[0]?.path).toBe('nodes[0].disks[0].size');
    expect(i[0]?.message).toBe('must be a size of at most 1 PB');
  });
  it('more than 1,000 disks in one node', () => {
    const i = issues(doc(NODE.replace('disks: [{ class: nvme, count: 4, size: 3.84TB }]', 'disks: [{ class: nvme, count: 600, size: 3.84TB }, { class: hdd, count: 600, size: 16TB }]')));
    expect(i.some((x) => x.path === 'nodes[0].disks' && x.message.includes('1,000'))).toBe(true);
  });
  it('more than 100,000 OSDs in the cluster', () => {
    const i = issues(doc(NODE.replace('count: 3', 'count: 200').replace('count: 4', 'count: 600')));
    expect(i.some((x) => x.path === 'nodes' && x.message.includes('100000'))).toBe(true);
  });
  it('node RAM above 64 TiB', () => {
    const i = issues(doc(NODE.replace('ram: 512GiB', 'ram: 65TiB')));
    expect(i[0]?.path).toBe('nodes[0].ram');
  });
  it('nearfull above backfillfull', () => {
    const i = issues(doc(NODE, '\n    nearfull: 0.95'));
    expect(i[0]?.path).toBe('storage.ceph.nearfull');
    expect(i[0]?.message).toContain('nearfull ≤ backfillfull ≤ full');
  });
});
