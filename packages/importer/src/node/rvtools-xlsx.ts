/**
 * `capa import rvtools FILE.xlsx`: RVTools' default export, read with exceljs. exceljs is loaded here
 * only, on the xlsx path, so no other command pays for it. Its in-memory reader (`xlsx.load`, JSZip)
 * is used, not the streaming WorkbookReader: on Node 20 the streaming reader loses zip entries at
 * random (sheets read with no rows, a worksheet temp file gone with an uncaught 'error' event that
 * kills the process: exceljs/exceljs#3064, open), which silent partial figures cannot afford. The
 * file is untrusted: it is read through the bounded reader (CAPTURE_FILE_LIMIT, 64 MiB), a file that
 * is not a zip is refused before exceljs sees it, the rows and cells read are capped, and any failure
 * of the reader is a coded refusal, never a stack.
 */
import { readFileSync } from 'node:fs';
import type { Tab } from '../parsers/rvtools-csv.js';
import type { RvtoolsParsedTabs, TabName } from '../parsers/rvtools.js';
import { type SheetRow, sheetTab } from '../parsers/rvtools-sheet.js';
import { ImportError } from '../util.js';
import { CAPTURE_FILE_LIMIT, InputFileError, readInputFile } from './read-input.js';

/** Rows per sheet: Excel's own maximum (1 048 576, https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const XLSX_ROW_LIMIT = 1_048_576;
/**
 * Cells read in all: 20 million, 100× a large estate's vInfo + vDisk (10 000 VMs × 4 disks × ~90
 * columns ≈ 4.5 million). Sheets other than vInfo, vHost, vDisk and vCPU are skipped unread.
 */
export const XLSX_CELL_LIMIT = 20_000_000;

const TABS: Readonly<Record<string, TabName>> = { vinfo: 'vInfo', vhost: 'vHost', vdisk: 'vDisk', vcpu: 'vCPU' };

export interface XlsxLimits {
  readonly fileBytes?: number;
  readonly rows?: number;
  readonly cells?: number;
}

/** The part of exceljs read here. */
interface WorksheetLike {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  eachRow(cb: (row: { number: number; values: unknown }) => void): void;
}
interface ExcelJsLike {
  Workbook: new () => { xlsx: { load(data: Buffer): Promise<unknown> }; worksheets: WorksheetLike[] };
}

/** A zip starts with a local file header, "PK\x03\x04" (APPNOTE.TXT 4.3.7, https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT). */
const looksLikeZip = (b: Buffer): boolean => b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;

/** The RVTools sheets of an xlsx file, as tabs; refuses a file that is too large, not a zip, unreadable, too big once unzipped, or without vInfo. */
export async function readRvtoolsXlsx(path: string, limits: XlsxLimits = {}): Promise<RvtoolsParsedTabs> {
  const fileLimit = limits.fileBytes ?? CAPTURE_FILE_LIMIT;
  const rowLimit = limits.rows ?? XLSX_ROW_LIMIT;
  const cellLimit = limits.cells ?? XLSX_CELL_LIMIT;
  const r = readInputFile(path, { limitBytes: fileLimit });
  if (!r.ok) throw new InputFileError(r.params, path, r.reason);
  // The bytes, not the UTF-8 text readInputFile returns: read again, now known to be within the limit.
  const data = readFileSync(path);
  if (data.length > fileLimit) throw new InputFileError({ why: 'file-too-large', file: path, limit: fileLimit }, path, 'too-large');
  if (!looksLikeZip(data)) throw new ImportError('rvtools.xlsx-not-zip', { path });

  const tabs: Partial<Record<TabName, Tab>> = {};
  const sheets: string[] = [];
  let cells = 0;
  try {
    const ExcelJS = ((await import('exceljs')) as unknown as { default: ExcelJsLike }).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data);
    for (const ws of wb.worksheets) {
      sheets.push(ws.name);
      const tab = TABS[ws.name.trim().toLowerCase()];
      // Another sheet, or a second one with a tab's name: skipped.
      if (tab === undefined || tabs[tab] !== undefined) continue;
      // Capped before the rows are copied: the sheet's extent, as its cells say.
      if (ws.rowCount > rowLimit) throw new ImportError('rvtools.xlsx-too-large', { path, sheet: ws.name, what: 'rows', limit: rowLimit });
      cells += ws.rowCount * ws.columnCount;
      if (cells > cellLimit) throw new ImportError('rvtools.xlsx-too-large', { path, sheet: ws.name, what: 'cells', limit: cellLimit });
      const rows: SheetRow[] = [];
      ws.eachRow((row) => {
        rows.push({ number: row.number, values: Array.isArray(row.values) ? (row.values as unknown[]) : [] });
      });
      tabs[tab] = sheetTab(tab, rows);
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // exceljs's or JSZip's words (a truncated zip, bad XML), kept short.
    throw new ImportError('rvtools.xlsx-unreadable', { path, detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
  }
  if (tabs.vInfo === undefined) throw new ImportError('rvtools.xlsx-no-vinfo', { path, sheets: sheets.length === 0 ? '(none)' : sheets.slice(0, 10).join(', ') });
  return tabs as RvtoolsParsedTabs;
}
