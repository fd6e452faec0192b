/**
 * A day in the reader's own order (Intl.DateTimeFormat), instead of a raw ISO date. A count and its noun
 * is the core's `count` (its plural rule, the one every message uses).
 */
import type { Lang } from '@capa/core';

/** A day (a Date, or an ISO date or timestamp) in the reader's locale; text that is no date is returned as is. */
export function localDate(d: Date | string, lang: Lang): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return String(d);
  // A bare timestamp keeps its time: an inventory's collection time matters to the minute.
  const withTime = typeof d === 'string' && d.includes('T');
  return new Intl.DateTimeFormat(lang, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' }).format(date);
}
