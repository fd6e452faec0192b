/**
 * The real `capa` binary on the offline sources (pvesh dumps, Ceph JSON dir, libvirt dir, RVTools CSV):
 * exit codes 0/1/2 (capa analyze: cli-analyze.test.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRoutes } from './pve-server.js';
import { capa } from './cli-run.js';
import { FIXTURES } from './helpers.js';

const GiB = 2 ** 30;
const tmp = mkdtempSync(join(tmpdir(), 'capa-cli-importer-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A pvesh dump directory: the fake API's payloads, one file per API path (no {"data"} envelope, as pvesh prints). */
function pveshDir(): string {
  const dir = join(tmp, 'pvesh');
  for (const [path, data] of defaultRoutes()) {
    const file = join(dir, `${path}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  }
  return dir;
}

describe('capa import (offline sources)', () => {
  it('pvesh --dir: the same plan as the API; missing files become warnings', () => {
    const out = join(tmp, 'pve.json');
    const r = capa(['import', 'pvesh', '--dir', pveshDir(), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const inv = JSON.parse(readFileSync(out, 'utf8'));
    expect(inv.source.kind).toBe('pvesh');
    expect(inv.nodes).toHaveLength(3);
    expect(inv.guests.find((g: { id: string }) => g.id === 'qemu/101')).toMatchObject({ memoryBytes: 16 * GiB, vcpus: 8 });
    expect(r.stderr).toMatch(/qemu\/104 \(config-missing\): config not readable \(HTTP 404/);
  });

  it('ceph --dir of the sandbox capture', () => {
    const r = capa(['import', 'ceph', '--dir', join(FIXTURES, 'sandbox')]);
    expect(r.code, r.stderr).toBe(0);
    const inv = JSON.parse(r.stdout);
    expect(inv.ceph.osds).toHaveLength(3);
    expect(inv.ceph.rawUsedBytes).toBe(951115776);
    // The capture predates osd-crush-dump.json: the file is missing (as any optional file), and
    // placement will build its map from the OSD tree, which the second warning says.
    expect(inv.warnings.map((w: { code: string; message: string }) => `${w.code}: ${w.message.slice(0, 50)}`)).toEqual([
      expect.stringMatching(/^ceph\.command-failed: ceph osd crush dump could not be read \(no osd-cru/),
      expect.stringMatching(/^ceph\.no-crush-map: ceph osd crush dump \(osd-crush-dump\.json\) not/),
    ]);
    expect(inv.ceph.placementMaps).toBeNull();
  });

  it('libvirt --dir and rvtools', () => {
    const l = capa(['import', 'libvirt', '--dir', join(FIXTURES, 'libvirt-dir')]);
    expect(l.code, l.stderr).toBe(0);
    expect(JSON.parse(l.stdout).guests).toHaveLength(2);
    const v = capa(['import', 'rvtools', join(FIXTURES, 'rvtools'), '--json', '--out', join(tmp, 'vmware.json')]);
    expect(v.code, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ nodes: 2, guests: 4 });
  });

  it("rvtools FILE.xlsx (fixtures/rvtools-xlsx, converted from fixtures/rvtools): the CSV export's figures; a file that is not a workbook is bad input", () => {
    const x = capa(['import', 'rvtools', join(FIXTURES, 'rvtools-xlsx', 'RVTools_export.xlsx')]);
    expect(x.code, x.stderr).toBe(0);
    const c = capa(['import', 'rvtools', join(FIXTURES, 'rvtools')]);
    const figures = (o: string) => JSON.stringify((({ nodes, guests, warnings }) => ({ nodes, guests, warnings }))(JSON.parse(o)));
    expect(figures(x.stdout)).toBe(figures(c.stdout));
    const bad = join(tmp, 'not-a-workbook.xlsx');
    writeFileSync(bad, 'VM,Memory\na,1\n');
    const r = capa(['import', 'rvtools', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`  PATH ${JSON.stringify(bad)}: ${bad}: not an .xlsx workbook`);
  });

  it('rvtools in a German locale (";", "32.768" MiB): the MiB figures of the export; an ambiguous number is refused in the user language, as bad input (exit 2)', () => {
    // fixtures/rvtools-de: hand-written de-DE export (fixtures/README.md); before, guests were read as 32.768 MiB.
    const out = join(tmp, 'vmware-de.json');
    const v = capa(['import', 'rvtools', join(FIXTURES, 'rvtools-de'), '--out', out]);
    expect(v.code, v.stderr).toBe(0);
    const inv = JSON.parse(readFileSync(out, 'utf8'));
    expect(inv.guests[0].memoryBytes).toBe(32768 * 2 ** 20);
    expect(inv.nodes[2].ramTotalBytes).toBe(1048576 * 2 ** 20);
    const dir = join(tmp, 'rv-tab');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'RVTools_tabvInfo.csv'), 'VM\tMemory\tHost\na\t8.000\th1\n');
    for (const [lang, text] of [
      ['en', 'vInfo row 2, column Memory: "8.000" reads two ways'],
      ['fr', 'vInfo ligne 2, colonne Memory : « 8.000 » se lit de deux façons'],
    ] as const) {
      const r = capa(['import', 'rvtools', dir, '--lang', lang]);
      // Bad content of the one path given is bad input (exit 2, the path named), as a missing path is.
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`  PATH ${JSON.stringify(dir)}`);
      expect(r.stderr).toContain(text);
    }
  });

  it('bad input: exit 2, the option named, nothing on stdout', () => {
    for (const args of [
      ['import', 'pvesh'],
      ['import', 'pvesh', '--dir', join(tmp, 'nope')],
      ['import', 'ceph', '--dir', join(tmp, 'nope')],
      ['import', 'libvirt'],
      ['import', 'rvtools', join(tmp, 'nope')],
      ['import', 'ceph', '--dir', tmp, '--id', 'x'],
    ]) {
      const r = capa(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/capa: invalid input\n {2}(--dir|--uri|PATH)/);
    }
  });

  it('a failed import (required command output missing): exit 1, a clear message', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = capa(['import', 'ceph', '--dir', empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/capa: import failed: ceph osd df failed \(no osd-df\.json in .*\), and ceph osd tree could not be read either: one of the two is required to list the OSDs/);
  });
});
