import type { ParseResult } from './size.js';
import type { Lang } from '../explain/types.js';
import { unitMessages } from './messages.js';

/** Parses "0.75", "75%" or "75 %" into a fraction in (0, 1]. */
export function parseRatio(text: string, lang: Lang = 'en'): ParseResult<number> {
  const t = unitMessages(lang);
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)\s*$/.exec(text);
  if (!m) return { ok: false, reason: t.ratioSyntax };
  const n = Number((m[1] ?? '').replace(',', '.'));
  const value = m[2] === '%' ? n / 100 : n;
  if (!(value > 0 && value <= 1)) return { ok: false, reason: t.ratioRange };
  // Below a hundredth of a percent no sizing rule means anything, and dividing by it overflows.
  if (value < 1e-4) return { ok: false, reason: t.ratioMin };
  return { ok: true, value };
}

/** The largest stated saving or overhead (KSM, deduplication, a filer's reserve): above 90 % the figure would be fiction. */
export const MAX_SAVINGS = 0.9;

/** Parses a saving such as KSM's: "0", "0.1" or "10%", from 0 to MAX_SAVINGS. */
export function parseSavings(text: string, lang: Lang = 'en'): ParseResult<number> {
  const t = unitMessages(lang);
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)\s*$/.exec(text);
  if (!m) return { ok: false, reason: t.savingsSyntax };
  const n = Number((m[1] ?? '').replace(',', '.'));
  const value = m[2] === '%' ? n / 100 : n;
  // KSM's best field case saved 87.5 % (8 GB → 1 GB); above 90 % the figure would be fiction.
  if (!(value >= 0 && value <= MAX_SAVINGS)) return { ok: false, reason: t.savingsRange };
  return { ok: true, value };
}

/** Parses a positive decimal (bias, target ratio weight...). */
export function parsePositive(text: string, lang: Lang = 'en'): ParseResult<number> {
  const t = unitMessages(lang);
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*$/.exec(text);
  const n = m ? Number((m[1] ?? '').replace(',', '.')) : Number.NaN;
  if (!(n > 0) || !Number.isFinite(n)) return { ok: false, reason: t.positiveNumber };
  return { ok: true, value: n };
}

/** Parses a whole count between `min` and 2^53 − 1. */
export function parseCount(text: string, min: number, lang: Lang = 'en'): ParseResult<number> {
  const t = unitMessages(lang);
  if (!/^\s*\d+\s*$/.test(text)) return { ok: false, reason: t.count(min) };
  const big = BigInt(text.trim());
  if (big < BigInt(min) || big > 2n ** 53n) return { ok: false, reason: t.count(min) };
  return { ok: true, value: Number(big) };
}
