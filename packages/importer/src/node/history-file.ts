/**
 * The history file on disk (`capa import … --append-history FILE`): read with the capture ceiling,
 * validated (a corrupt or foreign file is refused and left untouched), written atomically (a temporary
 * file in the same directory, then rename: a crash or a full disk never leaves half a history).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ImportError } from '../error-messages.js';
import type { HistoryFile } from '../schema-history.js';
import type { Inventory } from '../schema.js';
import { type AppendResult, appendSnapshot, historyFileText, parseHistoryFile, type SnapshotKind, snapshotValues, unixSeconds } from '../history/snapshot.js';
import { CAPTURE_FILE_LIMIT, InputFileError, readInputFile } from './read-input.js';

/** The file's history, or null when there is no file yet; a file that is not one is refused (ImportError / InputFileError). */
export function readHistoryFile(path: string): HistoryFile | null {
  const r = readInputFile(path, { limitBytes: CAPTURE_FILE_LIMIT });
  if (!r.ok) {
    if (r.reason === 'missing') return null;
    throw new InputFileError(r.params, path, r.reason);
  }
  return parseHistoryFile(r.text, path);
}

/** Writes `text` to `path` through a temporary file and a rename (same directory, so same file system). */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

export interface AppendOutcome extends AppendResult {
  readonly time: number;
  readonly created: boolean;
}

/** Appends the inventory's snapshot (history/snapshot.ts) to the file at `path`, creating it when missing. */
export function appendHistoryFile(path: string, inv: Inventory, kind: SnapshotKind): AppendOutcome {
  const time = unixSeconds(inv.collectedAt);
  if (time === null) throw new ImportError('inventory.invalid-build', { path: 'collectedAt', detail: `not an ISO 8601 time: ${inv.collectedAt}` });
  const existing = readHistoryFile(path);
  const r = appendSnapshot(existing, snapshotValues(inv, kind), time, `${inv.source.kind}:${inv.source.origin ?? ''}`);
  const text = historyFileText(r.file);
  if (Buffer.byteLength(text, 'utf8') > CAPTURE_FILE_LIMIT) throw new ImportError('history.too-large', { what: path, limit: CAPTURE_FILE_LIMIT }, path);
  writeFileAtomic(path, text);
  return { ...r, time, created: existing === null };
}
