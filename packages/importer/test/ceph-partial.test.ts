/**
 * Ceph captures as users have them (issue 13 point 1): bare nan/inf in old JSON, a `--dir` without
 * df detail or pool ls detail, pre-Luminous `crush_ruleset`, and out OSDs counted in neither the raw
 * capacity nor the hosts. Fixtures: test/fixtures/public/ceph-dirs (provenance in fixtures/README.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInventory } from '@capa/core';
import { parseCephJson, Warnings, warningText } from '../src/index.js';
import { importCephDir } from '../src/node/index.js';
import { parseLenientJson } from '../src/parsers/ceph-lenient.js';
import { FIXTURES, fixtureJson } from './helpers.js';
import { inv, value } from './synthetic-inventory.js';

const KiB = 1024;
const DIRS = join(FIXTURES, 'public/ceph-dirs');
const codes = (ws: readonly { code: string }[]) => ws.map((w) => w.code);
const both = (w: Parameters<typeof warningText>[0]) => [warningText(w, 'en'), warningText(w, 'fr')];

describe('bare nan / inf in Ceph JSON', () => {
  it('reads -nan, nan, inf, -inf as null where a value starts, names the keys, leaves strings alone', () => {
    const r = parseLenientJson('{"a": -nan, "b": [1, inf, -inf], "c": "nan inf", "d": nan, "e": {"f": -inf}}');
    expect(r.value).toEqual({ a: null, b: [1, null, null], c: 'nan inf', d: null, e: { f: null } });
    expect(r.nonFinite).toEqual(['a', '[]', '[]', 'd', 'f']);
    expect(parseLenientJson('{"a": 1}')).toEqual({ value: { a: 1 }, nonFinite: [] });
    // Anything else invalid is still JSON.parse's own refusal.
    expect(() => parseLenientJson('{"a": nope}')).toThrow(SyntaxError);
    expect(() => parseLenientJson('{"a": nan')).toThrow(SyntaxError);
  });

  it('Jewel 10.2.5 osd df with an out OSD (digitalocean/ceph_exporter#48): imports, utilization/var unknown, a warning naming the file', async () => {
    const i = await importCephDir(join(DIRS, 'jewel-out-osd-nan'), () => new Date('2026-01-01T00:00:00Z'));
    const c = i.ceph!;
    // digitalocean/ceph_exporter:collectors/osd_test.go (TestOSDCollector): kb 11150316 KiB for osd.0-3, osd.4 reweight 0, kb 0.
    expect(c.osds.map((o) => [o.name, o.in])).toEqual([
      ['osd.0', true],
      ['osd.1', true],
      ['osd.2', true],
      ['osd.3', true],
      ['osd.4', false],
    ]);
    expect(c.osds[0]?.sizeBytes).toBe(11150316 * KiB);
    expect(c.totalBytes).toBe(44601264 * KiB); // summary total_kb (same source)
    const w = i.warnings.find((x) => x.code === 'ceph.non-finite')!;
    expect(w.params).toEqual({ label: 'ceph osd df', file: 'osd-df.json', n: 2, keys: 'utilization, var' });
    expect(both(w)).toEqual([
      'osd-df.json (ceph osd df): 2 values written as nan or inf, which JSON has no number for (utilization, var): read as unknown',
      'osd-df.json (ceph osd df) : 2 valeurs écrites nan ou inf, que JSON ne sait pas écrire en nombre (utilization, var) : lues comme inconnues',
    ]);
    // Without osd-dump.json, pool ls detail or df detail there is no pool: said, not refused.
    expect(c.pools).toEqual([]);
    expect(codes(i.warnings)).toContain('ceph.no-pools');
  });

  it('through the ceph CLI (no file) the warning names the command', () => {
    const ws = new Warnings();
    ws.add('ceph.non-finite', { label: 'ceph osd dump', file: null, n: 1, keys: 'read_balance_score' }, 'ceph osd dump');
    expect(both(ws.list[0]!)).toEqual([
      'ceph osd dump: 1 value written as nan or inf, which JSON has no number for (read_balance_score): read as unknown',
      'ceph osd dump : 1 valeur écrite nan ou inf, que JSON ne sait pas écrire en nombre (read_balance_score) : lue comme inconnue',
    ]);
  });
});

describe('a capture without df detail or pool ls detail', () => {
  it('Jewel osd df + osd dump only (RedHatInsights/insights-core): the pool from osd dump, crush_ruleset as its rule, stored unknown', async () => {
    const i = await importCephDir(join(DIRS, 'jewel-osd-dump-only'), () => new Date('2026-01-01T00:00:00Z'));
    const c = i.ceph!;
    // RedHatInsights/insights-core:insights/parsers/tests/test_ceph_cmd_json_parsing.py CEPH_OSD_DUMP_INFO: rbd, type 1, size 3, min_size 2, crush_ruleset 0, pg_num 256.
    expect(c.pools).toHaveLength(1);
    expect(c.pools[0]).toMatchObject({ id: 0, name: 'rbd', type: 'replicated', size: 3, minSize: 2, pgNum: 256, crushRule: 0, storedBytes: null, usedBytes: null, maxAvailBytes: null });
    // Same file, CEPH_OSD_DF_INFO summary: total_kb 8200777340, total_kb_used 23831128.
    expect(c.totalBytes).toBe(8200777340 * KiB);
    expect(c.rawUsedBytes).toBe(23831128 * KiB);
    expect(c.fsid).toBe('2734f9b5-2013-48c1-8e96-d31423444717');
    // A file missing from the directory: code ceph.command-failed, words ceph.capture-missing (node/ceph.ts).
    const missing = i.warnings.filter((w) => w.key === 'ceph.capture-missing').map((w) => w.params?.['file']);
    expect(missing).toEqual(expect.arrayContaining(['df-detail.json', 'osd-pool-ls-detail.json']));
    const say = (code: string) => both(i.warnings.find((w) => w.code === code)!);
    expect(say('ceph.no-df')).toEqual([
      'ceph df detail (df-detail.json) not imported: every pool’s stored bytes, used bytes and max avail are unknown',
      'ceph df detail (df-detail.json) non importé : les octets stockés, utilisés et le max avail de chaque pool sont inconnus',
    ]);
    expect(say('ceph.pools-from-osd-dump')).toEqual([
      'ceph osd pool ls detail (osd-pool-ls-detail.json) not imported: the pools (size, min_size, pg_num, CRUSH rule, EC profile) are read from ceph osd dump (osd-dump.json), which holds the same definitions',
      'ceph osd pool ls detail (osd-pool-ls-detail.json) non importé : les pools (size, min_size, pg_num, règle CRUSH, profil EC) sont lus dans ceph osd dump (osd-dump.json), qui en donne les mêmes définitions',
    ]);
  });

  it('only ceph df: the pools are its names, with a warning; nothing at all: no pool, with a warning (both languages)', () => {
    const osdDf = fixtureJson('public/ceph/osd-df-tree.juju-verify.json');
    const w1 = new Warnings();
    const c1 = parseCephJson({ osdDf, df: fixtureJson('public/ceph/df-detail.nvme16.checkmk.json') }, w1);
    // Checkmk/checkmk:tests/unit/cmk/plugins/ceph/agent_based/test_cephdf.py: pools nvme1 and .mgr; sizes unknown without a pool definition.
    expect(c1.pools.map((p) => [p.name, p.size])).toEqual([
      ['nvme1', null],
      ['.mgr', null],
    ]);
    const w2 = new Warnings();
    expect(parseCephJson({ osdDf }, w2).pools).toEqual([]);
    expect(both(w1.list.find((w) => w.code === 'ceph.no-pool-detail')!)).toEqual([
      'neither ceph osd pool ls detail (osd-pool-ls-detail.json) nor ceph osd dump (osd-dump.json) imported: the pools are only the names ceph df gives; their sizes, rules and pg_num are unknown',
      'ni ceph osd pool ls detail (osd-pool-ls-detail.json) ni ceph osd dump (osd-dump.json) importés : les pools se réduisent aux noms que donne ceph df ; leurs tailles, règles et pg_num sont inconnus',
    ]);
    expect(both(w2.list.find((w) => w.code === 'ceph.no-pools')!)).toEqual([
      'none of ceph osd pool ls detail (osd-pool-ls-detail.json), ceph osd dump (osd-dump.json) or ceph df (df-detail.json) imported: no pool is known, only the OSDs',
      'aucun de ceph osd pool ls detail (osd-pool-ls-detail.json), ceph osd dump (osd-dump.json) ou ceph df (df-detail.json) importé : aucun pool connu, seulement les OSD',
    ]);
  });
});

describe('pre-Luminous crush_ruleset', () => {
  // ceph/ceph:src/osd/osd_types.cc (pg_pool_t::dump, Jewel) prints crush_ruleset; src/crush/CrushWrapper.cc dump_rule prints each rule's ruleset.
  const rule = (id: number, ruleset: number, name: string, type: string) => ({
    rule_id: id,
    ruleset,
    rule_name: name,
    steps: [{ op: 'take', item: -1, item_name: 'default' }, { op: 'chooseleaf_firstn', num: 0, type }, { op: 'emit' }],
  });
  it('names the rule whose ruleset matches (hand-made: rule ids and rulesets deliberately differ)', () => {
    const w = new Warnings();
    const c = parseCephJson(
      {
        osdDf: fixtureJson('public/ceph/osd-df-tree.juju-verify.json'),
        crushRules: [rule(0, 1, 'by-osd', 'osd'), rule(1, 0, 'by-host', 'host')],
        osdDump: { pools: [{ pool: 0, pool_name: 'rbd', type: 1, size: 3, min_size: 2, crush_ruleset: 0, pg_num: 64 }] },
      },
      w,
    );
    expect(c.pools[0]).toMatchObject({ crushRule: 1, crushRuleName: 'by-host', failureDomain: 'host' });
  });
  it('crush_rule (Luminous on) wins; without a ruleset in the dump, the id is the ruleset', () => {
    const c = parseCephJson({
      osdDf: fixtureJson('public/ceph/osd-df-tree.juju-verify.json'),
      crushRules: [{ rule_id: 2, rule_name: 'r2', steps: [{ op: 'chooseleaf_firstn', num: 0, type: 'rack' }] }],
      osdDump: {
        pools: [
          { pool: 1, pool_name: 'old', type: 1, size: 3, crush_ruleset: 2 },
          { pool: 2, pool_name: 'new', type: 1, size: 3, crush_rule: 2, crush_ruleset: 9 },
        ],
      },
    });
    expect(c.pools.map((p) => [p.name, p.crushRule, p.failureDomain])).toEqual([
      ['old', 2, 'rack'],
      ['new', 2, 'rack'],
    ]);
  });
});

describe('out OSDs count in neither the raw capacity nor the hosts', () => {
  it('juju-verify osd df tree (osd.1 out, alone on its host): 2 OSDs, 2 hosts, raw = 2 × 1568768 KiB, a warning naming osd.1', () => {
    const ceph = parseCephJson({ osdDf: fixtureJson('public/ceph/osd-df-tree.juju-verify.json') });
    const a = value(analyzeInventory({ inventory: inv([], [], ceph) }));
    // canonical/juju-verify:docs/verifiers/ceph-osd.rst: osd.0 and osd.2 kb 1568768 on hosts ceph-2 and ceph-0; osd.1 reweight 0 on ceph-1.
    expect([a.ceph?.osdCount, a.ceph?.hosts, a.ceph?.rawBytes, a.ceph?.inRawBytes]).toEqual([2, 2, 2 * 1568768 * KiB, 2 * 1568768 * KiB]);
    const out = a.checks.find((c) => c.id === 'inventory.ceph.osds-out');
    expect(out).toMatchObject({ level: 'warn', params: { n: 1, osds: 'osd.1 (juju-0c0b8f-ceph-1)' } });
    expect(out?.message).toBe('1 OSD is out: osd.1 (juju-0c0b8f-ceph-1). An out OSD holds no data, so it counts in neither the raw capacity nor the hosts.');
    const fr = value(analyzeInventory({ inventory: inv([], [], ceph), lang: 'fr' }));
    expect(fr.checks.find((c) => c.id === 'inventory.ceph.osds-out')?.message).toBe(
      '1 OSD « out » : osd.1 (juju-0c0b8f-ceph-1). Un OSD « out » ne porte aucune donnée : il ne compte ni dans la capacité brute ni dans les hôtes.',
    );
  });

  it('one host holds every in OSD and another only an out one: not "all OSDs are in one host" (hand-made from juju-verify)', () => {
    const ceph = parseCephJson({ osdDf: fixtureJson('public/ceph/osd-df-tree.juju-verify.json') });
    // Edited: osd.2 moved to osd.0's host, so ceph-1 holds only the out osd.1.
    const moved = { ...ceph, osds: ceph.osds.map((o) => (o.name === 'osd.2' ? { ...o, host: 'juju-0c0b8f-ceph-2' } : o)) };
    for (const lang of ['en', 'fr'] as const) {
      const a = value(analyzeInventory({ inventory: inv([], [], moved), lang }));
      expect(a.ceph?.hosts).toBe(1);
      const single = a.checks.find((c) => c.id === 'inventory.ceph.single-host');
      expect(single).toMatchObject({ level: 'fail', code: 'inventory.ceph.single-host-in', params: { hosts: 'juju-0c0b8f-ceph-1' } });
      expect(single?.message).toBe(
        lang === 'en'
          ? 'All the OSDs that are in are in one CRUSH host (juju-0c0b8f-ceph-1 holds only out OSDs, which hold no data): losing that host loses every copy. Host-loss figures do not apply.'
          : 'Tous les OSD « in » sont dans un seul hôte CRUSH (juju-0c0b8f-ceph-1 n’a que des OSD « out », qui ne portent aucune donnée) : perdre cet hôte perd toutes les copies. Les chiffres de perte d’hôte ne s’appliquent pas.',
      );
    }
  });
});
