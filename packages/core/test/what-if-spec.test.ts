import { describe, expect, it } from 'vitest';
import { GiB, parseAddNode, parseGrowth, TiB } from '../src/index.js';

describe('parseGrowth (--grow, the web growth field)', () => {
  it('reads a percentage or a fraction', () => {
    expect(parseGrowth('30%')).toEqual({ ok: true, value: 0.3 });
    expect(parseGrowth('0.3')).toEqual({ ok: true, value: 0.3 });
    expect(parseGrowth('-10%')).toEqual({ ok: true, value: -0.1 });
    expect(parseGrowth('+5%')).toEqual({ ok: true, value: 0.05 });
    expect(parseGrowth('150%')).toEqual({ ok: true, value: 1.5 });
    expect(parseGrowth(' 30 % ')).toEqual({ ok: true, value: 0.3 });
    expect(parseGrowth('0')).toEqual({ ok: true, value: 0 });
    expect(parseGrowth('-99%')).toEqual({ ok: true, value: -0.99 });
  });

  it('refuses -100% or less and what is not a growth, in the asked language', () => {
    const en = { ok: false, reason: 'must be a growth such as 30% or 0.3 (more than -100%)' };
    for (const s of ['-100%', '-1', '-150%', 'abc', '', '1e3', '30%%', '.5']) expect([s, parseGrowth(s)]).toEqual([s, en]);
    expect(parseGrowth('lots', 'fr')).toEqual({ ok: false, reason: 'doit être une croissance comme 30% ou 0.3 (plus de -100 %)' });
  });
});

describe('parseAddNode (--add-node, one node of the web field)', () => {
  const reason = (spec: string, lang: 'en' | 'fr' = 'en') => {
    const r = parseAddNode(spec, lang);
    return r.ok ? 'accepted' : r.reason;
  };

  it('reads every key; a bare size is the RAM', () => {
    expect(parseAddNode('ram=512GiB,threads=64')).toEqual({ ok: true, value: { ramBytes: 512 * GiB, threads: 64 } });
    expect(parseAddNode('256GiB')).toEqual({ ok: true, value: { ramBytes: 256 * GiB } });
    expect(parseAddNode(' RAM = 1TiB , Count=2 ')).toEqual({ ok: true, value: { ramBytes: TiB, count: 2 } });
    expect(parseAddNode('ram=512GiB,count=2,name=pve9,osds=4x7.68TB,class=ssd')).toEqual({
      ok: true,
      value: { ramBytes: 512 * GiB, count: 2, name: 'pve9', osds: 4, osdSizeBytes: 7.68e12, deviceClass: 'ssd' },
    });
    expect(parseAddNode('ram=1TiB,osds=2 × 3.84TB')).toEqual({ ok: true, value: { ramBytes: TiB, osds: 2, osdSizeBytes: 3.84e12 } });
  });

  it('names the wrong key and what is allowed', () => {
    expect(reason('threads=64')).toBe('ram= is required, e.g. ram=512GiB,threads=64');
    expect(reason('')).toBe('ram= is required, e.g. ram=512GiB,threads=64');
    expect(reason('ram=12')).toBe('ram "12" expected a size like 512GiB, 16TB or 739.85 GiB');
    expect(reason('ram=1TiB,osds=4')).toBe('osds must be COUNTxSIZE, e.g. 4x7.68TB');
    expect(reason('ram=1TiB,osds=4x12')).toBe('osds must be COUNTxSIZE, e.g. 4x7.68TB');
    expect(reason('ram=1TiB,colour=red')).toBe('unknown key "colour" (ram, threads, count, name, osds, class)');
    expect(reason('ram=1TiB,name=a b')).toBe('name must be letters, digits, . _ -');
    expect(reason('ram=1TiB,count=0')).toBe('count must be a whole number ≥ 1');
    expect(reason('ram=1TiB,threads=1.5')).toBe('threads must be a whole number ≥ 1');
  });

  it('bounds what a URL could make absurd: 9-digit counts, 63-character names, 4-digit OSD counts', () => {
    expect(reason('ram=1TiB,threads=999999999')).toBe('accepted');
    expect(reason('ram=1TiB,threads=1000000000')).toBe('threads must be a whole number ≥ 1');
    expect(reason(`ram=1TiB,name=${'n'.repeat(63)}`)).toBe('accepted');
    expect(reason(`ram=1TiB,name=${'n'.repeat(64)}`)).toBe('name must be letters, digits, . _ -');
    expect(reason('ram=1TiB,osds=10000x1TB')).toBe('osds must be COUNTxSIZE, e.g. 4x7.68TB');
  });

  it('speaks French', () => {
    expect(reason('threads=4', 'fr')).toBe('ram= est obligatoire, p. ex. ram=512GiB,threads=64');
    expect(reason('ram=x', 'fr')).toBe('ram « x » expected a size like 512GiB, 16TB or 739.85 GiB');
    expect(reason('ram=1TiB,colour=red', 'fr')).toBe('clé inconnue « colour » (ram, threads, count, name, osds, class)');
  });
});
