/**
 * `capa alerts --format prometheus`: the core's thresholds (alertThresholds) as Prometheus alerting
 * rules over the metrics of two public exporters; no figure is computed here.
 * - prometheus-pve-exporter, prompve/prometheus-pve-exporter:src/pve_exporter/collector/cluster.py:
 *   pve_memory_size_bytes / pve_memory_usage_bytes per `id` (node/NAME, qemu/VMID, lxc/VMID), from
 *   cluster/resources maxmem / mem; pve_guest_info{template="1"} marks templates (label since v3.1.0).
 * - Ceph mgr prometheus module, ceph/ceph:src/pybind/mgr/prometheus/module.py: the OSD perf counters
 *   stat_bytes and stat_bytes_used (src/osd/osd_perf_counters.cc, PRIO_USEFUL, so exported) as
 *   ceph_osd_stat_bytes{ceph_daemon="osd.N"} and ceph_osd_stat_bytes_used; ceph df's per-pool
 *   `stored` (DF_POOL) as ceph_pool_stored{pool_id}. Ceph's own mixin divides the same two counters
 *   for an OSD's fill (monitoring/ceph-mixin).
 */
import { type AlertKind, type AlertThreshold, type AlertThresholds, formatBytes, formatRatio, type Lang, type SizeSystem, type Step, source } from '@capa/core';
import { ALERT_TEXT } from './alerts-messages.js';
import { type PromRule, ruleFileYaml, templateLiteral } from './alerts-yaml.js';

export interface RuleOptions {
  readonly cluster: string | null;
  readonly collectedAt: string;
  readonly lang: Lang;
  readonly system: SizeSystem;
  /** Prometheus duration (`15m`). */
  readonly for: string;
  /** Extra label matchers (already checked: `job="pve"`), added to every selector of that exporter. */
  readonly pveMatchers: string;
  readonly cephMatchers: string;
}

const NAMES: Record<AlertKind, string> = {
  'memory.configured': 'CapaMemoryConfiguredAboveNMinusF',
  'memory.in-use': 'CapaMemoryInUseAboveNMinusF',
  'ceph.fullest-osd': 'CapaCephOsdNearfullAfterHostLoss',
  'ceph.stored': 'CapaCephStoredAboveHostLossSafe',
  'ceph.raw-used': 'CapaCephRawUsedAboveHostLossSafe',
};

/** `name{matchers}`: the rule's own matchers, then the user's. */
function sel(metric: string, own: string, extra: string): string {
  const all = [own, extra].filter((m) => m !== '').join(', ');
  return all === '' ? metric : `${metric}{${all}}`;
}

/** A threshold in PromQL: bytes as a whole number (what the exporters report), a ratio in full. */
const num = (a: AlertThreshold): string => (a.unit === 'bytes' ? String(Math.round(a.threshold)) : String(a.threshold));

function expr(a: AlertThreshold, o: RuleOptions): string {
  const p = o.pveMatchers;
  const c = o.cephMatchers;
  switch (a.id) {
    case 'memory.configured':
      return `sum(${sel('pve_memory_size_bytes', 'id=~"(qemu|lxc)/.+"', p)} unless on(id) ${sel('pve_guest_info', 'template="1"', p)}) > ${num(a)}`;
    case 'memory.in-use':
      return `sum(${sel('pve_memory_usage_bytes', 'id=~"node/.+"', p)}) > ${num(a)}`;
    case 'ceph.fullest-osd':
      return `${sel('ceph_osd_stat_bytes_used', '', c)} / (${sel('ceph_osd_stat_bytes', '', c)} > 0) > ${num(a)}`;
    case 'ceph.stored':
      return `sum(${sel('ceph_pool_stored', '', c)}) > ${num(a)}`;
    case 'ceph.raw-used':
      return `sum(${sel('ceph_osd_stat_bytes_used', '', c)}) > ${num(a)}`;
  }
}

/** The live value as Prometheus prints it in an annotation (humanize1024 for bytes). */
export const LIVE_VALUE: Record<'bytes' | 'ratio', string> = { bytes: '{{ $value | humanize1024 }}B', ratio: '{{ $value | humanizePercentage }}' };

/** What the rule's words say, before template escaping: the test compares promtool's expansion with it. */
export interface RuleWords {
  readonly summary: string;
  readonly description: string;
  readonly derivation: string;
  readonly metrics: string;
}

