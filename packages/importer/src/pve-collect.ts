/**
 * Walks the Proxmox VE API through an injected `get(path)`: the HTTPS client (`capa import pve`) and
 * the pvesh dump reader (`capa import pvesh`) share this one plan, so both give the same inventory.
 *
 * Required: `/cluster/resources`. Everything else (node status, guest configs, network, HA, cluster
 * status, Ceph) is optional: a failure becomes a warning naming the path, and the import goes on.
 */
import { parseClusterResources } from './parsers/pve-resources.js';
import { applyNodeStatus, parseNetwork } from './parsers/pve-nodes.js';
import { parseQemuConfig, parseLxcConfig, applyConfig } from './parsers/pve-guest-configs.js';
import { parseHaResources, parseClusterStatus } from './parsers/pve-cluster.js';
import { parsePveCeph } from './parsers/pve-ceph.js';
import type { InventoryBond, InventoryCeph, InventoryGuest, InventoryNode, InventoryParts } from './schema.js';
import { ImportError, isRecord, mapLimit, str, Warnings } from './util.js';

export { mapLimit } from './util.js';
import { type Reason, failureReason as why } from './reason-messages.js';
import { errorParams } from './error-messages.js';
import { collectRrd, type HistoryOptions } from './history/pve-rrd.js';

/** A failure's `message` is English; `reason` (when the getter gives one) says the same in language-free params. */
export type GetResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly status: number | null; readonly message: string; readonly reason?: Reason };
export type Getter = (path: string) => Promise<GetResult>;

export interface CollectOptions {
  readonly concurrency?: number;
  /** Called as requests finish: done, total so far (the total grows as the plan unfolds). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Also read the nodes' and storages' rrddata (history/pve-rrd.ts); each failure is a warning. */
  readonly history?: HistoryOptions;
}

const enc = encodeURIComponent;

