/** What `capa import ceph` collects: the Ceph CLI commands, their file names under `--dir`, and the inputs they fill. */
import { isRecord } from '../util.js';

export interface CephJsonInputs {
  /** `ceph osd df -f json` or `ceph osd df tree -f json`; without it the OSDs come from osdTree (one of the two is required). */
  osdDf?: unknown;
  /** `ceph osd tree -f json`: host of each OSD when osd df is not the tree form; the OSDs themselves without osd df. */
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

/** The commands `capa import ceph` runs (and the file names `--dir` reads), in order. `required`: osd df, unless osd tree answers (node/ceph.ts gather). */
export const CEPH_COMMANDS = [
  { key: 'osdDf', file: 'osd-df', args: ['osd', 'df'], required: true },
  { key: 'osdTree', file: 'osd-tree', args: ['osd', 'tree'], required: false },
  // Not required: without them pools come from osd dump and stored bytes are unknown (warned).
  { key: 'df', file: 'df-detail', args: ['df', 'detail'], required: false },
  { key: 'poolLsDetail', file: 'osd-pool-ls-detail', args: ['osd', 'pool', 'ls', 'detail'], required: false },
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
