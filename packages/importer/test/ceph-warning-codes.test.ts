/**
 * Every warning the Ceph importer gives is coded (issue 13 item 5): reached here through the importer
 * itself (not only from the catalogue), stored with its code and params, its English message is the
 * catalogue's English entry, and it renders in French from the same params, differently from English.
 * ceph.crush-map-unusable is reached in placement-maps.test.ts; ceph.crush-map-assumption needs a legacy
 * straw bucket (packages/crush tests).
 */
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type InventoryWarning, parseCephJson, WARNING_MESSAGES, Warnings, warningText } from '../src/index.js';
import { importCephDir, importCephLive } from '../src/node/index.js';
import { FIXTURES, fixtureJson } from './helpers.js';

const when = () => new Date('2026-01-01T00:00:00Z');
const DIRS = join(FIXTURES, 'public/ceph-dirs');
const JUJU = 'public/ceph/osd-df-tree.juju-verify.json';

async function reached(): Promise<InventoryWarning[]> {
  const all: InventoryWarning[] = [];
  // Real captures: the sandbox (no crush dump), Jewel with -nan, Jewel with osd dump only.
  for (const dir of [join(FIXTURES, 'sandbox'), join(DIRS, 'jewel-out-osd-nan'), join(DIRS, 'jewel-osd-dump-only')]) all.push(...(await importCephDir(dir, when)).warnings);
  const parsed = (inputs: Parameters<typeof parseCephJson>[0]) => {
    const w = new Warnings();
    parseCephJson(inputs, w);
    all.push(...w.list);
  };
  // No OSD and no summary; an OSD with neither kb nor crush_weight; only ceph df (Checkmk nvme16).
  parsed({ osdDf: { nodes: [] } });
  // No osd df: the OSDs from the tree (the sandbox's).
  parsed({ osdTree: fixtureJson('sandbox/osd-tree.json') });
  parsed({ osdDf: { nodes: [{ id: 7, name: 'osd.7', type: 'osd', reweight: 1 }] } });
  parsed({ osdDf: fixtureJson(JUJU), df: fixtureJson('public/ceph/df-detail.nvme16.checkmk.json') });
  // Pre-Nautilus ceph df, a pool missing from it, an EC pool without its profile (hand-made).
  parsed({
    osdDf: fixtureJson(JUJU),
    df: { pools: [{ name: 'rbd', id: 0, stats: { bytes_used: 10, raw_bytes_used: 30 } }] },
    poolLsDetail: [
      { pool_name: 'rbd', pool_id: 0, type: 1, size: 3 },
      { pool_name: 'ec', pool_id: 1, type: 3, erasure_code_profile: 'k4m2' },
    ],
  });
  // A capture file that is not JSON: ceph.invalid-json naming the directory.
  const bad = mkdtempSync(join(tmpdir(), 'capa-ceph-codes-'));
  copyFileSync(join(DIRS, 'jewel-out-osd-nan', 'osd-df.json'), join(bad, 'osd-df.json'));
  writeFileSync(join(bad, 'status.json'), '{"fsid": ');
  all.push(...(await importCephDir(bad, when)).warnings);
  // The ceph CLI answering osd df and refusing the rest: ceph.command-failed with its stderr.
  const bin = join(bad, 'fake-ceph');
  writeFileSync(bin, `#!/bin/sh\ncase "$*" in *" osd df -f json") cat '${join(bad, 'osd-df.json')}';; *) echo "Error EACCES: access denied" >&2; exit 13;; esac\n`);
  chmodSync(bin, 0o755);
  all.push(...(await importCephLive({ cephBin: bin, now: when })).warnings);
  return all;
}

describe('the Ceph importer’s warnings, reached through the importer, in English and French', () => {
  it('each is coded, English = its catalogue entry, French rendered from the same params and different', async () => {
    const ws = await reached();
    const keys = new Set(ws.map((w) => w.key ?? w.code));
    const expected = Object.keys(WARNING_MESSAGES.en).filter((k) => k.startsWith('ceph.') && k !== 'ceph.crush-map-unusable' && k !== 'ceph.crush-map-assumption');
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
    const bad: string[] = [];
    for (const w of ws) {
      if (!w.code || w.params === undefined) bad.push(`${w.code}: no code or params`);
      const [en, fr] = [warningText(w, 'en'), warningText(w, 'fr')];
      if (en !== w.message) bad.push(`${w.code}: stored message differs from its entry`);
      if (fr === en) bad.push(`${w.key ?? w.code}: same text in French`);
      if (/undefined|\[object/.test(`${en} ${fr}`)) bad.push(`${w.key ?? w.code}: a param is missing`);
    }
    expect(bad).toEqual([]);
    // One word for word: the fake CLI's stderr is quoted as ceph wrote it, the words around it are reason-messages.ts's.
    const failed = ws.find((w) => w.code === 'ceph.command-failed' && w.key === undefined && String(w.params?.['label']).includes('osd tree'))!;
    expect(warningText(failed, 'en')).toBe('ceph osd tree could not be read (Error EACCES: access denied)');
    expect(warningText(failed, 'fr')).toBe('ceph osd tree n’a pas pu être lu (« Error EACCES: access denied »)');
  }, 60_000);
});
