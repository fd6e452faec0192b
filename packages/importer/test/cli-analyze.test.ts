/**
 * The real `capa analyze`: JSON contract keys, exit codes 0/1/2, merge of inventories, what-ifs
 * (the offline imports: cli.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capa } from './cli-run.js';
import { FIXTURES } from './helpers.js';

const GiB = 2 ** 30;
const tmp = mkdtempSync(join(tmpdir(), 'capa-cli-analyze-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('capa analyze', () => {
  const inv = (name: string, nodes: [string, number, number][], guests: [string, number, number, string?][]) => {
    const file = join(tmp, name);
    writeFileSync(
      file,
      JSON.stringify({
        schema: 'capa.inventory',
        version: 1,
        source: { kind: 'synthetic', origin: null, versions: {}, cluster: null },
        collectedAt: '2026-11-23T00:00:00.000Z',
        nodes: nodes.map(([n, ram, threads]) => ({
          name: n,
          online: true,
          sockets: 1,
          cores: threads / 2,
          threads,
          cpuModel: null,
          ramTotalBytes: ram * GiB,
          ramUsedBytes: null,
          ramAvailableBytes: null,
          version: null,
        })),
        guests: guests.map(([n, ram, vcpus, status], i) => ({
          id: `qemu/${100 + i}`,
          type: 'qemu',
          vmid: 100 + i,
          name: `vm${i}`,
          node: n,
          status: status ?? 'running',
          template: false,
          memoryBytes: ram * GiB,
          balloonMinBytes: 1 * GiB,
          vcpus,
          sockets: 1,
          cores: vcpus,
          disks: [],
          haState: 'started',
        })),
        storages: [],
        ceph: null,
        bonds: [],
        warnings: [],
      }),
    );
    return file;
  };

  it('--json: the contract keys; exit 0 when N − 1 passes', () => {
    const f = inv(
      'pass.json',
      [
        ['a', 256, 64],
        ['b', 256, 64],
        ['c', 256, 64],
      ],
      [
        ['a', 100, 8],
        ['b', 100, 8],
        ['c', 100, 8, 'stopped'],
      ],
    );
    const r = capa(['analyze', f, join(FIXTURES, 'sandbox-inventory.json'), '--json']);
    expect(r.code, r.stderr).toBe(1); // the sandbox's single CRUSH host fails the Ceph host-loss check
    const j = JSON.parse(r.stdout);
    expect(j.memory.worstCaseUtilization).toBe(300 / 512);
    expect(j.memory.passes).toBe(true);
    expect(j.ceph.rawBytes).toBe(32212254720);
    expect(j.ceph.usedBytes).toBe(951115776);
    expect(j.ceph.osdCount).toBe(3);
    expect(j.ceph.pools.map((p: { name: string; storedBytes: number }) => [p.name, p.storedBytes])).toEqual([
      ['device_health_metrics', 0],
      ['sandbox-rep', 8421376],
      ['sandbox-ec', 8454144],
    ]);
    expect(j.headroomGuests).toBe(Math.floor((0.75 * 512 - 300) / 8));
    const ok = capa(['analyze', f, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).ceph).toBeNull();
  });

  it('exit 1 when N − 1 fails, human output names the verdict; --explain shows the derivation', () => {
    const f = inv(
      'fail.json',
      [
        ['a', 128, 32],
        ['b', 128, 32],
      ],
      [
        ['a', 60, 8],
        ['b', 60, 8],
      ],
    );
    const r = capa(['analyze', f, '--explain']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Verdict \(memory N − f\)\s+FAILS/);
    expect(r.stdout).toMatch(/Worst-case utilisation\s+93\.8% \(max 75%\)/);
    expect(r.stdout).toMatch(/\(G \+ Q\) ÷ \(T − F\)/);
    // The letters are defined under the step, each with its origin (docs/README.md#derivation-symbols).
    expect(r.stdout).toMatch(/where G = configured RAM of the counted guests.*; from the inventory/);
    const fr = capa(['analyze', f, '--lang', 'fr']);
    expect(fr.stdout).toMatch(/Verdict \(mémoire N − f\)\s+ÉCHEC/);
  });

  it('what-ifs: --grow 30%, --add-node, --remove-node', () => {
    const f = inv(
      'whatif.json',
      [
        ['a', 128, 32],
        ['b', 128, 32],
        ['c', 128, 32],
      ],
      [
        ['a', 50, 4],
        ['b', 50, 4],
        ['c', 50, 4],
      ],
    );
    const base = JSON.parse(capa(['analyze', f, '--json']).stdout);
    expect(base.memory.worstCaseUtilization).toBe(150 / 256);
    const grown = JSON.parse(capa(['analyze', f, '--json', '--grow', '30%']).stdout);
    expect(grown.memory.guestRamBytes).toBe(3 * Math.ceil(50 * GiB * 1.3));
    expect(grown.whatIf.grow).toBe(0.3);
    const added = JSON.parse(capa(['analyze', f, '--json', '--grow', '30%', '--add-node', 'ram=128GiB,threads=32,name=d']).stdout);
    expect(added.memory.worstCaseUtilization).toBe((3 * Math.ceil(50 * GiB * 1.3)) / (384 * GiB));
    expect(added.memory.passes).toBe(true);
    const removed = capa(['analyze', f, '--json', '--remove-node', 'c']);
    expect(removed.code).toBe(1);
    expect(JSON.parse(removed.stdout).memory.worstCaseUtilization).toBe(150 / 128);
  });

  it('a Ceph-only capture: memory "not applicable", the verdict is Ceph\'s', () => {
    // The sandbox capture has no guest and no node (packages/importer/test/fixtures/README.md, sandbox/).
    const sandbox = join(FIXTURES, 'sandbox-inventory.json');
    const r = capa(['analyze', sandbox]);
    expect(r.code).toBe(1); // its one CRUSH host fails the host-loss check, nothing in memory does
    expect(r.stdout).toMatch(/Verdict \(memory N − f\)\s+not applicable\n/);
    expect(r.stdout).toMatch(/✔ ok {4}Memory N − f: not applicable\. The inventory has no guest and no node with a known RAM size/);
    expect(r.stdout).not.toMatch(/Worst-case utilisation|More guests that fit|FAIL.*inventory\.memory/);
    const j = JSON.parse(capa(['analyze', sandbox, '--json']).stdout);
    expect([j.memory.applicable, j.memory.passes]).toEqual([false, null]);
    expect(capa(['analyze', sandbox, '--lang', 'fr']).stdout).toMatch(/Verdict \(mémoire N − f\)\s+sans objet\n/);
    // The same capture with its three OSDs on three hosts: nothing fails, exit 0.
    const three = JSON.parse(readFileSync(sandbox, 'utf8'));
    three.ceph.osds.forEach((o: { host: string }, i: number) => {
      o.host = `h${i}`;
    });
    const f = join(tmp, 'ceph-three-hosts.json');
    writeFileSync(f, JSON.stringify(three));
    expect(capa(['analyze', f]).code).toBe(0);
  });

  it('inventory values out of range: exit 2, the field and its value named (not an output figure)', () => {
    const base = JSON.parse(readFileSync(join(FIXTURES, 'sandbox-inventory.json'), 'utf8'));
    const write = (name: string, change: (i: typeof base) => void) => {
      const i = structuredClone(base);
      change(i);
      const file = join(tmp, name);
      writeFileSync(file, JSON.stringify(i));
      return file;
    };
    const node = (name: string, threads: number) => ({
      name,
      online: true,
      sockets: 1,
      cores: 8,
      threads,
      cpuModel: null,
      ramTotalBytes: 64 * GiB,
      ramUsedBytes: null,
      ramAvailableBytes: null,
      version: null,
    });
    const cases: [string[], RegExp][] = [
      // Ratios in (0, 1], nearfull ≤ backfillfull ≤ full: ceph/ceph:src/osd/OSDMap.cc (OSD_OUT_OF_ORDER_FULL).
      [
        [
          'analyze',
          write('nearfull.json', (i) => {
            i.ceph.nearfullRatio = -1;
          }),
        ],
        /INVENTORY ".*nearfull\.json": ceph\.nearfullRatio = -1: a Ceph fill ratio must be greater than 0 and at most 1/,
      ],
      [
        [
          'analyze',
          write('order.json', (i) => {
            i.ceph.fullRatio = 0.8;
          }),
        ],
        /ceph\.backfillfullRatio = 0\.8999999761581421: must not be above ceph\.fullRatio = 0\.8 \(Ceph needs nearfull ≤ backfillfull ≤ full/,
      ],
      [['analyze', join(FIXTURES, 'sandbox-inventory.json'), '--nearfull', '0.97'], /--nearfull "0\.97": must not be above ceph\.backfillfullRatio = 0\.8999999761581421/],
      // null is "unknown", never 0 (packages/importer/src/schema.ts); before: "cpu.overcommit would not be a finite number".
      [
        [
          'analyze',
          write('threads.json', (i) => {
            i.nodes = [node('a', 0), node('b', 0)];
          }),
        ],
        /nodes\[0\]\.threads = 0: a node’s hardware thread count must be a whole number of at least 1 \(null when unknown\)\n.*nodes\[1\]\.threads = 0/,
      ],
      [
        [
          'analyze',
          write('osd.json', (i) => {
            i.ceph.osds.push({ ...i.ceph.osds[0], id: 3, name: 'osd.3', sizeBytes: 0 });
          }),
        ],
        /ceph\.osds\[3\]\.sizeBytes = 0: an OSD that is in must have a size greater than 0 bytes/,
      ],
      [
        [
          'analyze',
          write('nearfull-fr.json', (i) => {
            i.ceph.nearfullRatio = 2;
          }),
          '--lang',
          'fr',
        ],
        /ceph\.nearfullRatio = 2 : un ratio de remplissage Ceph doit être supérieur à 0 et au plus égal à 1/,
      ],
    ];
    for (const [args, re] of cases) {
      const r = capa(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/finite|Infinity|NaN/);
    }
  });

  it('bad input: exit 2 naming the option or file, nothing on stdout', () => {
    const f = inv(
      'ok.json',
      [
        ['a', 128, 32],
        ['b', 128, 32],
        ['c', 128, 32],
      ],
      [],
    );
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schema: 'capa.inventory', version: 1, nodes: 'x' }));
    const cases: [string[], RegExp][] = [
      [['analyze', f, '--grow', 'lots'], /--grow "lots": must be a growth/],
      [['analyze', f, '--add-node', 'threads=4'], /--add-node "threads=4": ram= is required/],
      [['analyze', f, '--add-node', 'ram=12XB'], /--add-node "ram=12XB": ram "12XB"/],
      [['analyze', f, '--remove-node', 'zz'], /--remove-node "zz": no such node in the inventory \(nodes: a, b, c\)/],
      [['analyze', f, '--failures', '-1'], /--failures "-1"/],
      [['analyze', join(tmp, 'missing.json')], /INVENTORY ".*missing\.json": .*missing\.json: no such file/],
      [['analyze', bad], /INVENTORY ".*bad\.json": .*not a Capa inventory.*source/],
    ];
    for (const [args, re] of cases) {
      const r = capa(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
    }
  });
});
