/**
 * The data a scenario states in its storage rather than in `workloads.data`: each Ceph pool's data,
 * each ZFS pool's data per node times the nodes that carry it, each external storage's data, grown
 * to the horizon. The Workloads line shows this total when `workloads.data` is not given, so a plan
 * whose data lives in a ZFS or NFS pool no longer reads "— of data".
 */
import { explaining, fromInput, fromStep, projectedDemand, type Step, step, type SymbolOrigin } from '@capa/core';
import { growthOrigins } from './helpers.js';
import type { Ctx } from './context.js';

// biome-ignore format: a table, several short entries per line as it reads
const T = {
  en: { title: (parts: string) => `Data at the horizon, as stated in the storage (${parts})`, perNode: (n: number) => `per node × ${n}`, data: (name: string) => `data at the horizon on ${name}`, per: (name: string) => `data per node at the horizon on the ZFS pool ${name}`, nodes: (name: string) => `nodes whose disks carry the ZFS pool ${name}` },
  fr: { title: (parts: string) => `Données à l’horizon, telles qu’indiquées dans le stockage (${parts})`, perNode: (n: number) => `par nœud × ${n}`, data: (name: string) => `données à l’horizon sur ${name}`, per: (name: string) => `données par nœud à l’horizon sur le pool ZFS ${name}`, nodes: (name: string) => `nœuds dont les disques portent le pool ZFS ${name}` },
} as const;

/**
 * The guests' data on an external storage today, before growth: its own `data`, else workloads.data
 * when the cluster has no Ceph (the guests' disks are then on it); undefined when none. One rule,
 * read by the storage area (its capacity check) and the backup area (backups written to it).
 */
export const externalGuestData = (s: Ctx['s'], e: Ctx['s']['external'][number]): number | undefined => e.dataBytes ?? (s.ceph ? undefined : s.workloads.dataBytes);

/**
 * What an external storage holds at most: its capacity × its fill limit (`maxFill`). One rule, read by
 * the storage area (the guests' data must stay under it) and the backup area (the room left for backups).
 */
export const externalLimitBytes = (e: Ctx['s']['external'][number]): number => e.capacityBytes * e.maxFill;

export interface StoredData {
  readonly bytes: number;
  readonly steps: readonly Step[];
}

export function storedData(c: Ctx): StoredData | undefined {
  const { s, f } = c;
  const lang = f.lang;
  const steps: Step[] = [];
  const rec = explaining(lang, s.system);
  const grow = (id: string, name: string, x: number, field: string): number =>
    projectedDemand(id, c.t.grown(`${c.t.fData} (${name})`), x, s.workloads.growth, 'bytes', rec, steps, growthOrigins(field));
  // A grown figure comes from its growth step (the Workloads area's, or this one's), else from its field.
  const origin = (id: string, field: string): SymbolOrigin =>
    s.workloads.growth === undefined || s.workloads.growth.years === 0 || s.workloads.growth.perYear === 0 ? fromInput(field) : fromStep(id);
  // Terms of the sum: a name for the title, a variable, its value and origin, and a node count for ZFS.
  const terms: { label: string; name: string; v: string; bytes: number; from: SymbolOrigin; nodes?: number }[] = [];
  // Ceph pools: already grown once, in the context (their steps are the Workloads area's own).
  for (const d of c.domains)
    d.pools.forEach((p, i) => {
      const x = d.poolData[i];
      if (x !== undefined) terms.push({ label: p.name, name: p.name, v: `c${terms.length + 1}`, bytes: x, from: origin(`workloads.pool-data@${p.name}`, 'storage.ceph.pools[].data') });
    });
  for (const z of s.zfs) {
    if (z.dataPerNodeBytes === undefined) continue;
    const nodes = s.nodes.filter((n) => n.zfsDisks.some((d) => z.diskClass === undefined || d.class === z.diskClass)).reduce((a, n) => a + n.count, 0);
    if (nodes === 0) continue;
    const id = `workloads.zfs-data@${z.name}`;
    terms.push({
      label: `${z.name}, ${T[lang].perNode(nodes)}`,
      name: z.name,
      v: `z${terms.length + 1}`,
      bytes: grow(id, z.name, z.dataPerNodeBytes, 'storage.zfs[].data'),
      from: origin(id, 'storage.zfs[].data'),
      nodes,
    });
  }
  // External storage counts only data stated on it: without it, it falls back to workloads.data.
  for (const e of s.external) {
    if (e.dataBytes === undefined) continue;
    const id = `workloads.external-data@${e.name}`;
    terms.push({ label: e.name, name: e.name, v: `e${terms.length + 1}`, bytes: grow(id, e.name, e.dataBytes, 'storage.external[].data'), from: origin(id, 'storage.external[].data') });
  }
  if (terms.length === 0) return undefined;
  const vars: Record<string, number> = {};
  const units: Record<string, 'bytes' | 'count'> = {};
  // Each term's own meaning (its pool's name), in both languages: the letters are the terms' own names.
  const symbols: Record<string, { en: string; fr: string; from?: SymbolOrigin }> = {};
  for (const [i, x] of terms.entries()) {
    vars[x.v] = x.bytes;
    units[x.v] = 'bytes';
    symbols[x.v] = { en: (x.nodes === undefined ? T.en.data : T.en.per)(x.name), fr: (x.nodes === undefined ? T.fr.data : T.fr.per)(x.name), from: x.from };
    if (x.nodes !== undefined) {
      vars[`n${i + 1}`] = x.nodes;
      units[`n${i + 1}`] = 'count';
      symbols[`n${i + 1}`] = { en: T.en.nodes(x.name), fr: T.fr.nodes(x.name), from: fromInput('nodes.disks') };
    }
  }
  const expr = terms.map((x, i) => (x.nodes !== undefined ? `${x.v} * n${i + 1}` : x.v)).join(' + ');
  const bytes = terms.reduce((a, x) => a + x.bytes * (x.nodes ?? 1), 0);
  steps.push(
    step(
      {
        id: 'workloads.stored-data',
        title: T[lang].title(terms.map((x) => x.label).join(lang === 'fr' ? ' ; ' : '; ')),
        expr,
        vars,
        varUnits: units,
        symbols,
        value: bytes,
        unit: 'bytes',
        source: 'storedData',
      },
      lang,
      s.system,
    ),
  );
  return { bytes, steps };
}
