import { describe, expect, it } from 'vitest';
import { formatPoolSpec, isPoolName, parsePoolSpec, POOL_SPEC_SYNTAX, splitPoolSpec } from '../src/index.js';

const reason = (spec: string) => {
  const r = parsePoolSpec(spec);
  return r.ok ? 'accepted' : r.reason;
};

describe('parsePoolSpec (the --pool syntax, validated)', () => {
  it('reads a name alone and every key', () => {
    expect(parsePoolSpec('rbd')).toEqual({ ok: true, value: { name: 'rbd' } });
    expect(parsePoolSpec('rbd:size=3:ratio=1')).toEqual({ ok: true, value: { name: 'rbd', protection: { kind: 'replicated', size: 3 }, targetRatio: 1 } });
    expect(parsePoolSpec('backups:ec=4+2:target=2TB:stored=500GiB:bias=4:bulk:min=8:max=256:current=128')).toEqual({
      ok: true,
      value: {
        name: 'backups',
        protection: { kind: 'erasure', k: 4, m: 2 },
        targetBytes: 2e12,
        storedBytes: 500 * 2 ** 30,
        bias: 4,
        bulk: true,
        pgNumMin: 8,
        pgNumMax: 256,
        currentPgNum: 128,
      },
    });
    expect(parsePoolSpec('a.b_c-1:ratio=0,2')).toEqual({ ok: true, value: { name: 'a.b_c-1', targetRatio: 0.2 } });
  });

  it('refuses a bad name, naming the syntax', () => {
    expect(reason('')).toBe(`expected ${POOL_SPEC_SYNTAX}; the name uses 1 to 128 letters, digits, . _ -`);
    expect(reason('my pool:size=3')).toMatch(/^expected NAME\[:size=S\|:ec=K\+M\]/);
    expect(reason('x'.repeat(129))).toMatch(/the name uses 1 to 128 letters/);
    expect(reason('x'.repeat(128))).toBe('accepted');
  });

  it('names the wrong part and what is allowed', () => {
    expect(reason('rbd:size=0')).toBe('size=0: must be a whole number from 1 to 32');
    expect(reason('rbd:size=33')).toBe('size=33: must be a whole number from 1 to 32');
    expect(reason('rbd:size=32')).toBe('accepted');
    expect(reason('rbd:ec=1+1')).toBe('ec=1+1: expected K+M with K from 2 to 64 and M from 1 to 64, e.g. 4+2');
    expect(reason('rbd:ec=4+0')).toBe('ec=4+0: expected K+M with K from 2 to 64 and M from 1 to 64, e.g. 4+2');
    expect(reason('rbd:ec=64+64')).toBe('accepted');
    expect(reason('rbd:size=3:ec=4+2')).toBe('give size= or ec=, once');
    expect(reason('rbd:size=3:size=2')).toBe('give size= or ec=, once');
    expect(reason('rbd:ratio=0')).toBe('ratio=0: must be a number greater than 0');
    expect(reason('rbd:bias=-1')).toBe('bias=-1: must be a number greater than 0');
    expect(reason('rbd:target=2')).toBe('target=2: expected a size like 512GiB, 16TB or 739.85 GiB');
    expect(reason('rbd:stored=1Tb')).toBe('stored=1Tb: "Tb" is bits; sizes are in bytes (B, GB, TiB...)');
    expect(reason('rbd:min=0')).toBe('min=0: must be a whole number from 1 to 2^53');
    expect(reason('rbd:max=x')).toBe('max=x: must be a whole number from 1 to 2^53');
    expect(reason('rbd:current=1.5')).toBe('current=1.5: must be a whole number from 1 to 2^53');
    expect(reason('rbd:size')).toBe('"size" needs a value (key=value), or is unknown');
    expect(reason('rbd:bulk=1')).toBe('unknown key "bulk" (size, ec, ratio, target, stored, bias, bulk, min, max, current)');
    expect(reason('rbd:foo=1')).toBe('unknown key "foo" (size, ec, ratio, target, stored, bias, bulk, min, max, current)');
  });

  it('splits each part at its first =, so a value cannot hide a second one', () => {
    expect(reason('rbd:ratio=1=2')).toBe('ratio=1=2: must be a number greater than 0');
  });
});

describe('splitPoolSpec and formatPoolSpec (the texts, as a form holds them)', () => {
  it('splits without validating values; unknown parts are problems', () => {
    expect(splitPoolSpec('rbd:size=3:ratio=x:bulk')).toEqual({ text: { name: 'rbd', values: { size: '3', ratio: 'x' }, bulk: true }, problems: [] });
    expect(splitPoolSpec('b:ec=4+2:colour=red:size').problems).toEqual([
      `unknown pool option "colour=red" (expected ${POOL_SPEC_SYNTAX})`,
      `unknown pool option "size" (expected ${POOL_SPEC_SYNTAX})`,
    ]);
    expect(splitPoolSpec('b:ratio=1:ratio=2').text.values).toEqual({ ratio: '2' });
    expect(splitPoolSpec('b:target=1=2').text.values).toEqual({ target: '1=2' });
  });

  it('formats in syntax order, empty values left out, bulk last', () => {
    expect(formatPoolSpec({ name: 'rbd', values: { current: '128', ratio: '1', size: '3', bias: ' ' }, bulk: true })).toBe('rbd:size=3:ratio=1:current=128:bulk');
    expect(formatPoolSpec({ name: 'b', values: { target: ' 2TB ', ec: '4+2' }, bulk: false })).toBe('b:ec=4+2:target=2TB');
    expect(formatPoolSpec({ name: 'solo', values: {}, bulk: false })).toBe('solo');
  });

  it('round-trips: split(format(x)) = x, and format(split(s)) = s for a canonical spec', () => {
    const text = { name: 'data', values: { size: '2', ratio: '0.2', target: '1TiB', stored: '1TiB', bias: '4', min: '8', max: '256', current: '64' }, bulk: true };
    expect(splitPoolSpec(formatPoolSpec(text))).toEqual({ text, problems: [] });
    const spec = 'backups:ec=4+2:target=2TB:bulk';
    expect(formatPoolSpec(splitPoolSpec(spec).text)).toBe(spec);
    const parsed = parsePoolSpec(formatPoolSpec(text));
    expect(parsed.ok && parsed.value.pgNumMax).toBe(256);
  });

  it('isPoolName: 1 to 128 letters, digits, . _ -', () => {
    expect(['rbd', 'a', 'A.b_c-9', 'x'.repeat(128)].every(isPoolName)).toBe(true);
    expect(['', 'a b', 'a:b', 'é', 'x'.repeat(129)].some(isPoolName)).toBe(false);
  });
});
