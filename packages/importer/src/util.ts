/**
 * Small, explicit helpers for untrusted input: lenient numbers (Perl serialises numbers as strings
 * at random), explicit unit conversions, and a warning collector.
 */
import type { InventoryWarning } from './schema.js';
import type { Params } from '@capa/core';
import { type WarningKey, warningEn } from './warning-messages.js';
import { ImportError } from './error-messages.js';

export const KiB = 1024;
export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;
export const TiB = 1024 ** 4;

export { ImportError } from './error-messages.js';

/** `12`, `"12"`, `"12.5"` → number; anything else (``, `"N/A"`, null, objects) → null. */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const t = v.trim();
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A non-negative integer (counts, bytes): rounds nothing, refuses fractions and negatives. */
export function int(v: unknown): number | null {
  const n = num(v);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** PVE booleans: 1/0, "1"/"0", true/false. */
export function bool(v: unknown): boolean | null {
  if (v === true || v === 1 || v === '1' || v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === false || v === 0 || v === '0' || v === 'false' || v === 'False' || v === 'FALSE') return false;
  return null;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bytes from a count of `unit`-sized blocks, kept an integer (KiB × 1024 is always exact below 2^53). */
export function scaled(v: unknown, unit: number): number | null {
  const n = num(v);
  if (n === null || n < 0) return null;
  return Math.round(n * unit);
}

/**
 * pve-common JSONSchema::parse_size: `^(\d+(\.\d+)?)([KMGT](iB)?)?$`, binary multipliers, no suffix =
 * bytes. Returns null on anything else.
 */
export function parsePveSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([KMGT])?(?:iB)?$/.exec(text.trim());
  if (!m) return null;
  const mult = { K: KiB, M: MiB, G: GiB, T: TiB }[m[2] as 'K' | 'M' | 'G' | 'T'] ?? 1;
  return Math.round(Number(m[1]) * mult);
}

/** `key=value,key2=value2` property strings (PVE disks, memory since 8.1). The first bare item is `_`. */
export function propertyString(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  text.split(',').forEach((part, i) => {
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (i === 0) out['_'] = part;
      else out[part] = '1';
    } else {
      out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
  });
  return out;
}

export class Warnings {
  readonly list: InventoryWarning[] = [];
  private readonly seen = new Set<string>();
  /** `key` picks the words (warning-messages.ts); `code` stays the stable identifier, `key` unless given. */
  add(key: WarningKey, params: Params, source?: string, code: string = key): void {
    const message = warningEn(key, params);
    const seen = `${code}\u0000${message}`;
    if (this.seen.has(seen)) return;
    this.seen.add(seen);
    this.list.push({ code, message, ...(source === undefined ? {} : { source }), ...(key === code ? {} : { key }), params });
  }
}

/**
 * Where JSON.parse stopped (" at line L, column C"), or nothing. V8's own messages quote a slice of
 * the input ("Unexpected token 'r', "root:$6$…" is not valid JSON"): a file's content never goes
 * into a message, so only the position is kept.
 */
export function jsonErrorWhere(e: unknown, text: string): string {
  const at = jsonErrorAt(e, text);
  return at ? ` at line ${at.line}, column ${at.column}` : '';
}

/** The line and column JSON.parse stopped at, or nulls. */
export function jsonErrorAt(e: unknown, text: string): { line: number; column: number } | null {
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  if (!m) return null;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  return { line: before.split('\n').length, column: pos - before.lastIndexOf('\n') };
}

/** JSON.parse that names the input (never quotes it) in its error. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(e, text);
    throw new ImportError('inventory.not-json', { what, line: at?.line ?? null, column: at?.column ?? null }, what);
  }
}

/** Runs fn over items with at most `limit` in flight; keeps order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
