/**
 * `capa … | head`: the reader closes the pipe early. The command stops quietly (exit 0 for help), as
 * Unix tools do, instead of printing Node's unhandled EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './run-cli.js';

describe('a closed output pipe', () => {
  it('the reader gone before capa writes: exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'analyze', '--help'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
    // The read end is closed at once, before the help is written: every write then fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|node:events|Unhandled/);
    expect(code).toBe(0);
  });
});
