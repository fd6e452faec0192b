/**
 * Scenario problems as data: a document path (`nodes[2].ram`), a line and column when the source
 * text is known, and a message. Zod's union and unknown-key issues are flattened to the branch the
 * author meant, with a "did you mean" for misspelt keys.
 */
import { say } from './value-messages.js';

export interface ScenarioIssue {
  /** `nodes[2].ram`, `storage.ceph.pools[0].ec`, or `(document)` for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly value?: unknown;
}

export type PathKey = string | number;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out === '' ? String(k) : `.${String(k)}`;
  }
  return out === '' ? '(document)' : out;
}

interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly ZodLikeIssue[])[];
}

export interface RawIssue {
  readonly path: readonly PathKey[];
  readonly message: string;
  readonly unknownKey?: true;
  /** A cross-field refusal's code and parameters (normalize-messages.ts), beside its rendered message. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Flattens zod issues: picks the union branch matching the input's shape, one issue per unknown key. */
export function flattenZodIssues(issues: readonly ZodLikeIssue[], knownKeys: (path: readonly PathKey[]) => readonly string[], prefix: readonly PathKey[] = []): RawIssue[] {
  const out: RawIssue[] = [];
  for (const i of issues) {
    const path = [...prefix, ...(i.path as PathKey[])];
    if (i.code === 'invalid_union' && i.errors && i.errors.length > 0) {
      // The branch the author meant is the one whose shape matched (no type error at its root).
      const chosen = i.errors.find((branch) => !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0));
      if (chosen) out.push(...flattenZodIssues(chosen, knownKeys, path));
      else out.push({ path, message: i.message === 'Invalid input' || i.message === 'Entrée invalide' ? say('wrongType') : i.message });
      continue;
    }
    if (i.code === 'unrecognized_keys' && i.keys) {
      const known = knownKeys(path);
      for (const k of i.keys) {
        const guess = closest(k, known);
        out.push({ path: [...path, k], unknownKey: true, message: say('unknownKey', { guess: guess ?? '', allowed: known.join(', ') }) });
      }
      continue;
    }
    out.push({ path, message: i.message });
  }
  return out;
}

/** The known key nearest to a misspelt one (edit distance ≤ 2, or a case-only difference). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const dp: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min((dp[j] ?? 0) + 1, (dp[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}
