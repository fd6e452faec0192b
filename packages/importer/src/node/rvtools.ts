/** `capa import rvtools DIR|FILE`: RVTools CSV tabs (RVTools_tabvInfo.csv, ..._tabvHost.csv, ..._tabvDisk.csv, ..._tabvCPU.csv). */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildInventory } from '../inventory.js';
import { parseRvtools, type RvtoolsTabs, rvtoolsTabOf } from '../parsers/rvtools.js';
import type { Inventory } from '../schema.js';
import { ImportError, Warnings } from '../util.js';
import { readCaptureFile } from './read-input.js';

export async function importRvtools(path: string, now?: () => Date): Promise<Inventory> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new ImportError('rvtools.no-such-path', { path });
  }
  const files = st.isDirectory() ? (await readdir(path)).map((f) => join(path, f)) : [path];
  if (!st.isDirectory() && /\.xlsx$/i.test(path)) throw new ImportError('rvtools.xlsx', { path });
  const tabs: Partial<RvtoolsTabs> = {};
  let newest = 0;
  for (const f of files) {
    const tab = rvtoolsTabOf(basename(f)) ?? (files.length === 1 ? 'vInfo' : null);
    if (!tab) continue;
    const s = await stat(f);
    newest = Math.max(newest, s.mtimeMs);
    tabs[tab] = readCaptureFile(f);
  }
  if (tabs.vInfo === undefined) throw new ImportError('rvtools.no-vinfo', { path });
  const warnings = new Warnings();
  const r = parseRvtools(tabs as RvtoolsTabs, warnings);
  return buildInventory(
    { nodes: r.nodes, guests: r.guests, warnings: warnings.list, cluster: r.cluster },
    { kind: 'rvtools', origin: resolve(path) },
    (now?.() ?? new Date(newest || Date.now())).toISOString(),
  );
}
