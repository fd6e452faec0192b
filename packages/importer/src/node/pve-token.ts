/** The Proxmox VE API token: its form, the shortest secret accepted, and how it is kept out of every text. */
import { ImportError } from '../error-messages.js';

export interface PveToken {
  readonly user: string;
  readonly tokenId: string;
  readonly secret: string;
}

/** USER@REALM!TOKENID=SECRET; null when malformed (the caller says so WITHOUT echoing the value). */
export function parseToken(text: string): PveToken | null {
  const m = /^([^@\s!=]+@[^!\s=]+)!([A-Za-z][A-Za-z0-9._-]*)=(\S+)$/.exec(text.trim());
  return m?.[1] && m[2] && m[3] ? { user: m[1], tokenId: m[2], secret: m[3] } : null;
}

/**
 * The shortest secret Capa sends: Proxmox VE makes every API token secret with `UUID::uuid()`
 * (proxmox/pve-access-control:src/PVE/TokenConfig.pm, generate_token), a 36-character UUID; the
 * header is `PVEAPIToken=USER@REALM!TOKENID=UUID` (https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens,
 * https://pve.proxmox.com/pve-docs/chapter-pveum.html#pveum_tokens). A shorter one is a truncated copy; it would also make
 * redaction hide innocent text.
 */
export const MIN_TOKEN_SECRET = 36;

/** A refusal when the token's secret is shorter than any Proxmox VE secret (its length only, never the value). */
export function tokenProblem(token: PveToken): ImportError | null {
  return token.secret.length < MIN_TOKEN_SECRET ? new ImportError('pve.token-secret-short', { length: token.secret.length, min: MIN_TOKEN_SECRET }) : null;
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each secret with *** where it stands as a secret: not inside a longer run of letters,
 * digits, `-` or `_` (a secret `4294` must leave `4294967296` alone). Longest first, so the whole
 * token goes before its secret.
 */
export function redactor(secrets: readonly string[]): (s: string) => string {
  const list = [...new Set(secrets.filter((x) => x.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (s) => s;
  const re = new RegExp(`(?<![A-Za-z0-9_-])(?:${list.map(escapeRegExp).join('|')})(?![A-Za-z0-9_-])`, 'g');
  return (s) => s.replace(re, '***');
}
