/**
 * One out-of-range number in one item (a guest's negative vCPUs, a `pg_num_ideal` beyond 2^31 from
 * PVE's Ceph endpoints, bytes beyond 2^63) makes that field unknown for that item, with a warning
 * naming the item, the field, the value and what is allowed; it no longer refuses the whole import
 * ("guests.4.memoryBytes: Too small"). Only a number in a field that may be unknown (nullable) is
 * cleared: anything else (an id, a name, a size that must be known) still refuses, naming the field.
 */
import type { Params } from '@capa/core';
import type { InventoryWarning } from './schema.js';
import { warningEn } from './warning-messages.js';

type Issue = { readonly path: readonly PropertyKey[]; readonly code: string; readonly minimum?: unknown; readonly maximum?: unknown; readonly expected?: unknown };
type Parse = (v: unknown) => { success: true } | { success: false; error: { issues: readonly Issue[] } };

/** The item an issue's path points into: its kind and name, and the path of the field inside it. */
function itemOf(doc: Record<string, unknown>, path: readonly PropertyKey[]): { kind: string; name: string; field: string } | null {
  const [top, a, b] = path;
  const ceph = doc['ceph'] as Record<string, unknown> | null | undefined;
  const at = (arr: unknown, i: unknown): Record<string, unknown> | undefined => (Array.isArray(arr) && typeof i === 'number' ? (arr[i] as Record<string, unknown>) : undefined);
  const item = (kind: string, it: Record<string, unknown> | undefined, name: (x: Record<string, unknown>) => string, rest: readonly PropertyKey[]) =>
    it === undefined || rest.length === 0 ? null : { kind, name: name(it), field: rest.map(String).join('.') };
  if (top === 'guests') return item('guest', at(doc['guests'], a), (g) => `${String(g['id'])} (${String(g['name'])})`, path.slice(2));
  if (top === 'nodes') return item('node', at(doc['nodes'], a), (x) => String(x['name']), path.slice(2));
  if (top === 'storages') return item('storage', at(doc['storages'], a), (x) => String(x['id']), path.slice(2));
  if (top === 'ceph' && (a === 'osds' || a === 'pools')) return item(a === 'osds' ? 'osd' : 'pool', at(ceph?.[a], b), (x) => String(x['name']), path.slice(3));
  if (top === 'ceph' && typeof a === 'string' && path.length === 2) return { kind: 'ceph', name: 'Ceph', field: a };
  return null;
}

const getAt = (doc: unknown, path: readonly PropertyKey[]): unknown => path.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined), doc);

/** A copy of `doc` with `path` set to null (only the objects along the path are copied). */
function nulled(doc: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0) return null;
  const [k, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  const copy: Record<PropertyKey, unknown> = Array.isArray(doc) ? ([...doc] as unknown as Record<PropertyKey, unknown>) : { ...(doc as Record<PropertyKey, unknown>) };
  copy[k] = nulled(copy[k], rest);
  return copy;
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** What the schema allows, as language-free params. */
function allowed(i: Issue): Params {
  if (i.code === 'too_small' && typeof i.minimum !== 'object') return { bound: 'min', limit: Number(i.minimum) };
  if (i.code === 'too_big' && typeof i.maximum !== 'object') return { bound: 'max', limit: Number(i.maximum) };
  return { bound: 'integer', limit: null };
}

/**
 * Clears out-of-range numbers in nullable item fields until `parse` accepts the document or an issue
 * cannot be cleared (then the document is returned as it is, for the caller to refuse). At most
 * `limit` fields are cleared.
 */
export function clearOutOfRange<T extends Record<string, unknown>>(doc: T, parse: Parse, source: string | null, limit = 1000): { doc: T; warnings: InventoryWarning[] } {
  let cur: Record<string, unknown> = doc;
  const warnings: InventoryWarning[] = [];
  for (let n = 0; n < limit; n++) {
    const r = parse(cur);
    if (r.success) break;
    const issue = r.error.issues[0];
    if (issue === undefined) break;
    const value = getAt(cur, issue.path);
    const item = itemOf(cur, issue.path);
    if (typeof value !== 'number' || item === null) break;
    const next = nulled(cur, issue.path) as Record<string, unknown>;
    const again = parse(next);
    // Not nullable: the same field is refused again (as null). Leave it for the caller's refusal.
    if (!again.success && again.error.issues[0] !== undefined && samePath(again.error.issues[0].path, issue.path)) break;
    const params: Params = { ...item, value: String(value), ...allowed(issue) };
    warnings.push({ code: 'import.value-out-of-range', message: warningEn('import.value-out-of-range', params), ...(source === null ? {} : { source }), params });
    cur = next;
  }
  return { doc: cur as T, warnings };
}
