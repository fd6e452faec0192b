/**
 * Ceph's `.mgr` pool, as the manager creates it on first use: `osd pool create .mgr` with
 * pg_num 1, pg_num_min 1 and pg_num_max 32, replicated at the cluster's default size
 * (ceph/ceph:src/pybind/mgr/mgr_module.py, MgrModule.create_pool). It holds a few MB, so the
 * autoscaler keeps it at its pg_num_min of 1 rather than the module's default floor of 32.
 */
import type { PoolSpec } from './schema.js';

export const MGR_POOL_NAME = '.mgr';
export const MGR_PG_NUM_MIN = 1;
export const MGR_PG_NUM_MAX = 32;

/** The pool a Proxmox VE + Ceph cluster always has next to the user's pools (osd_pool_default_size 3). */
// biome-ignore format: a table, several short entries per line as it reads
export const MGR_POOL = {
  name: MGR_POOL_NAME,
  protection: { kind: 'replicated' as const, size: 3 },
  pgNumMin: MGR_PG_NUM_MIN,
  pgNumMax: MGR_PG_NUM_MAX,
};

/** A pool named `.mgr` without its own bounds gets the ones Ceph creates it with. */
export function withMgrDefaults(p: PoolSpec): PoolSpec {
  if (p.name !== MGR_POOL_NAME) return p;
  return { ...p, pgNumMin: p.pgNumMin ?? MGR_PG_NUM_MIN, pgNumMax: p.pgNumMax ?? MGR_PG_NUM_MAX };
}
