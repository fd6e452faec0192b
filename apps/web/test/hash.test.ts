import { describe, expect, it } from 'vitest';
import { buildHash, MAX_HASH_LENGTH, MAX_PARAMS, MAX_VALUE_LENGTH, parseHash } from '../src/state/hash';

describe('parseHash / buildHash', () => {
  it('splits the route and the parameters, keeping + as a plus (ec=4+2)', () => {
    const h = parseHash('#/ceph?nodes=5&ec=4+2&linkSpeed=10Gb/s');
    expect(h.route).toBe('ceph');
    expect(h.entries).toEqual([
      ['nodes', '5'],
      ['ec', '4+2'],
      ['linkSpeed', '10Gb/s'],
    ]);
    expect(h.problems).toEqual([]);
  });

  it('round-trips readable links', () => {
    for (const hash of ['#/memory?nodes=3&nodeRam=512GiB', '#/pg?osds=12&pool=rbd:size=3:ratio=1&pool=b:ec=4+2:bulk', '#/memory?nodeRam=512GiB,256GiB', '#/bond']) {
      const p = parseHash(hash);
      expect(buildHash(p.route, p.entries)).toBe(hash);
    }
  });

  it('percent-encodes what could break out of a value, and decodes it back', () => {
    const entries = [
      ['nodes', '<img src=x onerror=alert(1)>'],
      ['a&b', 'x=y&z #%'],
      ['fr', '739,85 Gio'],
    ] as const;
    const hash = buildHash('memory', entries);
    expect(hash.slice(1)).not.toMatch(/[<>"# ]/);
    expect(parseHash(hash).entries).toEqual(entries);
  });

  it('reports bad percent-encoding instead of throwing', () => {
    const h = parseHash('#/memory?nodes=%E0%A4%A&nodeRam=512GiB');
    expect(h.entries).toEqual([['nodeRam', '512GiB']]);
    expect(h.problems).toEqual([{ kind: 'bad-encoding', raw: 'nodes=%E0%A4%A' }]);
  });

  it('bounds hostile links: length, parameter count, value length', () => {
    expect(parseHash(`#/memory?x=${'a'.repeat(MAX_HASH_LENGTH)}`).problems.map((p) => p.kind)).toContain('too-long');
    const many = Array.from({ length: MAX_PARAMS + 5 }, (_, i) => `k${i}=1`).join('&');
    const h = parseHash(`#/memory?${many}`);
    expect(h.entries).toHaveLength(MAX_PARAMS);
    expect(h.problems.map((p) => p.kind)).toContain('too-many');
    expect(parseHash(`#/memory?nodes=${'9'.repeat(MAX_VALUE_LENGTH + 1)}`).problems).toEqual([{ kind: 'value-too-long', key: 'nodes' }]);
  });

  it('treats an empty hash as no route', () => {
    expect(parseHash('')).toEqual({ route: '', entries: [], problems: [] });
    expect(parseHash('#/')).toEqual({ route: '', entries: [], problems: [] });
  });
});
