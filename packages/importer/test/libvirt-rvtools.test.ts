import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { libvirtBytes, parseDomainXml, parseNodeinfo, parseRvtools, rvNumber, Warnings } from '../src/index.js';
import { importLibvirtDir, importLibvirtLive, importRvtools } from '../src/node/index.js';
import { FIXTURES, fixtureText } from './helpers.js';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const hasVirsh = (() => {
  try {
    execFileSync('virsh', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
/** A missing virsh fails the live test with what to install; it never skips it. */
const requireVirsh = () => {
  if (hasVirsh) return;
  const reason = "virsh is missing: install Debian's libvirt-clients (bash scripts/test-prereqs.sh, which `pnpm test` runs first, or apt-get install libvirt-clients).";
  console.error(reason);
  throw new Error(reason);
};

describe('libvirt', () => {
  it('virsh nodeinfo of test:///default (libvirt tests/virshtest.c): 3145728 KiB, 2 cells × 2 sockets × 2 cores, 16 threads', () => {
    const n = parseNodeinfo(fixtureText('public/libvirt/nodeinfo.test-default.txt'), 'h');
    expect(n).toMatchObject({ ramTotalBytes: 3145728 * 1024, threads: 16, sockets: 4, cores: 8, cpuModel: 'i686' });
  });

  it('domain XML of test:///default (src/test/test_driver.c): no unit → KiB; memory 8388608 KiB = 8 GiB, balloon 2 GiB, 2 vCPUs', () => {
    const w = new Warnings();
    const g = parseDomainXml(fixtureText('public/libvirt/domain.test-default.xml'), 'h', {}, w);
    expect(g).toMatchObject({ name: 'test', memoryBytes: 8 * GiB, balloonMinBytes: 2 * GiB, vcpus: 2, status: 'stopped' });
    expect(g.disks).toEqual([{ slot: 'vda', storage: '/guest/diskimage1', sizeBytes: null, unused: false }]);
    expect(w.list.map((x) => x.code)).toEqual(['libvirt.disk-size-missing']);
  });

  it('units live in attributes: GiB, MiB; KB is 1000; bad units refused', () => {
    expect(libvirtBytes('16', 'GiB', 'x')).toBe(16 * GiB);
    expect(libvirtBytes('4', 'KB', 'x')).toBe(4000);
    expect(libvirtBytes('4', 'k', 'x')).toBe(4096);
    expect(libvirtBytes('4', 'bytes', 'x')).toBe(4);
    expect(() => libvirtBytes('4', 'parsecs', 'x')).toThrow(/unknown unit/);
    expect(() => parseDomainXml('<domain><name>x</name></domain>', null)).toThrow(/no <memory>/);
    expect(() => parseDomainXml('<domain><name>x</name><memory unit="GiB">lots</memory></domain>', null)).toThrow(/not a size/);
  });

  it('a directory of captures: hostname, unit attributes, domblkinfo capacities, cdrom skipped, running from the id attribute', async () => {
    const inv = await importLibvirtDir(`${FIXTURES}libvirt-dir`);
    expect(inv.nodes.map((n) => n.name)).toEqual(['host-a.example']);
    const big = inv.guests.find((g) => g.name === 'big');
    expect(big).toMatchObject({ node: 'host-a.example', memoryBytes: 16 * GiB, balloonMinBytes: 4096 * MiB, vcpus: 8, sockets: 2, cores: 4, status: 'running' });
    expect(big?.disks).toEqual([
      { slot: 'vda', storage: '/var/lib/libvirt/images/big.qcow2', sizeBytes: 21474836480, unused: false },
      { slot: 'vdb', storage: 'rbd/big-data', sizeBytes: 107374182400, unused: false },
    ]);
    // virsh -c test:///default domblkinfo test --all, captured with libvirt-clients 9.0.0
    expect(inv.guests.find((g) => g.name === 'test')?.disks[0]?.sizeBytes).toBe(1099506450432);
  });

  it('live: virsh -c test:///default', async () => {
    requireVirsh();
    const inv = await importLibvirtLive(['test:///default']);
    expect(inv.nodes).toHaveLength(1);
    expect(inv.nodes[0]).toMatchObject({ ramTotalBytes: 3145728 * 1024, threads: 16 });
    const t = inv.guests.find((g) => g.name === 'test');
    expect(t).toMatchObject({ memoryBytes: 8 * GiB, vcpus: 2, status: 'running' });
    expect(t?.disks[0]?.sizeBytes).toBeGreaterThan(0);
  }, 120_000); // several virsh processes: room on a loaded 2-core machine
});

describe('RVTools CSV (hand-written fixtures, headers from RVTools 4.x exports)', () => {
  it('numbers with thousands separators', () => {
    expect(rvNumber('8,192')).toBe(8192);
    expect(rvNumber('524 226')).toBe(524226);
    expect(rvNumber('12')).toBe(12);
    expect(rvNumber('N/A')).toBeNull();
  });

  it('hosts become nodes (# Memory MiB, # Cores, HT Active doubles threads); VMs the guests (Memory MiB, vDisk Capacity MiB)', async () => {
    const inv = await importRvtools(`${FIXTURES}rvtools`);
    expect(inv.nodes).toEqual([
      expect.objectContaining({ name: 'esx01.example.com', sockets: 2, cores: 56, threads: 112, ramTotalBytes: 524226 * MiB, version: 'VMware ESXi 8.0.2 build-22380479' }),
      expect.objectContaining({ name: 'esx02.example.com', cores: 56, threads: 56, ramTotalBytes: 262042 * MiB }),
    ]);
    expect(inv.guests.map((g) => g.name)).toEqual(['web01', 'db01', 'old01', 'tmpl-debian']);
    expect(inv.guests[0]).toMatchObject({ id: 'vmware/vm-101', memoryBytes: 8192 * MiB, vcpus: 4, sockets: 2, cores: 2, status: 'running', node: 'esx01.example.com' });
    expect(inv.guests[0]?.disks.map((d) => [d.storage, d.sizeBytes])).toEqual([
      ['ds-ssd-01', 40960 * MiB],
      ['ds-ssd-01', 20480 * MiB],
    ]);
    expect(inv.guests[2]).toMatchObject({ status: 'stopped', disks: [{ slot: 'total', storage: null, sizeBytes: 40960 * MiB, unused: false }] });
    expect(inv.guests[3]?.template).toBe(true);
    expect(inv.warnings.map((w) => w.code)).toEqual(['rvtools.srm-placeholders']);
    expect(inv.source).toMatchObject({ kind: 'rvtools', cluster: 'prod' });
  });

  it('a single vInfo file; header variants (spacing, case, "Memory GiB")', () => {
    const w = new Warnings();
    const r = parseRvtools({ vInfo: 'vm,POWERSTATE,template,cpus,Memory GiB,host\nx,poweredOn,false,2,4,h1\n' }, w);
    expect(r.guests[0]).toMatchObject({ memoryBytes: 4 * GiB, vcpus: 2, status: 'running', node: 'h1' });
    expect(w.list.map((x) => x.code).sort()).toEqual(['rvtools.no-vdisk', 'rvtools.no-vhost']);
  });

  it('not an RVTools export → a clear error', () => {
    expect(() => parseRvtools({ vInfo: 'a,b\n1,2\n' })).toThrow(/no "VM" column/);
    expect(() => parseRvtools({ vInfo: 'VM,CPUs\nx,2\n' })).toThrow(/no "Memory" column/);
  });
});
