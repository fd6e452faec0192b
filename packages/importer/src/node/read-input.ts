/**
 * The one way the command line reads an input file (scenario, catalogue, inventory, capture dump):
 * with a ceiling. `fstat` refuses a regular file over the limit before reading it, and the read
 * itself stops one byte past the limit, because /dev/zero, FIFOs and /proc files report a size of 0.
 * Messages name the file and the limit, never the file's content.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Lang, Params } from '@capa/core';
import { ImportError } from '../error-messages.js';
import { reasonText } from '../reason-messages.js';

const MiB = 1024 * 1024;
/** Hand-written files: a scenario or a catalogue file is a few KiB; 16 MiB is far beyond any real one. */
export const INPUT_FILE_LIMIT = 16 * MiB;
/**
 * Machine-written files: an inventory or a capture dump (RVTools CSV, pvesh JSON) of a large estate
 * runs to megabytes; 64 MiB keeps the ceiling the pvesh dump reader already had, twice the API
 * client's 32 MiB response limit.
 */
export const CAPTURE_FILE_LIMIT = 64 * MiB;

export type ReadFailure = 'missing' | 'directory' | 'too-large' | 'unreadable';
/** A failure carries its words in `lang` and the language-free params they are rendered from (reason-messages.ts). */
export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: ReadFailure; readonly message: string; readonly params: Params };

export interface ReadInputOptions {
  /** Default INPUT_FILE_LIMIT. */
  readonly limitBytes?: number;
  readonly lang?: Lang;
}

/** Reads a whole file as UTF-8 text, at most `limitBytes` of it; anything larger is refused. */
export function readInputFile(path: string, o: ReadInputOptions = {}): ReadOutcome {
  const limit = o.limitBytes ?? INPUT_FILE_LIMIT;
  const fail = (reason: ReadFailure, extra: Params = {}): ReadOutcome => {
    const params = { why: `file-${reason}`, file: path, ...extra };
    return { ok: false, reason, message: reasonText(params, o.lang ?? 'en'), params };
  };
  const tooLarge = () => fail('too-large', { limit });
  const fromError = (e: unknown): ReadOutcome => {
    const code = (e as { code?: string }).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('missing');
    if (code === 'EISDIR') return fail('directory');
    return fail('unreadable', { errno: code });
  };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return fromError(e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail('directory');
    if (st.size > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte more than the limit tells "exactly at the limit" from "over it".
    while (total <= limit) {
      const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
    }
    if (total > limit) return tooLarge();
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (e) {
    return fromError(e);
  } finally {
    closeSync(fd);
  }
}

/** A capture or inventory file the import could not read: `capa import` reports it as bad input (exit 2). */
export class InputFileError extends ImportError {
  constructor(
    params: Params,
    readonly file: string,
    readonly reason: ReadFailure,
  ) {
    super(`input.${reason}`, params, file);
    this.name = 'InputFileError';
  }
}

/** readInputFile for the importers: the text, or an InputFileError. */
export function readCaptureFile(path: string, limitBytes = CAPTURE_FILE_LIMIT): string {
  const r = readInputFile(path, { limitBytes });
  if (!r.ok) throw new InputFileError(r.params, path, r.reason);
  return r.text;
}
