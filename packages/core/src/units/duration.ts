import type { ParseResult } from './size.js';
import type { Lang } from '../explain/types.js';
import { unitMessages } from './messages.js';

/**
 * Seconds per duration unit. `m` alone is refused: minutes or months? `min` says it. French `j`
 * (jour) and `mn` beside the English ones.
 */
const UNIT_SECONDS: Readonly<Record<string, number>> = { '': 1, s: 1, sec: 1, min: 60, mn: 60, h: 3600, d: 86_400, j: 86_400 };
/** A year: no window, grace or reboot Capa reads is longer. */
export const MAX_DURATION_SECONDS = 366 * 86_400;

/**
 * A duration as people write it: `8h`, `90min`, `3600s`, `1d`, `1.5 h`, `2,5h`, or a plain number of
 * seconds (`28800`, what the options took before). Seconds out; positive and at most a year.
 */
export function parseDuration(text: string, lang: Lang = 'en'): ParseResult<number> {
  const t = unitMessages(lang);
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return { ok: false, reason: /^\s*-/.test(text) ? t.positive : t.durationSyntax };
  const unit = m[2] ?? '';
  const factor = UNIT_SECONDS[unit.toLowerCase()];
  if (factor === undefined) return { ok: false, reason: t.durationUnit(unit) };
  const seconds = Number((m[1] ?? '').replace(',', '.')) * factor;
  if (!(seconds > 0) || !Number.isFinite(seconds)) return { ok: false, reason: t.positive };
  if (seconds > MAX_DURATION_SECONDS) return { ok: false, reason: t.durationMax };
  return { ok: true, value: seconds };
}

/** Seconds as the parser reads them back, in the largest whole unit: 28800 → `8h`, 5400 → `90min`. */
export function durationText(seconds: number): string {
  for (const [unit, f] of [
    ['d', 86_400],
    ['h', 3600],
    ['min', 60],
  ] as const)
    if (seconds >= f && seconds % f === 0) return `${seconds / f}${unit}`;
  return `${seconds}s`;
}
