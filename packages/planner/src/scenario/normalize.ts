/** From the validated document to the model, with the checks that need several fields (paths kept). */
import { type DiskClass, LIMITS, type Protection, protectionLabel, ratioOrderIssue, width, type ZfsLayout } from '@capa/core';
import type { PathKey, RawIssue } from './issues.js';
import { externalModels } from './normalize-external.js';
import { type NormalizeCode, type Refusal, sayRefusal } from './normalize-messages.js';
import type { BondModel, DiskModel, DrainModel, NodeModel, PoolModel, Scenario, ZfsModel } from './model.js';
import { drainVia, poolHosts, totalNodes } from './model.js';
import { normalizeBackup } from './normalize-backup.js';
import type { NodeSpec, ScenarioDoc } from './schema.js';
import { carriesRefusals } from './normalize-network.js';

export interface NormalizeOptions {
  /** `capa plan` and `capa compare` need nodes; `capa optimize` needs an optimize section instead. */
  readonly require: 'nodes' | 'optimize' | 'either';
}

type BondDoc = NonNullable<NonNullable<NodeSpec['network']>['ceph']>;
const bondModel = (b: BondDoc | undefined): BondModel | undefined =>
  b === undefined
    ? undefined
    : { links: b.links, speedBps: b.speed, mode: b.mode, hash: b.hash, carries: b.carries === undefined ? undefined : Object.entries(b.carries).map(([name, bps]) => ({ name, bps })) };

function nodeModel(n: NodeSpec, path: string): NodeModel {
  const by = (role: string): DiskModel[] =>
    n.disks.filter((d) => d.role === role).map((d) => ({ class: d.class, count: d.count, sizeBytes: d.size, recoveryBps: d.recoveryRate, afr: d.afr, model: d.model }));
  return {
    name: n.name ?? 'node',
    count: n.count,
    path,
    platform: n.platform,
    cpu: n.cpu,
    sockets: n.sockets,
    cores: n.cores,
    threadsPerCore: n.threadsPerCore,
    ramBytes: n.ram,
    osds: by('osd'),
    dbDevices: by('db'),
    zfsDisks: by('zfs'),
    systemDisks: by('system'),
    cephNet: bondModel(n.network?.ceph),
    publicNet: bondModel(n.network?.public),
    backupNet: bondModel(n.network?.backup),
    corosyncNet: bondModel(n.network?.corosync),
    price: n.price,
  };
}

/** "raidz2" with width 6 → RAIDZ2 ×6; "draid2:8d:1s" → dRAID. */
export function parseZfsLayout(text: string, widthOpt: number | undefined, disks: number): ZfsLayout | Refusal {
  const t = text.trim().toLowerCase();
  if (t === 'mirror') return { kind: 'mirror', width: widthOpt ?? 2 };
  const rz = /^raidz([123])?$/.exec(t);
  if (rz) {
    const parity = Number(rz[1] ?? 1) as 1 | 2 | 3;
    const w = widthOpt ?? disks;
    if (w <= parity) return { code: 'raidzWidth', params: { parity, width: w } };
    return { kind: 'raidz', parity, width: w };
  }
  const dr = /^draid([123])?(?::(\d+)d)?(?::(\d+)c)?(?::(\d+)s)?$/.exec(t);
  if (dr) {
    const parity = Number(dr[1] ?? 1) as 1 | 2 | 3;
    const spares = Number(dr[4] ?? 0);
    const data = dr[2] === undefined ? Math.max(1, Math.min(8, disks - spares - parity)) : Number(dr[2]);
    if (data < 1) return { code: 'draidData' };
    return { kind: 'draid', parity, data, spares };
  }
  return { code: 'zfsLayout' };
}

/** The unit system most sizes were written in: answers follow the author. */
function detectSystem(raw: unknown): 'binary' | 'decimal' {
  let bin = 0;
  let dec = 0;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/\d\s*[KMGTPE]i[Bo]\s*$/.test(v)) bin++;
      else if (/\d\s*[kKMGTPE][Bo]\s*$/.test(v)) dec++;
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(raw);
  return dec > bin ? 'decimal' : 'binary';
}

