/** The keys a zod object schema accepts at a document path, for "did you mean" hints. */
import type * as z from 'zod';
import type { PathKey } from './issues.js';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, unknown>;
  readonly element?: unknown;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly options?: readonly unknown[];
}
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } })._zod?.def;

function candidates(schema: unknown): unknown[] {
  const d = defOf(schema);
  if (!d) return [];
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return candidates(d.innerType);
    case 'pipe':
      return candidates(d.in);
    case 'union':
      return (d.options ?? []).flatMap(candidates);
    default:
      return [schema];
  }
}

export function knownKeysAt(root: z.ZodType, path: readonly PathKey[]): string[] {
  let current: unknown[] = candidates(root);
  for (const k of path) {
    const next: unknown[] = [];
    for (const s of current) {
      const d = defOf(s);
      if (!d) continue;
      if (typeof k === 'number' && d.type === 'array') next.push(...candidates(d.element));
      if (typeof k === 'string' && d.type === 'object' && d.shape && k in d.shape) next.push(...candidates(d.shape[k]));
    }
    current = next;
  }
  const keys = new Set<string>();
  for (const s of current) {
    const d = defOf(s);
    if (d?.type === 'object' && d.shape) for (const k of Object.keys(d.shape)) keys.add(k);
  }
  return [...keys];
}
