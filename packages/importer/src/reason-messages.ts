/**
 * Why a source could not be read (an API path, a ceph command, a dump file), as language-free params
 * (`why` names the case) rendered in English or French. The params travel inside an ImportError's or a
 * warning's params, so a reason read in one language prints in the other. `detail` is another program's
 * own words (the server's HTTP reason, Node's socket error, ceph's stderr): kept as written, and quoted
 * in French so it reads as a quotation.
 */
import { count, formatBytes, type Lang, type Params } from '@capa/core';

/** A reason's params: `why` plus what that case needs (status, detail, errno, ms, limit, bytes, file, dir, bin, attempts). */
export type Reason = Params & { readonly why: string };

const s = (p: Params, k: string): string => String(p[k]);
const opt = (p: Params, k: string): string => (p[k] === null || p[k] === undefined ? '' : String(p[k]));
const at = (p: Params): string => (typeof p['line'] === 'number' ? ` at line ${s(p, 'line')}, column ${s(p, 'column')}` : '');
const atFr = (p: Params): string => (typeof p['line'] === 'number' ? ` (ligne ${s(p, 'line')}, colonne ${s(p, 'column')})` : '');
const quoted = (p: Params): string => (opt(p, 'detail') === '' ? '' : `« ${opt(p, 'detail')} »`);

const en: Readonly<Record<string, (p: Params) => string>> = {
  http: (p) => opt(p, 'detail'),
  net: (p) => `${opt(p, 'errno') ? `${s(p, 'errno')}: ` : ''}${opt(p, 'detail')}`,
  timeout: (p) => `CAPA_TIMEOUT: no complete answer within ${s(p, 'ms')} ms`,
  'tls-timeout': () => 'CAPA_TIMEOUT: TLS connect timed out',
  aborted: () => 'CAPA_ABORTED: the connection closed before the whole response arrived',
  'too-large-declared': (p) => `response too large: Content-Length ${s(p, 'bytes')} bytes exceeds the ${s(p, 'limit')}-byte limit`,
  'too-large': (p) => `response too large: more than ${s(p, 'limit')} bytes (limit)`,
  'not-json': (p) => `invalid JSON in the response (${s(p, 'bytes')} bytes; ${opt(p, 'detail')})`,
  'no-envelope': () => 'the response has no {"data": ...} envelope',
  'bad-path': () => 'invalid path',
  'no-file': (p) => `no file ${s(p, 'file')}`,
  'file-missing': (p) => `${s(p, 'file')}: no such file`,
  'file-directory': (p) => `${s(p, 'file')} is a directory, not a file`,
  'file-unreadable': (p) => `cannot read ${s(p, 'file')} (${s(p, 'errno')})`,
  'file-too-large': (p) => `${s(p, 'file')} is larger than ${formatBytes(Number(p['limit']), 'binary', 'en')}, the most capa reads from one input file (is it the right file?)`,
  'file-not-json': (p) => `${s(p, 'file')}: invalid JSON${at(p)}`,
  'not-found': (p) => `the ${s(p, 'bin')} command was not found (install ${s(p, 'pkg')})`,
  'timed-out': () => 'timed out',
  said: (p) => opt(p, 'detail'),
  missing: (p) => `no ${s(p, 'file')} in ${s(p, 'dir')}`,
};
const fr: typeof en = {
  http: quoted,
  net: (p) => `${opt(p, 'errno') ? `${s(p, 'errno')} : ` : ''}${quoted(p)}`,
  timeout: (p) => `CAPA_TIMEOUT : pas de réponse complète en ${s(p, 'ms')} ms`,
  'tls-timeout': () => 'CAPA_TIMEOUT : connexion TLS trop lente (délai dépassé)',
  aborted: () => 'CAPA_ABORTED : la connexion s’est fermée avant la fin de la réponse',
  'too-large-declared': (p) => `réponse trop grosse : Content-Length de ${s(p, 'bytes')} octets, au-delà de la limite de ${s(p, 'limit')} octets`,
  'too-large': (p) => `réponse trop grosse : plus de ${s(p, 'limit')} octets (limite)`,
  'not-json': (p) => `JSON invalide dans la réponse (${s(p, 'bytes')} octets${opt(p, 'detail') ? ` ; ${quoted(p)}` : ''})`,
  'no-envelope': () => 'la réponse n’a pas d’enveloppe {"data": ...}',
  'bad-path': () => 'chemin refusé',
  'no-file': (p) => `pas de fichier ${s(p, 'file')}`,
  'file-missing': (p) => `${s(p, 'file')} : fichier introuvable`,
  'file-directory': (p) => `${s(p, 'file')} est un dossier, pas un fichier`,
  'file-unreadable': (p) => `impossible de lire ${s(p, 'file')} (${s(p, 'errno')})`,
  'file-too-large': (p) => `${s(p, 'file')} dépasse ${formatBytes(Number(p['limit']), 'binary', 'fr')}, le maximum que capa lit dans un fichier d’entrée (est-ce le bon fichier ?)`,
  'file-not-json': (p) => `${s(p, 'file')} : JSON illisible${atFr(p)}`,
  'not-found': (p) => `la commande ${s(p, 'bin')} est introuvable (installez ${s(p, 'pkg')})`,
  'timed-out': () => 'délai dépassé',
  said: quoted,
  missing: (p) => `pas de fichier ${s(p, 'file')} dans ${s(p, 'dir')}`,
};
export const REASON_MESSAGES: Readonly<Record<Lang, typeof en>> = { en, fr };

/**
 * The reason in `lang`: "HTTP <status>: <body>" when an HTTP status came back, the body alone
 * otherwise, then how many attempts were made when it was retried. Without `why` (a warning saved
 * before reasons had params), the stored English `reason` as it is.
 */
export function reasonText(p: Params, lang: Lang): string {
  const f = typeof p['why'] === 'string' ? REASON_MESSAGES[lang][p['why']] : undefined;
  if (!f) return opt(p, 'reason');
  const tries =
    typeof p['attempts'] === 'number' ? (lang === 'fr' ? ` (après ${count(p['attempts'], 'fr', 'tentative', 'tentatives')})` : ` (after ${count(p['attempts'], 'en', 'attempt', 'attempts')})`) : '';
  const body = `${f(p)}${tries}`;
  if (typeof p['status'] !== 'number') return body;
  return `HTTP ${s(p, 'status')}${body ? `${lang === 'fr' ? ' : ' : ': '}${body}` : ''}`;
}

/** Why a path failed, as params for an error or a warning: the getter's reason and status, and the English words as `reason`. */
export const failureReason = (r: { readonly status: number | null; readonly message: string; readonly reason?: Reason }): Reason => {
  const p: Reason = { ...(r.reason ?? { why: 'said', detail: r.message }), status: r.status };
  return { ...p, reason: reasonText(p, 'en') };
};