export function normalizeScenario(doc: ScenarioDoc, raw: unknown, opts: NormalizeOptions): { scenario: Scenario; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  const issue = (path: readonly PathKey[], code: NormalizeCode, params: Refusal['params'] = {}) => issues.push({ path, message: sayRefusal({ code, params }), code, params });

  const single = doc.nodes !== undefined && !Array.isArray(doc.nodes);
  const nodeDocs: NodeSpec[] = doc.nodes === undefined ? [] : Array.isArray(doc.nodes) ? doc.nodes : [doc.nodes];
  const nodes = nodeDocs.map((n, i) => nodeModel(n, single ? 'nodes' : `nodes[${i}]`));
  const nodePath = (i: number): PathKey[] => (single ? ['nodes'] : ['nodes', i]);
  const N = totalNodes({ nodes });

  if (opts.require === 'nodes' && nodes.length === 0) issue(['nodes'], 'nodesRequired');
  if (opts.require === 'optimize' && doc.optimize === undefined) issue(['optimize'], 'optimizeRequired');
  if (opts.require === 'either' && nodes.length === 0 && doc.optimize === undefined) issue(['nodes'], 'nodesOrOptimize');

  if (nodes.length > 0 && doc.rules.failures >= N) issue(['rules', 'failures'], 'belowNodes', { nodes: N });
  nodeDocs.forEach((n, i) => {
    if (n.threadsPerCore * n.cores < n.sockets) issue([...nodePath(i), 'cores'], 'coresBelowSockets', { sockets: n.sockets });
    // Physical bounds (core limits.ts, docs/units.md#limits): disks of one node, all roles together.
    const disks = n.disks.reduce((s, d) => s + d.count, 0);
    if (disks > LIMITS.osdsPerHost) issue([...nodePath(i), 'disks'], 'disksPerNode', { disks });
    for (const r of carriesRefusals(n, doc)) issue([...nodePath(i), ...r.path], r.code, r.params);
  });
  if (N > LIMITS.hosts) issue(['nodes'], 'nodesTotal', { nodes: N });
  const osdTotal = nodes.reduce((s, g) => s + g.count * g.osds.reduce((a, d) => a + d.count, 0), 0);
  if (osdTotal > LIMITS.osds) issue(['nodes'], 'osdsTotal', { osds: osdTotal, max: LIMITS.osds });

  // Workloads: totals, or VM profiles × counts (one source per quantity).
  const w = doc.workloads;
  let guestRamBytes = w?.guestRam;
  let vcpus = w?.vcpus;
  let dataBytes = w?.data;
  if (w?.vms) {
    if (w.guestRam !== undefined) issue(['workloads', 'guestRam'], 'guestRamTwice');
    if (w.vcpus !== undefined) issue(['workloads', 'vcpus'], 'vcpusTwice');
    const withDisk = w.vms.some((v) => v.disk !== undefined);
    if (w.data !== undefined && withDisk) issue(['workloads', 'data'], 'dataTwice');
    guestRamBytes = w.vms.reduce((s, v) => s + v.count * v.ram, 0);
    vcpus = w.vms.reduce((s, v) => s + v.count * v.vcpus, 0);
    if (withDisk) dataBytes = w.vms.reduce((s, v) => s + v.count * (v.disk ?? 0), 0);
  }
  const workloads = {
    guestRamBytes,
    vcpus,
    dataBytes,
    fromVms: w?.vms !== undefined,
    growth: w?.growth === undefined ? undefined : { perYear: w.growth.perYear, years: w.growth.years },
    ksm: w?.ksm,
  };

  // Ceph pools: protection, data (stated or a share of workloads.data), failure domains.
  const cephDoc = doc.storage?.ceph;
  let ceph: Scenario['ceph'];
  if (cephDoc) {
    const order = ratioOrderIssue(cephDoc);
    if (order) issue(['storage', 'ceph', order.path[0] ?? 'nearfull'], 'ratioOrder', { nearfull: cephDoc.nearfull, backfillfull: cephDoc.backfillfull, full: cephDoc.full });
    const names = new Set<string>();
    let shares = 0;
    const pools: PoolModel[] = cephDoc.pools.map((p, i) => {
      const at = (k: string): PathKey[] => ['storage', 'ceph', 'pools', i, k];
      if (names.has(p.name)) issue(at('name'), 'poolTwice', { name: p.name });
      names.add(p.name);
      if (p.replicas !== undefined && p.ec !== undefined) issue(at('ec'), 'replicasAndEc');
      const protection: Protection = p.ec ?? { kind: 'replicated', size: p.replicas ?? 3 };
      if (p.data !== undefined && p.share !== undefined) issue(at('share'), 'dataAndShare');
      if (p.share !== undefined) shares += p.share;
      let data = p.data;
      if (data === undefined && p.share !== undefined) {
        if (dataBytes === undefined) issue(at('share'), 'shareNeedsData');
        else data = dataBytes * p.share;
      }
      if (data === undefined && p.share === undefined && dataBytes !== undefined && cephDoc.pools.length === 1) data = dataBytes;
      const hosts = nodes.length > 0 ? poolHosts(nodes, p.deviceClass) : (doc.optimize?.nodes.max ?? 0);
      const wid = width(protection);
      const key = p.ec !== undefined ? 'ec' : 'replicas';
      if (nodes.length > 0 && hosts === 0) {
        issue(p.deviceClass ? at('deviceClass') : ['storage', 'ceph', 'pools', i], 'noOsdDisks', { class: p.deviceClass ?? '' });
      } else if ((nodes.length > 0 || doc.optimize) && wid > hosts) {
        const protectionText = protectionLabel(protection);
        if (nodes.length > 0) issue(at(key), 'impossibleNodes', { protection: protectionText, width: wid, hosts, class: p.deviceClass ?? '' });
        else issue(at(key), 'impossibleOptimize', { protection: protectionText, width: wid, max: hosts });
      }
      return { name: p.name, path: `storage.ceph.pools[${i}]`, protection, deviceClass: p.deviceClass, dataBytes: data, targetRatio: p.targetRatio, bulk: p.bulk, application: p.application };
    });
    if (shares > 1 + 1e-9) issue(['storage', 'ceph', 'pools'], 'sharesOver', { percent: Math.round(shares * 1000) / 10 });
    if (cephDoc.pools.length > 1 && dataBytes !== undefined && cephDoc.pools.every((p) => p.data === undefined && p.share === undefined)) {
      issue(['storage', 'ceph', 'pools'], 'poolsNeedData');
    }
    ceph = {
      nearfull: cephDoc.nearfull,
      backfillfull: cephDoc.backfillfull,
      full: cephDoc.full,
      osdMemoryBytes: cephDoc.osdMemory,
      dbRule: cephDoc.dbRule,
      markOutSeconds: cephDoc.markOut,
      mons: cephDoc.mons,
      targetPgPerOsd: cephDoc.targetPgPerOsd,
      pools,
    };
  }

  const zfs: ZfsModel[] = (doc.storage?.zfs ?? []).map((z, i) => {
    const zDisks = Math.max(0, ...nodes.map((n) => n.zfsDisks.filter((d) => z.diskClass === undefined || d.class === z.diskClass).reduce((s, d) => s + d.count, 0)));
    if (nodes.length > 0 && zDisks === 0) issue(['storage', 'zfs', i], 'noZfsDisks', { class: z.diskClass ?? '' });
    const layout = parseZfsLayout(z.layout, z.width, zDisks);
    const refused = 'code' in layout;
    if (refused) issue(['storage', 'zfs', i, 'layout'], layout.code, layout.params);
    return {
      name: z.name,
      path: `storage.zfs[${i}]`,
      layout: refused ? { kind: 'mirror', width: 2 } : layout,
      diskClass: z.diskClass as DiskClass | undefined,
      arc: z.arc,
      block: { ashift: z.ashift, volblocksize: z.volblocksize },
      dataPerNodeBytes: z.data,
      maxFill: z.maxFill,
    };
  });

  const external = externalModels(doc.storage?.external ?? [], issue);

  const drain = drainModel(doc.drain, nodes, guestRamBytes, issue);

  const o = doc.optimize;
  if (o) {
    if (o.nodes.min > o.nodes.max) issue(['optimize', 'nodes', 'min'], 'optimizeNodesMin', { max: o.nodes.max });
    if (o.disksPerNode && o.disksPerNode.min > o.disksPerNode.max) issue(['optimize', 'disksPerNode', 'min'], 'optimizeDisksMin', { max: o.disksPerNode.max });
    if (o.nodes.min <= doc.rules.failures) issue(['optimize', 'nodes', 'min'], 'optimizeFailures', { failures: doc.rules.failures });
    if ((doc.storage?.zfs ?? []).length > 0) issue(['storage', 'zfs'], 'optimizeZfs');
  }

  return {
    scenario: {
      name: doc.name,
      description: doc.description,
      catalogue: doc.catalogue,
      nodes,
      workloads,
      ceph,
      zfs,
      external,
      rules: doc.rules,
      prices: doc.prices,
      optimize: doc.optimize,
      backup: normalizeBackup(doc, dataBytes, issue),
      drain,
      system: detectSystem(raw),
    },
    issues,
  };
}

