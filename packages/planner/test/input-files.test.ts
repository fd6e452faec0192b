/**
 * Files the planner reads (red team, issue 8): scenario and catalogue files are bounded (16 MiB),
 * a scenario's `catalogue:` key stays inside the scenario's directory unless --allow-catalogue-path,
 * and no message ever quotes a data file's content. Run through the built binary, as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const run = (args: string[], timeout = 60_000) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' }, timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'capa-inputs-'));
const write = (name: string, text: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

// A shadow-format file (shadow(5)): its lines must never reach a message.
const SHADOW = 'root:$6$s4lt$SECRETHASHroot:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\nbob:$6$x$SECRETHASHbob: also: [x\n';
const secretFile = write('shadow', SHADOW);
const scenario = (catalogue: string) => `name: t\nnodes: { count: 3, ram: 256GiB, cores: 16 }\nworkloads: { guestRam: 100GiB }\ncatalogue: ${catalogue}\n`;

describe('file size ceiling', () => {
  it('capa plan /dev/zero exits 2 at once with the file and the 16 MiB limit named (it read up to 8 GB before)', () => {
    const r = run(['plan', '/dev/zero']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/dev/zero is larger than 16 MiB, the most capa reads from one input file');
  });

  it('a 17 MiB scenario or catalogue is refused (2), in English and French', () => {
    const big = write('big.yaml', Buffer.alloc(17 * 1024 * 1024, 0x20));
    const r = run(['plan', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.yaml is larger than 16 MiB/);
    const fr = run(['plan', big, '--lang', 'fr']);
    expect(fr.stderr).toMatch(/big\.yaml dépasse 16 Mio/);
    const viaCatalogue = run(['plan', write('s-big.yaml', scenario('x')), '--catalogue', big]);
    expect(viaCatalogue.code).toBe(2);
    expect(viaCatalogue.stderr).toMatch(/big\.yaml is larger than 16 MiB/);
  });
});

describe("a scenario's catalogue key", () => {
  it('an absolute path or one leading out of the directory is refused, naming the field, the value and what is allowed', () => {
    for (const key of [secretFile, '../outside', '/etc']) {
      const r = run(['plan', write('s-abs.yaml', scenario(key))]);
      expect(r.code, key).toBe(2);
      expect(r.stderr).toContain(`catalogue (`);
      expect(r.stderr).toContain(JSON.stringify(key));
      expect(r.stderr).toMatch(/must name a catalogue inside the scenario's directory .*--allow-catalogue-path/);
    }
    const fr = run(['plan', write('s-abs.yaml', scenario('/etc')), '--lang', 'fr']);
    expect(fr.stderr).toMatch(/doit désigner un catalogue dans le dossier du scénario/);
  });

  it('a symbolic link leading out (the directory itself, or a file in it) is refused', () => {
    const sub = join(tmp, 'cat-link');
    mkdirSync(sub);
    symlinkSync('/etc/passwd', join(sub, 'evil.yaml'));
    const r = run(['plan', write('s-link.yaml', scenario('cat-link'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evil\.yaml leads outside the scenario's directory .* through a symbolic link/);
    expect(r.stderr).not.toMatch(/root:x:0/);
    symlinkSync('/etc', join(tmp, 'etc-link'));
    const d = run(['plan', write('s-dirlink.yaml', scenario('etc-link'))]);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/must name a catalogue inside/);
  });

  it('with --allow-catalogue-path the file is read, and its YAML errors give lines, never its text', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'capa-outside-')), 'shadow');
    writeFileSync(outside, SHADOW);
    const r = run(['plan', write('s-allowed.yaml', scenario(outside)), '--allow-catalogue-path']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/catalogue shadow: \(document\) \(line 3\): not valid YAML\/JSON: /);
    expect(r.stderr).not.toMatch(/SECRETHASH|root:|daemon|\$6\$/);
  });

  it('a catalogue inside the scenario directory is read as before', () => {
    const dir = join(tmp, 'mycat');
    mkdirSync(dir);
    writeFileSync(join(dir, 'subs.yaml'), 'subscriptions: []\n');
    const r = run(['plan', write('s-in.yaml', scenario('mycat'))]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('messages never quote a data file', () => {
  it('a YAML syntax error in a scenario gives its line and column and a fixed message, not the offending text', () => {
    const r = run(['plan', write('bad-escape.yaml', 'name: "SECRET\\q"\nnodes: { count: 3, ram: 1GiB }\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\(document\) \(.*bad-escape\.yaml:1:\d+\): not valid YAML\/JSON: an invalid escape sequence/);
    expect(r.stderr).not.toContain('SECRET');
  });

  it('an unknown key is named, its value is not shown', () => {
    const r = run(['plan', write('unknown.yaml', 'name: t\nnodes: { count: 3, ram: 256GiB, cores: 16 }\npassword: SECRET-VALUE\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('password');
    expect(r.stderr).not.toContain('SECRET-VALUE');
  });
});
