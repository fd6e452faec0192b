/**
 * A Ceph cluster's stored data, Σ of its pools' STORED (`ceph df`): one rule for the history that
 * `capa import ceph --append-history` keeps (the cluster's `ceph.stored` series) and for the forecast
 * that scales the host-loss figure by it, so the trend and the limit measure the same thing.
 * Unknown (null) when there is no pool or any pool's STORED is unknown: a partial sum would make the
 * series jump the day the missing pool is read, and a trend would take that jump for growth.
 */
export interface StoredPool {
  readonly storedBytes: number | null;
}

export function poolsStoredTotal(pools: readonly StoredPool[]): number | null {
  if (pools.length === 0 || pools.some((p) => p.storedBytes === null)) return null;
  return pools.reduce((s, p) => s + (p.storedBytes ?? 0), 0);
}
