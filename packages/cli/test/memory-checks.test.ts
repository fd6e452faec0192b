/** `capa memory` after issue 8: quorum with the failures, KSM and ksmtuned, OSD memory, nodes smaller than their reservations. */
import { describe, expect, it } from 'vitest';
import { runCli, runJson, type UsableMemoryJson } from './run-cli.js';

const GiB = 2 ** 30;
const check = (j: UsableMemoryJson, id: string) => j.checks.find((c) => c.id === id);

describe('capa memory', () => {
  it('3 × 512 GiB with 2 failures: no corosync quorum, exit 1', () => {
    // proxmox/pve-docs:pvecm.adoc: quorum is a strict majority: 2 of 3 votes; 1 survivor has 1
    const r = runJson<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '512GiB', '--failures', '2']);
    expect(r.code).toBe(1);
    expect(check(r.json, 'memory.quorum')?.level).toBe('fail');
    expect(check(r.json, 'memory.quorum')?.message).toContain('HA restarts no guest');
  });
  it('2 nodes keep quorum with one down only with --qdevice', () => {
    // proxmox/pve-docs:pvecm.adoc: a QDevice adds 1 vote on an even node count: 3 votes, quorum 2
    expect(runCli(['memory', '--nodes', '2', '--node-ram', '256GiB']).code).toBe(1);
    const r = runJson<UsableMemoryJson>(['memory', '--nodes', '2', '--node-ram', '256GiB', '--qdevice']);
    expect(r.code).toBe(0);
    expect(check(r.json, 'memory.quorum')).toBeUndefined();
  });
  it('--ksm names ksmtuned and its threshold', () => {
    // proxmox/ksm-control-daemon:ksm-control-scripts.org.tar.gz (ksmtuned): KSM_THRES_COEF default 20
    const r = runCli(['memory', '--nodes', '3', '--node-ram', '512GiB', '--ksm', '20%']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ksmtuned');
    expect(r.stdout).toContain('KSM_THRES_COEF=20');
  });
  it('OSD memory at the 4 GiB default warns', () => {
    // proxmox/pve-docs:pveceph.adoc: at least 8 GiB of memory per OSD
    const r = runJson<UsableMemoryJson>(['memory', '--nodes', '3', '--node-ram', '512GiB', '--osds-per-node', '4']);
    expect(check(r.json, 'memory.osd-memory')?.level).toBe('warn');
  });
  it('a 16 GiB node among 512 GiB ones adds 0 and is named by its place in --node-ram', () => {
    // 0.75 × 2 × 512 − 2 × (2 + 10 × 4) = 684 GiB, as without the 16 GiB node (docs/memory.md#sources)
    const r = runJson<UsableMemoryJson>(['memory', '--node-ram', '512GiB,512GiB,512GiB,16GiB', '--osds-per-node', '10', '--host-reserve', '2GiB']);
    expect(r.json.usableGuestRamBytes).toBe(684 * GiB);
    expect(check(r.json, 'memory.node-below-reservations')?.message).toContain('Node 4');
  });
});