export async function collectPve(get: Getter, options: CollectOptions = {}): Promise<InventoryParts> {
  const limit = options.concurrency ?? 4;
  const warnings = new Warnings();
  let done = 0;
  let total = 0;
  const tracked: Getter = async (path) => {
    total += 1;
    options.onProgress?.(done, total);
    try {
      return await get(path);
    } finally {
      done += 1;
      options.onProgress?.(done, total);
    }
  };
  const optional = async (path: string, what: string): Promise<unknown> => {
    const r = await tracked(path);
    if (r.ok) return r.data;
    warnings.add('pve.endpoint-unreadable', { what, ...why(r), path }, path);
    return undefined;
  };

  // 1. Required: cluster/resources.
  const res = await tracked('/cluster/resources');
  if (!res.ok) throw new ImportError('pve.resources-unreadable', why(res), '/cluster/resources');
  const parts = parseClusterResources(res.data, warnings);

  // 2. Cluster name and HA resources (optional), in parallel with node status.
  const clusterP = optional('/cluster/status', 'cluster status');
  const haP = optional('/cluster/ha/resources', 'HA resources');

  // 3. Node status of every online node. 595/596 (node unreachable through the proxy) → treated offline.
  // Any other failure (a dump whose status.json the collection script deleted, a 403, a bad shape)
  // keeps the node with cluster/resources' maxmem and maxcpu: one node's status is not the whole cluster.
  const nodes: InventoryNode[] = await mapLimit(parts.nodes, limit, async (n) => {
    if (!n.online) return n;
    const path = `/nodes/${enc(n.name)}/status`;
    const r = await tracked(path);
    const kept = { node: n.name, path, maxmem: n.ramTotalBytes, maxcpu: n.threads };
    if (r.ok) {
      try {
        return applyNodeStatus(n, r.data);
      } catch (e) {
        warnings.add('pve.node-status-invalid', { ...errorParams(e), ...kept }, path);
        return n;
      }
    }
    if (r.status === 595 || r.status === 596) {
      warnings.add('pve.node-unreachable', { node: n.name, path, ...why(r) }, path);
      return { ...n, online: false };
    }
    warnings.add('pve.node-status-missing', { ...why(r), ...kept }, path);
    return n;
  });
  const threadsOf = new Map(nodes.map((n) => [n.name, n.threads]));
  const online = new Set(nodes.filter((n) => n.online).map((n) => n.name));

  // 4. Guest configs (optional per guest).
  const guests: InventoryGuest[] = await mapLimit(parts.guests, limit, async (g) => {
    if (g.node === null || !online.has(g.node)) {
      warnings.add('pve.guest-config-skipped', { id: g.id, name: g.name, node: g.node, memoryUnknown: g.memoryBytes === null }, `/nodes/${g.node ?? '?'}/${g.type}/${g.vmid ?? '?'}/config`);
      return g;
    }
    const path = `/nodes/${enc(g.node)}/${g.type}/${g.vmid ?? 0}/config?current=1`;
    const r = await tracked(path);
    if (!r.ok) {
      warnings.add('pve.guest-config-missing', { id: g.id, name: g.name, ...why(r), memoryUnknown: g.memoryBytes === null }, path);
      return g;
    }
    try {
      const cfg = g.type === 'qemu' ? parseQemuConfig(r.data, `${g.id} config`, warnings) : parseLxcConfig(r.data, threadsOf.get(g.node) ?? null, `${g.id} config`, warnings);
      return applyConfig(g, cfg);
    } catch (e) {
      warnings.add('pve.guest-config-invalid', { ...errorParams(e), id: g.id, name: g.name }, path);
      return g;
    }
  });

  // 5. Network per online node (bonds).
  const bondLists = await mapLimit([...online], limit, async (node) => {
    const data = await optional(`/nodes/${enc(node)}/network`, `network of ${node}`);
    if (data === undefined) return [] as InventoryBond[];
    try {
      return parseNetwork(node, data);
    } catch (e) {
      warnings.add('pve.network-invalid', errorParams(e), `/nodes/${node}/network`);
      return [];
    }
  });

  // 6. History (optional): rrddata of the online nodes and of each storage once.
  const history = options.history === undefined ? [] : await collectRrd(tracked, nodes, parts.storages, options.history, warnings, limit);

  // 7. Ceph through the API (optional): only if the cluster has it.
  let ceph: InventoryCeph | null = null;
  const cephNode = [...online].sort()[0];
  if (cephNode !== undefined) {
    const st = await tracked('/cluster/ceph/status');
    if (st.ok) {
      const base = `/nodes/${enc(cephNode)}/ceph`;
      const [osdTree, pools] = await Promise.all([optional(`${base}/osd`, 'Ceph OSDs'), optional(`${base}/pool`, 'Ceph pools')]);
      if (osdTree !== undefined && pools !== undefined) {
        const poolNames = Array.isArray(pools) ? pools.flatMap((p) => (isRecord(p) && typeof p['pool_name'] === 'string' ? [p['pool_name']] : [])) : [];
        const statuses = await mapLimit(poolNames, limit, (name) => optional(`${base}/pool/${enc(name)}/status?verbose=1`, `Ceph pool ${name} status`));
        try {
          ceph = parsePveCeph({ osdTree, pools, poolStatus: Object.fromEntries(poolNames.map((n, i) => [n, statuses[i]])), status: st.data }, warnings);
        } catch (e) {
          warnings.add('pve.ceph-invalid', errorParams(e), `${base}/osd`);
        }
      }
    } else if (st.status !== 404) {
      warnings.add('pve.ceph-unavailable', why(st), '/cluster/ceph/status');
    }
  }

  const ha = await haP;
  if (ha !== undefined) {
    try {
      const states = parseHaResources(ha);
      for (const g of guests) {
        const s = states.get(g.id);
        if (s !== undefined) g.haState = s;
      }
    } catch (e) {
      warnings.add('pve.ha-invalid', errorParams(e), '/cluster/ha/resources');
    }
  }
  const clusterData = await clusterP;
  let cluster: string | null = null;
  if (clusterData !== undefined) {
    try {
      cluster = parseClusterStatus(clusterData);
    } catch {
      /* optional */
    }
  }

  const versions: Record<string, string> = {};
  const pveVersions = [...new Set(nodes.map((n) => n.version).filter((v): v is string => v !== null))];
  if (pveVersions.length > 0) versions['pve-manager'] = pveVersions.map((v) => str(v.split('/')[1]) ?? v).join(', ');
  if (ceph?.version) versions['ceph'] = ceph.version;
  return { nodes, guests, storages: parts.storages, ceph, bonds: bondLists.flat(), warnings: warnings.list, versions, cluster, ...(history.length > 0 ? { history: { series: history } } : {}) };
}
