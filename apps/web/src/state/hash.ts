/**
 * The URL hash is the page's whole state: `#/memory?nodes=3&nodeRam=512GiB`. This module only
 * splits and joins it; it never interprets a value (the page definitions validate every value with
 * the core's parsers). Hostile input is bounded here so nothing downstream sees megabytes.
 */

/** Longest hash read, longest single value, most parameters: far above any real page. */
export const MAX_HASH_LENGTH = 8192;
export const MAX_VALUE_LENGTH = 256;
export const MAX_PARAMS = 80;

export interface HashParts {
  /** The path after `#/`, e.g. `memory`; '' when the hash is empty. */
  readonly route: string;
  /** Decoded key/value pairs in URL order; repeated keys stay repeated (`pool=` rows). */
  readonly entries: readonly (readonly [string, string])[];
  /** Lexical problems (bad percent-encoding, over-long values...), as plain text. */
  readonly problems: readonly HashProblem[];
}

export type HashProblem =
  | { readonly kind: 'too-long' }
  | { readonly kind: 'too-many' }
  | { readonly kind: 'bad-encoding'; readonly raw: string }
  | { readonly kind: 'value-too-long'; readonly key: string };

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Splits `#/route?k=v&k=v`. `+` stays a plus sign: `ec=4+2` is K+M, not a space. */
export function parseHash(hash: string): HashParts {
  const problems: HashProblem[] = [];
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_HASH_LENGTH) {
    problems.push({ kind: 'too-long' });
    text = text.slice(0, MAX_HASH_LENGTH);
  }
  const q = text.indexOf('?');
  const path = q === -1 ? text : text.slice(0, q);
  const query = q === -1 ? '' : text.slice(q + 1);
  const route = (decode(path) ?? '').replace(/^\/+|\/+$/g, '');
  const entries: (readonly [string, string])[] = [];
  const pairs = query === '' ? [] : query.split('&').filter((p) => p !== '');
  if (pairs.length > MAX_PARAMS) problems.push({ kind: 'too-many' });
  for (const pair of pairs.slice(0, MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = decode(eq === -1 ? '' : pair.slice(eq + 1));
    if (key === undefined || value === undefined) {
      problems.push({ kind: 'bad-encoding', raw: pair.slice(0, 60) });
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      problems.push({ kind: 'value-too-long', key: key.slice(0, 60) });
      continue;
    }
    entries.push([key, value]);
  }
  return { route, entries, problems };
}

/**
 * Percent-encodes a key or value, then restores the characters that are safe in a fragment and
 * make links readable: `10Gb/s`, `rbd:size=3`, `4+2`, `512GiB,256GiB`.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/%(2F|3A|2B|2C|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function buildHash(route: string, entries: readonly (readonly [string, string])[]): string {
  // A value may keep its `=` (rbd:size=3): the reader splits each pair at the first `=` only.
  const query = entries.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(v).replace(/%3D/g, '=')}`).join('&');
  return `#/${route}${query === '' ? '' : `?${query}`}`;
}
