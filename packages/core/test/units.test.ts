import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unit } from 'mathjs';
import { formatBytes, formatBytesBoth, formatRatio, parseCount, parseRate, parseRatio, parseSize } from '../src/index.js';

const bytes = (s: string) => {
  const r = parseSize(s);
  if (!r.ok) throw new Error(r.reason);
  return r.value.bytes;
};

describe('parseSize', () => {
  it('reads decimal and binary units exactly', () => {
    expect(bytes('16TB')).toBe(16e12); // decimal tera: 10^12
    expect(bytes('512GiB')).toBe(512 * 2 ** 30); // binary gibi: 2^30
    expect(bytes('0.5TiB')).toBe(2 ** 39);
    // 739.85 × 2^30 = 794 407 888 486.4 → rounded half-up to the byte (exact decimal, no float drift)
    expect(bytes('739.85 GiB')).toBe(794407888486);
    // biome-ignore lint/correctness/noPrecisionLoss: the double nearest the exact decimal is the expected value
    expect(bytes('1.2345678901234567 EB')).toBe(1234567890123456700); // exact decimal scaling (float would give ...768)
  });
  it('accepts French symbols and a decimal comma', () => {
    expect(bytes('512 Gio')).toBe(512 * 2 ** 30);
    expect(bytes('16 To')).toBe(16e12);
    expect(bytes('1,5 Tio')).toBe(1.5 * 2 ** 40);
  });
  it('rejects bits, bare numbers, unknown units, zero and negatives with a reason', () => {
    for (const bad of ['16Tb', '512', '5XB', '0GiB', '-5GiB', 'abc', '', '1e400 TB', '9 EiB']) {
      const r = parseSize(bad);
      expect(r.ok, bad).toBe(false);
    }
    const bits = parseSize('16Tb');
    expect(!bits.ok && bits.reason).toMatch(/bits/);
    // The classroom is French: the same refusal, in French.
    const fr = parseSize('16Tb', 'fr');
    expect(!fr.ok && fr.reason).toBe('« Tb » est en bits ; les tailles sont en octets (o, Go, Tio...)');
    const count = parseCount('abc', 1, 'fr');
    expect(!count.ok && count.reason).toBe('doit être un nombre entier de 1 à 2^53');
  });
  it('agrees with mathjs Unit on random canonical inputs', () => {
    // mathjs is the reference unit parser; Capa's tables must give the same bytes.
    const symbols = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...symbols), (i, f, sym) => {
        const text = `${i}.${String(f).padStart(2, '0')} ${sym}`;
        const ref = unit(text).toNumber('B');
        expect(Math.abs(bytes(text) - ref)).toBeLessThanOrEqual(Math.max(1, ref * 1e-15));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('parseRate', () => {
  const bps = (s: string) => {
    const r = parseRate(s);
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };
  it('reads link speeds in bits per second', () => {
    expect(bps('10Gb/s')).toBe(10e9);
    expect(bps('25GbE')).toBe(25e9);
    expect(bps('10G')).toBe(10e9);
    expect(bps('100 Mbps')).toBe(100e6);
    expect(bps('500MB/s')).toBe(4e9); // bytes per second × 8
  });
  it('rejects nonsense', () => {
    for (const bad of ['fast', '0Gb/s', '10 GB', '-1G']) expect(parseRate(bad).ok, bad).toBe(false);
  });
});

describe('parseRatio', () => {
  it('reads fractions and percentages in (0, 1]', () => {
    expect(parseRatio('0.75')).toEqual({ ok: true, value: 0.75 });
    expect(parseRatio('75%')).toEqual({ ok: true, value: 0.75 });
    for (const bad of ['0', '1.5', '150%', 'abc', '-0.2']) expect(parseRatio(bad).ok, bad).toBe(false);
  });
});

describe('formatting', () => {
  it('prints both systems where a buyer could confuse them', () => {
    expect(formatBytesBoth(768 * 2 ** 30, 'binary', 'en')).toBe('768 GiB (824.63 GB)');
    expect(formatBytesBoth(16e12, 'decimal', 'en')).toBe('16 TB (14.55 TiB)');
    expect(formatBytes(768 * 2 ** 30, 'binary', 'fr')).toBe('768 Gio');
    expect(formatBytes(1536 * 2 ** 30, 'decimal', 'fr')).toBe('1,65 To');
  });
  it('rounds once, half away from zero, to 2 decimals', () => {
    expect(formatBytes(33333333333333, 'decimal', 'en')).toBe('33.33 TB');
    expect(formatBytes(2.5e12 * 1.0049, 'decimal', 'en')).toBe('2.51 TB');
    expect(formatRatio(0.6375, 'en')).toBe('63.8%');
    expect(formatRatio(0.5, 'fr')).toBe('50\u202f%');
  });
});
