/**
 * The one-line pool syntax shared by the CLI's `--pool` and the web's pool rows (URL values):
 * `NAME[:size=S|:ec=K+M][:ratio=R][:target=SIZE][:stored=SIZE][:bias=B][:bulk][:min=N][:max=N][:current=N]`,
 * e.g. `rbd:size=3:ratio=1` or `backups:ec=4+2:target=2TB:bulk`. Pure text ↔ data; the adapters
 * only name the option or the field.
 */
import type { PoolSpec } from './schema.js';

export const POOL_SPEC_SYNTAX = 'NAME[:size=S|:ec=K+M][:ratio=R][:target=SIZE][:stored=SIZE][:bias=B][:bulk][:min=N][:max=N][:current=N]';

/** The key=value keys, in the order the syntax lists them (and formatPoolSpec writes them). */
export const POOL_SPEC_KEYS = ['size', 'ec', 'ratio', 'target', 'stored', 'bias', 'min', 'max', 'current'] as const;
export type PoolSpecKey = (typeof POOL_SPEC_KEYS)[number];

/** A parsed pool, ready for placementGroups: the name and what the spec states. */
export type PoolSpecInput = Omit<Partial<PoolSpec>, 'name'> & { name: string };

/** A pool spec as text, unvalidated: the name, each key's value as written, the bulk flag. */
export interface PoolSpecText {
  readonly name: string;
  readonly values: Readonly<Partial<Record<PoolSpecKey, string>>>;
  readonly bulk: boolean;
}

const NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** A pool name as Ceph accepts it here: 1 to 128 letters, digits, `.`, `_`, `-`. */
export function isPoolName(name: string): boolean {
  return NAME.test(name);
}

interface Token {
  readonly part: string;
  readonly key: string;
  readonly value: string | undefined;
}

/** `NAME:k=v:bulk` → the name and the parts, each split at its first `=`. */
export function tokenizePoolSpec(spec: string): { name: string; tokens: Token[] } {
  const [name = '', ...parts] = spec.split(':');
  return {
    name,
    tokens: parts.map((part) => {
      const eq = part.indexOf('=');
      return eq === -1 ? { part, key: part, value: undefined } : { part, key: part.slice(0, eq), value: part.slice(eq + 1) };
    }),
  };
}

const isKey = (key: string): key is PoolSpecKey => (POOL_SPEC_KEYS as readonly string[]).includes(key);

/**
 * Splits a spec into its texts without validating the values (a form shows them as typed, then
 * reads each one). Unknown or value-less parts are reported and skipped; a repeated key keeps its
 * last value.
 */
export function splitPoolSpec(spec: string): { readonly text: PoolSpecText; readonly problems: readonly string[] } {
  const { name, tokens } = tokenizePoolSpec(spec);
  const values: Partial<Record<PoolSpecKey, string>> = {};
  let bulk = false;
  const problems: string[] = [];
  for (const { part, key, value } of tokens) {
    if (key === 'bulk' && value === undefined) bulk = true;
    else if (value !== undefined && isKey(key)) values[key] = value;
    else problems.push(`unknown pool option "${part.slice(0, 40)}" (expected ${POOL_SPEC_SYNTAX})`);
  }
  return { text: { name, values, bulk }, problems };
}

/** The spec of a pool's texts, keys in syntax order, empty values left out: `rbd:size=3:ratio=1:bulk`. */
export function formatPoolSpec(text: PoolSpecText): string {
  const parts = [text.name];
  for (const key of POOL_SPEC_KEYS) {
    const v = (text.values[key] ?? '').trim();
    if (v !== '') parts.push(`${key}=${v}`);
  }
  if (text.bulk) parts.push('bulk');
  return parts.join(':');
}
