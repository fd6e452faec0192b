/**
 * One pool of the PG page as a URL value, in the CLI's --pool syntax so a link reads like the
 * command: `rbd:size=3:ratio=1`, `backups:ec=4+2:target=2TB:bulk`. Only splits and joins; values
 * are validated by the page with the core's parsers.
 */
import type { Values } from './fields';

/** Row field key → spec key, in the order the CLI documents them. */
const SPEC_KEYS = [
  ['size', 'size'], ['ec', 'ec'], ['ratio', 'ratio'], ['target', 'target'], ['stored', 'stored'],
  ['bias', 'bias'], ['min', 'min'], ['max', 'max'], ['current', 'current'],
] as const;

export const POOL_SPEC_HELP = 'NAME[:size=S|:ec=K+M][:ratio=R][:target=SIZE][:stored=SIZE][:bias=B][:bulk][:min=N][:max=N][:current=N]';

export function encodePoolSpec(row: Values): string {
  const parts = [row['name'] ?? ''];
  const erasure = row['protection'] === 'erasure';
  for (const [field, key] of SPEC_KEYS) {
    if (field === 'size' && erasure) continue;
    if (field === 'ec' && !erasure) continue;
    const v = (row[field] ?? '').trim();
    if (v !== '') parts.push(`${key}=${v}`);
  }
  if (row['bulk'] === '1') parts.push('bulk');
  return parts.join(':');
}

export function decodePoolSpec(spec: string): { row: Values; problems: string[] } {
  const [name = '', ...parts] = spec.split(':');
  const row: Record<string, string> = { name };
  const problems: string[] = [];
  for (const part of parts) {
    if (part === 'bulk') {
      row['bulk'] = '1';
      continue;
    }
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    const entry = SPEC_KEYS.find(([, k]) => k === key);
    if (eq === -1 || entry === undefined) {
      problems.push(`unknown pool option "${part.slice(0, 40)}" (expected ${POOL_SPEC_HELP})`);
      continue;
    }
    row[entry[0]] = part.slice(eq + 1);
  }
  row['protection'] = row['ec'] !== undefined ? 'erasure' : 'replicated';
  return { row, problems };
}
