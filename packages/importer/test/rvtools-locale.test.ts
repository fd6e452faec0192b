/**
 * RVTools CSV as users have it (issue 13, point 1): number formats of the export's locale, the
 * `-DBColumnNames` headers, vDisk `Disk Path`, guests on hosts missing from vHost, and one bad value
 * that becomes a per-item warning instead of aborting the import. Every warning and refusal is
 * reached here in English and French.
 */
import { analyzeInventory } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { buildInventory, ImportError, importErrorText, parseRvtools, Warnings, warningText } from '../src/index.js';
import { readAs, reading } from '../src/parsers/rvtools-numbers.js';
import { importRvtools } from '../src/node/index.js';
import { FIXTURES } from './helpers.js';
import { value } from './synthetic-inventory.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** The refusal `f` throws, as an ImportError. */
function refusal(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('no refusal');
}
const csv = (sep: string, rows: string[][]) => `${rows.map((r) => r.join(sep)).join('\r\n')}\r\n`;
const INFO = ['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Host'];

describe('number formats: a value read two ways is never read 1000× off without a word', () => {
  it('each format, and what a value says about it', () => {
    // en-US groups thousands with "," and marks decimals with "."; de-DE, it-IT, es-ES the other way
    // round (CLDR number symbols: https://cldr.unicode.org/translation/number-currency-formats/number-symbols).
    expect(readAs('8.192', 'comma')).toBe(8192);
    expect(readAs('8.192', 'point')).toBe(8.192);
    expect(readAs('1.048.576', 'comma')).toBe(1048576);
    expect(readAs('1.048.576', 'point')).toBeNull();
    expect(readAs('0,5', 'comma')).toBe(0.5);
    expect(readAs("8'192.5", 'point')).toBe(8192.5); // de-CH
    expect(readAs('524\u00a0226', 'comma')).toBe(524226); // fr-FR: no-break space
    expect(reading('8.192')).toEqual({ kind: 'two' });
    expect(reading('8,192')).toEqual({ kind: 'two' });
    expect(reading('1.048.576')).toEqual({ kind: 'only', format: 'comma', value: 1048576 });
    expect(reading('0,4')).toEqual({ kind: 'only', format: 'comma', value: 0.4 });
    expect(reading('0.123')).toEqual({ kind: 'only', format: 'point', value: 0.123 }); // a leading 0 is no thousands group
    expect(reading('1234.567')).toEqual({ kind: 'only', format: 'point', value: 1234.567 });
    expect(reading('512')).toEqual({ kind: 'same', value: 512 });
    expect(reading('8.0.2')).toEqual({ kind: 'none' });
    expect(reading('8.192', true)).toEqual({ kind: 'only', format: 'comma', value: 8192 }); // a whole-number column
    expect(reading('8,192', true)).toEqual({ kind: 'only', format: 'point', value: 8192 });
    expect(reading('8.000', true)).toEqual({ kind: 'two' }); // 8 and 8000 are both whole
  });

  it('the red-team case: a German ";" export reads 8192 MiB, not 8.192, and the verdict stays 28.6 % (pass), not a fail', async () => {
    // Hand-written German-locale export (fixtures/README.md): "32.768" MiB guests, "524.226" and
    // "1.048.576" MiB hosts, "0,4" vCPUs per core. Before: 32.768 MiB guests, 524.226 MiB hosts and
    // esx-c dropped, 252.4 % (fails).
    const inv = await importRvtools(`${FIXTURES}rvtools-de`);
    expect(inv.warnings).toEqual([]);
    expect(inv.nodes.map((n) => [n.name, n.ramTotalBytes])).toEqual([
      ['esx-a.example.de', 524226 * MiB],
      ['esx-b.example.de', 524226 * MiB],
      ['esx-c.example.de', 1048576 * MiB],
    ]);
    expect(inv.guests.map((g) => g.memoryBytes! / MiB)).toEqual([...Array<number>(9).fill(32768), 512, 512, 4096]);
    expect(inv.guests[0]?.disks).toEqual([{ slot: 'Hard disk 1', storage: 'ds-fra-02', sizeBytes: 102400 * MiB, unused: false }]);
    const a = value(analyzeInventory({ inventory: inv }));
    // (9 × 32 GiB + 2 × 0.5 GiB + 4 GiB) ÷ (2 × 524226 MiB), esx-c (1 TiB) failing.
    expect(a.memory.worstCaseUtilization).toBeCloseTo((293 * GiB) / (2 * 524226 * MiB), 12);
    expect(Math.round(a.memory.worstCaseUtilization! * 1000) / 10).toBe(28.6);
    expect(a.memory.passes).toBe(true);
  });

  it('VM memory is a whole number of MiB in vSphere: "8.192" reads 8192 whatever the delimiter', () => {
    // vmware/govmomi:vim25/types/types.go: VirtualMachineConfigSummary.MemorySizeMB int32.
    const w = new Warnings();
    const r = parseRvtools({ vInfo: csv(',', [INFO, ['a', 'poweredOn', 'False', '4', '"8.192"', 'h1']]) }, w);
    expect(r.guests[0]?.memoryBytes).toBe(8192 * MiB);
    expect(w.list.map((x) => x.code)).toEqual(['rvtools.no-vdisk', 'rvtools.no-vhost']);
  });

  it('only the ";" delimiter settles it: read as de-DE, and a warning says so', () => {
    const w = new Warnings();
    const vInfo = csv(';', [
      [...INFO, 'Total disk capacity MiB'],
      ['a', 'poweredOn', 'False', '4', '2048', 'h1', '61.440'],
    ]);
    const r = parseRvtools({ vInfo }, w);
    expect(r.guests[0]?.disks[0]?.sizeBytes).toBe(61440 * MiB);
    const d = w.list.find((x) => x.code === 'rvtools.number-format-from-delimiter');
    expect(d?.message).toBe(
      'vInfo: 1 number such as Total disk capacity MiB "61.440" (row 2) read two ways and no value of the export settles it: read with "," as the decimal mark, as the ";" delimiter implies',
    );
    expect(d && warningText(d, 'fr')).toBe(
      'vInfo : 1 nombre comme Total disk capacity MiB « 61.440 » (ligne 2) se lit de deux façons et aucune valeur de l’export ne tranche : lu avec « , » comme séparateur décimal, comme l’indique le délimiteur « ; »',
    );
  });

  it("another tab's values settle it (one export, one locale)", () => {
    const w = new Warnings();
    const vInfo = csv('\t', [INFO, ['a', 'poweredOn', 'False', '4', '8.192', 'h1']]);
    const vHost = csv('\t', [
      ['Host', '# Memory', '# CPU', '# Cores'],
      ['h1', '1.048.576', '2', '32'],
    ]);
    const r = parseRvtools({ vInfo, vHost }, w);
    expect(r.guests[0]?.memoryBytes).toBe(8192 * MiB);
    expect(r.nodes[0]?.ramTotalBytes).toBe(1048576 * MiB);
    expect(w.list.map((x) => x.code)).toEqual(['rvtools.no-vdisk']);
  });

  it('no evidence at all (tab-delimited, "8.000" reads 8 or 8000, both whole): refused, naming the column and row', () => {
    const e = refusal(() => parseRvtools({ vInfo: csv('\t', [INFO, ['a', 'poweredOn', 'False', '4', '2048', 'h1'], ['b', 'poweredOn', 'False', '4', '8.000', 'h1']]) }));
    expect(e.code).toBe('rvtools.number-ambiguous');
    expect(e.params).toMatchObject({ tab: 'vInfo', column: 'Memory', row: 3, value: '8.000' });
    expect(e.message).toMatch(/^vInfo row 3, column Memory: "8\.000" reads two ways/);
    expect(importErrorText(e, 'fr')).toMatch(/^vInfo ligne 3, colonne Memory : « 8\.000 » se lit de deux façons/);
  });

  it('values in both formats in one tab: refused, naming both', () => {
    const e = refusal(() => parseRvtools({ vInfo: csv(';', [INFO, ['a', 'poweredOn', 'False', '4', '1.048.576', 'h1'], ['b', 'poweredOn', 'False', '0.5', '2048', 'h1']]) }));
    expect(e.code).toBe('rvtools.number-format-mixed');
    expect(e.message).toBe(
      'vInfo: numbers in two formats: CPUs "0.5" (row 3) has "." as the decimal mark, Memory "1.048.576" (row 2) has ","; one file must use one format (was it edited or merged?)',
    );
    expect(importErrorText(e, 'fr')).toMatch(/^vInfo : nombres en deux formats : CPUs « 0\.5 » \(ligne 3\) a « \. » comme séparateur décimal/);
  });
});

