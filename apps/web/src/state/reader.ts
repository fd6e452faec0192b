/**
 * Reads a page's raw strings into typed core inputs, collecting every problem against the field it
 * came from. The web twin of the CLI's OptionReader: all parsing is the core's (parseSize,
 * parseRate, parseRatio, parseCount...), so a value means the same on the command line and here.
 */
import {
  type InputIssue,
  type Lang,
  type ParseResult,
  parseCount,
  parsePositive,
  parseRate,
  parseRatio,
  parseSize,
  type Protection,
  READER_MESSAGES,
  renderMessage,
  type SizeSystem,
  splitSizeList,
} from '@capa/core';
import type { Values } from './fields';

export interface FieldIssue {
  /** The field key (`nodes`, or `pool.1.ratio` for a pool row). */
  readonly key: string;
  readonly value: string | undefined;
  readonly message: string;
}

export class FieldReader {
  readonly issues: FieldIssue[] = [];
  /** The unit system of the first size read: answers come back in the system the user typed. */
  system: SizeSystem | undefined;

  constructor(
    private readonly values: Values,
    readonly lang: Lang,
    /** Prefix of every key read, e.g. `pool.2.` for a pool row. */
    private readonly prefix = '',
  ) {}

  raw(key: string): string | undefined {
    const v = this.values[key];
    return v === undefined || v.trim() === '' ? undefined : v;
  }

  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  fail(key: string, message: string): void {
    this.issues.push({ key: this.prefix + key, value: this.raw(key), message });
  }

  require<T>(key: string, value: T | undefined): T | undefined {
    if (value === undefined && !this.has(key)) this.fail(key, renderMessage(READER_MESSAGES, 'input.required', {}, this.lang));
    return value;
  }

  private read<T>(key: string, parse: (text: string) => ParseResult<T>): T | undefined {
    const text = this.raw(key);
    if (text === undefined) return undefined;
    const r = parse(text);
    if (r.ok) return r.value;
    this.fail(key, r.reason);
    return undefined;
  }

  count(key: string, min = 1): number | undefined {
    return this.read(key, (t) => parseCount(t, min, this.lang));
  }

  size(key: string): number | undefined {
    const parsed = this.read(key, (t) => parseSize(t, this.lang));
    if (parsed) this.system ??= parsed.system;
    return parsed?.bytes;
  }

  sizes(key: string): number[] | undefined {
    const text = this.raw(key);
    if (text === undefined) return undefined;
    const out: number[] = [];
    for (const part of splitSizeList(text)) {
      const r = parseSize(part, this.lang);
      if (!r.ok) {
        this.fail(key, `"${part.trim()}" ${r.reason}`);
        return undefined;
      }
      this.system ??= r.value.system;
      out.push(r.value.bytes);
    }
    return out;
  }

  rate(key: string): number | undefined {
    return this.read(key, (t) => parseRate(t, this.lang));
  }

  ratio(key: string): number | undefined {
    return this.read(key, (t) => parseRatio(t, this.lang));
  }

  positive(key: string): number | undefined {
    return this.read(key, (t) => parsePositive(t, this.lang));
  }

  seconds(key: string): number | undefined {
    return this.read(key, (t) => {
      const n = Number(t);
      return /^\s*\d+(\.\d+)?\s*$/.test(t) && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: renderMessage(READER_MESSAGES, 'input.seconds', {}, this.lang) };
    });
  }

  /** "4+2" → erasure k = 4, m = 2 (the CLI's --ec). */
  erasure(key: string): Protection | undefined {
    return this.read(key, (t) => {
      const m = /^\s*(\d+)\s*\+\s*(\d+)\s*$/.exec(t);
      const k = Number(m?.[1]);
      const mm = Number(m?.[2]);
      return m && k >= 2 && k <= 64 && mm >= 1 && mm <= 64 ? { ok: true, value: { kind: 'erasure', k, m: mm } } : { ok: false, reason: renderMessage(READER_MESSAGES, 'input.ec', {}, this.lang) };
    });
  }

  /** Choices were checked against their options when the URL was read; this only narrows the type. */
  choice<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw(key);
    return v !== undefined && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  }

  flag(key: string, fallback: boolean): boolean {
    const v = this.raw(key);
    return v === undefined ? fallback : v === '1';
  }
}

/** Names a core field (zod path) by the page's field key; unknown paths fall back to the top key. */
export function issuesFromCore(issues: readonly InputIssue[], fieldToKey: Readonly<Record<string, string>>, values: Values): FieldIssue[] {
  return issues.map((i) => {
    const top = i.field.split('.')[0] ?? i.field;
    const key = fieldToKey[i.field] ?? fieldToKey[top] ?? top;
    return { key, value: values[key], message: i.message };
  });
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes: absent, not undefined). */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
