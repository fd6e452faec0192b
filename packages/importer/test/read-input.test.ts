/**
 * The CLI's one bounded reader (red team, issue 8): /dev/zero and FIFOs report a size of 0, so the
 * read itself stops past the limit; messages name the file and the limit, never the content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAPTURE_FILE_LIMIT, INPUT_FILE_LIMIT, readCaptureFile, readInputFile } from '../src/node/read-input.js';
import { FIXTURES } from './helpers.js';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const capa = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'capa-read-'));

describe('readInputFile', () => {
  it('limits: 16 MiB for scenarios and catalogues, 64 MiB for inventories and capture dumps', () => {
    expect(INPUT_FILE_LIMIT).toBe(16 * 2 ** 20);
    expect(CAPTURE_FILE_LIMIT).toBe(64 * 2 ** 20);
  });

  it('a file at the limit is read; one byte more is refused, without reading it', () => {
    const p = join(tmp, 'ten');
    writeFileSync(p, '0123456789');
    expect(readInputFile(p, { limitBytes: 10 })).toEqual({ ok: true, text: '0123456789' });
    const r = readInputFile(p, { limitBytes: 9 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('too-large');
  });

  it('/dev/zero (size 0 to fstat) is refused after limit + 1 bytes', () => {
    const r = readInputFile('/dev/zero', { limitBytes: 1024 * 1024 });
    expect(r).toEqual({
      ok: false,
      reason: 'too-large',
      message: '/dev/zero is larger than 1 MiB, the most capa reads from one input file (is it the right file?)',
      params: { why: 'file-too-large', file: '/dev/zero', limit: 1024 * 1024 },
    });
    const fr = readInputFile('/dev/zero', { limitBytes: 1024 * 1024, lang: 'fr' });
    expect(fr.ok ? '' : fr.message).toBe('/dev/zero dépasse 1 Mio, le maximum que capa lit dans un fichier d’entrée (est-ce le bon fichier ?)');
  });

  it('a missing file and a directory', () => {
    expect(readInputFile(join(tmp, 'nope'))).toMatchObject({ ok: false, reason: 'missing' });
    expect(readInputFile(tmp)).toMatchObject({ ok: false, reason: 'directory' });
    expect(() => readCaptureFile(tmp)).toThrow(/is a directory/);
  });
});

describe('the CLI', () => {
  it('capa analyze /dev/zero: exit 2, the file and the 64 MiB limit named', () => {
    const r = capa(['analyze', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INVENTORY "/dev/zero": /dev/zero is larger than 64 MiB');
  });

  it('an inventory that is not JSON: the line and column, never its text', () => {
    const p = join(tmp, 'shadow.json');
    writeFileSync(p, 'root:$6$s4lt$SECRETHASH:19000:0:99999:7:::\n');
    const r = capa(['analyze', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shadow\.json: not valid JSON/);
    expect(r.stderr).not.toMatch(/SECRETHASH|root:/);
  });

  it('capa import ceph --dir with a capture file that never ends (/dev/zero): exit 2, the file named', () => {
    const dir = join(tmp, 'ceph');
    cpSync(join(FIXTURES, 'sandbox'), dir, { recursive: true });
    rmSync(join(dir, 'osd-df.json'), { force: true });
    rmSync(join(dir, 'osd-df-tree.json'), { force: true });
    symlinkSync('/dev/zero', join(dir, 'osd-df.json'));
    const r = capa(['import', 'ceph', '--dir', dir]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/osd-df\.json is larger than 64 MiB/);
  });
});
