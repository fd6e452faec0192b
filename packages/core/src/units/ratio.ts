import type { ParseResult } from './size.js';

/** Parses "0.75", "75%" or "75 %" into a fraction in (0, 1]. */
export function parseRatio(text: string): ParseResult<number> {
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)\s*$/.exec(text);
  if (!m) return { ok: false, reason: 'expected a fraction like 0.75 or a percentage like 75%' };
  const n = Number((m[1] ?? '').replace(',', '.'));
  const value = m[2] === '%' ? n / 100 : n;
  if (!(value > 0 && value <= 1)) return { ok: false, reason: 'must be in (0, 1] (or 1% to 100%)' };
  // Below a hundredth of a percent no sizing rule means anything, and dividing by it overflows.
  if (value < 1e-4) return { ok: false, reason: 'must be in (0, 1] and at least 0.0001 (0.01%)' };
  return { ok: true, value };
}

/** Parses a saving such as KSM's: "0", "0.1" or "10%", from 0 to 0.9. */
export function parseSavings(text: string): ParseResult<number> {
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)\s*$/.exec(text);
  if (!m) return { ok: false, reason: 'expected a fraction like 0.1 or a percentage like 10%' };
  const n = Number((m[1] ?? '').replace(',', '.'));
  const value = m[2] === '%' ? n / 100 : n;
  // KSM's best field case saved 87.5 % (8 GB → 1 GB); above 90 % the figure would be fiction.
  if (!(value >= 0 && value <= 0.9)) return { ok: false, reason: 'must be from 0 to 0.9 (0% to 90%)' };
  return { ok: true, value };
}

/** Parses a positive decimal (bias, target ratio weight...). */
export function parsePositive(text: string): ParseResult<number> {
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*$/.exec(text);
  const n = m ? Number((m[1] ?? '').replace(',', '.')) : Number.NaN;
  if (!(n > 0) || !Number.isFinite(n)) return { ok: false, reason: 'must be a number greater than 0' };
  return { ok: true, value: n };
}

/** Parses a whole count between `min` and 2^53 − 1. */
export function parseCount(text: string, min: number): ParseResult<number> {
  if (!/^\s*\d+\s*$/.test(text)) return { ok: false, reason: `must be a whole number from ${min} to 2^53` };
  const big = BigInt(text.trim());
  if (big < BigInt(min) || big > 2n ** 53n) return { ok: false, reason: `must be a whole number from ${min} to 2^53` };
  return { ok: true, value: Number(big) };
}
