import { scaleDecimalExact } from './decimal.js';
import { type ParseResult, withExponent } from './size.js';
import type { Lang } from '../explain/types.js';
import { unitMessages } from './messages.js';

/**
 * Rates are stored in bits per second, as links are sold. Accepted: 10Gb/s, 10 Gbps, 25GbE, 10G
 * (the Ethernet shorthand), and byte rates such as 500MB/s or 200 MiB/s (converted × 8).
 */
const RATE = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)(?:e([+-]?\d+))?\s*([A-Za-z/]+)\s*$/;

const PREFIX_FACTOR: Readonly<Record<string, number>> = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const BINARY_PREFIX_FACTOR: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };

function unitFactor(symbol: string): number | undefined {
  // Ethernet names: "25GbE", "10G", "1GE"
  const eth = /^([kKMGT])(?:bE|E|b?)$/.exec(symbol);
  if (eth) return PREFIX_FACTOR[eth[1] ?? ''];
  const bits = /^([kKMGT]?)(?:b\/s|bps|bit\/s)$/.exec(symbol);
  if (bits) return PREFIX_FACTOR[bits[1] ?? ''];
  const bytes = /^([kKMGT]i|[kKMGT]?)(?:B|o)(?:\/s|ps)$/.exec(symbol);
  if (bytes) {
    const p = bytes[1] ?? '';
    const f = p.endsWith('i') ? BINARY_PREFIX_FACTOR[p.toUpperCase().replace('I', 'i')] : PREFIX_FACTOR[p];
    return f === undefined ? undefined : f * 8;
  }
  return undefined;
}

export function parseRate(text: string, lang: Lang = 'en'): ParseResult<number> {
  const t = unitMessages(lang);
  const m = RATE.exec(text);
  if (!m) return { ok: false, reason: t.rateSyntax };
  const [, digits = '', exponent, symbol = ''] = m;
  const factor = unitFactor(symbol);
  if (factor === undefined) {
    return { ok: false, reason: t.rateUnit(symbol) };
  }
  const bps = scaleDecimalExact(withExponent(digits, exponent), factor);
  if (!(bps > 0) || !Number.isFinite(bps)) return { ok: false, reason: t.positive };
  if (bps < 1) return { ok: false, reason: t.rateMin };
  if (bps > 1e15) return { ok: false, reason: t.rateMax };
  return { ok: true, value: bps };
}