describe('RVTools -DBColumnNames headers, vDisk Disk Path', () => {
  it('database column names read like the display names', () => {
    // Names from sbroenne/RvToolsMerge:src/RVToolsMerge/Configuration/SheetConfiguration.cs (vInfo, vHost).
    const vInfo = csv(',', [
      ['vInfoVMName', 'vInfoPowerstate', 'vInfoTemplate', 'vInfoCPUs', 'vInfoMemory', 'vInfoHost', 'vInfoCluster', 'vInfoTotalDiskCapacityMiB'],
      ['web01', 'poweredOn', 'False', '4', '8192', 'esx01', 'prod', '61440'],
    ]);
    const vHost = csv(',', [
      ['vHostName', 'vHostCpuModel', 'vHostNumCpu', 'vHostCoresPerCPU', 'vHostNumCpuCores', 'vHostMemorySize', 'vHostFullName'],
      ['esx01', 'Xeon', '2', '16', '32', '262042', 'VMware ESXi 8.0.2'],
    ]);
    const vCPU = csv(',', [
      ['vCPUVMName', 'vCPUCPUs', 'vCPUSockets', 'vCPUCoresPerSocket'],
      ['web01', '4', '2', '2'],
    ]);
    const vDisk = csv(',', [
      ['vDiskVMName', 'vDiskName', 'vDiskCapacityMiB'],
      ['web01', 'Hard disk 1', '40960'],
    ]);
    const r = parseRvtools({ vInfo, vHost, vCPU, vDisk });
    expect(r.guests[0]).toMatchObject({ name: 'web01', memoryBytes: 8192 * MiB, vcpus: 4, sockets: 2, cores: 2, node: 'esx01', status: 'running' });
    expect(r.guests[0]?.disks).toEqual([{ slot: 'Hard disk 1', storage: null, sizeBytes: 40960 * MiB, unused: false }]);
    expect(r.nodes[0]).toMatchObject({ name: 'esx01', sockets: 2, cores: 32, threads: 32, ramTotalBytes: 262042 * MiB, cpuModel: 'Xeon', version: 'VMware ESXi 8.0.2' });
    expect(r.cluster).toBe('prod');
  });

  it('the datastore comes from Path, else Disk Path', () => {
    // kubev2v/migration-planner:pkg/duckdb_parser/templates/vm_query.go.tmpl: COALESCE("Path", "Disk Path").
    const vInfo = csv(',', [INFO, ['a', 'poweredOn', 'False', '2', '2048', 'h1']]);
    const vDisk = csv(',', [
      ['VM', 'Disk', 'Capacity MiB', 'Disk Path', 'Path'],
      ['a', 'Hard disk 1', '1024', '[ds-only-disk-path] a/a.vmdk', ''],
      ['a', 'Hard disk 2', '1024', '[ds-disk-path] a/a_1.vmdk', '[ds-path] a/a_1.vmdk'],
    ]);
    expect(parseRvtools({ vInfo, vDisk }).guests[0]?.disks.map((d) => d.storage)).toEqual(['ds-only-disk-path', 'ds-path']);
  });
});

