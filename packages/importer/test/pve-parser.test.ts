import { describe, expect, it } from 'vitest';
import {
  applyNodeStatus,
  parseClusterResources,
  parseClusterStatus,
  parseHaResources,
  parseLxcConfig,
  parseNetwork,
  parsePveCeph,
  parseQemuConfig,
  pveMemoryMiB,
  parsePveSize,
  Warnings,
} from '../src/index.js';
import { apiData } from './helpers.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

describe('PVE /cluster/resources (luthermonson/go-proxmox real 4-node capture)', () => {
  const w = new Warnings();
  const r = parseClusterResources(apiData('public/pve/cluster-resources.go-proxmox.json'), w);

  it('nodes: bytes as given, maxcpu = threads', () => {
    expect(r.nodes.map((n) => n.name).sort()).toEqual(['node1', 'node2', 'node3', 'node4']);
    expect(r.nodes.find((n) => n.name === 'node1')).toMatchObject({ online: true, threads: 8, ramTotalBytes: 65919459328, ramUsedBytes: 2113265664 });
    expect(r.nodes.find((n) => n.name === 'node2')).toMatchObject({ threads: 12, ramTotalBytes: 33567911936 });
  });

  it('guests: qemu/100 running 1 GiB on node2, qemu/101 is a template, maxdisk = boot disk only', () => {
    expect(r.guests.find((g) => g.id === 'qemu/100')).toMatchObject({ vmid: 100, name: 'server1', node: 'node2', status: 'running', template: false, memoryBytes: 1073741824, vcpus: 1 });
    expect(r.guests.find((g) => g.id === 'qemu/101')).toMatchObject({ template: true, memoryBytes: 16777216000 });
    expect(r.guests.find((g) => g.id === 'qemu/100')?.disks).toEqual([{ slot: 'bootdisk', storage: null, sizeBytes: 34359738368, unused: false }]);
  });

  it('storages: local ones kept per node, no double counting of shared ones', () => {
    expect(r.storages.filter((s) => s.id.endsWith('/local-zfs')).length).toBe(4);
    const ids = r.storages.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a shared storage listed on 3 nodes is one entry with 3 nodes', () => {
    const s = parseClusterResources([
      { type: 'storage', id: 'storage/a/ceph', storage: 'ceph', node: 'a', shared: 1, plugintype: 'rbd', disk: 10, maxdisk: 100 },
      { type: 'storage', id: 'storage/b/ceph', storage: 'ceph', node: 'b', shared: 1, plugintype: 'rbd', disk: 10, maxdisk: 100 },
      { type: 'storage', id: 'storage/c/ceph', storage: 'ceph', node: 'c', shared: '1', plugintype: 'rbd', disk: 10, maxdisk: 100 },
    ]).storages;
    expect(s).toEqual([{ id: 'ceph', type: 'rbd', shared: true, nodes: ['a', 'b', 'c'], totalBytes: 100, usedBytes: 10 }]);
  });

  it('offline node, guest without stats (status unknown, no maxmem) → null memory + warnings; pool ids with a leading slash ignored', () => {
    const w2 = new Warnings();
    const p = parseClusterResources(
      [
        { type: 'node', id: 'node/a', node: 'a', status: 'online', maxmem: 100, mem: 50, maxcpu: 4 },
        { type: 'node', id: 'node/b', node: 'b', status: 'offline' },
        { type: 'qemu', id: 'qemu/100', vmid: 100, node: 'b', status: 'unknown', name: 'x' },
        { type: 'pool', id: '/pool/p1', pool: 'p1' },
      ],
      w2,
    );
    expect(p.nodes.find((n) => n.name === 'b')).toMatchObject({ online: false, ramTotalBytes: null, threads: null });
    expect(p.guests[0]).toMatchObject({ memoryBytes: null, status: 'unknown', vcpus: null });
    expect(w2.list.map((x) => x.code).sort()).toEqual(['pve.guest-no-stats', 'pve.node-offline']);
  });

  it('untrusted: not an array → error naming the endpoint', () => {
    expect(() => parseClusterResources({ data: [] })).toThrow(/\/cluster\/resources: unexpected shape/);
  });
});

