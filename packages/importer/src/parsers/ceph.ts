/**
 * Ceph CLI JSON (`ceph ... -f json`) → the Ceph part of an Inventory. Pure: text/JSON in, data out.
 *
 * Units (docs/reference-notes.md I4): `osd df` sizes are KiB (`kb`, `kb_used`, summary `total_kb*`),
 * `crush_weight` is TiB by convention, `df` sizes are bytes, `percent_used` a ratio, `utilization` a
 * percentage. Every size leaves this module in bytes.
 *
 * Version differences handled: `osd df` plain (no host) or `osd df tree` (host buckets) or the Checkmk
 * agent's `{df, perf}` wrapper; `osd pool ls detail` (`pool_id`) or `osd dump` pools (`pool`); pool
 * `type` 1/3 or "replicated"/"erasure"; `df` before Nautilus (no `stored`: `bytes_used` was logical,
 * `raw_bytes_used` raw); EC profile values as strings; autoscale-status absent when the mgr module is off;
 * `status` with nested (≤ Nautilus) or flat `osdmap`.
 */
import { loadPlacement, parseCrushDump, parseOsdDump } from '@capa/crush';
import * as z from 'zod';
import { type InventoryCeph, type InventoryOsd, type InventoryPlacementMaps, type InventoryPool, PLACEMENT_MAPS_FORMAT, PLACEMENT_MAPS_VERSION } from '../schema.js';
import { bool, ImportError, int, isRecord, KiB, num, str, TiB, Warnings } from '../util.js';

/** A number that may arrive as a numeric string. */
const lnum = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = num(v);
  if (n === null) {
    ctx.addIssue({ code: 'custom', message: `expected a number, got ${JSON.stringify(v).slice(0, 40)}` });
    return z.NEVER;
  }
  return n;
});

const osdDfNode = z.looseObject({ id: lnum, name: z.string(), type: z.string().optional() });
const osdDfSchema = z.looseObject({ nodes: z.array(osdDfNode), stray: z.array(z.unknown()).optional(), summary: z.record(z.string(), z.unknown()).optional() });
const osdTreeSchema = z.looseObject({ nodes: z.array(z.looseObject({ id: lnum, name: z.string(), type: z.string() })) });
const dfSchema = z.looseObject({
  stats: z.record(z.string(), z.unknown()).optional(),
  pools: z.array(z.looseObject({ name: z.string(), id: lnum, stats: z.record(z.string(), z.unknown()) })),
});
const poolLsSchema = z.array(z.looseObject({ pool_name: z.string() }));
const crushRulesSchema = z.array(z.looseObject({ rule_id: lnum, rule_name: z.string(), steps: z.array(z.record(z.string(), z.unknown())) }));
const autoscaleSchema = z.array(z.looseObject({ pool_name: z.string() }));
const ecProfileSchema = z.record(z.string(), z.unknown());

/** Validates one command's output, naming the command and the first bad field. */
function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new ImportError(`${what}: unexpected shape${where}: ${issue?.message ?? 'invalid'}`, what);
}

export interface CephJsonInputs {
  /** `ceph osd df -f json` or `ceph osd df tree -f json` (required). */
  osdDf: unknown;
  /** `ceph osd tree -f json`: host of each OSD when osd df is not the tree form. */
  osdTree?: unknown;
  /** `ceph df detail -f json` (or plain `ceph df`): per-pool stored/used/max avail. */
  df?: unknown;
  /** `ceph osd pool ls detail -f json`. */
  poolLsDetail?: unknown;
  /** `ceph osd erasure-code-profile get NAME -f json`, by profile name. */
  ecProfiles?: Readonly<Record<string, unknown>>;
  /** `ceph osd crush rule dump -f json`. */
  crushRules?: unknown;
  /** `ceph osd pool autoscale-status -f json`. */
  autoscaleStatus?: unknown;
  /** `ceph osd dump -f json`: full ratios, pools and EC profiles as a fallback; with crushDump, placement. */
  osdDump?: unknown;
  /** `ceph osd crush dump -f json`: the CRUSH map (buckets, rules, tunables, choose_args). */
  crushDump?: unknown;
  /** `ceph status -f json`. */
  status?: unknown;
  /** `ceph versions -f json`. */
  versions?: unknown;
}