describe('partial data: warnings, not an abort', () => {
  it('guests on hosts missing from vHost: one warning with counts; host names match case-insensitively', () => {
    const w = new Warnings();
    const vInfo = csv(',', [
      INFO,
      ['a', 'poweredOn', 'False', '2', '2048', 'ESX01.example.com'],
      ['b', 'poweredOn', 'False', '2', '2048', 'esx09'],
      ['c', 'poweredOn', 'False', '2', '2048', 'esx09'],
      ['d', 'poweredOn', 'False', '2', '2048', 'esx08'],
    ]);
    const vHost = csv(',', [
      ['Host', '# Memory'],
      ['esx01.example.com', '262042'],
      ['esx07', '-1'],
    ]);
    const r = parseRvtools({ vInfo, vHost }, w);
    // esx07's "-1" MiB: that host's RAM unknown, one warning naming it (not also "missing or not a number").
    expect(r.nodes.map((n) => n.ramTotalBytes)).toEqual([262042 * MiB, null]);
    expect(w.list.filter((x) => x.source === 'vHost' && x.code !== 'rvtools.guest-host-unknown').map((x) => x.message)).toEqual([
      'vHost row 3 (esx07): # Memory "-1" is out of range (a size is 0 or more): left unknown',
    ]);
    expect(r.guests.map((g) => g.node)).toEqual(['esx01.example.com', 'esx09', 'esx09', 'esx08']);
    const u = w.list.find((x) => x.code === 'rvtools.guest-host-unknown');
    expect(u?.params).toEqual({ guests: 3, hosts: 2, names: 'esx08, esx09', more: 0 });
    expect(u?.message).toMatch(/^3 VMs run on 2 hosts missing from the vHost tab \(esx08, esx09\): their memory counts in the totals but on no node/);
    expect(u && warningText(u, 'fr')).toMatch(/^3 VM tournent sur 2 hôtes absents de l’onglet vHost \(esx08, esx09\) : leur mémoire compte dans les totaux mais sur aucun nœud/);
  });

  it("one guest's memory -8193: a warning naming the guest, the rest imports (it aborted with guests.N.memoryBytes: Too small)", () => {
    const w = new Warnings();
    const vInfo = csv(',', [INFO, ['ok01', 'poweredOn', 'False', '2', '2048', 'h1'], ['bad01', 'poweredOn', 'False', '-2', '-8193', 'h1']]);
    const r = parseRvtools({ vInfo }, w);
    expect(r.guests.map((g) => [g.name, g.memoryBytes, g.vcpus])).toEqual([
      ['ok01', 2048 * MiB, 2],
      ['bad01', null, null],
    ]);
    const inv = buildInventory({ nodes: r.nodes, guests: r.guests, warnings: w.list, cluster: r.cluster }, { kind: 'rvtools', origin: 'test' }, '2026-11-30T00:00:00.000Z');
    expect(inv.guests).toHaveLength(2);
    const o = w.list.filter((x) => x.code === 'rvtools.value-out-of-range');
    expect(o.map((x) => x.message)).toEqual([
      'vInfo row 3 (bad01): Memory "-8193" is out of range (a size is 0 or more): left unknown',
      'vInfo row 3 (bad01): CPUs "-2" is out of range (vCPUs are from 0 to 1048576): left unknown',
    ]);
    expect(o.map((x) => warningText(x, 'fr'))).toEqual([
      'vInfo ligne 3 (bad01) : Memory « -8193 » hors limites (une taille vaut 0 ou plus) : laissé inconnu',
      'vInfo ligne 3 (bad01) : CPUs « -2 » hors limites (les vCPU vont de 0 à 1048576) : laissé inconnu',
    ]);
  });

  it('a fractional socket count in vCPU: that figure unknown, with a warning', () => {
    const w = new Warnings();
    const vInfo = csv(',', [INFO, ['a', 'poweredOn', 'False', '4', '2048', 'h1']]);
    const vCPU = csv(',', [
      ['VM', 'Sockets', 'Cores p/s'],
      ['a', '1.5', '2'],
    ]);
    expect(parseRvtools({ vInfo, vCPU }, w).guests[0]).toMatchObject({ sockets: null, cores: 2 });
    const o = w.list.find((x) => x.code === 'rvtools.value-out-of-range');
    expect(o && warningText(o, 'fr')).toBe('vCPU ligne 2 (a) : Sockets « 1.5 » hors limites (un nombre entier de 0 à 2147483648 est attendu) : laissé inconnu');
  });
});
