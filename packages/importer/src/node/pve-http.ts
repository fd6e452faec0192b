/**
 * A read-only Proxmox VE API client over node:https.
 *
 * - GET only: the one method this module can send (there is no other code path).
 * - TLS verified by default (system CAs, or `ca`); `fingerprint` pins the server certificate's SHA-256
 *   instead (Proxmox's default self-signed certificate). The pin is checked on the TLS socket BEFORE the
 *   socket is handed to the HTTP request, so no request byte (and no token) reaches an impostor.
 *   `insecure` skips verification only when asked.
 * - Per-request deadline (connect + headers + body), bounded body size, retries with exponential
 *   backoff only on network errors, timeouts and HTTP 502/503/504/595/596.
 * - The token never leaves through an error: every message is passed through `redact`.
 */
import { Agent, request, type AgentOptions, type RequestOptions } from 'node:https';
import { isIP } from 'node:net';
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { Getter, GetResult } from '../pve-collect.js';
import { ImportError, type ImportErrorKey } from '../error-messages.js';
import { type Reason, reasonText } from '../reason-messages.js';
import { type PveToken, redactor, tokenProblem } from './pve-token.js';

export { MIN_TOKEN_SECRET, parseToken, type PveToken, redactor, tokenProblem } from './pve-token.js';

export const RETRY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504, 595, 596]);
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'CAPA_TIMEOUT', 'CAPA_ABORTED']);

/** "AA:BB:…" (64 hex digits, colons optional, any case, optional sha256/ prefix) → canonical upper-case colon form. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text
    .trim()
    .replace(/^sha-?256[:=/ ]?/i, '')
    .replace(/[:\s]/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  return hex.toUpperCase().match(/../g)?.join(':') ?? null;
}

/** Fatal TLS problem: certificate not trusted, fingerprint mismatch. Never retried. `tlsCode`: Node's (or CAPA_FINGERPRINT_MISMATCH). */
export class TlsError extends ImportError {
  constructor(
    code: Extract<ImportErrorKey, 'pve.tls-untrusted' | 'pve.tls-fingerprint'>,
    params: { readonly errno?: string; readonly detail?: string; readonly got?: string | null; readonly pin?: string },
    readonly tlsCode: string,
  ) {
    super(code, params);
    this.name = 'TlsError';
  }
}

/** A failure's reason (language-free, reason-messages.ts) with its English words. */
const failure = (reason: Reason) => ({ reason, message: reasonText(reason, 'en') });
/** A Node error that knows its reason (our own timeouts and aborts). */
const reasoned = (code: string, reason: Reason): Error => Object.assign(new Error(reasonText(reason, 'en')), { code, reason });

export interface PveClientOptions {
  /** https://HOST:8006 (port 8006 when omitted; an /api2/json suffix is accepted). */
  readonly url: string;
  readonly token: PveToken;
  readonly fingerprint?: string;
  /** PEM text of the CA(s) to trust (e.g. /etc/pve/pve-root-ca.pem). */
  readonly ca?: string;
  readonly insecure?: boolean;
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  readonly maxBodyBytes?: number;
  readonly maxSockets?: number;
}

export const DEFAULTS = { timeoutMs: 15_000, retries: 3, backoffMs: 300, maxBodyBytes: 32 * 1024 * 1024, maxSockets: 4 } as const;

export function parseBaseUrl(text: string): URL | null {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.search || u.hash) return null;
  if (!u.port) u.port = '8006';
  u.pathname = u.pathname.replace(/\/api2\/json\/?$/, '/');
  return u;
}

/** An https.Agent whose sockets are handed over only once the certificate's SHA-256 matches the pin. */
class PinnedAgent extends Agent {
  constructor(
    private readonly pin: string,
    private readonly timeoutMs: number,
    opts: AgentOptions,
  ) {
    super(opts);
  }

  override createConnection(options: RequestOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | undefined {
    const socket: TLSSocket = connect({ ...(options as ConnectionOptions), rejectUnauthorized: false });
    socket.setTimeout(this.timeoutMs, () => socket.destroy(reasoned('CAPA_TIMEOUT', { why: 'tls-timeout' })));
    let settled = false;
    const done = (err: Error | null) => {
      if (settled) return;
      settled = true;
      socket.setTimeout(0);
      if (err) {
        socket.destroy();
        callback?.(err, socket);
      } else {
        callback?.(null, socket);
      }
    };
    socket.once('error', (e) => done(e));
    socket.once('secureConnect', () => {
      const got = socket.getPeerCertificate().fingerprint256 ?? '';
      if (got.toUpperCase() === this.pin) done(null);
      else done(new TlsError('pve.tls-fingerprint', { got: got || null, pin: this.pin }, 'CAPA_FINGERPRINT_MISMATCH'));
    });
    return undefined;
  }
}

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT|ERR_SSL_|HOSTNAME_MISMATCH|ERR_TLS_)/;

export interface PveClient {
  readonly get: Getter;
  readonly close: () => void;
  /** Replaces the token (and its secret) with *** wherever it stands as a token (see `redactor`). */
  readonly redact: (s: string) => string;
}

