import { scaleDecimal } from './decimal.js';
import { findSizeUnit, type SizeSystem } from './size-units.js';
import type { Lang } from '../explain/types.js';
import { unitMessages } from './messages.js';

export interface ParsedSize {
  /** Integer bytes, rounded half-up once after exact decimal scaling. */
  readonly bytes: number;
  /** The unit system the user wrote in, so output can answer in the same one. */
  readonly system: SizeSystem;
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const SIZE = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)(?:e([+-]?\d+))?\s*([A-Za-z]+)\s*$/;

/** Largest size accepted: beyond 2^63 bytes (8 EiB) no cluster exists and float integers lose bytes. */
export const MAX_SIZE_BYTES = 2 ** 63;

/**
 * Parses "16TB", "739.85 GiB", "0.5TiB", "512 Gio". Requires a unit: a bare number is ambiguous
 * between GB and GiB, the very confusion Capa exists to remove.
 */
export function parseSize(text: string, lang: Lang = 'en'): ParseResult<ParsedSize> {
  const t = unitMessages(lang);
  const m = SIZE.exec(text);
  if (!m) return { ok: false, reason: t.sizeSyntax };
  const [, digits = '', exponent, symbol = ''] = m;
  if (/^[kKmMgGtTpPeE]?i?b$/.test(symbol)) {
    return { ok: false, reason: t.sizeBits(symbol) };
  }
  const unit = findSizeUnit(symbol);
  if (!unit) return { ok: false, reason: t.sizeUnit(symbol) };
  const scaled = scaleDecimal(withExponent(digits, exponent), unit.factor);
  if (!(scaled > 0)) return { ok: false, reason: t.positive };
  if (scaled > MAX_SIZE_BYTES) return { ok: false, reason: t.sizeMax };
  return { ok: true, value: { bytes: scaled, system: unit.system } };
}

/** Normalises a French decimal comma and an optional exponent into a plain decimal string. */
export function withExponent(digits: string, exponent: string | undefined): string {
  const plain = digits.replace(',', '.');
  return exponent === undefined ? plain : `${plain}e${exponent}`;
}
