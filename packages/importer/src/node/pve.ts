/** `capa import pve` (HTTPS API) and `capa import pvesh --dir` (offline dumps): one plan, two getters. */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildInventory } from '../inventory.js';
import { type CollectOptions, collectPve, type Getter } from '../pve-collect.js';
import type { Inventory } from '../schema.js';
import { ImportError, jsonErrorAt } from '../util.js';
import { type Reason, reasonText } from '../reason-messages.js';
import { warningEn } from '../warning-messages.js';
import { createPveClient, type PveClientOptions } from './pve-http.js';
import { CAPTURE_FILE_LIMIT, readInputFile } from './read-input.js';

export async function importPve(o: PveClientOptions, c: CollectOptions & { now?: () => Date } = {}): Promise<Inventory> {
  const client = createPveClient(o);
  try {
    const parts = await collectPve(client.get, c);
    if (o.insecure === true && o.fingerprint === undefined) {
      parts.warnings = [{ code: 'pve.tls-insecure', message: warningEn('pve.tls-insecure', {}), source: o.url, params: {} }, ...(parts.warnings ?? [])];
    }
    const origin = new URL(o.url).origin;
    return buildInventory(parts, { kind: 'pve-api', origin }, (c.now ?? (() => new Date()))().toISOString());
  } catch (e) {
    if (e instanceof Error) e.message = client.redact(e.message);
    throw e;
  } finally {
    client.close();
  }
}

/**
 * A getter over a directory that mirrors API paths: `/nodes/pve1/status` → DIR/nodes/pve1/status.json
 * (query strings dropped). pvesh prints the payload without the `{"data": …}` envelope; both are accepted.
 */
export function dirGetter(dir: string, maxBytes = CAPTURE_FILE_LIMIT): Getter {
  const root = resolve(dir);
  const failed = (status: number | null, reason: Reason) => ({ ok: false as const, status, reason, message: reasonText(reason, 'en') });
  return async (path) => {
    const clean = path.split('?')[0] ?? path;
    const segments = clean
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
    if (segments.some((s) => s === '..' || s.includes('/') || s.includes('\0'))) return failed(400, { why: 'bad-path' });
    const file = join(root, ...segments) + '.json';
    const read = readInputFile(file, { limitBytes: maxBytes });
    if (!read.ok) return read.reason === 'too-large' ? failed(null, { ...read.params, why: 'file-too-large' }) : failed(404, { why: 'no-file', file });
    const text = read.text;
    try {
      const j = JSON.parse(text.trim() === '' ? 'null' : text) as unknown;
      const data = typeof j === 'object' && j !== null && !Array.isArray(j) && Object.keys(j).length === 1 && 'data' in j ? (j as { data: unknown }).data : j;
      return { ok: true, data };
    } catch (e) {
      const at = jsonErrorAt(e, text);
      return failed(null, { why: 'file-not-json', file, line: at?.line ?? null, column: at?.column ?? null });
    }
  };
}

export async function importPvesh(dir: string, c: CollectOptions & { now?: () => Date } = {}): Promise<Inventory> {
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) throw new Error();
  } catch {
    throw new ImportError('dir.not-directory', { dir });
  }
  // rrddata files, where the dump has them (nodes/NODE/rrddata.json, nodes/NODE/storage/ID/rrddata.json),
  // are the history: captured with --cf MAX as docs/importer.md says; none at all is no history, no warning.
  const parts = await collectPve(dirGetter(dir), { ...c, history: c.history ?? { timeframe: null, cf: 'MAX', missingIsSilent: true } });
  // Collected when the dump was taken: the time of cluster/resources.json.
  const when =
    c.now?.() ??
    (await stat(join(dir, 'cluster', 'resources.json')).then(
      (s) => s.mtime,
      () => new Date(),
    ));
  return buildInventory(parts, { kind: 'pvesh', origin: resolve(dir) }, when.toISOString());
}