/** The status line's reason and the body's message, each said once (one often repeats or extends the other). */
export function mergeReason(statusLine: string, bodyMessage: string): string {
  if (bodyMessage === '' || statusLine.includes(bodyMessage)) return statusLine;
  if (statusLine === '' || bodyMessage.includes(statusLine)) return bodyMessage;
  return `${statusLine}: ${bodyMessage}`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createPveClient(o: PveClientOptions): PveClient {
  const base = parseBaseUrl(o.url);
  if (!base) throw new Error('--url must be https://HOST[:PORT] (https only: the token must not travel in clear)');
  const timeoutMs = o.timeoutMs ?? DEFAULTS.timeoutMs;
  const retries = o.retries ?? DEFAULTS.retries;
  const backoffMs = o.backoffMs ?? DEFAULTS.backoffMs;
  const maxBody = o.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const short = tokenProblem(o.token);
  if (short) throw short;
  const full = `${o.token.user}!${o.token.tokenId}=${o.token.secret}`;
  const redact = redactor([full, o.token.secret]);
  const agentOpts: AgentOptions = { keepAlive: true, maxSockets: o.maxSockets ?? DEFAULTS.maxSockets };
  let agent: Agent;
  const pin = o.fingerprint === undefined ? null : normalizeFingerprint(o.fingerprint);
  if (o.fingerprint !== undefined && pin === null) throw new Error('--fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed');
  if (pin !== null) agent = new PinnedAgent(pin, timeoutMs, agentOpts);
  else agent = new Agent({ ...agentOpts, rejectUnauthorized: o.insecure !== true, ...(o.ca !== undefined ? { ca: o.ca } : {}) });
  const authorization = `PVEAPIToken=${full}`;
  const host = base.hostname.replace(/^\[|\]$/g, '');

  type Attempt = GetResult | { retry: true; status: number | null; message: string; reason: Reason };

  const once = (path: string): Promise<Attempt> =>
    new Promise((resolve, reject) => {
      const opts: RequestOptions = {
        protocol: 'https:',
        hostname: host,
        port: Number(base.port),
        path: `${base.pathname.replace(/\/+$/, '')}/api2/json${path}`,
        method: 'GET',
        agent,
        headers: { Authorization: authorization, Accept: 'application/json', 'User-Agent': 'capa-importer' },
        // SNI carries host names only (RFC 6066 §3): for an IP address Node would print a deprecation warning.
        ...(isIP(host) === 0 ? { servername: host } : {}),
      };
      let finished = false;
      const finish = (a: Attempt) => {
        if (!finished) {
          finished = true;
          clearTimeout(timer);
          resolve(a);
        }
      };
      const fail = (e: unknown) => {
        if (finished) return;
        const err = e as NodeJS.ErrnoException;
        const code = err?.code ?? '';
        if (e instanceof TlsError || TLS_CODES.test(code)) {
          finished = true;
          clearTimeout(timer);
          // The fingerprints are the certificate's and the pin: no token to redact there.
          reject(e instanceof TlsError ? e : new TlsError('pve.tls-untrusted', { errno: code, detail: redact(err.message) }, code));
          return;
        }
        const known = (err as { reason?: Reason } | undefined)?.reason;
        const f = failure(known ?? { why: 'net', errno: code || null, detail: redact(err?.message ?? String(e)) });
        finish(RETRY_CODES.has(code) || code === '' ? { retry: true, status: null, ...f } : { ok: false, status: null, ...f });
      };
      const req = request(opts, (res) => {
        const status = res.statusCode ?? 0;
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBody) {
          req.destroy();
          finish({ ok: false, status: null, ...failure({ why: 'too-large-declared', bytes: declared, limit: maxBody }) });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBody) {
            req.destroy();
            finish({ ok: false, status: null, ...failure({ why: 'too-large', limit: maxBody }) });
            return;
          }
          chunks.push(c);
        });
        res.on('aborted', () => fail(reasoned('CAPA_ABORTED', { why: 'aborted' })));
        res.on('error', fail);
        res.on('end', () => {
          if (finished) return;
          if (!res.complete) {
            fail(reasoned('CAPA_ABORTED', { why: 'aborted' }));
            return;
          }
          const body = Buffer.concat(chunks).toString('utf8');
          if (status >= 200 && status < 300) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(body);
            } catch (e) {
              finish({ ok: false, status: null, ...failure({ why: 'not-json', bytes: body.length, detail: redact(e instanceof Error ? e.message.slice(0, 120) : '') }) });
              return;
            }
            if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) {
              finish({ ok: false, status: null, ...failure({ why: 'no-envelope' }) });
              return;
            }
            finish({ ok: true, data: (parsed as { data: unknown }).data });
            return;
          }
          let detail = (res.statusMessage ?? '').trim();
          try {
            const j = JSON.parse(body) as { message?: unknown; errors?: unknown };
            // pve-http-server's JSON formatter copies the status line's message into the body
            // (proxmox/pve-http-server:src/PVE/APIServer/Formatter/Standard.pm, prepare_response_data):
            // said once, not "Permission check failed (…) Permission check failed (…)".
            if (typeof j.message === 'string') detail = mergeReason(detail, j.message.trim());
            if (j.errors && typeof j.errors === 'object') detail = `${detail} ${JSON.stringify(j.errors).slice(0, 200)}`.trim();
          } catch {
            /* not JSON: the status line says it */
          }
          const f = failure({ why: 'http', detail: redact(detail.slice(0, 300)) });
          finish(RETRY_STATUSES.has(status) ? { retry: true, status, ...f } : { ok: false, status, ...f });
        });
      });
      const timer = setTimeout(() => {
        req.destroy(reasoned('CAPA_TIMEOUT', { why: 'timeout', ms: timeoutMs }));
      }, timeoutMs);
      req.on('error', fail);
      req.end();
    });

  const get: Getter = async (path) => {
    let last: { status: number | null; message: string; reason: Reason } = { status: null, message: '', reason: { why: 'said', detail: '' } };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
      const r = await once(path);
      if (!('retry' in r)) return r;
      last = r;
    }
    return { ok: false, status: last.status, message: `${last.message} (after ${retries + 1} attempts)`, reason: { ...last.reason, attempts: retries + 1 } };
  };
  return { get, close: () => agent.destroy(), redact };
}
