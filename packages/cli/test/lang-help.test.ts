/**
 * Language (--lang, then LC_ALL / LC_MESSAGES / LANG) and help: French text and units (Gio, To, decimal
 * comma), English by default, --help for every command with worked examples that really run.
 */
import { readFileSync } from 'node:fs';
import { SPECS } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { type CephCapacityJson, runCli, runJson, STACK_FRAME, type UsableMemoryJson } from './run-cli.js';

const MEM = ['memory', '--nodes', '3', '--node-ram', '512GiB'];
/** Every calculator of the core is a command named after its spec: a new one is checked here without a list to update. */
const COMMANDS = SPECS.map((s) => s.id);

describe('--lang and the locale', () => {
  it('--lang fr gives French text and French units', () => {
    const r = runCli([...MEM, '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('utilisable');
    // docs/course-rules.md §1: 768 GiB usable, written with the French symbol (Gio) and decimal comma (1,5 Tio installed)
    expect(r.stdout).toContain('768 Gio');
    expect(r.stdout).toContain('1,5 Tio');
    expect(r.stdout).not.toContain('Usable guest RAM');
  });

  it('LANG=fr_FR.UTF-8 without --lang gives French', () => {
    const r = runCli(MEM, { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('utilisable');
    expect(r.stdout).toContain('Gio');
  });

  it('LC_MESSAGES=fr_FR.UTF-8 gives French even with LANG=C', () => {
    const r = runCli(['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '20TB'], { env: { LANG: 'C', LC_MESSAGES: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(0);
    // docs/course-rules.md §2: 33.33 TB usable → "33,33 To" in French
    expect(r.stdout).toContain('33,33 To');
  });

  it('LC_ALL wins over LANG (POSIX order): LC_ALL=C with LANG=fr_FR gives English', () => {
    const r = runCli(MEM, { env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usable guest RAM');
    expect(r.stdout).toContain('768 GiB');
  });

  it('--lang en wins over LANG=fr_FR.UTF-8', () => {
    const r = runCli([...MEM, '--lang', 'en'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.stdout).toContain('768 GiB');
    expect(r.stdout).not.toContain('Gio');
  });

  it('--json numbers do not depend on the language; messages do', () => {
    const en = runJson<UsableMemoryJson>(MEM);
    const fr = runJson<UsableMemoryJson>([...MEM, '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(Object.keys(fr.json)).toEqual(Object.keys(en.json));
    expect(fr.json.usableGuestRamBytes).toBe(en.json.usableGuestRamBytes);
    expect(fr.json.usableFraction).toBe(en.json.usableFraction);
    expect(fr.json.checks.map((c) => [c.id, c.level])).toEqual(en.json.checks.map((c) => [c.id, c.level]));
    expect(fr.json.checks.find((c) => c.id === 'memory.n-minus-f')?.message).toContain('utilisables');
  });
});

describe('French input: units and decimal comma', () => {
  it('accepts "512Gio" like 512GiB', () => {
    const r = runJson<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '512Gio', '--lang', 'fr']);
    expect(r.code).toBe(0);
    // docs/course-rules.md §1: 512 × 2 × 0.75 = 768 GiB
    expect(r.json.usableGuestRamBytes).toBe(768 * 2 ** 30);
  });

  it('accepts a decimal comma in --osd-size: 739,85GiB = 739.85GiB', () => {
    // core units/size.ts: "739,85" is the French spelling of 739.85; 739.85 GiB = 794 407 888 486.4 → 794 407 888 486 bytes
    // (half-up), × 4 hosts × 2 OSDs (the ceph --help example)
    const r = runJson<CephCapacityJson>(['ceph', '--nodes', '4', '--osds-per-node', '2', '--osd-size', '739,85GiB', '--ec', '2+1']);
    expect(r.code).toBe(0);
    expect(r.json.rawBytes).toBe(8 * 794407888486);
  });

  it('accepts a decimal comma in --node-ram too: 1,5TiB on 3 nodes → 2.25 TiB usable', () => {
    // Same grammar as every other size (core units/size.ts accepts "1,5"); the comma-separated list form
    // "512GiB,256GiB" must not split a decimal comma. docs/course-rules.md §1: 1.5 TiB × (3 − 1) × 0.75 = 2.25 TiB.
    const r = runCli<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '1,5TiB', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json?.totalRamBytes).toBe(4.5 * 2 ** 40);
    expect(r.json?.usableGuestRamBytes).toBe(2.25 * 2 ** 40);
  });
});

describe('--help and --version', () => {
  it.each(COMMANDS)('%s --help exits 0, shows Examples, and every example runs', (cmd) => {
    const r = runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: capa ${cmd}`);
    expect(r.stdout).toContain('Examples');
    expect(r.stdout).toContain('--json');
    // The worked examples are documentation: each must be valid input (exit 0 or 1, never 2).
    const examples = [...r.stdout.matchAll(/^\s+\$ capa (.+?)(?:\s+#.*)?$/gm)].map((m) => (m[1] ?? '').trim().split(/\s+/));
    expect(examples.length).toBeGreaterThan(0);
    for (const ex of examples) {
      expect(ex[0]).toBe(cmd);
      const run = runCli(ex);
      expect([0, 1], `capa ${ex.join(' ')}\n${run.stderr}`).toContain(run.code);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('capa --help lists every command', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd} `, 'm'));
  });

  it('capa --version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