/** "ceph version 16.2.15 (618f…) pacific (stable)" → "16.2.15 pacific". */
export function cephVersionFrom(versions: unknown): string | null {
  if (!isRecord(versions)) return null;
  const overall = versions['overall'];
  const keys = isRecord(overall) ? Object.keys(overall) : Object.values(versions).flatMap((v) => (isRecord(v) ? Object.keys(v) : []));
  const found = new Set<string>();
  for (const k of keys) {
    const m = /ceph version (\S+)(?: \([0-9a-f]+\))? (\w+)/.exec(k);
    if (m) found.add(`${m[1]} ${m[2]}`);
  }
  return found.size === 0 ? null : [...found].sort().join(', ');
}

function unwrapOsdDf(v: unknown): unknown {
  // The Checkmk agent ships `{"df": <osd df>, "perf": <osd perf>}`.
  if (isRecord(v) && !('nodes' in v) && isRecord(v['df'])) return v['df'];
  return v;
}

interface RuleInfo { readonly name: string; readonly root: string | null; readonly deviceClass: string | null; readonly failureDomain: string | null }

/** A rule's root (`take` item_name, `default~ssd` for a class shadow tree) and failure domain (first choose step's type). */
export function ruleInfo(rule: { rule_name: string; steps: readonly Record<string, unknown>[] }): RuleInfo {
  let root: string | null = null;
  let failureDomain: string | null = null;
  let deviceClass: string | null = null;
  for (const s of rule.steps) {
    const op = str(s['op']) ?? '';
    if (op === 'take' && root === null) {
      const item = str(s['item_name']);
      root = item;
      const cls = str(s['item_class']);
      if (cls) deviceClass = cls;
      else if (item?.includes('~')) deviceClass = item.split('~')[1] ?? null;
    }
    if (/^choose(leaf)?_(firstn|indep)$/.test(op) && failureDomain === null) failureDomain = str(s['type']);
  }
  return { name: rule.rule_name, root, deviceClass, failureDomain };
}

