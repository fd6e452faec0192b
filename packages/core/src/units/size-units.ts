/**
 * Byte units as data. Decimal prefixes are what disks are sold in (16 TB = 16 × 10^12 B); binary
 * prefixes are what Ceph, Proxmox and the kernel report (GiB = 2^30 B). French symbols (octet:
 * Go, To, Gio, Tio) are accepted because the course is taught in French.
 */
export type SizeSystem = 'decimal' | 'binary';

export interface SizeUnit {
  readonly symbol: string;
  readonly frSymbol: string;
  readonly factor: number;
  readonly system: SizeSystem;
}

const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E'] as const;

export const DECIMAL_UNITS: readonly SizeUnit[] = PREFIXES.map((p, i) => ({
  symbol: `${p}B`,
  frSymbol: `${p}o`,
  factor: 1000 ** i,
  system: 'decimal' as const,
}));

export const BINARY_UNITS: readonly SizeUnit[] = PREFIXES.map((p, i) => ({
  symbol: i === 0 ? 'B' : `${p === 'k' ? 'K' : p}iB`,
  frSymbol: i === 0 ? 'o' : `${p === 'k' ? 'K' : p}io`,
  factor: 1024 ** i,
  system: 'binary' as const,
}));

/** Looks a unit symbol up, tolerating the case of the prefix (gb is not accepted: see parseSize). */
export function findSizeUnit(symbol: string): SizeUnit | undefined {
  const m = /^([kKmMgGtTpPeE]?)(i?)([Bo])$/.exec(symbol);
  if (!m) return undefined;
  const [, prefix = '', binary] = m;
  const index = prefix === '' ? 0 : 'KMGTPE'.indexOf(prefix.toUpperCase()) + 1;
  if (binary && index === 0) return undefined;
  return (binary ? BINARY_UNITS : DECIMAL_UNITS)[index];
}
