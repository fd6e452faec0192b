/**
 * Number formats of RVTools CSV tabs. RVTools writes numbers in the Windows locale of the machine
 * that ran it: `8,192` (en: `,` groups thousands, `.` is the decimal mark) or `8.192` (de, it, es:
 * `.` groups thousands, `,` is the decimal mark), with `;` as the delimiter in those European
 * locales. `8.192` and `8,192` each read two ways, 1000× apart: a file's format is decided once,
 * from its values that read only one way (`1.048.576`, `0,5`, `1234.5`, `8.192` MiB of VM memory,
 * a whole number in vSphere), then from the other tabs
 * of the same export, then from the delimiter (`;` → decimal comma, `,` → decimal point). A value
 * that reads two ways in a file that gives no evidence is refused, naming the column and row: it is
 * never read 1000× off without a word (see docs/importer.md, "Number formats").
 */
import { ImportError } from '../util.js';

/** `point`: 1,234.5 (en); `comma`: 1.234,5 (de, it, es). Spaces, no-break spaces and `'` group thousands in both. */
export type NumberFormat = 'point' | 'comma';

const SPACES = [' ', '\u00a0', '\u202f', "'"];
const SYMBOLS: Record<NumberFormat, { decimal: string; groups: readonly string[] }> = {
  point: { decimal: '.', groups: [',', ...SPACES] },
  comma: { decimal: ',', groups: ['.', ...SPACES] },
};

/** `text` read in `format`, or null when it is not a number written that way (groups of 3 digits after a first group of 1–3 not starting with 0). */
export function readAs(text: string, format: NumberFormat): number | null {
  const { decimal, groups } = SYMBOLS[format];
  const m = /^([+-]?)(.*)$/.exec(text.trim());
  const body = m?.[2] ?? '';
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [whole = '', frac] = parts;
  if (frac !== undefined && !/^\d+$/.test(frac)) return null;
  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else {
    const g = /\D/.exec(whole)?.[0];
    if (g === undefined || !groups.includes(g)) return null;
    const pieces = whole.split(g);
    if (!/^[1-9]\d{0,2}$/.test(pieces[0] ?? '') || !pieces.slice(1).every((p) => /^\d{3}$/.test(p))) return null;
    digits = pieces.join('');
  }
  const n = Number(`${m?.[1] ?? ''}${digits}${frac === undefined ? '' : `.${frac}`}`);
  return Number.isFinite(n) ? n : null;
}

/** What one value says about the format: nothing (not a number, or the same both ways), one format, or two readings. */
export type Reading = { kind: 'none' } | { kind: 'same'; value: number } | { kind: 'only'; format: NumberFormat; value: number } | { kind: 'two' };

/**
 * What `text` says. In a `whole` column (vSphere holds the value as an integer: a VM's memorySizeMB,
 * numCpu, numCoresPerSocket, a host's numCpuPkgs and numCpuCores; vmware/govmomi:vim25/types/types.go
 * VirtualMachineConfigSummary, VirtualHardware, HostHardwareSummary) a reading with a fraction is
 * not RVTools' number: `8.192` MiB of memory reads 8192 only.
 */
export function reading(text: string, whole = false): Reading {
  const p = readAs(text, 'point');
  const c = readAs(text, 'comma');
  if (p === null && c === null) return { kind: 'none' };
  if (p !== null && c !== null) {
    if (p === c) return { kind: 'same', value: p };
    if (whole && Number.isInteger(p) !== Number.isInteger(c)) return Number.isInteger(p) ? { kind: 'only', format: 'point', value: p } : { kind: 'only', format: 'comma', value: c };
    return { kind: 'two' };
  }
  return p !== null ? { kind: 'only', format: 'point', value: p } : { kind: 'only', format: 'comma', value: c as number };
}

/** One cell of a numeric column: where it is (spreadsheet row, header as written) and its text. */
export interface Cell {
  readonly column: string;
  readonly row: number;
  readonly value: string;
  /** vSphere holds the value as an integer (see reading). */
  readonly whole?: boolean;
  /** An xlsx cell typed as a number: its value, read as is (it says nothing of the locale). */
  readonly number?: number;
}

/** The first value of a tab that reads only in each format. */
export interface Evidence {
  point: Cell | null;
  comma: Cell | null;
}

export function evidenceOf(cells: Iterable<Cell>): Evidence {
  const e: Evidence = { point: null, comma: null };
  for (const c of cells) {
    if (c.number !== undefined) continue;
    const r = reading(c.value, c.whole);
    if (r.kind === 'only' && e[r.format] === null) e[r.format] = c;
  }
  return e;
}

/** How a tab's format was decided: by its own values, by another tab's, by the delimiter, or not at all. */
export type FormatBasis = 'values' | 'other-tabs' | 'delimiter' | 'none';

/**
 * A tab's number format. Values that read only one way in both formats in one tab are refused
 * (rvtools.number-format-mixed): the file was edited or merged, and no reading is safe.
 */
export function tabFormat(tab: string, own: Evidence, others: readonly Evidence[], delimiter: string): { format: NumberFormat | null; basis: FormatBasis } {
  if (own.point && own.comma) {
    const p = own.point;
    const c = own.comma;
    throw new ImportError('rvtools.number-format-mixed', { tab, pointColumn: p.column, pointRow: p.row, pointValue: p.value, commaColumn: c.column, commaRow: c.row, commaValue: c.value }, tab);
  }
  if (own.point) return { format: 'point', basis: 'values' };
  if (own.comma) return { format: 'comma', basis: 'values' };
  const seen = new Set(others.flatMap((o) => [o.point ? 'point' : null, o.comma ? 'comma' : null]).filter((f): f is NumberFormat => f !== null));
  if (seen.size === 1) return { format: [...seen][0] as NumberFormat, basis: 'other-tabs' };
  // The list separator of the Windows locale RVTools ran in: `;` where `,` is the decimal mark.
  if (delimiter === ';') return { format: 'comma', basis: 'delimiter' };
  if (delimiter === ',') return { format: 'point', basis: 'delimiter' };
  return { format: null, basis: 'none' };
}

/**
 * Reads the numbers of one tab in its format; counts the values that read two ways, so the import
 * can say once which format settled them when only the delimiter did.
 */
export class TabNumbers {
  twoWay: Cell | null = null;
  twoWayCount = 0;
  constructor(
    readonly tab: string,
    readonly format: NumberFormat | null,
    readonly basis: FormatBasis,
  ) {}

  /** The cell's number; null for a placeholder (``, `N/A`); refuses a value that reads two ways when the file gives no evidence. */
  read(c: Cell | null): number | null {
    if (c === null) return null;
    if (c.number !== undefined) return Number.isFinite(c.number) ? c.number : null;
    const r = reading(c.value, c.whole);
    if (r.kind === 'none') return null;
    if (r.kind === 'same' || r.kind === 'only') return r.kind === 'only' && this.format !== null && r.format !== this.format ? null : r.value;
    if (this.format === null) throw new ImportError('rvtools.number-ambiguous', { tab: this.tab, column: c.column, row: c.row, value: c.value }, this.tab);
    this.twoWayCount += 1;
    this.twoWay ??= c;
    return readAs(c.value, this.format);
  }
}
