/**
 * `capa import rvtools DIR|FILE`: RVTools CSV tabs (RVTools_tabvInfo.csv, ..._tabvHost.csv,
 * ..._tabvDisk.csv, ..._tabvCPU.csv), or RVTools' xlsx export (a FILE.xlsx, or a directory holding one
 * .xlsx and no vInfo CSV): one mapping for both (parsers/rvtools.ts).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildInventory } from '../inventory.js';
import { parseRvtools, parseRvtoolsTabs, type RvtoolsParts, type RvtoolsTabs, rvtoolsTabOf } from '../parsers/rvtools.js';
import type { Inventory } from '../schema.js';
import { ImportError, Warnings } from '../util.js';
import { readCaptureFile } from './read-input.js';

const isXlsx = (f: string) => /\.xlsx$/i.test(f);

export async function importRvtools(path: string, now?: () => Date): Promise<Inventory> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new ImportError('rvtools.no-such-path', { path });
  }
  const files = st.isDirectory() ? (await readdir(path)).sort().map((f) => join(path, f)) : [path];
  const warnings = new Warnings();
  let r: RvtoolsParts;
  let newest = st.mtimeMs;
  const csvInfo = files.some((f) => rvtoolsTabOf(basename(f)) === 'vInfo');
  const books = files.filter(isXlsx);
  if (!csvInfo && books.length > 0) {
    // A directory of CSV tabs wins over a workbook beside them; two workbooks are ambiguous.
    if (books.length > 1) throw new ImportError('rvtools.xlsx-several', { path, files: books.map((b) => basename(b)).join(', ') });
    const book = books[0] as string;
    newest = (await stat(book)).mtimeMs;
    const { readRvtoolsXlsx } = await import('./rvtools-xlsx.js');
    r = parseRvtoolsTabs(await readRvtoolsXlsx(book), warnings);
  } else {
    const tabs: Partial<RvtoolsTabs> = {};
    newest = 0;
    for (const f of files) {
      const tab = rvtoolsTabOf(basename(f)) ?? (files.length === 1 ? 'vInfo' : null);
      if (!tab) continue;
      const s = await stat(f);
      newest = Math.max(newest, s.mtimeMs);
      tabs[tab] = readCaptureFile(f);
    }
    if (tabs.vInfo === undefined) throw new ImportError('rvtools.no-vinfo', { path });
    r = parseRvtools(tabs as RvtoolsTabs, warnings);
  }
  return buildInventory(
    { nodes: r.nodes, guests: r.guests, warnings: warnings.list, cluster: r.cluster },
    { kind: 'rvtools', origin: resolve(path) },
    (now?.() ?? new Date(newest || Date.now())).toISOString(),
  );
}
