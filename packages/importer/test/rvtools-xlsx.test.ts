/**
 * RVTools' default export, the .xlsx workbook (issue 13 point 1). Fixtures: fixtures/rvtools-xlsx,
 * made by its make-xlsx.mjs from the CSV fixture fixtures/rvtools (provenance in fixtures/README.md):
 * the same export, so every figure must equal the CSV's.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Inventory, ImportError } from '../src/index.js';
import { importRvtools, InputFileError } from '../src/node/index.js';
import { readRvtoolsXlsx } from '../src/node/rvtools-xlsx.js';
import { parseRvtoolsTabs } from '../src/parsers/rvtools.js';
import { cellText, sheetTab } from '../src/parsers/rvtools-sheet.js';
import { FIXTURES } from './helpers.js';

const MiB = 2 ** 20;
const XLSX = join(FIXTURES, 'rvtools-xlsx', 'RVTools_export.xlsx');
const DB_XLSX = join(FIXTURES, 'rvtools-xlsx', 'RVTools_export_DBColumnNames.xlsx');
const NOW = () => new Date('2026-01-01T00:00:00Z');
const tmp = mkdtempSync(join(tmpdir(), 'capa-rvtools-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What the import found, without where and when. */
const figures = (i: Inventory) => ({ nodes: i.nodes, guests: i.guests, warnings: i.warnings.map((w) => [w.code, w.params]), cluster: i.source.cluster });

const refusal = async (p: Promise<unknown>): Promise<ImportError> => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
};