describe('PVE node status (Yumaiia/pveXport real PVE 9.1.2 capture)', () => {
  it('cpuinfo.cores is the total, cpus the threads; memory in bytes incl. available', () => {
    const base = parseClusterResources([{ type: 'node', node: 'n100', status: 'online', maxcpu: 4, maxmem: 1 }]).nodes[0];
    if (!base) throw new Error('no node');
    const n = applyNodeStatus(base, apiData('public/pve/node-status.pve-9.1.2.pvexport.json'));
    expect(n).toMatchObject({
      sockets: 1,
      cores: 4,
      threads: 4,
      cpuModel: 'Intel(R) N100',
      ramTotalBytes: 16540520448,
      ramUsedBytes: 12671574016,
      ramAvailableBytes: 3868946432,
      version: 'pve-manager/9.1.2/9d436f37a0ac4172',
    });
  });
});

describe('PVE guest configs', () => {
  it('PVE 7 qemu config (CRASH-Tech/proxmox-operator capture): memory number 8192 MiB, 1 socket × 8 cores, scsi0 32G, cdrom skipped', () => {
    const c = parseQemuConfig(apiData('public/pve/qemu-config.pve7.crash-tech.json'));
    expect(c).toMatchObject({ memoryBytes: 8192 * MiB, balloonMinBytes: null, vcpus: 8, sockets: 1, cores: 8, name: 'k-test-c-3' });
    expect(c.disks).toEqual([{ slot: 'scsi0', storage: 'local-lvm', sizeBytes: 32 * GiB, unused: false }]);
  });

  it('memory as a string (PVE ≥ 8.1) and as a property string; balloon MiB; balloon 0 = disabled', () => {
    expect(pveMemoryMiB(8192)).toBe(8192);
    expect(pveMemoryMiB('8192')).toBe(8192);
    expect(pveMemoryMiB('current=4096')).toBe(4096);
    expect(pveMemoryMiB('4096,hotplug=1')).toBe(4096);
    const c = parseQemuConfig({
      memory: '16384',
      balloon: 2048,
      sockets: '2',
      cores: '4',
      scsi0: 'ceph:vm-100-disk-0,size=50G,ssd=1',
      efidisk0: 'local-zfs:vm-111-disk-0,efitype=4m,size=1M',
      ide2: 'local:iso/x.iso,media=cdrom,size=629M',
      unused0: 'ceph:vm-100-disk-9',
      virtio1: 'local:100/vm-100-disk-1.qcow2,size=1536M',
    });
    expect(c).toMatchObject({ memoryBytes: 16 * GiB, balloonMinBytes: 2 * GiB, vcpus: 8 });
    expect(c.disks).toEqual([
      { slot: 'efidisk0', storage: 'local-zfs', sizeBytes: MiB, unused: false },
      { slot: 'scsi0', storage: 'ceph', sizeBytes: 50 * GiB, unused: false },
      { slot: 'unused0', storage: 'ceph', sizeBytes: null, unused: true },
      { slot: 'virtio1', storage: 'local', sizeBytes: 1536 * MiB, unused: false },
    ]);
    expect(parseQemuConfig({ memory: 1024, balloon: 0 }).balloonMinBytes).toBe(0);
    expect(parseQemuConfig({}).memoryBytes).toBe(512 * MiB); // PVE default
    expect(parseQemuConfig({ sockets: 2, cores: 8, vcpus: 4 }).vcpus).toBe(4);
  });

  it('a memory value that is no size is an error, not a silent 512', () => {
    expect(() => parseQemuConfig({ memory: 'lots' }, 'qemu/1 config')).toThrow(/qemu\/1 config: memory "lots" not understood/);
  });

  it('size grammar: binary multipliers, bare = bytes', () => {
    expect(parsePveSize('32G')).toBe(32 * GiB);
    expect(parsePveSize('1.5T')).toBe(1.5 * 1024 ** 4);
    expect(parsePveSize('4096')).toBe(4096);
    expect(parsePveSize('10GiB')).toBe(10 * GiB);
    expect(parsePveSize('10 GB')).toBeNull();
  });

  it('lxc: memory MiB, cores absent = all host threads (warned), rootfs + mp volumes, bind mounts skipped', () => {
    const w = new Warnings();
    const c = parseLxcConfig(
      { memory: 2048, swap: 512, hostname: 'ct1', rootfs: 'local-lvm:vm-101-disk-0,size=8G', mp0: 'ceph:vm-101-disk-1,mp=/data,size=100G', mp1: '/srv/host,mp=/host' },
      16,
      'lxc/101 config',
      w,
    );
    expect(c).toMatchObject({ memoryBytes: 2 * GiB, balloonMinBytes: null, vcpus: 16, name: 'ct1' });
    expect(c.disks.map((d) => [d.slot, d.sizeBytes])).toEqual([
      ['mp0', 100 * GiB],
      ['rootfs', 8 * GiB],
    ]);
    expect(w.list.map((x) => x.code)).toEqual(['pve.lxc-all-cores']);
    expect(parseLxcConfig({ cores: 2 }, 16).vcpus).toBe(2);
    expect(parseLxcConfig({ cpulimit: 1.5 }, 16).vcpus).toBe(1.5);
  });
});

