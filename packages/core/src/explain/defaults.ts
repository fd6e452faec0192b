/**
 * The core's defaults, in one place: the schemas apply them, the results echo them in `used`, and
 * the adapters (CLI help, web placeholders, the planner's scenario file) print them from here, so a
 * default is never restated as a bare number outside the core (issue 10, item 3).
 * Quorum and bond keep theirs in their specs (cluster/quorum-spec.ts, network/bond-spec.ts).
 */
import { GiB } from '../units/constants.js';
import { formatBytes, formatRatio } from '../units/format.js';

/** Ceph's fill ratios and mark-out interval, and the recovery bond `capa ceph` assumes. */
export const CEPH_DEFAULTS = {
  /** mon_osd_nearfull_ratio, mon_osd_backfillfull_ratio, mon_osd_full_ratio: ceph/ceph:src/common/options/global.yaml.in (SOURCES.cephRatios). */
  nearfull: 0.85,
  backfillfull: 0.9,
  full: 0.95,
  /** mon_osd_down_out_interval, seconds: ceph/ceph:src/common/options/mon.yaml.in (SOURCES.cephRecovery). */
  markOutSeconds: 600,
  /** A replicated pool's size: osd_pool_default_size, ceph/ceph:src/common/options/global.yaml.in. */
  replicas: 3,
  /** The recovery bond: two members, LACP hashing layer3+4 (Proxmox VE's usual Ceph bond). */
  links: 2,
  mode: 'lacp',
  hash: 'layer3+4',
  /** The course's margin over the replicated data for a data target (SOURCES.courseDisk). */
  margin: 1.1,
} as const;

/** The N − f memory rule's defaults (`capa memory` and `capa analyze`). */
export const MEMORY_DEFAULTS = {
  failures: 1,
  /** The course's 75 % with the failures (SOURCES.courseMemory). */
  maxUtilization: 0.75,
  /** 0 unless stated: the course rule (≈ 2 GiB suggested). */
  hostReserveBytes: 0,
  osdsPerNode: 0,
  /** osd_memory_target: ceph/ceph:src/common/options/global.yaml.in (SOURCES.cephOsdMemory). */
  osdMemoryBytes: 4 * GiB,
  zfsArcBytes: 0,
  /** Maximum vCPU:pCPU with the failures. */
  maxOvercommit: 4,
  qdevice: false,
} as const;

/** `capa analyze`'s headroom unit and what-if growth. */
export const ANALYSIS_DEFAULTS = {
  guestRamBytes: 8 * GiB,
  guestVcpus: 4,
  grow: 0,
} as const;

/** The PG calculator's defaults. */
export const PG_DEFAULTS = {
  /** mon_target_pg_per_osd: ceph/ceph:src/common/options/global.yaml.in (SOURCES.cephAutoscaler). */
  targetPerOsd: 100,
  /** pg_autoscaler's threshold module option: ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py. */
  threshold: 3,
  method: 'autoscaler',
  /** mon_max_pg_per_osd (SOURCES.cephPgLimits). */
  maxPgPerOsd: 250,
  bias: 1,
  bulk: false,
} as const;

/** The BlueStore calculator's defaults. */
export const BLUESTORE_DEFAULTS = {
  rule: 'course',
  walDevice: false,
  warrantyYears: 5,
  /** Disk makers state sizes in TB. */
  system: 'decimal',
} as const;

/**
 * A default written the way users type it, for help texts and form placeholders: a ratio as a
 * percentage (85%), a size with its binary unit and no space (4GiB; 0 for none), a number as is.
 */
export function defaultText(value: number, kind: 'ratio' | 'size' | 'number'): string {
  if (kind === 'ratio') return formatRatio(value, 'en');
  if (kind === 'size') return value === 0 ? '0' : formatBytes(value, 'binary', 'en').replace(/\s+/g, '');
  return String(value);
}
