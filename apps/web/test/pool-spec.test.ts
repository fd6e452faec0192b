import { describe, expect, it } from 'vitest';
import { decodePoolSpec, encodePoolSpec } from '../src/state/pool-spec';

describe('pool spec (the CLI --pool syntax)', () => {
  it('encodes a row in the documented key order, protection by kind', () => {
    expect(encodePoolSpec({ name: 'rbd', protection: 'replicated', size: '3', ec: '4+2', ratio: '1', bulk: '1', current: '128' })).toBe('rbd:size=3:ratio=1:current=128:bulk');
    expect(encodePoolSpec({ name: 'b', protection: 'erasure', size: '3', ec: '4+2', target: '2TB' })).toBe('b:ec=4+2:target=2TB');
  });

  it('decodes what it encodes', () => {
    const row = { name: 'data', protection: 'replicated', size: '2', ratio: '0.2', stored: '1TiB', bias: '4', min: '8', max: '256', bulk: '1' };
    expect(decodePoolSpec(encodePoolSpec(row)).row).toEqual(row);
  });

  it('names unknown options', () => {
    expect(decodePoolSpec('rbd:colour=red').problems[0]).toMatch(/unknown pool option "colour=red"/);
  });
});
