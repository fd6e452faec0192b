/**
 * `capa alerts --format prometheus` checked by Prometheus' own tool: `promtool check rules` on the
 * written files, and `promtool test rules` (https://prometheus.io/docs/prometheus/latest/configuration/unit_testing_rules/)
 * with input series just above and just below each threshold: an alert fires above, not below, and
 * its labels and annotations expand to the intended text (the near-limit inventory's cluster and node
 * names are hostile: quotes, a line break, U+2028, `#`, `{{ … }}`). promtool comes from Debian's
 * `prometheus` package (scripts/test-prereqs.sh installs it); without it this test FAILS, naming it.
 * Metric names: prompve/prometheus-pve-exporter:src/pve_exporter/collector/cluster.py (pve_memory_size_bytes,
 * pve_memory_usage_bytes, pve_guest_info{template}); ceph/ceph:src/pybind/mgr/prometheus/module.py
 * (ceph_osd_stat_bytes, ceph_osd_stat_bytes_used from src/osd/osd_perf_counters.cc; ceph_pool_stored).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIX = fileURLToPath(new URL('./fixtures/alerts/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'capa-alerts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function promtool(args: readonly string[]) {
  const r = spawnSync('promtool', args, { encoding: 'utf8', timeout: 60_000, cwd: tmp });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error('promtool is missing: install Debian package prometheus (apt-get install --no-install-recommends prometheus, or bash scripts/test-prereqs.sh as root)');
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The YAML double-quoted scalars capa writes (alerts-yaml.ts): JSON's escapes plus \x, \u and \U. */
function unquote(q: string): string {
  return q.slice(1, -1).replace(/\\(x[0-9A-F]{2}|u[0-9A-F]{4}|U[0-9A-F]{8}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
  });
}

interface Rule {
  alert: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}
/** The rules of a file capa wrote, values as Prometheus' template engine prints them (`{{ "{{" }}` → `{{`). */
function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  let part: 'labels' | 'annotations' = 'labels';
  for (const line of text.split('\n')) {
    const m = /^\s+(?:- )?(\w+): (".*")$/.exec(line);
    if (/^\s+(labels|annotations):$/.test(line)) part = line.trim().slice(0, -1) as 'labels' | 'annotations';
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    const text = unquote(value).split('{{ "{{" }}').join('{{');
    if (key === 'alert') rules.push({ alert: text, labels: {}, annotations: {} });
    else if (rules.length > 0 && /^ {10}/.test(line)) (rules.at(-1) as Rule)[part][key] = text;
  }
  return rules;
}

/** Prometheus' humanize1024 and humanizePercentage (prometheus/prometheus:template/template.go): Go's %.4g. */
const g4 = (v: number) => String(Number(v.toPrecision(4)));
function humanize1024(v: number): string {
  let p = '';
  for (const next of ['ki', 'Mi', 'Gi', 'Ti', 'Pi']) {
    if (Math.abs(v) < 1024) break;
    p = next;
    v /= 1024;
  }
  return `${g4(v)}${p}`;
}

interface Threshold {
  id: string;
  unit: 'bytes' | 'ratio';
  threshold: number;
}
const OSD_BYTES = 4e12;

/** Input series putting the live figure of `a` at `v` (bytes, or an OSD's fill), with decoys the rule must ignore. */
function seriesAt(a: Threshold, v: number): { series: string; values: string }[] {
  const s = (series: string, x: number) => ({ series, values: `${x}x30` });
  switch (a.id) {
    case 'memory.configured': // two guests sum to v; a template and a node (maxmem) are not guests' configured RAM
      return [
        s('pve_memory_size_bytes{id="qemu/100"}', v - 2 ** 30),
        s('pve_memory_size_bytes{id="lxc/101"}', 2 ** 30),
        s('pve_memory_size_bytes{id="qemu/900"}', 2 ** 50),
        s('pve_guest_info{id="qemu/900",template="1"}', 1),
        s('pve_memory_size_bytes{id="node/pve1"}', 2 ** 50),
      ];
    case 'memory.in-use': // two nodes sum to v; a guest's usage is already in its node's
      return [s('pve_memory_usage_bytes{id="node/pve1"}', v - 2 ** 30), s('pve_memory_usage_bytes{id="node/pve2"}', 2 ** 30), s('pve_memory_usage_bytes{id="qemu/100"}', 2 ** 50)];
    case 'ceph.fullest-osd': // osd.0 at v, osd.1 well below, osd.2 of size 0 (no division by zero)
      return [
        s('ceph_osd_stat_bytes{ceph_daemon="osd.0"}', OSD_BYTES),
        s('ceph_osd_stat_bytes_used{ceph_daemon="osd.0"}', Math.round(OSD_BYTES * v)),
        s('ceph_osd_stat_bytes{ceph_daemon="osd.1"}', OSD_BYTES),
        s('ceph_osd_stat_bytes_used{ceph_daemon="osd.1"}', 1e11),
        s('ceph_osd_stat_bytes{ceph_daemon="osd.2"}', 0),
        s('ceph_osd_stat_bytes_used{ceph_daemon="osd.2"}', 0),
      ];
    default: // ceph.stored: two pools sum to v
      return [s('ceph_pool_stored{pool_id="1"}', v - 1e9), s('ceph_pool_stored{pool_id="2"}', 1e9)];
  }
}