describe('capa import rvtools FILE.xlsx', () => {
  it('the workbook and the CSV tabs of the same export give the same inventory', async () => {
    const x = await importRvtools(XLSX, NOW);
    const c = await importRvtools(join(FIXTURES, 'rvtools'), NOW);
    expect(figures(x)).toEqual(figures(c));
    // The figures themselves (fixtures/rvtools/RVTools_tabvInfo.csv, _tabvHost.csv, _tabvDisk.csv): web01 8,192 MiB, esx01 524,226 MiB, HT on.
    expect(x.guests[0]).toMatchObject({ id: 'vmware/vm-101', memoryBytes: 8192 * MiB, vcpus: 4, sockets: 2, cores: 2 });
    expect(x.guests[0]!.disks.map((d) => [d.storage, d.sizeBytes])).toEqual([
      ['ds-ssd-01', 40960 * MiB],
      ['ds-ssd-01', 20480 * MiB],
    ]);
    expect(x.nodes.map((n) => [n.name, n.ramTotalBytes, n.threads])).toEqual([
      ['esx01.example.com', 524226 * MiB, 112],
      ['esx02.example.com', 262042 * MiB, 56],
    ]);
    expect(x.source.kind).toBe('rvtools');
  });

  it('-DBColumnNames headers (vInfoVMName, vHostMemorySize, vDiskCapacityMiB…): the same figures, except what no public reader names', async () => {
    const d = await importRvtools(DB_XLSX, NOW);
    const c = await importRvtools(join(FIXTURES, 'rvtools'), NOW);
    const strip = (i: Inventory) => i.guests.map((g) => [g.name, g.node, g.status, g.template, g.memoryBytes, g.vcpus, g.sockets, g.cores, g.disks.map((k) => k.sizeBytes)]);
    expect(strip(d)).toEqual(strip(c));
    expect(d.nodes.map((n) => [n.name, n.ramTotalBytes, n.sockets, n.cores, n.version])).toEqual(c.nodes.map((n) => [n.name, n.ramTotalBytes, n.sockets, n.cores, n.version]));
    // Database names of vHost's HT Active and vDisk's Path are in no public reader (rvtools-csv.ts): one thread per core, no datastore.
    expect(d.nodes.map((n) => n.threads)).toEqual([56, 56]);
    expect(d.guests[0]!.disks.map((k) => k.storage)).toEqual([null, null]);
    // vInfoUUID is the guest's key when VM ID has no database name.
    expect(d.guests[0]!.id).toBe('vmware/4201aaaa-0000-0000-0000-000000000101');
  });

  it('a directory holding one .xlsx reads it; two are refused', async () => {
    const dir = join(tmp, 'one');
    mkdirSync(dir);
    copyFileSync(XLSX, join(dir, 'RVTools_export_all.xlsx'));
    expect(figures(await importRvtools(dir, NOW))).toEqual(figures(await importRvtools(XLSX, NOW)));
    copyFileSync(DB_XLSX, join(dir, 'second.xlsx'));
    expect((await refusal(importRvtools(dir, NOW))).code).toBe('rvtools.xlsx-several');
  });

  it('untrusted files: not a zip, a truncated zip, no vInfo sheet, too large, too many rows or cells: coded refusals', async () => {
    const text = join(tmp, 'text.xlsx');
    writeFileSync(text, '"VM","Memory"\n"a","1"\n');
    expect((await refusal(importRvtools(text))).code).toBe('rvtools.xlsx-not-zip');
    const cut = join(tmp, 'cut.xlsx');
    writeFileSync(cut, (await import('node:fs')).readFileSync(XLSX).subarray(0, 3000));
    const e = await refusal(importRvtools(cut));
    expect(e.code).toBe('rvtools.xlsx-unreadable');
    expect(e.message).toMatch(/cut\.xlsx: the \.xlsx workbook cannot be read \(/);
    const n = await refusal(importRvtools(join(FIXTURES, 'rvtools-xlsx', 'not-rvtools.xlsx')));
    expect([n.code, n.params['sheets']]).toEqual(['rvtools.xlsx-no-vinfo', 'Sheet1']);
    expect(await readRvtoolsXlsx(XLSX, { fileBytes: 100 }).catch((x: unknown) => x)).toBeInstanceOf(InputFileError);
    // vInfo: a header and 5 rows (fixtures/rvtools/RVTools_tabvInfo.csv); 19 columns.
    expect((await refusal(readRvtoolsXlsx(XLSX, { rows: 4 }))).params).toMatchObject({ sheet: 'vInfo', what: 'rows', limit: 4 });
    expect((await refusal(readRvtoolsXlsx(XLSX, { cells: 50 }))).params).toMatchObject({ sheet: 'vInfo', what: 'cells', limit: 50 });
  });

  it('typed cells are read as they are; text cells through the locale-aware reader', async () => {
    // A German export kept as text in one column ("32.768" MiB, only 32768 as a whole number of MiB),
    // typed numbers elsewhere (0.5 is not evidence of a decimal point: a number has no locale).
    // (Built in memory: a workbook exceljs writes stores xl/workbook.xml last, which its streaming reader can lose, exceljs/exceljs#3064.)
    const vInfo = sheetTab('vInfo', [
      { number: 1, values: [undefined, 'VM', 'Memory', 'CPUs', 'Host'] },
      { number: 2, values: [undefined, 'a', '32.768', 0.5, 'h1'] },
      { number: 3, values: [undefined, 'b', 2048, 2, 'h1'] },
    ]);
    const i = parseRvtoolsTabs({ vInfo });
    expect(i.guests.map((g) => [g.name, g.memoryBytes, g.vcpus])).toEqual([
      ['a', 32768 * MiB, 0.5],
      ['b', 2048 * MiB, 2],
    ]);
    expect(cellText({ richText: [{ text: 'we' }, { text: 'b01' }] })).toEqual({ text: 'web01' });
    expect(cellText({ formula: 'A1*2', result: 8192 })).toEqual({ text: '8192', number: 8192 });
    expect(cellText(true)).toEqual({ text: 'True' });
    expect(cellText({ error: '#N/A' })).toEqual({ text: '' });
    const t = sheetTab('vInfo', [
      { number: 1, values: [undefined, 'VM', 'Memory'] },
      { number: 3, values: [undefined, 'x', 4096] },
    ]);
    expect([t.rows, t.numbers, t.rowNumbers]).toEqual([[{ vm: 'x', memory: '4096' }], [{ memory: 4096 }], [3]]);
  });
});
