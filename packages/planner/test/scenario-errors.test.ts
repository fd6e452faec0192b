/**
 * Bad scenario documents are rejected with the document path, the line and a message, never a crash:
 * wrong types, negative sizes, unknown keys, an EC profile impossible on the node count (issue 3, "Done when").
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../src/scenario/load.js';

const base = `
name: test
nodes:
  - { name: a, count: 2, sockets: 2, cores: 32, ram: 512GiB, disks: [{ class: nvme, count: 4, size: 3.84TB }] }
  - { name: b, count: 1, sockets: 2, cores: 32, ram: 512GiB, disks: [{ class: nvme, count: 4, size: 3.84TB }] }
  - { name: c, count: 1, sockets: 2, cores: 32, ram: 512GiB, disks: [{ class: nvme, count: 4, size: 3.84TB }] }
storage:
  ceph:
    pools:
      - { name: rbd, replicas: 3, data: 10TB }
`;

const issues = (text: string) => {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.issues;
};

describe('scenario errors name the path', () => {
  it('accepts the base document', () => {
    const r = parseScenarioText(base, { require: 'nodes' });
    expect(r.ok).toBe(true);
  });

  it('a size without unit: nodes[2].ram', () => {
    const i = issues(base.replace('name: c, count: 1, sockets: 2, cores: 32, ram: 512GiB', 'name: c, count: 1, sockets: 2, cores: 32, ram: 512'));
    expect(i).toHaveLength(1);
    expect(i[0]?.path).toBe('nodes[2].ram');
    expect(i[0]?.message).toMatch(/^expected a size like 512GiB/);
    expect(i[0]?.line).toBe(6);
  });

  it('a negative size', () => {
    const i = issues(base.replace('data: 10TB', 'data: -10TB'));
    expect(i[0]?.path).toBe('storage.ceph.pools[0].data');
    expect(i[0]?.message).toMatch(/negative/);
  });

  it('an unknown key, with a suggestion', () => {
    const i = issues(base.replace('ram: 512GiB, disks', 'rma: 512GiB, ram: 512GiB, disks'));
    expect(i.map((x) => x.path)).toContain('nodes[0].rma');
    expect(i.find((x) => x.path === 'nodes[0].rma')?.message).toBe('unknown key (did you mean "ram"?)');
  });

  it('an unknown top-level key', () => {
    const i = issues(`${base}\nnodez: 3\n`);
    expect(i[0]?.path).toBe('nodez');
    expect(i[0]?.message).toContain('did you mean "nodes"');
  });

  it('EC 4+2 on 4 nodes is impossible', () => {
    const i = issues(base.replace('replicas: 3', 'ec: 4+2'));
    expect(i[0]?.path).toBe('storage.ceph.pools[0].ec');
    expect(i[0]?.message).toBe('EC 4+2 is impossible here: it needs at least 6 hosts (failure domains), and the scenario has 4 nodes with OSDs');
  });

  it('wrong types', () => {
    const i = issues(base.replace('count: 2,', 'count: two,'));
    expect(i[0]?.path).toBe('nodes[0].count');
    expect(i[0]?.message).toMatch(/expected a whole number/);
  });

  it('the single-object form reports nodes.ram', () => {
    const i = issues('name: x\nnodes: { count: 3, cores: 8, ram: lots }\n');
    expect(i[0]?.path).toBe('nodes.ram');
  });

  it('YAML syntax errors carry a line', () => {
    const i = issues('name: x\nnodes: [\n');
    expect(i[0]?.path).toBe('(document)');
    expect(i[0]?.line).toBeGreaterThan(0);
  });
});

describe('scenario inputs', () => {
  it('JSON is accepted (a subset of YAML), with the same paths in errors', () => {
    const doc = { name: 'json', nodes: { count: 3, cores: 8, ram: '64GiB' } };
    expect(parseScenarioText(JSON.stringify(doc), { require: 'nodes' }).ok).toBe(true);
    const bad = parseScenarioText(JSON.stringify({ ...doc, nodes: [{ count: 3, cores: 8, ram: 64 }] }), { require: 'nodes' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe('nodes[0].ram');
  });

  it('a failure domain other than host is refused, by path', () => {
    const i = issues(base.replace('replicas: 3', 'replicas: 3, failureDomain: rack'));
    expect(i[0]?.path).toBe('storage.ceph.pools[0].failureDomain');
    expect(i[0]?.message).toMatch(/only host is modelled/);
  });

  it('a replicated pool wider than the hosts is refused like an EC profile', () => {
    const i = issues(base.replace('replicas: 3', 'replicas: 5'));
    expect(i[0]?.path).toBe('storage.ceph.pools[0].replicas');
  });

  it('duplicate keys, shares over 100 %, several pools without data, optimize ranges', () => {
    expect(issues('name: a\nname: b\nnodes: { count: 3, cores: 8, ram: 64GiB }\n')[0]?.message).toMatch(/not valid YAML/);
    const two = base
      .replace('      - { name: rbd, replicas: 3, data: 10TB }', '      - { name: a, share: 70% }\n      - { name: b, share: 40% }')
      .replace('name: test', 'name: test\nworkloads: { data: 10TB }');
    expect(issues(two)[0]?.message).toMatch(/add up to 110 %/);
    const none = base.replace('      - { name: rbd, replicas: 3, data: 10TB }', '      - { name: a }\n      - { name: b }').replace('name: test', 'name: test\nworkloads: { data: 10TB }');
    expect(issues(none)[0]?.path).toBe('storage.ceph.pools');
    const r = parseScenarioText('name: o\noptimize: { nodes: { min: 8, max: 4 } }\n', { require: 'optimize' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('optimize.nodes.min');
  });
});
