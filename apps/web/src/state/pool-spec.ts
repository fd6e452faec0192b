/**
 * One pool of the PG page as a URL value, in the CLI's --pool syntax so a link reads like the
 * command: `rbd:size=3:ratio=1`, `backups:ec=4+2:target=2TB:bulk`. The core's splitPoolSpec and
 * formatPoolSpec own the syntax; this maps it to a row's fields (same keys), whose values the page
 * then validates field by field.
 */
import { formatPoolSpec, POOL_SPEC_KEYS, type PoolSpecKey, splitPoolSpec } from '@capa/core';
import type { Values } from './fields';

export function encodePoolSpec(row: Values): string {
  const erasure = row['protection'] === 'erasure';
  const values: Partial<Record<PoolSpecKey, string>> = {};
  for (const key of POOL_SPEC_KEYS) {
    if (key === (erasure ? 'size' : 'ec')) continue;
    const v = row[key];
    if (v !== undefined) values[key] = v;
  }
  return formatPoolSpec({ name: row['name'] ?? '', values, bulk: row['bulk'] === '1' });
}

export function decodePoolSpec(spec: string): { row: Values; problems: readonly string[] } {
  const { text, problems } = splitPoolSpec(spec);
  const row: Record<string, string> = { name: text.name, ...text.values };
  if (text.bulk) row['bulk'] = '1';
  row['protection'] = text.values.ec !== undefined ? 'erasure' : 'replicated';
  return { row, problems };
}
