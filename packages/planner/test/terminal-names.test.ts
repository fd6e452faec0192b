/**
 * Names with terminal escape sequences (red team, issue 8) reach the terminal without them: the
 * CLI's output edge removes ESC sequences and control characters from every text output; --json
 * keeps the names as data, escaped by JSON itself (RFC 8259 §7: control characters are \u-escaped,
 * https://www.rfc-editor.org/rfc/rfc8259#section-7).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'capa-term-'));
// YAML double-quoted escapes: \e is ESC, \a is BEL (YAML 1.2.2 §5.7, https://yaml.org/spec/1.2.2/#57-escaped-characters).
const scenario = (tag: string) => `name: "evil\\e]0;pwned\\a ${tag} \\e[2J"
nodes: { name: "n\\e[31m-", count: 3, ram: 256GiB, cores: 16 }
workloads: { guestRam: 100GiB }
`;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('names from a scenario on the terminal', () => {
  const a = join(tmp, 'a.yaml');
  const b = join(tmp, 'b.yaml');
  writeFileSync(a, scenario('A'));
  writeFileSync(b, scenario('B'));

  it('capa plan (text, --explain, md): no ESC, BEL or other control character; the text around stays', () => {
    for (const extra of [[], ['--explain'], ['--format', 'md'], ['--lang', 'fr']]) {
      const r = run(['plan', a, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stdout).not.toContain('pwned');
    }
    expect(run(['plan', a]).stdout).toContain('capa plan: evil A');
  });

  it('capa compare: the same', () => {
    const r = run(['compare', a, b]);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('evil A');
  });

  it('--json keeps the name as data, JSON-escaped', () => {
    const r = run(['plan', a, '--json']);
    expect(r.stdout).not.toMatch(CONTROL);
    expect((JSON.parse(r.stdout) as { scenario: { name: string } }).scenario.name).toBe('evil\x1b]0;pwned\x07 A \x1b[2J');
  });
});