export function ruleWords(a: AlertThreshold, th: AlertThresholds, steps: readonly Step[], o: Pick<RuleOptions, 'lang' | 'system'>): RuleWords {
  const t = ALERT_TEXT[o.lang];
  const shown = a.unit === 'bytes' ? formatBytes(a.threshold, o.system, o.lang) : formatRatio(a.threshold, o.lang);
  const st = steps.find((s) => s.id === a.step);
  const exporter = a.id.startsWith('memory.') ? source('pveExporter', o.lang) : source('cephMgrPrometheus', o.lang);
  const facts = {
    threshold: shown,
    failures: th.failures,
    failed: th.failedNodes.join(', '),
    max: formatRatio(th.maxUtilization, o.lang),
    nearfull: th.nearfull === null ? '' : formatRatio(th.nearfull, o.lang),
    nearfullFrom: th.nearfullFrom === null ? '' : (t.ratioFrom[th.nearfullFrom] ?? th.nearfullFrom),
    loss: th.worstHostLoss ?? '',
  };
  return {
    summary: t.summary[a.id](facts),
    description: t.description[a.id](facts),
    // A single symbol (the analysis' own figure) needs no substituted line.
    derivation: st ? `${st.title}: ${/^[A-Za-z]$/.test(st.expr) ? '' : `${st.formula} = ${st.substituted} = `}${st.display} (${st.source.ref})` : '',
    metrics: `${exporter.title} (${exporter.ref})`,
  };
}

export function prometheusRules(th: AlertThresholds, o: RuleOptions): PromRule[] {
  const t = ALERT_TEXT[o.lang];
  return th.thresholds.map((a) => {
    const w = ruleWords(a, th, th.derivation, o);
    const labels: Record<string, string> = { severity: 'warning' };
    if (o.cluster !== null && o.cluster !== '') labels['capa_cluster'] = templateLiteral(o.cluster);
    labels['capa_threshold'] = num(a);
    labels['capa_threshold_from'] = `capa analyze: ${a.from.join(', ')}`;
    labels['capa_failures'] = String(th.failures);
    return {
      alert: NAMES[a.id],
      expr: expr(a, o),
      for: o.for,
      labels,
      annotations: {
        summary: `${templateLiteral(w.summary)} (${t.now} ${LIVE_VALUE[a.unit]})`,
        description: templateLiteral(w.description),
        derivation: templateLiteral(w.derivation),
        metrics: templateLiteral(w.metrics),
        inventory_collected_at: templateLiteral(o.collectedAt),
      },
    };
  });
}

/**
 * The counts the thresholds assume, watched too: pve_node_info (one series per cluster node, online or
 * not: ClusterNodeCollector, from cluster/status) and ceph_osd_in (the mgr module's OSD_STATUS, 1 when in).
 */
export function staleRules(th: AlertThresholds, o: RuleOptions): PromRule[] {
  const t = ALERT_TEXT[o.lang];
  const rules: PromRule[] = [];
  const add = (kind: 'nodes' | 'osds', alert: string, expr: string, n: number, exporter: 'pveExporter' | 'cephMgrPrometheus') => {
    const s = source(exporter, o.lang);
    const labels: Record<string, string> = { severity: 'info' };
    if (o.cluster !== null && o.cluster !== '') labels['capa_cluster'] = templateLiteral(o.cluster);
    labels['capa_expected'] = String(n);
    const annotations = {
      summary: `${templateLiteral(t.stale[kind].summary(n))} (${t.now} {{ $value }})`,
      description: templateLiteral(t.stale[kind].description),
      metrics: templateLiteral(`${s.title} (${s.ref})`),
      inventory_collected_at: templateLiteral(o.collectedAt),
    };
    rules.push({ alert, expr, for: o.for, labels, annotations });
  };
  if (th.assumed.nodes !== null) add('nodes', 'CapaInventoryNodesChanged', `count(${sel('pve_node_info', '', o.pveMatchers)}) != ${th.assumed.nodes}`, th.assumed.nodes, 'pveExporter');
  if (th.assumed.inOsds !== null) add('osds', 'CapaInventoryOsdsChanged', `count(${sel('ceph_osd_in', '', o.cephMatchers)} == 1) != ${th.assumed.inOsds}`, th.assumed.inOsds, 'cephMgrPrometheus');
  return rules;
}

/** The whole rule file: the header says where every name and figure comes from (fixed text only). */
export function prometheusRuleFile(th: AlertThresholds, o: RuleOptions): { readonly yaml: string; readonly rules: readonly PromRule[] } {
  const t = ALERT_TEXT[o.lang];
  const group = o.cluster !== null && o.cluster !== '' ? `capa: ${o.cluster}` : 'capa';
  const rules = [...prometheusRules(th, o), ...staleRules(th, o)];
  return { yaml: ruleFileYaml(group, rules, t.header), rules };
}

export { NAMES as ALERT_NAMES };
