/**
 * Which inventory files are one cluster (merged, as `capa analyze` always did) and which are an
 * estate of several (docs/estates.md). The rule, in order:
 * 1. `--cluster NAME=FILE,...` names a cluster's files outright.
 * 2. Files with nodes or guests are the same cluster when they name the same cluster
 *    (`source.cluster`), or, when neither names a different one, share a node name or a Ceph fsid.
 *    RVTools (VMware) files are only ever grouped with RVTools files: they are the migration source.
 * 3. A Ceph-only file (no node, no guest) joins the cluster with its fsid or its OSD hosts among the
 *    nodes; else the only Proxmox VE cluster there is; alone when there is none; refused when several
 *    could take it.
 * Pure: no I/O; file names are only compared and shown.
 */
import { mergeInventories } from './inventory.js';
import type { EstateGroupIssue } from './estate-messages.js';
import type { Inventory } from './schema.js';

export interface InventoryFile {
  readonly file: string;
  readonly inventory: Inventory;
}

/** `--cluster NAME=FILE,...`: the files a name groups. */
export interface NamedCluster {
  readonly name: string;
  readonly files: readonly string[];
}

export interface ClusterGroup {
  readonly name: string;
  /** vmware: an RVTools estate, the migration source; proxmox: anything else (Proxmox VE, libvirt, Ceph). */
  readonly role: 'proxmox' | 'vmware';
  readonly files: readonly string[];
  /** The group's files merged (mergeInventories), in the order given: one file is itself. */
  readonly inventory: Inventory;
}

export type Grouping = { readonly ok: true; readonly groups: readonly ClusterGroup[] } | { readonly ok: false; readonly issues: readonly EstateGroupIssue[] };

/** `NAME=FILE[,FILE...]` → a named cluster, or the syntax refusal. */
export function parseNamedCluster(text: string): NamedCluster | EstateGroupIssue {
  const eq = text.indexOf('=');
  const name = text.slice(0, eq).trim();
  const files = text
    .slice(eq + 1)
    .split(',')
    .map((f) => f.trim());
  if (eq <= 0 || name === '' || files.some((f) => f === '')) return { code: 'estate.cluster-syntax', params: { value: text } };
  return { name, files };
}

const isVmware = (inv: Inventory): boolean => inv.source.kind === 'rvtools' || (inv.guests.length > 0 && inv.guests.every((g) => g.type === 'vmware'));
const isStorageOnly = (inv: Inventory): boolean => inv.nodes.length === 0 && inv.guests.length === 0;
const baseName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '') || file;

interface Group {
  files: InventoryFile[];
  name: string | null;
}

const clusterNames = (g: Group) => new Set(g.files.map((f) => f.inventory.source.cluster).filter((c): c is string => c !== null));
const fsids = (g: Group) => new Set(g.files.map((f) => f.inventory.ceph?.fsid ?? null).filter((c): c is string => c !== null));
const nodeNames = (g: Group) => new Set(g.files.flatMap((f) => f.inventory.nodes.map((n) => n.name)));
const osdHosts = (f: InventoryFile) => new Set((f.inventory.ceph?.osds ?? []).map((o) => o.host).filter((h): h is string => h !== null));
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
const union = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a, ...b]);
const vm = (g: Group) => g.files.some((f) => isVmware(f.inventory));

/** Rule 2: the same cluster by its name, else by a shared node or fsid when no name contradicts. */
function sameCluster(a: Group, b: Group): boolean {
  if (vm(a) !== vm(b)) return false;
  const ca = clusterNames(a);
  const cb = clusterNames(b);
  if (meets(ca, cb)) return union(ca, cb).size === 1 && union(fsids(a), fsids(b)).size <= 1;
  if (union(ca, cb).size > 1 || union(fsids(a), fsids(b)).size > 1) return false;
  return meets(nodeNames(a), nodeNames(b)) || meets(fsids(a), fsids(b));
}

