/**
 * Formatting, where rounding happens, once: figures are carried unrounded through the maths and
 * rounded here "half away from zero to 2 decimals" (Intl's halfExpand), the rounding the docs name.
 */
import type { Lang } from '../explain/types.js';
import { BINARY_UNITS, DECIMAL_UNITS, type SizeSystem, type SizeUnit } from './size-units.js';

/**
 * Fixed-point formatting without Intl: creating the first Intl.NumberFormat loads ICU locale data
 * (~14 ms), a fifth of the CLI's start-up budget. Values are first cut to 15 significant digits
 * (below any displayed precision, above float noise), then rounded half away from zero by toFixed:
 * the rounding the docs name.
 */
// biome-ignore format: a table, several short entries per line as it reads
const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  fr: { group: '\u202f', decimal: ',' },
};

/** |value| as formatNumber prints it, before separators: 15 significant digits, then `maxDigits` decimals. */
export function shownDigits(value: number, maxDigits: number): string {
  // 15 significant digits first: 0.6375 × 100 is 63.74999999999999 in binary and must read 63.8.
  return Number(Math.abs(value).toPrecision(15)).toFixed(maxDigits);
}

export function formatNumber(value: number, lang: Lang, maxDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = shownDigits(value, maxDigits);
  const [int = '0', frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sep = SEPARATORS[lang];
  // Groups of three from the right; values above 1e21 never reach here (sizes stop at 8 EiB).
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? sep.decimal + trimmed : ''}`;
}

/** 0.5 → "50%" / "50 %"; keeps one decimal so 0.6375 reads 63.8%. */
export function formatRatio(value: number, lang: Lang): string {
  const n = formatNumber(value * 100, lang, 1);
  return lang === 'fr' ? `${n}\u202f%` : `${n}%`;
}

function pickUnit(bytes: number, units: readonly SizeUnit[]): SizeUnit {
  let chosen = units[0] as SizeUnit;
  for (const u of units) if (Math.abs(bytes) >= u.factor) chosen = u;
  return chosen;
}

/** "768 GiB" or "824.63 GB", in the largest unit that keeps the number ≥ 1. */
export function formatBytes(bytes: number, system: SizeSystem, lang: Lang): string {
  const unit = pickUnit(bytes, system === 'binary' ? BINARY_UNITS : DECIMAL_UNITS);
  const symbol = lang === 'fr' ? unit.frSymbol : unit.symbol;
  return `${formatNumber(bytes / unit.factor, lang)} ${symbol}`;
}

/**
 * Both systems, the one a reader most likely means first: "768 GiB (824.63 GB)". Buyers read TB on
 * invoices and TiB in Proxmox; printing one alone is how 9 % of a budget goes missing.
 */
export function formatBytesBoth(bytes: number, primary: SizeSystem, lang: Lang): string {
  const [first, second] = bytesInBoth(bytes, primary, lang);
  return second === null ? first : `${first} (${second})`;
}

/** The two parts formatBytesBoth joins, for a picture that sets them apart: ["100 TB", "90.95 TiB"]; null when both read the same. */
export function bytesInBoth(bytes: number, primary: SizeSystem, lang: Lang): readonly [string, string | null] {
  const first = formatBytes(bytes, primary, lang);
  const second = formatBytes(bytes, primary === 'binary' ? 'decimal' : 'binary', lang);
  return [first, first === second ? null : second];
}

const RATE_UNITS = [
  { factor: 1, symbol: 'b/s' },
  { factor: 1e3, symbol: 'kb/s' },
  { factor: 1e6, symbol: 'Mb/s' },
  { factor: 1e9, symbol: 'Gb/s' },
  { factor: 1e12, symbol: 'Tb/s' },
] as const;

export function formatRate(bps: number, lang: Lang): string {
  let unit: { factor: number; symbol: string } = RATE_UNITS[0];
  for (const u of RATE_UNITS) if (Math.abs(bps) >= u.factor) unit = u;
  return `${formatNumber(bps / unit.factor, lang)} ${unit.symbol}`;
}

/** 9000 → "2.5 h"; 750 → "12.5 min"; 42 → "42 s". */
/** A duration that is a lower bound ("≥ 18.6 min"): the recovery time, which Ceph's throttles can only lengthen. */
export function formatDurationAtLeast(seconds: number, lang: Lang): string {
  return `≥ ${formatDuration(seconds, lang)}`;
}

export function formatDuration(seconds: number, lang: Lang): string {
  if (seconds >= 86400 * 2) return `${formatNumber(seconds / 86400, lang, 1)} ${lang === 'fr' ? 'j' : 'd'}`;
  if (seconds >= 3600) return `${formatNumber(seconds / 3600, lang, 2)} h`;
  if (seconds >= 60) return `${formatNumber(seconds / 60, lang, 1)} min`;
  return `${formatNumber(seconds, lang, 1)} s`;
}

/**
 * Scientific notation for small probabilities, which fixed-point rounds to 0: 6.793e-11, 1e-16
 * (4 significant digits, trailing zeros dropped, the reader's decimal separator). Exactly 0 stays "0".
 */
export function formatScientific(value: number, lang: Lang, significant = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const [mantissa = '0', exponent = '0'] = value.toExponential(significant - 1).split('e');
  const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  const e = exponent.startsWith('+') ? exponent.slice(1) : exponent;
  return `${m.replace('.', SEPARATORS[lang].decimal)}e${e}`;
}