/** The rule's labels and annotations once fired with the live figure `v`. */
function expected(rule: Rule, a: Threshold, v: number, lang: 'en' | 'fr') {
  const live = a.unit === 'bytes' ? `${humanize1024(v)}B` : `${g4(v * 100)}%`;
  const annotations = { ...rule.annotations, summary: rule.annotations['summary']!.replace(/\{\{ \$value \| humanize(1024|Percentage) \}\}B?/, live) };
  expect(annotations.summary, lang).not.toContain('$value');
  return { exp_labels: { ...rule.labels, ...(a.id === 'ceph.fullest-osd' ? { ceph_daemon: 'osd.0' } : {}) }, exp_annotations: annotations };
}

const CASES = [
  { file: 'passing.json', lang: 'fr' as const, cluster: 'lab' },
  { file: 'near-limit.json', lang: 'en' as const, cluster: JSON.parse(readFileSync(join(FIX, 'near-limit.json'), 'utf8')).source.cluster as string },
];

describe.each(CASES)('capa alerts $file --lang $lang, checked by promtool', ({ file, lang, cluster }) => {
  const rulesFile = join(tmp, `${file}.rules.yml`);
  const w = runCli(['alerts', join(FIX, file), '--out', rulesFile, '--lang', lang]);
  const th = runCli<{ thresholds: Threshold[]; assumed: { nodes: number; inOsds: number } }>(['alerts', join(FIX, file), '--json', '--lang', lang]).json!;

  it('writes six rules (four thresholds, two counts) that promtool check rules accepts', () => {
    expect(w.code, w.stderr).toBe(0);
    expect(th.thresholds.map((a) => a.id)).toEqual(['memory.configured', 'memory.in-use', 'ceph.fullest-osd', 'ceph.stored']);
    const r = promtool(['check', 'rules', rulesFile]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('SUCCESS: 6 rules found');
  });

  it('the cluster name reaches the labels as the inventory spells it, hostile or not', () => {
    const rules = readRules(readFileSync(rulesFile, 'utf8'));
    for (const r of rules) expect(r.labels['capa_cluster']).toBe(cluster);
  });

  it('promtool test rules: each alert fires 0.1 % above its threshold, not 0.1 % below nor exactly at it, and waits --for 15m; the count rules fire when the cluster has other nodes or in OSDs', () => {
    const rules = readRules(readFileSync(rulesFile, 'utf8'));
    const tests: unknown[] = th.thresholds.flatMap((a) => {
      const rule = rules.find((r) => r.labels['capa_threshold'] === (a.unit === 'bytes' ? String(Math.round(a.threshold)) : String(a.threshold)))!;
      const T = a.unit === 'bytes' ? Math.round(a.threshold) : a.threshold;
      const above = a.unit === 'bytes' ? Math.round(T * 1.001) : T * 1.001;
      const vAbove = a.id === 'ceph.fullest-osd' ? Math.round(OSD_BYTES * above) / OSD_BYTES : above;
      const at = (v: number, exp: unknown[], evalTime = '20m') => ({
        interval: '1m',
        input_series: seriesAt(a, v),
        alert_rule_test: [{ eval_time: evalTime, alertname: rule.alert, exp_alerts: exp }],
      });
      return [at(above, [expected(rule, a, vAbove, lang)]), at(above, [], '10m'), at(a.unit === 'bytes' ? Math.round(T * 0.999) : T * 0.999, []), ...(a.unit === 'bytes' ? [at(T, [])] : [])];
    });
    // The counts the thresholds assume: a node more, an OSD out, fire (the live count in the summary); the inventory's counts do not.
    const inv = JSON.parse(readFileSync(join(FIX, file), 'utf8')) as { nodes: unknown[]; ceph: { osds: unknown[] } };
    expect(th.assumed).toEqual({ nodes: inv.nodes.length, inOsds: inv.ceph.osds.length }); // every OSD of the fixtures is in
    const { nodes, inOsds } = th.assumed;
    for (const [alert, at] of [
      ['CapaInventoryNodesChanged', (n: number) => Array.from({ length: n }, (_, i) => ({ series: `pve_node_info{id="node/pve${i}",name="pve${i}",level="",nodeid="${i}"}`, values: '1x30' }))],
      ['CapaInventoryOsdsChanged', (n: number) => Array.from({ length: inOsds }, (_, i) => ({ series: `ceph_osd_in{ceph_daemon="osd.${i}"}`, values: i < n ? '1x30' : '0x30' }))],
    ] as const) {
      const rule = rules.find((r) => r.alert === alert)!;
      const want = alert === 'CapaInventoryNodesChanged' ? nodes : inOsds;
      const live = alert === 'CapaInventoryNodesChanged' ? want + 1 : want - 1;
      const fired = { exp_labels: rule.labels, exp_annotations: { ...rule.annotations, summary: rule.annotations['summary']!.replace('{{ $value }}', String(live)) } };
      const evalAt = (series: unknown, exp: unknown[]) => ({ interval: '1m', input_series: series, alert_rule_test: [{ eval_time: '20m', alertname: alert, exp_alerts: exp }] });
      tests.push(evalAt(at(live), [fired]), evalAt(at(want), []));
    }
    const testFile = join(tmp, `${file}.test.yml`);
    // JSON is YAML (YAML 1.2 is a superset), so the test file is written with JSON.stringify.
    writeFileSync(testFile, JSON.stringify({ rule_files: [rulesFile], evaluation_interval: '1m', tests }, null, 1));
    const r = promtool(['test', 'rules', testFile]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('SUCCESS');
  });
});