export function parseCephJson(inputs: CephJsonInputs, warnings: Warnings = new Warnings()): InventoryCeph {
  const df = check(osdDfSchema, unwrapOsdDf(inputs.osdDf), 'ceph osd df');

  // Host of each OSD: from the tree form of osd df, else from osd tree.
  const hostOf = new Map<number, string>();
  const collectHosts = (nodes: readonly Record<string, unknown>[]) => {
    for (const n of nodes) {
      if (n['type'] !== 'host' || !Array.isArray(n['children'])) continue;
      for (const c of n['children']) {
        const id = int(c);
        if (id !== null) hostOf.set(id, String(n['name']));
      }
    }
  };
  collectHosts(df.nodes);
  let treeNodes: readonly Record<string, unknown>[] = [];
  if (inputs.osdTree !== undefined) {
    treeNodes = check(osdTreeSchema, inputs.osdTree, 'ceph osd tree').nodes;
    collectHosts(treeNodes);
  }

  const treeStatus = new Map<number, string | null>();
  for (const t of treeNodes) { const id = num(t['id']); if (id !== null) treeStatus.set(id, str(t['status'])); }
  const osds: InventoryOsd[] = [];
  for (const n of df.nodes) {
    const type = n.type ?? 'osd';
    if (type !== 'osd' || n.id < 0) continue;
    const id = n.id;
    const kb = num(n['kb']);
    const crushWeight = num(n['crush_weight']);
    const reweight = num(n['reweight']);
    let sizeBytes: number;
    if (kb !== null && kb > 0) {
      sizeBytes = Math.round(kb * KiB);
    } else if (crushWeight !== null && crushWeight > 0) {
      // Out/down OSDs report kb 0; crush_weight is the device size in TiB by convention.
      sizeBytes = Math.round(crushWeight * TiB);
      warnings.add('ceph.osd-size-from-crush-weight', `${n.name} reports no size (kb ${kb ?? 'missing'}, reweight ${reweight ?? '?'}): its size is taken from crush_weight ${crushWeight} TiB = ${sizeBytes} bytes`, 'ceph osd df');
    } else {
      sizeBytes = 0;
      warnings.add('ceph.osd-size-unknown', `${n.name} reports neither a size nor a CRUSH weight: counted as 0 bytes`, 'ceph osd df');
    }
    const status = str(n['status']);
    const upText = status ?? treeStatus.get(id) ?? null;
    osds.push({
      id,
      name: n.name,
      host: hostOf.get(id) ?? null,
      deviceClass: str(n['device_class']) || null,
      sizeBytes,
      usedBytes: scaledKb(n['kb_used']),
      pgs: int(n['pgs']),
      up: upText === null ? null : upText === 'up',
      in: reweight === null ? null : reweight > 0,
      crushWeight,
      reweight,
    });
  }
  osds.sort((a, b) => a.id - b.id);
  if (osds.length === 0) warnings.add('ceph.no-osds', 'ceph osd df lists no OSD', 'ceph osd df');
  if (osds.some((o) => o.host === null)) {
    warnings.add('ceph.osd-host-unknown', `${osds.filter((o) => o.host === null).length} OSD(s) have no CRUSH host (plain osd df without osd tree): host-loss figures are not available for them`, 'ceph osd tree');
  }
  const summary = df.summary ?? {};
  const totalBytes = scaledKb(summary['total_kb']);
  const rawUsedBytes = scaledKb(summary['total_kb_used']);
  const availBytes = scaledKb(summary['total_kb_avail']);
  if (rawUsedBytes === null) warnings.add('ceph.no-osd-df-summary', 'ceph osd df has no summary: raw used is the sum of the OSDs’ kb_used', 'ceph osd df');

  // CRUSH rules.
  const rules = new Map<number, RuleInfo>();
  if (inputs.crushRules !== undefined) {
    for (const r of check(crushRulesSchema, inputs.crushRules, 'ceph osd crush rule dump')) rules.set(r.rule_id, ruleInfo(r));
  } else {
    warnings.add('ceph.no-crush-rules', 'ceph osd crush rule dump not imported: pools have no failure domain', 'ceph osd crush rule dump');
  }

  // EC profiles: explicit gets first, osd dump's erasure_code_profiles as a fallback.
  const profiles = new Map<string, Record<string, unknown>>();
  const dump = isRecord(inputs.osdDump) ? inputs.osdDump : null;
  if (dump && isRecord(dump['erasure_code_profiles'])) {
    for (const [name, p] of Object.entries(dump['erasure_code_profiles'])) if (isRecord(p)) profiles.set(name, p);
  }
  for (const [name, p] of Object.entries(inputs.ecProfiles ?? {})) profiles.set(name, check(ecProfileSchema, p, `ceph osd erasure-code-profile get ${name}`));

  // Pool statistics from ceph df.
  const stats = new Map<string, Record<string, unknown>>();
  const dfIds = new Map<string, number>();
  if (inputs.df !== undefined) {
    for (const p of check(dfSchema, inputs.df, 'ceph df').pools) {
      stats.set(p.name, p.stats);
      dfIds.set(p.name, p.id);
    }
  } else {
    warnings.add('ceph.no-df', 'ceph df not imported: pools have no stored/used bytes', 'ceph df detail');
  }

  // Autoscale status.
  const auto = new Map<string, Record<string, unknown>>();
  if (inputs.autoscaleStatus !== undefined) {
    for (const a of check(autoscaleSchema, inputs.autoscaleStatus, 'ceph osd pool autoscale-status')) auto.set(a.pool_name, a);
  }

  // Pool list: ls detail, else osd dump pools, else only what ceph df names.
  let poolDefs: Record<string, unknown>[] = [];
  if (inputs.poolLsDetail !== undefined) poolDefs = check(poolLsSchema, inputs.poolLsDetail, 'ceph osd pool ls detail');
  else if (dump && Array.isArray(dump['pools'])) poolDefs = check(poolLsSchema, dump['pools'], 'ceph osd dump pools');
  else {
    warnings.add('ceph.no-pool-detail', 'ceph osd pool ls detail not imported: pool sizes, rules and pg_num are unknown', 'ceph osd pool ls detail');
    poolDefs = [...stats.keys()].map((name) => ({ pool_name: name }));
  }

  let sawPreNautilusDf = false;
  const pools: InventoryPool[] = poolDefs.map((d) => {
    const name = String(d['pool_name']);
    const typeRaw = d['type'];
    const type: InventoryPool['type'] = typeRaw === 1 || typeRaw === '1' || typeRaw === 'replicated' ? 'replicated' : typeRaw === 3 || typeRaw === '3' || typeRaw === 'erasure' ? 'erasure' : 'unknown';
    const ecProfile = str(d['erasure_code_profile']) || null;
    let k: number | null = null;
    let m: number | null = null;
    let profileDomain: string | null = null;
    let profileClass: string | null = null;
    if (type === 'erasure') {
      const prof = ecProfile ? profiles.get(ecProfile) : undefined;
      if (prof) {
        k = int(prof['k']);
        m = int(prof['m']);
        profileDomain = str(prof['crush-failure-domain']) || null;
        profileClass = str(prof['crush-device-class']) || null;
      } else {
        warnings.add('ceph.ec-profile-missing', `pool ${name}: erasure-code profile ${ecProfile ?? '(none)'} not imported, k and m unknown`, `ceph osd erasure-code-profile get ${ecProfile ?? ''}`.trim());
      }
    }
    const options = isRecord(d['options']) ? d['options'] : {};
    const crushRule = int(d['crush_rule']);
    const rule = crushRule === null ? undefined : rules.get(crushRule);
    const s = stats.get(name);
    let storedBytes: number | null = null;
    let usedBytes: number | null = null;
    if (s) {
      if (s['stored'] !== undefined) {
        storedBytes = int(s['stored']);
        usedBytes = int(s['bytes_used']);
      } else {
        // Before Nautilus: bytes_used was logical and raw_bytes_used the raw figure.
        sawPreNautilusDf = true;
        storedBytes = int(s['bytes_used']);
        usedBytes = int(s['raw_bytes_used']);
      }
    } else if (inputs.df !== undefined) {
      warnings.add('ceph.pool-not-in-df', `pool ${name} is not in ceph df`, 'ceph df');
    }
    const a = auto.get(name);
    const flags = str(d['flags_names']) ?? '';
    return {
      id: int(d['pool_id']) ?? int(d['pool']) ?? dfIds.get(name) ?? -1,
      name,
      type,
      size: int(d['size']),
      minSize: int(d['min_size']),
      k,
      m,
      ecProfile,
      pgNum: int(d['pg_num']),
      pgNumTarget: int(d['pg_num_target']),
      pgNumMin: int(options['pg_num_min']),
      pgNumMax: int(options['pg_num_max']),
      autoscaleMode: str(d['pg_autoscale_mode']),
      bulk: flags.split(',').includes('bulk') || bool(options['bulk']) === true,
      bias: num(options['pg_autoscale_bias']),
      targetSizeRatio: num(options['target_size_ratio']),
      targetSizeBytes: int(options['target_size_bytes']),
      crushRule,
      crushRuleName: rule?.name ?? null,
      crushRoot: rule?.root ?? null,
      failureDomain: profileDomain ?? rule?.failureDomain ?? null,
      deviceClass: profileClass ?? rule?.deviceClass ?? null,
      storedBytes,
      usedBytes,
      maxAvailBytes: s ? int(s['max_avail']) : null,
      objects: s ? int(s['objects']) : null,
      applications: isRecord(d['application_metadata']) ? Object.keys(d['application_metadata']) : [],
      autoscale: a
        ? {
            pgNumTarget: int(a['pg_num_target']),
            pgNumFinal: int(a['pg_num_final']),
            pgNumIdeal: int(a['pg_num_ideal']),
            wouldAdjust: bool(a['would_adjust']),
            rawUsedRate: num(a['raw_used_rate']),
            subtreeCapacityBytes: int(a['subtree_capacity']),
            capacityRatio: num(a['capacity_ratio']),
            mode: str(a['pg_autoscale_mode']),
          }
        : null,
    };
  });
  if (sawPreNautilusDf) warnings.add('ceph.df-pre-nautilus', 'ceph df has no `stored` (Ceph before Nautilus): stored = bytes_used, raw used = raw_bytes_used', 'ceph df');
  if (inputs.autoscaleStatus === undefined) warnings.add('ceph.no-autoscale-status', 'ceph osd pool autoscale-status not imported (pg_autoscaler module off, or not collected): PG counts are compared with Capa’s autoscaler only', 'ceph osd pool autoscale-status');

  const status = isRecord(inputs.status) ? inputs.status : null;
  let version = cephVersionFrom(inputs.versions);
  if (version === null && status && isRecord(status['monmap'])) version = str(status['monmap']['min_mon_release_name']);
  const ratio = (key: string) => (dump ? num(dump[key]) : null);
  return {
    version,
    fsid: (status ? str(status['fsid']) : null) ?? (dump ? str(dump['fsid']) : null),
    osds,
    pools,
    totalBytes,
    rawUsedBytes: rawUsedBytes ?? osds.reduce((sum, o) => sum + (o.usedBytes ?? 0), 0),
    availBytes,
    nearfullRatio: ratio('nearfull_ratio'),
    backfillfullRatio: ratio('backfillfull_ratio'),
    fullRatio: ratio('full_ratio'),
    placementMaps: placementMapsFrom(inputs, warnings),
  };
}

