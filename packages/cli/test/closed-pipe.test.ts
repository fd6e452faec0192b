/**
 * `capa … | head`: the reader closes the pipe after a few lines. The command stops quietly (exit 0 for
 * help), as Unix tools do, instead of printing Node's unhandled EPIPE stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './run-cli.js';

describe('a closed output pipe', () => {
  it('capa analyze --help | head -1 prints no stack trace', () => {
    // sh's pipeline: head exits after one line and the pipe closes under the rest of the help.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" analyze --help | head -1`], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
    expect(r.stdout.split('\n')[0]).toMatch(/^Usage: capa analyze/);
    expect(r.stderr).not.toMatch(/EPIPE|node:events|Unhandled/);
  });
});
