/**
 * `capa ceph --host-osds` (issue 9, item 2), through the built binary: hosts one by one, the same
 * JSON as --nodes/--osds-per-node/--osd-size for equal hosts, refusals naming the option (exit 2).
 */
import { describe, expect, it } from 'vitest';
import { type CephCapacityJson, runCli } from './run-cli.js';

const TB = 1e12;
type Json = CephCapacityJson & { readonly hostRawBytes: number[]; readonly largestHostRawBytes: number; readonly healing: string };

describe('capa ceph --host-osds', () => {
  it('equal hosts give the same JSON as the --nodes form (4 × 4 × 16 TB, 10 TB stored, with recovery)', () => {
    const tail = ['--stored', '10TB', '--link-speed', '25Gb/s', '--osd-write', '500MB/s', '--json'];
    const a = runCli(['ceph', '--host-osds', '4x16TB,4x16TB,4x16TB,4x16TB', ...tail]);
    const b = runCli(['ceph', '--nodes', '4', '--osds-per-node', '4', '--osd-size', '16TB', ...tail]);
    expect(a.code).toBe(0);
    // A step's symbols name the input their number came from (--host-osds or --nodes): all else is identical.
    const noOrigin = (k: string, v: unknown) => (k === 'symbols' && Array.isArray(v) ? v.map(({ from: _f, ...rest }: Record<string, unknown>) => rest) : v);
    expect(JSON.stringify(JSON.parse(a.stdout), noOrigin)).toBe(JSON.stringify(JSON.parse(b.stdout), noOrigin));
    expect(a.stdout).toContain('"input": "hostOsds"');
    expect(b.stdout).toContain('"input": "nodes"');
  });

  it('4x16TB,4x16TB,2x8TB+1x16TB: hosts listed, the 32 TB host bounds the safe capacity (0.85 × 3 × 16 TB ÷ 3)', () => {
    // Each host holds one copy of every PG when hosts = width (https://docs.ceph.com/en/latest/rados/operations/crush-map/).
    const r = runCli<Json>(['ceph', '--host-osds', '4x16TB,4x16TB,2x8TB+1x16TB', '--json']);
    expect(r.code).toBe(0);
    expect(r.json?.hostRawBytes).toEqual([64 * TB, 64 * TB, 32 * TB]);
    expect(r.json?.rawBytes).toBe(160 * TB);
    expect(r.json?.safeUsableBytes).toBe(13.6 * TB);
    const human = runCli(['ceph', '--host-osds', '4x16TB,4x16TB,2x8TB+1x16TB']);
    expect(human.stdout).toMatch(/Hosts\s+3 \(64 TB, 64 TB, 32 TB\)/);
  });

  it('in French: the hosts line and a refusal in French', () => {
    const r = runCli(['ceph', '--host-osds', '2x7,68To,2x7,68To,1x16To,1x16To', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hôtes\s+4 \(15,36 To, 15,36 To, 16 To, 16 To\)/);
    const bad = runCli(['ceph', '--host-osds', '4x16To,2x8To+x16To', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--host-osds');
    expect(bad.stderr).toContain('« x16To » (hôte 2) : attendu : des termes NOMBRExTAILLE');
  });

  it.each([
    { name: 'a term without a count', args: ['--host-osds', '4x16TB,2x8TB+x16TB'], option: '--host-osds', text: '"x16TB" (host 2): expected COUNTxSIZE terms joined by +' },
    { name: 'an empty host', args: ['--host-osds', '4x16TB,,4x16TB'], option: '--host-osds', text: 'host 2 is empty' },
    { name: 'bits', args: ['--host-osds', '4x16Tb'], option: '--host-osds', text: 'bits' },
    { name: '--nodes with it', args: ['--host-osds', '4x16TB', '--nodes', '3'], option: '--nodes', text: 'does not apply with --host-osds' },
    { name: '--osds-per-node with it', args: ['--host-osds', '4x16TB', '--osds-per-node', '3'], option: '--osds-per-node', text: 'does not apply with --host-osds' },
    { name: '--osd-size with it', args: ['--host-osds', '4x16TB', '--osd-size', '3TB'], option: '--osd-size', text: 'does not apply with --host-osds' },
    { name: '--data with it', args: ['--host-osds', '4x16TB', '--data', '3TB'], option: '--data', text: 'does not apply with --host-osds' },
  ])('refuses $name: exit 2, the option named', ({ args, option, text }) => {
    const r = runCli(['ceph', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(option);
    expect(r.stderr).toContain(text);
  });
});
