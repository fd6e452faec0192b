/**
 * libvirt captures with one bad domain XML import the others (issue 13, point 1): an empty file, two
 * roots, an unknown unit (looked up as an own property: `constructor` is not a unit) are skipped with
 * a warning naming the file. A --dir with nothing usable is refused. English and French.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importErrorText, warningText } from '../src/index.js';
import { importLibvirtDir } from '../src/node/index.js';
import { libvirtBytes } from '../src/parsers/libvirt.js';
import { fixtureText } from './helpers.js';

const GiB = 2 ** 30;
const tmp = mkdtempSync(join(tmpdir(), 'capa-libvirt-partial-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
function capa(args: readonly string[]) {
  if (!existsSync(fileURLToPath(new URL('../../cli/dist/capa.js', import.meta.url)))) throw new Error('run `pnpm -r run build` first');
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// libvirt/libvirt src/test/test_driver.c: the `test` domain of test:///default (8388608 KiB, no unit).
const TEST_XML = fixtureText('public/libvirt/domain.test-default.xml');

describe('libvirt --dir: one bad domain XML is skipped, the rest imports', () => {
  const host = join(tmp, 'host');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'nodeinfo.txt'), fixtureText('public/libvirt/nodeinfo.test-default.txt'));
  writeFileSync(join(host, 'a-good.xml'), TEST_XML);
  writeFileSync(join(host, 'b-empty.xml'), '');
  writeFileSync(join(host, 'c-two-roots.xml'), `${TEST_XML}\n${TEST_XML}`);
  writeFileSync(join(host, 'd-constructor.xml'), TEST_XML.replace(/<memory[^>]*>/, '<memory unit="constructor">'));

  it('imports the good domain; a warning per bad file, naming it, in English and French', async () => {
    const inv = await importLibvirtDir(tmp, () => new Date(0));
    expect(inv.guests.map((g) => [g.name, g.memoryBytes])).toEqual([['test', 8 * GiB]]);
    const skipped = inv.warnings.filter((w) => w.code === 'libvirt.domain-skipped');
    expect(skipped.map((w) => w.source)).toEqual(['b-empty.xml', 'c-two-roots.xml', 'd-constructor.xml'].map((f) => join(host, f)));
    const [empty, two, ctor] = skipped as [(typeof skipped)[0], (typeof skipped)[0], (typeof skipped)[0]];
    // fast-xml-parser's XMLValidator words for an empty document and for a second root element.
    expect(empty.message).toBe(`${join(host, 'b-empty.xml')} skipped: domain XML: not well-formed (Start tag expected.:1:undefined)`);
    expect(two.message).toMatch(/c-two-roots\.xml skipped: domain XML: not well-formed \(Multiple possible root nodes found\./);
    // https://libvirt.org/formatdomain.html#memory-allocation: the units are b, bytes, KB, k, KiB, MB, M, MiB, ... EiB; "constructor" is none of them.
    expect(ctor.message).toBe(`${join(host, 'd-constructor.xml')} skipped: domain test <memory>: unknown unit "constructor"`);
    expect(warningText(empty, 'fr')).toBe(`${join(host, 'b-empty.xml')} ignoré : XML de domaine mal formé (« Start tag expected.:1:undefined »)`);
    expect(warningText(ctor, 'fr')).toBe(`${join(host, 'd-constructor.xml')} ignoré : domain test <memory> : unité inconnue "constructor"`);
  });

  it('units are own properties of the table: Object.prototype names are unknown units, never NaN', () => {
    for (const u of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(() => libvirtBytes('4', u, 'x')).toThrow(`x: unknown unit "${u}"`);
    expect(libvirtBytes('4', 'KiB', 'x')).toBe(4096);
  });

  it('capa import libvirt --dir: exit 0, the skipped files on stderr (en, fr)', () => {
    const en = capa(['import', 'libvirt', '--dir', tmp]);
    expect(en.code).toBe(0);
    expect(en.stderr).toMatch(/capa: warning: .*b-empty\.xml skipped: domain XML: not well-formed/);
    const fr = capa(['import', 'libvirt', '--dir', tmp, '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stderr).toMatch(/d-constructor\.xml ignoré : domain test <memory> : unité inconnue "constructor"/);
  });
});

describe('libvirt --dir with nothing usable is refused', () => {
  it('an empty directory, or one with only empty sub-directories: a clear refusal, not an empty inventory', async () => {
    const empty = join(tmp, 'empty');
    const hollow = join(tmp, 'hollow');
    mkdirSync(empty);
    mkdirSync(join(hollow, 'h1'), { recursive: true });
    mkdirSync(join(hollow, 'h2'));
    for (const dir of [empty, hollow]) {
      const e = await importLibvirtDir(dir).catch((x: unknown) => x);
      expect((e as { code?: string }).code).toBe('libvirt.no-nodeinfo');
      expect((e as Error).message).toBe(`--dir ${dir}: no nodeinfo.txt (virsh nodeinfo) here or in a sub-directory`);
      expect(importErrorText(e, 'fr')).toBe(`--dir ${dir} : aucun nodeinfo.txt (virsh nodeinfo) ici ni dans un sous-dossier`);
    }
    const en = capa(['import', 'libvirt', '--dir', hollow]);
    expect(en).toMatchObject({ code: 1, stdout: '' });
    expect(en.stderr).toMatch(/no nodeinfo\.txt \(virsh nodeinfo\) here or in a sub-directory/);
    const fr = capa(['import', 'libvirt', '--dir', hollow, '--lang', 'fr']);
    expect(fr.stderr).toMatch(/aucun nodeinfo\.txt \(virsh nodeinfo\) ici ni dans un sous-dossier/);
  });
});