/** What `capa placement` does without Ceph's maps: said once, at import, with the files to capture. */
export const NO_MAPS_WARNING = 'placement will use a map built from the OSD tree (one straw2 bucket per host, weight = CRUSH weight in TiB, replicated_rule: chooseleaf firstn 0 type host): Ceph’s bucket ids and rules may differ, so per-PG up sets are not Ceph’s, only alike';

/** Ceph's CRUSH map and OSD map, validated and checked to compile; null (with a warning) when missing or unusable. */
function placementMapsFrom(inputs: CephJsonInputs, warnings: Warnings): InventoryPlacementMaps | null {
  const missing = [inputs.crushDump === undefined ? 'ceph osd crush dump (osd-crush-dump.json)' : '', inputs.osdDump === undefined ? 'ceph osd dump (osd-dump.json)' : ''].filter(Boolean);
  if (missing.length > 0) {
    warnings.add('ceph.no-crush-map', `${missing.join(' and ')} not imported: ${NO_MAPS_WARNING}`, missing.join(', '));
    return null;
  }
  try {
    const crushDump = parseCrushDump(inputs.crushDump);
    const osdDump = parseOsdDump(inputs.osdDump);
    // Compiling refuses what the simulator cannot place (unknown bucket algorithms, hashes, steps).
    const compiled = loadPlacement(crushDump, osdDump);
    for (const w of compiled.crush.warnings) warnings.add('ceph.crush-map-assumption', w, 'ceph osd crush dump');
    return { format: PLACEMENT_MAPS_FORMAT, version: PLACEMENT_MAPS_VERSION, crushDump, osdDump };
  } catch (e) {
    warnings.add('ceph.crush-map-unusable', `${e instanceof Error ? e.message : String(e)}: ${NO_MAPS_WARNING}`, 'ceph osd crush dump');
    return null;
  }
}

