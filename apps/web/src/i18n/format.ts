/**
 * Words that depend on a number or a date, in the reader's language: the plural a count takes
 * (the core's rule, the one every message uses: French 0 and 1 are singular, English only 1) and a day in the reader's own
 * order (Intl.DateTimeFormat), instead of "node(s)" and raw ISO dates.
 */
import { isSingular, type Lang } from '@capa/core';

/** `n` and its noun: "1 vote", "2 votes", "1 nœud", "0 nœud". */
export function plural(n: number, lang: Lang, one: string, other: string): string {
  return `${n.toLocaleString(lang)} ${isSingular(n, lang) ? one : other}`;
}

/** A day (a Date, or an ISO date or timestamp) in the reader's locale; text that is no date is returned as is. */
export function localDate(d: Date | string, lang: Lang): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) return String(d);
  // A bare timestamp keeps its time: an inventory's collection time matters to the minute.
  const withTime = typeof d === 'string' && d.includes('T');
  return new Intl.DateTimeFormat(lang, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' }).format(date);
}