describe('PVE network, HA, cluster status', () => {
  it('bonds: slaves is a space-separated string; OVS bonds read from ovs_options', () => {
    const b = parseNetwork('pve1', [
      { iface: 'bond0', type: 'bond', slaves: 'eno2 eno1', bond_mode: '802.3ad', bond_xmit_hash_policy: 'layer3+4', active: 1 },
      { iface: 'vmbr0', type: 'bridge', bridge_ports: 'bond0' },
      { iface: 'bond1', type: 'OVSBond', ovs_bonds: 'ens1 ens2', ovs_options: 'bond_mode=balance-slb' },
    ]);
    expect(b).toEqual([
      { node: 'pve1', name: 'bond0', mode: '802.3ad', hashPolicy: 'layer3+4', members: ['eno1', 'eno2'], memberSpeedBps: null },
      { node: 'pve1', name: 'bond1', mode: 'balance-slb', hashPolicy: null, members: ['ens1', 'ens2'], memberSpeedBps: null },
    ]);
  });

  it('HA sids and the cluster name (go-proxmox capture)', () => {
    expect([
      ...parseHaResources([
        { sid: 'vm:100', state: 'started' },
        { sid: 'ct:101', state: 'stopped' },
      ]),
    ]).toEqual([
      ['qemu/100', 'started'],
      ['lxc/101', 'stopped'],
    ]);
    expect(parseClusterStatus(apiData('public/pve/cluster-status.go-proxmox.json'))).toBe('clustername');
    expect(parseClusterStatus([{ type: 'node', name: 'solo', nodeid: 0 }])).toBeNull();
  });
});

describe('Ceph through the PVE API', () => {
  it('OSD tree in bytes, total_space 1024 (no stats) → crush_weight; pool stored from pool status', () => {
    const w = new Warnings();
    const c = parsePveCeph(
      {
        osdTree: {
          root: {
            id: -1,
            name: 'default',
            type: 'root',
            children: [
              {
                id: -2,
                name: 'pve1',
                type: 'host',
                children: [
                  { id: 0, name: 'osd.0', type: 'osd', total_space: 4000787030016, bytes_used: 1000000000, device_class: 'ssd', crush_weight: 3.63869, pgs: 100, status: 'up', in: 1 },
                  { id: 1, name: 'osd.1', type: 'osd', total_space: 1024, bytes_used: 0, device_class: 'ssd', crush_weight: 3.63869, pgs: 0, status: 'down', in: 0 },
                ],
              },
            ],
          },
        },
        pools: [
          {
            pool: '2',
            pool_name: 'rbd',
            size: 3,
            min_size: 2,
            pg_num: 128,
            type: 'replicated',
            crush_rule: '0',
            crush_rule_name: 'replicated_rule',
            bytes_used: 300,
            percent_used: 0.01,
            target_size_ratio: 1,
          },
        ],
        poolStatus: { rbd: { statistics: { stored: 100, bytes_used: 300, max_avail: 5000, objects: 3 } } },
        status: { fsid: 'f', pgmap: { bytes_total: 8000000000000, bytes_used: 1000000000, bytes_avail: 7000000000000 } },
      },
      w,
    );
    expect(c.osds.map((o) => [o.id, o.host, o.sizeBytes, o.in])).toEqual([
      [0, 'pve1', 4000787030016, true],
      [1, 'pve1', Math.round(3.63869 * 1024 ** 4), false],
    ]);
    expect(c.pools[0]).toMatchObject({ id: 2, crushRule: 0, storedBytes: 100, usedBytes: 300, maxAvailBytes: 5000, targetSizeRatio: 1 });
    expect(c.rawUsedBytes).toBe(1000000000);
    expect(w.list.map((x) => x.code)).toEqual(['ceph.osd-size-from-crush-weight']);
  });
});