function scaledKb(v: unknown): number | null {
  const n = int(v);
  return n === null ? null : n * KiB;
}

/** The commands `capa import ceph` runs (and the file names `--dir` reads), in order. */
export const CEPH_COMMANDS = [
  { key: 'osdDf', file: 'osd-df', args: ['osd', 'df'], required: true },
  { key: 'osdTree', file: 'osd-tree', args: ['osd', 'tree'], required: false },
  { key: 'df', file: 'df-detail', args: ['df', 'detail'], required: true },
  { key: 'poolLsDetail', file: 'osd-pool-ls-detail', args: ['osd', 'pool', 'ls', 'detail'], required: true },
  { key: 'crushRules', file: 'osd-crush-rule-dump', args: ['osd', 'crush', 'rule', 'dump'], required: false },
  { key: 'autoscaleStatus', file: 'osd-pool-autoscale-status', args: ['osd', 'pool', 'autoscale-status'], required: false },
  { key: 'osdDump', file: 'osd-dump', args: ['osd', 'dump'], required: false },
  { key: 'crushDump', file: 'osd-crush-dump', args: ['osd', 'crush', 'dump'], required: false },
  { key: 'status', file: 'status', args: ['status'], required: false },
  { key: 'versions', file: 'versions', args: ['versions'], required: false },
] as const;

/** EC profiles the pools use (from ls detail or osd dump), to fetch with `erasure-code-profile get`. */
export function ecProfilesUsed(poolLsDetail: unknown): string[] {
  if (!Array.isArray(poolLsDetail)) return [];
  const names = new Set<string>();
  for (const p of poolLsDetail) if (isRecord(p) && typeof p['erasure_code_profile'] === 'string' && p['erasure_code_profile'] !== '') names.add(p['erasure_code_profile']);
  return [...names].sort();
}
