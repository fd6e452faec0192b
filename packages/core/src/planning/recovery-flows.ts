/**
 * Connections during a host's recovery: every OSD of a survivor talks to every OSD of each peer,
 * n² flows per host pair, over max(1, H − 2) peers (the failed host and itself excluded). Shared by
 * the host-failure calculator and the planning recovery models.
 */
export function recoveryFlows(hosts: number, osdsPerHost: number): { peers: number; flows: number } {
  const peers = Math.max(1, hosts - 2);
  return { peers, flows: osdsPerHost * osdsPerHost * peers };
}
