/** Assembling, validating, merging and reading Inventory documents. */
import { type Inventory, INVENTORY_SCHEMA, INVENTORY_VERSION, type InventoryParts, type InventorySource, inventorySchema } from './schema.js';
import { ImportError, issueParams } from './error-messages.js';
import { parseJsonText } from './util.js';
import { clearOutOfRange } from './out-of-range.js';

export interface SourceInfo {
  kind: InventorySource['kind'];
  origin: string | null;
}

/** Builds a validated Inventory from parser parts (a parser bug, or a bad value in a field that must be known, throws naming the field). */
export function buildInventory(parts: InventoryParts, source: SourceInfo, collectedAt: string): Inventory {
  const inv = {
    schema: INVENTORY_SCHEMA,
    version: INVENTORY_VERSION,
    source: { kind: source.kind, origin: source.origin, versions: parts.versions ?? {}, cluster: parts.cluster ?? null },
    collectedAt,
    nodes: parts.nodes ?? [],
    guests: parts.guests ?? [],
    storages: parts.storages ?? [],
    ceph: parts.ceph ?? null,
    bonds: parts.bonds ?? [],
    warnings: parts.warnings ?? [],
    ...(parts.history ? { history: parts.history } : {}),
  };
  // One out-of-range number in an optional field of one item is a warning on that item, not a refusal of the whole import.
  const cleared = clearOutOfRange(inv, (v) => inventorySchema.safeParse(v), source.origin);
  const r = inventorySchema.safeParse(cleared.warnings.length === 0 ? inv : { ...cleared.doc, warnings: [...cleared.doc.warnings, ...cleared.warnings] });
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ImportError('inventory.invalid-build', { ...issueParams(i), path: i?.path.join('.') ?? '?', detail: i?.message ?? '' });
  }
  return r.data;
}

/** Reads an inventory JSON document (untrusted): a clear message naming the first bad field. */
export function readInventory(text: string, what = 'inventory'): Inventory {
  const data = parseJsonText(text, what);
  const r = inventorySchema.safeParse(data);
  if (!r.success) {
    // zod's own message is English: kept for the English text, the French one is built from the issue's parts.
    const issue = issueParams(r.error.issues[0]);
    throw new ImportError('inventory.not-inventory', { what, schema: INVENTORY_SCHEMA, version: INVENTORY_VERSION, ...issue, path: issue['path'] ?? '(top level)' }, what);
  }
  return r.data;
}

/**
 * Merges inventories (e.g. PVE API + Ceph CLI): nodes and guests by name/id (later ones fill what
 * earlier ones left null), Ceph from the last one that has it, warnings concatenated.
 */
export function mergeInventories(list: readonly Inventory[], collectedAt: string): Inventory {
  if (list.length === 1 && list[0]) return list[0];
  const nodes = new Map<string, Inventory['nodes'][number]>();
  const guests = new Map<string, Inventory['guests'][number]>();
  const fill = <T extends object>(a: T, b: T): T => {
    const out = { ...a } as Record<string, unknown>;
    for (const [k, v] of Object.entries(b)) if (out[k] === null || out[k] === undefined) out[k] = v;
    return out as T;
  };
  let ceph: Inventory['ceph'] = null;
  const versions: Record<string, string> = {};
  for (const inv of list) {
    for (const n of inv.nodes) nodes.set(n.name, nodes.has(n.name) ? fill(nodes.get(n.name) as typeof n, n) : n);
    for (const g of inv.guests) guests.set(g.id, guests.has(g.id) ? fill(guests.get(g.id) as typeof g, g) : g);
    if (inv.ceph) ceph = inv.ceph;
    Object.assign(versions, inv.source.versions);
  }
  return {
    schema: INVENTORY_SCHEMA,
    version: INVENTORY_VERSION,
    source: { kind: 'merged', origin: list.map((i) => `${i.source.kind}:${i.source.origin ?? ''}`).join(' + '), versions, cluster: list.find((i) => i.source.cluster)?.source.cluster ?? null },
    collectedAt,
    nodes: [...nodes.values()],
    guests: [...guests.values()],
    storages: list.flatMap((i) => i.storages),
    ceph,
    bonds: list.flatMap((i) => i.bonds),
    warnings: list.flatMap((i) => i.warnings),
    // Series of every part, side by side (the forecast tells them apart by metric and subject).
    ...(list.some((i) => i.history) ? { history: { series: list.flatMap((i) => i.history?.series ?? []) } } : {}),
  };
}
