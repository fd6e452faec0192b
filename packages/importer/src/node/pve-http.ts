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
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { Getter, GetResult } from '../pve-collect.js';

export const RETRY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504, 595, 596]);
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'CAPA_TIMEOUT', 'CAPA_ABORTED']);

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

/** "AA:BB:…" (64 hex digits, colons optional, any case, optional sha256/ prefix) → canonical upper-case colon form. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text
    .trim()
    .replace(/^sha-?256[:=/ ]?/i, '')
    .replace(/[:\s]/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  return hex.toUpperCase().match(/../g)?.join(':') ?? null;
}

/** Fatal TLS problem: certificate not trusted, fingerprint mismatch. Never retried. */
export class TlsError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'TlsError';
  }
}

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
    socket.setTimeout(this.timeoutMs, () => socket.destroy(Object.assign(new Error('TLS connect timed out'), { code: 'CAPA_TIMEOUT' })));
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
      else done(new TlsError(`the server certificate's SHA-256 fingerprint ${got || '(none)'} does not match the pinned ${this.pin}: refusing to send the request`, 'CAPA_FINGERPRINT_MISMATCH'));
    });
    return undefined;
  }
}

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT|ERR_SSL_|HOSTNAME_MISMATCH|ERR_TLS_)/;

export interface PveClient {
  readonly get: Getter;
  readonly close: () => void;
  /** Replaces every occurrence of the token (and its secret) with ***. */
  readonly redact: (s: string) => string;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createPveClient(o: PveClientOptions): PveClient {
  const base = parseBaseUrl(o.url);
  if (!base) throw new Error('--url must be https://HOST[:PORT] (https only: the token must not travel in clear)');
  const timeoutMs = o.timeoutMs ?? DEFAULTS.timeoutMs;
  const retries = o.retries ?? DEFAULTS.retries;
  const backoffMs = o.backoffMs ?? DEFAULTS.backoffMs;
  const maxBody = o.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const full = `${o.token.user}!${o.token.tokenId}=${o.token.secret}`;
  const secrets = [full, o.token.secret].filter((s) => s.length >= 4);
  const redact = (s: string) => secrets.reduce((acc, sec) => acc.split(sec).join('***'), s);
  const agentOpts: AgentOptions = { keepAlive: true, maxSockets: o.maxSockets ?? DEFAULTS.maxSockets };
  let agent: Agent;
  const pin = o.fingerprint === undefined ? null : normalizeFingerprint(o.fingerprint);
  if (o.fingerprint !== undefined && pin === null) throw new Error('--fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed');
  if (pin !== null) agent = new PinnedAgent(pin, timeoutMs, agentOpts);
  else agent = new Agent({ ...agentOpts, rejectUnauthorized: o.insecure !== true, ...(o.ca !== undefined ? { ca: o.ca } : {}) });
  const authorization = `PVEAPIToken=${full}`;

  type Attempt = GetResult | { retry: true; status: number | null; message: string };

  const once = (path: string): Promise<Attempt> =>
    new Promise((resolve, reject) => {
      const opts: RequestOptions = {
        protocol: 'https:',
        hostname: base.hostname.replace(/^\[|\]$/g, ''),
        port: Number(base.port),
        path: `${base.pathname.replace(/\/+$/, '')}/api2/json${path}`,
        method: 'GET',
        agent,
        headers: { Authorization: authorization, Accept: 'application/json', 'User-Agent': 'capa-importer' },
        servername: base.hostname.replace(/^\[|\]$/g, ''),
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
          reject(
            e instanceof TlsError
              ? new TlsError(redact(e.message), e.code)
              : new TlsError(redact(`TLS verification failed (${code}: ${err.message}); pass --fingerprint SHA256 to pin Proxmox's self-signed certificate, or --ca FILE`), code),
          );
          return;
        }
        const message = redact(`${code ? `${code}: ` : ''}${err?.message ?? String(e)}`);
        finish(RETRY_CODES.has(code) || code === '' ? { retry: true, status: null, message } : { ok: false, status: null, message });
      };
      const req = request(opts, (res) => {
        const status = res.statusCode ?? 0;
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > maxBody) {
          req.destroy();
          finish({ ok: false, status: null, message: `response too large: Content-Length ${declared} bytes exceeds the ${maxBody}-byte limit` });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBody) {
            req.destroy();
            finish({ ok: false, status: null, message: `response too large: more than ${maxBody} bytes (limit)` });
            return;
          }
          chunks.push(c);
        });
        res.on('aborted', () => fail(Object.assign(new Error('the connection closed before the whole response arrived'), { code: 'CAPA_ABORTED' })));
        res.on('error', fail);
        res.on('end', () => {
          if (finished) return;
          if (!res.complete) {
            fail(Object.assign(new Error('the connection closed before the whole response arrived'), { code: 'CAPA_ABORTED' }));
            return;
          }
          const body = Buffer.concat(chunks).toString('utf8');
          if (status >= 200 && status < 300) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(body);
            } catch (e) {
              finish({ ok: false, status: null, message: redact(`invalid JSON in the response (${body.length} bytes; ${e instanceof Error ? e.message.slice(0, 120) : ''})`) });
              return;
            }
            if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) {
              finish({ ok: false, status: null, message: 'the response has no {"data": ...} envelope' });
              return;
            }
            finish({ ok: true, data: (parsed as { data: unknown }).data });
            return;
          }
          let detail = res.statusMessage ?? '';
          try {
            const j = JSON.parse(body) as { message?: unknown; errors?: unknown };
            if (typeof j.message === 'string') detail = `${detail} ${j.message}`.trim();
            if (j.errors && typeof j.errors === 'object') detail = `${detail} ${JSON.stringify(j.errors).slice(0, 200)}`.trim();
          } catch {
            /* not JSON: the status line says it */
          }
          const message = redact(detail.slice(0, 300));
          finish(RETRY_STATUSES.has(status) ? { retry: true, status, message } : { ok: false, status, message });
        });
      });
      const timer = setTimeout(() => {
        req.destroy(Object.assign(new Error(`no complete answer within ${timeoutMs} ms`), { code: 'CAPA_TIMEOUT' }));
      }, timeoutMs);
      req.on('error', fail);
      req.end();
    });

  const get: Getter = async (path) => {
    let last: { status: number | null; message: string } = { status: null, message: '' };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
      const r = await once(path);
      if (!('retry' in r)) return r;
      last = r;
    }
    return { ok: false, status: last.status, message: `${last.message} (after ${retries + 1} attempts)` };
  };
  return { get, close: () => agent.destroy(), redact };
}
