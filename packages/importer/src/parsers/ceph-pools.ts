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

type Rec = Record<string, unknown>;

/** EC profiles: explicit gets first, osd dump's erasure_code_profiles as a fallback. */
function ecProfilesOf(inputs: CephJsonInputs, dump: Rec | null): Map<string, Rec> {
  const profiles = new Map<string, Rec>();
  if (dump && isRecord(dump['erasure_code_profiles'])) {
    for (const [name, p] of Object.entries(dump['erasure_code_profiles'])) if (isRecord(p)) profiles.set(name, p);
  }
  for (const [name, p] of Object.entries(inputs.ecProfiles ?? {})) profiles.set(name, check(ecProfileSchema, p, `ceph osd erasure-code-profile get ${name}`));
  return profiles;
}

/** Pool statistics from ceph df, and the pool ids it gives. */
function dfStatsOf(inputs: CephJsonInputs, warnings: Warnings): { stats: Map<string, Rec>; dfIds: Map<string, number> } {
  const stats = new Map<string, Rec>();
  const dfIds = new Map<string, number>();
  if (inputs.df !== undefined) {
    for (const p of check(dfSchema, inputs.df, 'ceph df').pools) {
      stats.set(p.name, p.stats);
      dfIds.set(p.name, p.id);
    }
  } else {
    warnings.add('ceph.no-df', {}, 'ceph df detail');
  }
  return { stats, dfIds };
}

/** Pool list: ls detail, else osd dump pools, else only what ceph df names. */
function poolDefsOf(inputs: CephJsonInputs, dump: Rec | null, stats: ReadonlyMap<string, Rec>, warnings: Warnings): Rec[] {
  if (inputs.poolLsDetail !== undefined) return check(poolLsSchema, inputs.poolLsDetail, 'ceph osd pool ls detail');
  if (dump && Array.isArray(dump['pools'])) {
    // osd dump's `pools` is the same pg_pool_t dump as ls detail (ceph/ceph:src/osd/osd_types.cc, pg_pool_t::dump): nothing is lost.
    warnings.add('ceph.pools-from-osd-dump', {}, 'ceph osd pool ls detail');
    return check(poolLsSchema, dump['pools'], 'ceph osd dump pools');
  }
  if (stats.size === 0) {
    warnings.add('ceph.no-pools', {}, 'ceph osd pool ls detail');
    return [];
  }
  warnings.add('ceph.no-pool-detail', {}, 'ceph osd pool ls detail');
  return [...stats.keys()].map((name) => ({ pool_name: name }));
}

/**
 * The pool's CRUSH rule id: `crush_rule` (Luminous on), else pre-Luminous `crush_ruleset`, the rule
 * whose `ruleset` matches (ceph/ceph:src/osd/osd_types.cc pg_pool_t::dump printed crush_ruleset before
 * v12; Luminous renumbered rules so that rule id = ruleset, src/crush/CrushWrapper.cc renumber_rules).
 */
function ruleOf(d: Rec, rules: ReadonlyMap<number, RuleInfo>): { crushRule: number | null; rule: RuleInfo | undefined } {
  const crushRule = int(d['crush_rule']);
  if (crushRule !== null) return { crushRule, rule: rules.get(crushRule) };
  const ruleset = int(d['crush_ruleset']);
  if (ruleset === null) return { crushRule: null, rule: undefined };
  const matching = [...rules.entries()].find(([, r]) => r.ruleset === ruleset);
  if (matching) return { crushRule: matching[0], rule: matching[1] };
  return { crushRule: ruleset, rule: rules.get(ruleset) };
}

/** An erasure-coded pool's k, m, failure domain and device class, from its profile. */
function erasureOf(name: string, ecProfile: string | null, profiles: ReadonlyMap<string, Rec>, warnings: Warnings) {
  const prof = ecProfile ? profiles.get(ecProfile) : undefined;
  if (prof) return { k: int(prof['k']), m: int(prof['m']), profileDomain: str(prof['crush-failure-domain']) || null, profileClass: str(prof['crush-device-class']) || null };
  warnings.add('ceph.ec-profile-missing', { pool: name, profile: ecProfile }, `ceph osd erasure-code-profile get ${ecProfile ?? ''}`.trim());
  return { k: null, m: null, profileDomain: null, profileClass: null };
}