/**
 * The drain section: the guests' RAM from workloads, a second node to migrate to, and on every node
 * group the bond `via` names (or the default one). Refused here, where the paths are known.
 */
function drainModel(
  d: ScenarioDoc['drain'],
  nodes: readonly NodeModel[],
  guestRamBytes: number | undefined,
  issue: (path: readonly PathKey[], code: NormalizeCode, params?: Refusal['params']) => void,
): DrainModel | undefined {
  if (d === undefined) return undefined;
  if (guestRamBytes === undefined) issue(['drain'], 'drainNoGuestRam');
  if (nodes.length > 0) {
    const n = totalNodes({ nodes });
    if (n < 2) issue(['drain'], 'drainOneNode');
    for (const g of nodes) {
      if (drainVia(g, d.via) !== undefined) continue;
      if (d.via === undefined) issue(['drain'], 'drainNoBond', { node: g.name });
      else issue(['drain', 'via'], 'drainViaMissing', { node: g.name, via: d.via });
      break;
    }
  }
  return { dirtyBps: d.dirtyRate, bwlimitBps: d.bwlimit, parallel: d.parallel, localDiskBytes: d.localDisks, rebootSeconds: d.reboot, via: d.via };
}

export const describeProtection = (p: Protection): string => protectionLabel(p);
