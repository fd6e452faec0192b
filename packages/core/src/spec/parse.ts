/**
 * One value's text → its typed value, by the input's kind: the generic reader's (read.ts) and the
 * pool reader's (pg/pool-read.ts) for each key of a pool. Parsing itself is the units'; a refusal
 * is a code, its params and, from the units, its words.
 */
import type { Lang } from '../explain/types.js';
import type { ParseResult } from '../units/size.js';
import { parseSize } from '../units/size.js';
import { parseRate } from '../units/rate.js';
import { parseDuration } from '../units/duration.js';
import { parseCount, parsePositive, parseRatio, parseSavings } from '../units/ratio.js';
import type { SizeSystem } from '../units/size-units.js';
import { parseHostOsds } from '../ceph/host-osds.js';
import { parseKeep } from '../backup/keep.js';
import { isCalendarDate } from '../backup/prune.js';
import { parseClasses } from '../network/traffic.js';
import type { InputSpec, Params } from './types.js';

/** Splits "512GiB,512GiB,256GiB" after a unit only, so a French decimal comma (739,85 GiB) stays whole. */
export const splitSizeList = (text: string): string[] => text.split(/(?<=[A-Za-z])\s*[;,]\s*/).filter((p) => p.trim() !== '');

export type Parsed = { readonly value: unknown; readonly system?: SizeSystem } | { readonly code: string; readonly params: Params; readonly message?: string };

export function parseText(i: InputSpec, text: string, lang: Lang, surface: 'cli' | 'web' = 'cli'): Parsed {
  const from = <T>(r: ParseResult<T>, map: (v: T) => { value: unknown; system?: SizeSystem }): Parsed => (r.ok ? map(r.value) : { code: `input.${i.kind}`, params: { text }, message: r.reason });
  switch (i.kind) {
    case 'count': {
      const r = parseCount(text, i.min ?? 1, lang);
      // A small range is said whole: "from 1 to 32" rather than "from 1 to 2^53", then "at most 32".
      if (i.max !== undefined && (!r.ok || r.value > i.max)) return { code: 'input.countRange', params: { text, min: i.min ?? 1, max: i.max } };
      return from(r, (value) => ({ value }));
    }
    case 'rate':
      return from(parseRate(text, lang), (value) => ({ value }));
    case 'ratio':
      return from(parseRatio(text, lang), (value) => ({ value }));
    case 'positive':
      return from(parsePositive(text, lang), (value) => ({ value }));
    case 'savings':
      return from(parseSavings(text, lang), (value) => ({ value }));
    case 'size':
      return from(parseSize(text, lang), (v) => ({ value: v.bytes, system: v.system }));
    case 'sizes': {
      const parts = splitSizeList(text);
      const out: number[] = [];
      let system: SizeSystem | undefined;
      for (const part of parts) {
        const r = parseSize(part, lang);
        // Name the faulty part only when the list has several.
        if (!r.ok) return { code: 'input.sizes', params: { text, part: part.trim() }, message: parts.length > 1 ? `"${part.trim()}" ${r.reason}` : r.reason };
        system ??= r.value.system;
        out.push(r.value.bytes);
      }
      return system === undefined ? { value: out } : { value: out, system };
    }
    case 'choice': {
      const v = i.aliases?.[text] ?? text;
      // The web shows a choice by its labels (its values are URL tokens, `dir=required`): a refusal names those.
      const shown = (c: string): string => (surface === 'web' ? (i.choiceLabels?.[c]?.[lang] ?? c) : c);
      return i.choices?.includes(v) ? { value: v } : { code: 'input.choice', params: { allowed: (i.choices ?? []).map(shown).join(', ') } };
    }
    case 'flag':
      return text === '1' ? { value: true } : text === '0' ? { value: false } : { code: 'input.flag', params: {} };
    case 'ec': {
      // Ceph's profile bounds as the core's schema has them (ceph/protection.ts): k 2..64, m 1..64.
      const m = /^\s*(\d+)\s*\+\s*(\d+)\s*$/.exec(text);
      const k = Number(m?.[1]);
      const mm = Number(m?.[2]);
      return m && k >= 2 && k <= 64 && mm >= 1 && mm <= 64 ? { value: { kind: 'erasure', k, m: mm } } : { code: 'input.ec', params: { text } };
    }
    case 'seconds': {
      const n = Number(text);
      return /^\s*\d+(\.\d+)?\s*$/.test(text) && Number.isFinite(n) ? { value: n } : { code: 'input.seconds', params: { text } };
    }
    case 'duration':
      return from(parseDuration(text, lang), (value) => ({ value }));
    case 'date':
      return isCalendarDate(text.trim()) ? { value: text.trim() } : { code: 'input.date', params: { text } };
    case 'keep':
      return from(parseKeep(text, lang), (value) => ({ value }));
    case 'classes':
      return from(parseClasses(text, lang), (value) => ({ value }));
    case 'hostOsds':
      return from(parseHostOsds(text, lang), (v) => ({ value: v.hosts, system: v.system }));
    // A list arrives as a list, read by read.ts's readList; one line alone is read as a list of one there.
    case 'pools':
      return { code: 'pool.none', params: {} };
  }
}