/** Stored and used bytes from the pool's df statistics; `preNautilus` when df had no `stored`. */
function bytesOf(s: Rec | undefined): { storedBytes: number | null; usedBytes: number | null; preNautilus: boolean } {
  if (!s) return { storedBytes: null, usedBytes: null, preNautilus: false };
  if (s['stored'] !== undefined) return { storedBytes: int(s['stored']), usedBytes: int(s['bytes_used']), preNautilus: false };
  // Before Nautilus: bytes_used was logical and raw_bytes_used the raw figure.
  return { storedBytes: int(s['bytes_used']), usedBytes: int(s['raw_bytes_used']), preNautilus: true };
}

/** The mgr autoscaler's view of a pool (autoscale-status). */
function autoscaleOf(a: Rec | undefined): InventoryPool['autoscale'] {
  return a
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
    : null;
}

interface PoolSources {
  readonly inputs: CephJsonInputs;
  readonly rules: ReadonlyMap<number, RuleInfo>;
  readonly profiles: ReadonlyMap<string, Rec>;
  readonly stats: ReadonlyMap<string, Rec>;
  readonly dfIds: ReadonlyMap<string, number>;
  readonly auto: ReadonlyMap<string, Rec>;
}

/** One pool from its definition and the other commands' views of it. */
function poolOf(d: Rec, src: PoolSources, warnings: Warnings): { pool: InventoryPool; preNautilus: boolean } {
  const name = String(d['pool_name']);
  const typeRaw = d['type'];
  const type: InventoryPool['type'] = typeRaw === 1 || typeRaw === '1' || typeRaw === 'replicated' ? 'replicated' : typeRaw === 3 || typeRaw === '3' || typeRaw === 'erasure' ? 'erasure' : 'unknown';
  const ecProfile = str(d['erasure_code_profile']) || null;
  const { k, m, profileDomain, profileClass } = type === 'erasure' ? erasureOf(name, ecProfile, src.profiles, warnings) : { k: null, m: null, profileDomain: null, profileClass: null };
  const options = isRecord(d['options']) ? d['options'] : {};
  const { crushRule, rule } = ruleOf(d, src.rules);
  const s = src.stats.get(name);
  const { storedBytes, usedBytes, preNautilus } = bytesOf(s);
  if (!s && src.inputs.df !== undefined) warnings.add('ceph.pool-not-in-df', { pool: name }, 'ceph df');
  const flags = str(d['flags_names']) ?? '';
  const pool: InventoryPool = {
    id: int(d['pool_id']) ?? int(d['pool']) ?? src.dfIds.get(name) ?? -1,
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
    autoscale: autoscaleOf(src.auto.get(name)),
  };
  return { pool, preNautilus };
}

/** `dump` is `ceph osd dump` when imported: its EC profiles and pools are the fallbacks. */
export function parsePools(inputs: CephJsonInputs, rules: ReadonlyMap<number, RuleInfo>, dump: Record<string, unknown> | null, warnings: Warnings): InventoryPool[] {
  const profiles = ecProfilesOf(inputs, dump);
  const { stats, dfIds } = dfStatsOf(inputs, warnings);
  const auto = new Map<string, Rec>();
  if (inputs.autoscaleStatus !== undefined) {
    for (const a of check(autoscaleSchema, inputs.autoscaleStatus, 'ceph osd pool autoscale-status')) auto.set(a.pool_name, a);
  }
  const poolDefs = poolDefsOf(inputs, dump, stats, warnings);
  const read = poolDefs.map((d) => poolOf(d, { inputs, rules, profiles, stats, dfIds, auto }, warnings));
  if (read.some((r) => r.preNautilus)) warnings.add('ceph.df-pre-nautilus', {}, 'ceph df');
  if (inputs.autoscaleStatus === undefined) warnings.add('ceph.no-autoscale-status', {}, 'ceph osd pool autoscale-status');
  return read.map((r) => r.pool);
}
