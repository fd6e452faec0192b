/**
 * One RVTools xlsx sheet → the Tab the CSV tabs also become (rvtools-csv.ts), so both go through one
 * mapping. Pure: the cells arrive as the xlsx reader gives them (node/rvtools-xlsx.ts). A cell typed
 * as a number keeps its number (`Tab.numbers`: no locale to guess); text goes through the
 * locale-aware reader like a CSV value; booleans become RVTools' `True`/`False`, dates ISO text,
 * rich text and hyperlinks their text, formulas their cached result.
 */
import { headerKey, type Row, type Tab } from './rvtools-csv.js';

/** What a cell can hold (exceljs's CellValue, narrowed to what is read here). */
export type SheetCell = unknown;

/** A cell's text and, when it is typed as a number, that number. */
export function cellText(v: SheetCell): { text: string; number?: number } {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'number') return Number.isFinite(v) ? { text: String(v), number: v } : { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'boolean') return { text: v ? 'True' : 'False' };
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? '' : v.toISOString() };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText'])) return { text: o['richText'].map((r) => (typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('') };
    if ('result' in o) return cellText(o['result']);
    if (typeof o['text'] === 'string') return { text: o['text'] };
    // { error: '#N/A' } and anything else: no value.
  }
  return { text: '' };
}

/** The rows of one sheet: its first row is the header; `values[c]` is column c (1-based, sparse, as exceljs gives it). */
export interface SheetRow {
  readonly number: number;
  readonly values: readonly SheetCell[];
}

/** Builds the tab; rows before the header row (none in RVTools' layout) are not expected: the first row given is the header. */
export function sheetTab(name: string, rows: readonly SheetRow[]): Tab {
  const headers = new Map<string, string>();
  const key = headerKey(headers);
  const [head, ...body] = rows;
  const keys: (string | undefined)[] = [];
  head?.values.forEach((v, c) => {
    const h = cellText(v).text.trim();
    if (h !== '') keys[c] = key(h);
  });
  const out: Row[] = [];
  const numbers: (Record<string, number> | undefined)[] = [];
  const rowNumbers: number[] = [];
  for (const r of body) {
    const row: Row = {};
    let typed: Record<string, number> | undefined;
    let filled = false;
    keys.forEach((k, c) => {
      // Two headers with one key (`Memory` and `vInfoMemory`): the first filled one counts.
      if (k === undefined || (row[k] ?? '').trim() !== '') return;
      const { text, number } = cellText(r.values[c]);
      row[k] = text;
      if (text.trim() !== '') filled = true;
      if (number !== undefined) (typed ??= {})[k] = number;
    });
    if (!filled) continue;
    out.push(row);
    numbers.push(typed);
    rowNumbers.push(r.number);
  }
  return { name, rows: out, delimiter: '', headers, numbers, rowNumbers };
}