export function groupInventories(list: readonly InventoryFile[], named: readonly NamedCluster[] = []): Grouping {
  const issues: EstateGroupIssue[] = [];
  const byFile = new Map(list.map((f) => [f.file, f]));
  const owner = new Map<string, string>();
  const groups: Group[] = [];
  for (const n of named) {
    if (groups.some((g) => g.name === n.name)) issues.push({ code: 'estate.cluster-name-twice', params: { cluster: n.name } });
    const files: InventoryFile[] = [];
    for (const file of n.files) {
      const f = byFile.get(file);
      if (!f) issues.push({ code: 'estate.cluster-unknown-file', params: { cluster: n.name, file } });
      else if (owner.has(file)) issues.push({ code: 'estate.cluster-file-twice', params: { file, clusters: `${owner.get(file)}, ${n.name}` } });
      else {
        owner.set(file, n.name);
        files.push(f);
      }
    }
    groups.push({ files, name: n.name });
  }
  if (issues.length > 0) return { ok: false, issues };

  // Rule 2, in file order: each file joins the first group it is the same cluster as, and groups it bridges merge.
  const rest = list.filter((f) => !owner.has(f.file));
  for (const f of rest.filter((x) => !isStorageOnly(x.inventory))) {
    const one: Group = { files: [f], name: null };
    let same = groups.filter((g) => g.name === null && sameCluster(g, one));
    // A file that bridges groups merges them, unless they name different clusters: then it joins the first only.
    const all: Group = { files: [f, ...same.flatMap((g) => g.files)], name: null };
    if (clusterNames(all).size > 1 || fsids(all).size > 1) same = same.slice(0, 1);
    const into = same[0];
    if (!into) groups.push(one);
    else {
      into.files.push(f, ...same.slice(1).flatMap((g) => g.files));
      for (const g of same.slice(1)) groups.splice(groups.indexOf(g), 1);
    }
  }
  // Rule 3: Ceph-only files.
  for (const f of rest.filter((x) => isStorageOnly(x.inventory))) {
    const fsid = f.inventory.ceph?.fsid ?? null;
    const hosts = osdHosts(f);
    const pve = groups.filter((g) => !vm(g) && g.files.some((x) => !isStorageOnly(x.inventory)));
    const byEvidence = pve.filter((g) => (fsid !== null && fsids(g).has(fsid)) || meets(hosts, nodeNames(g)));
    const sameCeph = groups.filter((g) => fsid !== null && g.files.every((x) => isStorageOnly(x.inventory)) && fsids(g).has(fsid));
    const candidates = byEvidence.length > 0 ? byEvidence : pve.length === 1 ? pve : [];
    const ambiguous = (gs: Group[]) => issues.push({ code: 'estate.ceph-ambiguous', params: { file: f.file, candidates: gs.map((g) => g.name ?? groupName(g)).join(', ') } });
    if (candidates.length === 1) candidates[0]?.files.push(f);
    else if (candidates.length > 1) ambiguous(candidates);
    else if (sameCeph[0]) sameCeph[0].files.push(f);
    else if (pve.length > 1) ambiguous(pve);
    else groups.push({ files: [f], name: null });
  }
  if (issues.length > 0) return { ok: false, issues };

  // Files in the order given within each group (a merge fills fields from the earlier ones first), groups by their first file.
  const order = new Map(list.map((f, i) => [f.file, i]));
  const at = (f: InventoryFile) => order.get(f.file) ?? 0;
  for (const g of groups) g.files.sort((a, b) => at(a) - at(b));
  const sorted = groups.filter((g) => g.files.length > 0).sort((a, b) => at(a.files[0] as InventoryFile) - at(b.files[0] as InventoryFile));
  const used = new Set<string>();
  return {
    ok: true,
    groups: sorted.map((g) => {
      let name = g.name ?? groupName(g);
      for (let k = 2; used.has(name); k++) name = `${g.name ?? groupName(g)} (${k})`;
      used.add(name);
      const inventories = g.files.map((f) => f.inventory);
      return { name, role: vm(g) ? 'vmware' : 'proxmox', files: g.files.map((f) => f.file), inventory: mergeInventories(inventories, inventories[0]?.collectedAt ?? '') };
    }),
  };
}

/** A group's name: its cluster's own name, else (a Ceph cluster alone) its fsid's start, else its first file's name. */
function groupName(g: Group): string {
  const c = [...clusterNames(g)][0];
  if (c) return c;
  const fsid = [...fsids(g)][0];
  if (fsid && g.files.every((f) => isStorageOnly(f.inventory))) return `ceph-${fsid.slice(0, 8)}`;
  return baseName(g.files[0]?.file ?? '?');
}
