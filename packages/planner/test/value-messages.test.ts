/**
 * The scenario readers' refusals exist in English and French (issue 10, item 2): the same codes in
 * both catalogues, and a scenario refused in French reads as French (the CLI's English detector).
 */
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../cli/test/french/english.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { VALUE_MESSAGES, WHAT_MESSAGES } from '../src/scenario/value-messages.js';

describe('scenario refusals in both languages', () => {
  it('the same codes in English and French', () => {
    expect(Object.keys(VALUE_MESSAGES.fr).sort()).toEqual(Object.keys(VALUE_MESSAGES.en).sort());
    expect(Object.keys(WHAT_MESSAGES.fr).sort()).toEqual(Object.keys(WHAT_MESSAGES.en).sort());
  });

  // Each value kind given a wrong type and a wrong value, a misspelt key, a missing key.
  const BAD = [
    'name: x\nnodes:\n  count: three\n  ram: 512\n  rma: 1\n',
    'name: x\nnodes:\n  count: -1\n  cores: 0.5\n  ram: -2GiB\n  nic: { speed: fast }\n',
    'name: 7\nnodes: { count: 3, cores: 32, ram: 512GiB }\nworkloads: { growth: lots }\n',
    'name: x\nnodes: { count: 3, cores: 32, ram: 512GiB, disks: [{ class: ssd, size: 4TB, recoveryRate: -1MB/s, afr: 2 }] }\nstorage: { ceph: { pools: [{ name: p, ec: 1+1 }] } }\n',
    'name: ""\nnodes: { count: 3, cores: 32, ram: 512GiB }\n',
    // The enums and literals of the schema (issue 10 item 2: they were English in French).
    'version: 2\nname: x\nnodes: 3\n',
    'name: x\nnodes: []\nworkloads: { vms: [], ksm: 1 }\nrules: { qdevice: maybe, cephAfterFailure: full, durability: { diskNre: 1 } }\nprices: { subscription: gold }\n',
    'name: x\nnodes: { count: 3, cores: 32, ram: 512GiB, disks: [{ class: sata, size: 4TB, role: cache }], network: { ceph: { speed: 10Gb/s, mode: lacp2, hash: layer4 } } }\n',
    'name: x\nnodes: { count: 3, cores: 32, ram: 512GiB }\nstorage: { ceph: { dbRule: big, markOut: -1, pools: [] }, external: [{ name: e, kind: ceph, capacity: 1TB }] }\n',
    'name: x\nnodes: { count: 3, cores: 32, ram: 512GiB }\nstorage: { ceph: { markOut: x, pools: [{ name: p, failureDomain: rack, bulk: 1, application: iscsi }] }, zfs: [{ name: z, layout: 5 }] }\nworkloads: { ksm: x }\nrules: { durability: { diskNre: x } }\n',
  ];
  it.each(BAD)('%j is refused in French, in French', (text) => {
    const fr = parseScenarioText(text, { require: 'nodes', lang: 'fr' });
    const en = parseScenarioText(text, { require: 'nodes', lang: 'en' });
    expect(fr.ok).toBe(false);
    if (fr.ok || en.ok) return;
    expect(fr.issues.map((i) => i.path)).toEqual(en.issues.map((i) => i.path));
    expect(fr.issues.flatMap((i) => englishLines(i.message))).toEqual([]);
    expect(en.issues.flatMap((i) => englishLines(i.message)).length).toBeGreaterThan(0);
  });
});
