/**
 * An inventory's node and guest names with terminal escape sequences (red team, issue 8): capa
 * analyze prints them without the sequences (ECMA-48 CSI/OSC,
 * https://invisible-island.net/xterm/ctlseqs/ctlseqs.html), in its report and in its error messages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const capa = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const GiB = 2 ** 30;
const E = '\x1b]0;pwned\x07\x1b[2J';
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('capa analyze with hostile names', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'capa-term-inv-')), 'inv.json');
  const node = (name: string) => ({ name, online: true, sockets: 1, cores: 16, threads: 32, cpuModel: null, ramTotalBytes: 256 * GiB, ramUsedBytes: null, ramAvailableBytes: null, version: null });
  writeFileSync(
    file,
    JSON.stringify({
      schema: 'capa.inventory',
      version: 1,
      source: { kind: 'synthetic', origin: null, versions: {}, cluster: null },
      collectedAt: '2026-11-23T00:00:00.000Z',
      nodes: [node(`pve${E}1`), node('pve2'), node('pve3\n  Verdict forged')],
      guests: [
        {
          id: 'qemu/100',
          type: 'qemu',
          vmid: 100,
          name: `vm${E}`,
          node: `pve${E}1`,
          status: 'running',
          template: false,
          memoryBytes: 64 * GiB,
          balloonMinBytes: GiB,
          vcpus: 8,
          sockets: 1,
          cores: 8,
          disks: [],
          haState: 'started',
        },
      ],
      storages: [],
      ceph: null,
      bonds: [],
      warnings: [],
    }),
  );

  it('the report (and --explain) names the node without the sequences', () => {
    for (const extra of [[], ['--explain']]) {
      const r = capa(['analyze', file, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stdout).toContain('node pve1');
      expect(r.stdout).not.toContain('pwned');
      expect(r.stdout).toContain('node pve3   Verdict forged');
      expect(r.stdout.split('\n').some((l) => l.startsWith('  Verdict forged'))).toBe(false);
    }
  });

  it('an error message listing the nodes too', () => {
    const r = capa(['analyze', file, '--remove-node', 'zz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such node in the inventory (nodes: pve1, pve2, pve3');
    expect(r.stderr).not.toMatch(CONTROL);
  });
});
