/**
 * `ceph osd pool ls detail`, `ceph df detail`, EC profiles and `ceph osd pool autoscale-status` → the pools.
 *
 * Units (docs/reference-notes.md I4): `df` sizes are bytes. Version differences: `osd pool ls detail`
 * (`pool_id`) or `osd dump` pools (`pool`); pool `type` 1/3 or "replicated"/"erasure"; `df` before
 * Nautilus (no `stored`: `bytes_used` was logical, `raw_bytes_used` raw); EC profile values as strings;
 * autoscale-status absent when the mgr module is off.
 */
import * as z from 'zod';
import type { InventoryPool } from '../schema.js';
import { bool, int, isRecord, num, str, type Warnings } from '../util.js';
import type { CephJsonInputs } from './ceph-commands.js';
import type { RuleInfo } from './ceph-crush-rules.js';
import { lnum } from './ceph-lenient.js';
import { check } from './shape.js';

const dfSchema = z.looseObject({
  stats: z.record(z.string(), z.unknown()).optional(),
  pools: z.array(z.looseObject({ name: z.string(), id: lnum, stats: z.record(z.string(), z.unknown()) })),
});
const poolLsSchema = z.array(z.looseObject({ pool_name: z.string() }));
const autoscaleSchema = z.array(z.looseObject({ pool_name: z.string() }));
const ecProfileSchema = z.record(z.string(), z.unknown());

/** `dump` is `ceph osd dump` when imported: its EC profiles and pools are the fallbacks. */
export function parsePools(inputs: CephJsonInputs, rules: ReadonlyMap<number, RuleInfo>, dump: Record<string, unknown> | null, warnings: Warnings): InventoryPool[] {
  // EC profiles: explicit gets first, osd dump's erasure_code_profiles as a fallback.
  const profiles = new Map<string, Record<string, unknown>>();
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
  return pools;
}
