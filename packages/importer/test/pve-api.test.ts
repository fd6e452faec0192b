/**
 * `capa import pve` against a local HTTPS server on 127.0.0.1 with a self-signed certificate made at
 * test time: pinning, TLS refusal, auth, GET only, HTTP errors, timeouts, retries, truncated and huge
 * bodies, offline node, missing guest config, and the token never leaking.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inventorySchema } from '../src/index.js';
import { importPve, parseToken, TlsError } from '../src/node/index.js';
import { type Cert, type FakePve, makeCert, removeCert, SECRET, startFakePve, TOKEN } from './pve-server.js';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const token = parseToken(TOKEN);
if (!token) throw new Error('test token does not parse');

let cert: Cert;
let srv: FakePve;
const leaks: string[] = []; // every text produced by the importer, grepped for the token at the end

beforeAll(async () => {
  cert = makeCert();
});
afterAll(() => {
  removeCert(cert);
  for (const text of leaks) {
    expect(text.includes(SECRET), 'the token secret leaked').toBe(false);
    expect(text.includes(TOKEN), 'the token leaked').toBe(false);
  }
});
const fresh = async () => {
  srv = await startFakePve(cert);
};
afterEach(async () => {
  expect(srv.violations, 'only GET may reach the server').toEqual([]);
  expect(srv.requests.every((r) => r.method === 'GET')).toBe(true);
  await srv.close();
});

// Short back-off; a timeout no loaded machine reaches by accident (only the delay faults below wait it out).
const fast = { retries: 1, backoffMs: 10, timeoutMs: 60_000 } as const;
async function run(extra: Partial<Parameters<typeof importPve>[0]> = {}) {
  try {
    const inv = await importPve({ url: srv.url, token: token as NonNullable<typeof token>, fingerprint: cert.fingerprint256, ...fast, ...extra });
    leaks.push(JSON.stringify(inv));
    return inv;
  } catch (e) {
    leaks.push(String(e), e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : '');
    throw e;
  }
}

describe('PVE API: happy path with a pinned self-signed certificate', () => {
  it('imports nodes, guests (configs in MiB), HA, bonds; offline node and missing config become warnings', async () => {
    await fresh();
    const inv = await run();
    expect(inventorySchema.safeParse(inv).success).toBe(true);
    expect(inv.source).toMatchObject({ kind: 'pve-api', origin: srv.url, cluster: 'clustername' });
    expect(inv.nodes.map((n) => [n.name, n.online, n.threads, n.ramTotalBytes])).toEqual([
      ['pve1', true, 4, 16540520448],
      ['pve2', true, 32, 68719476736],
      ['pve3', false, null, null],
    ]);
    const g = Object.fromEntries(inv.guests.map((x) => [x.id, x]));
    expect(g['qemu/100']).toMatchObject({ memoryBytes: 8192 * MiB, vcpus: 8, haState: 'started' });
    expect(g['qemu/101']).toMatchObject({ memoryBytes: 16 * GiB, balloonMinBytes: 4 * GiB, vcpus: 8, haState: 'started' });
    expect(g['qemu/101']?.disks.map((d) => [d.slot, d.storage, d.sizeBytes])).toEqual([
      ['scsi0', 'ceph', 100 * GiB],
      ['virtio1', 'ceph', 1024 * GiB],
    ]);
    expect(g['qemu/102']?.template).toBe(true);
    expect(g['lxc/200']).toMatchObject({ memoryBytes: 1024 * MiB, vcpus: 2 });
    expect(g['qemu/104']).toMatchObject({ memoryBytes: 4 * GiB, vcpus: 2 }); // from cluster/resources
    expect(g['qemu/103']).toMatchObject({ memoryBytes: null, node: 'pve3' });
    expect(inv.bonds).toEqual([{ node: 'pve1', name: 'bond0', mode: '802.3ad', hashPolicy: 'layer3+4', members: ['eno1', 'eno2'], memberSpeedBps: null }]);
    const codes = inv.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['pve.node-offline', 'pve.guest-config-missing', 'pve.guest-config-skipped', 'pve.guest-no-stats', 'pve.ceph-unavailable']));
    expect(inv.warnings.find((w) => w.code === 'pve.guest-config-missing')?.message).toMatch(/qemu\/104.*HTTP 404/);
    // no request for the offline node's status or configs
    expect(srv.requests.some((r) => r.path.startsWith('/nodes/pve3/'))).toBe(false);
    expect(srv.requests.every((r) => r.authorized)).toBe(true);
  });

  it('accepts the fingerprint without colons and in lower case; --ca FILE with the certificate works too', async () => {
    await fresh();
    await run({ fingerprint: cert.fingerprint256.replace(/:/g, '').toLowerCase() });
    const inv = await importPve({ url: srv.url, token: token as NonNullable<typeof token>, ca: cert.certPem, ...fast });
    expect(inv.nodes).toHaveLength(3);
  });
});

describe('PVE API: TLS', () => {
  it('refuses the unpinned self-signed certificate; no HTTP request (and no token) reaches the server', async () => {
    await fresh();
    await expect(importPve({ url: srv.url, token: token as NonNullable<typeof token>, ...fast })).rejects.toThrow(TlsError);
    await expect(importPve({ url: srv.url, token: token as NonNullable<typeof token>, ...fast })).rejects.toThrow(/TLS verification failed.*--fingerprint/);
    expect(srv.requests).toEqual([]);
  });

  it('refuses a wrong pin before sending anything', async () => {
    await fresh();
    const wrong = cert.fingerprint256.replace(/^../, cert.fingerprint256.startsWith('00') ? '11' : '00');
    await expect(run({ fingerprint: wrong })).rejects.toThrow(/does not match the pinned/);
    expect(srv.requests).toEqual([]);
  });

  it('--insecure works, and the inventory says so', async () => {
    await fresh();
    const inv = await importPve({ url: srv.url, token: token as NonNullable<typeof token>, insecure: true, ...fast });
    expect(inv.warnings[0]?.code).toBe('pve.tls-insecure');
  });
});

describe('PVE API: faults', () => {
  it('401 (bad token): a clear error naming the required endpoint, token not echoed', async () => {
    await fresh();
    const bad = parseToken('capa@pve!audit=00000000-0000-0000-0000-000000000000');
    if (!bad) throw new Error();
    await expect(importPve({ url: srv.url, token: bad, fingerprint: cert.fingerprint256, ...fast })).rejects.toThrow(
      /\/cluster\/resources could not be read \(HTTP 401: authentication failure\).*required/,
    );
  });

  it('403 on node status → the node kept with a warning (pve-partial.test.ts); 403 on network and HA (optional) → warnings', async () => {
    await fresh();
    srv.faults.set('/nodes/pve2/status', { kind: 'status', status: 403, message: 'Permission check failed (/nodes/pve2, Sys.Audit)' });
    expect((await run()).warnings.find((w) => w.source === '/nodes/pve2/status')?.code).toBe('pve.node-status-missing');
    srv.faults.clear();
    srv.faults.set('/nodes/pve1/network', { kind: 'status', status: 403, message: 'Permission check failed' });
    srv.faults.set('/cluster/ha/resources', { kind: 'status', status: 403, message: 'Permission check failed' });
    const inv = await run();
    expect(
      inv.warnings
        .filter((w) => w.code === 'pve.endpoint-unreadable')
        .map((w) => w.source)
        .sort(),
    ).toEqual(['/cluster/ha/resources', '/nodes/pve1/network']);
    expect(inv.bonds).toEqual([]);
  });

  it('500 on a guest config → warning, figures from cluster/resources; 500 is not retried', async () => {
    await fresh();
    srv.faults.set('/nodes/pve2/qemu/101/config', { kind: 'status', status: 500, message: 'got timeout' });
    const inv = await run({ retries: 3 });
    expect(inv.guests.find((g) => g.id === 'qemu/101')).toMatchObject({ memoryBytes: 17179869184, vcpus: 8, balloonMinBytes: null });
    expect(inv.warnings.find((w) => w.message.includes('qemu/101'))?.message).toMatch(/HTTP 500/);
    expect(srv.requests.filter((r) => r.path.startsWith('/nodes/pve2/qemu/101/config')).length).toBe(1);
  });

  it('503 then 200: retried with backoff and succeeds; 502 forever on the required endpoint: gives up after the retries', async () => {
    await fresh();
    srv.faults.set('/cluster/resources', { kind: 'sequence', faults: [{ kind: 'status', status: 503, message: 'busy' }, null] });
    const inv = await run({ retries: 2 });
    expect(inv.nodes).toHaveLength(3);
    expect(srv.requests.filter((r) => r.path === '/cluster/resources').length).toBe(2);
    srv.faults.set('/cluster/resources', { kind: 'status', status: 502, message: 'Bad Gateway' });
    await expect(run({ retries: 2 })).rejects.toThrow(/HTTP 502.*after 3 attempts/);
  });

  it('595 on an online node’s status (node unreachable through the proxy): treated as offline, with a warning', async () => {
    await fresh();
    srv.faults.set('/nodes/pve2/status', { kind: 'status', status: 595, message: 'Connection refused' });
    const inv = await run({ retries: 1 });
    expect(inv.nodes.find((n) => n.name === 'pve2')?.online).toBe(false);
    expect(inv.warnings.map((w) => w.code)).toContain('pve.node-unreachable');
    expect(srv.requests.filter((r) => r.path === '/nodes/pve2/status').length).toBe(2); // 1 + 1 retry
  });

  // No clock is read here: a slow answer comes well inside a generous timeout, and a late one never comes
  // before the test's own timeout (10 min), so the import returning at all proves the client gave up.
  it('slow responses: answered within the timeout is fine; beyond it times out, is retried, then reported', async () => {
    await fresh();
    srv.faults.set('/nodes/pve1/network', { kind: 'delay', ms: 100 });
    expect((await run({ timeoutMs: 60_000 })).bonds).toHaveLength(1);
    const NEVER = 600_000;
    srv.faults.set('/nodes/pve1/network', { kind: 'delay', ms: NEVER });
    const before = srv.requests.filter((r) => r.path.startsWith('/nodes/pve1/network')).length;
    const inv = await run({ timeoutMs: 300, retries: 1 });
    expect(srv.requests.filter((r) => r.path.startsWith('/nodes/pve1/network')).length - before).toBe(2); // 1 + 1 retry
    expect(inv.warnings.find((w) => w.source === '/nodes/pve1/network')?.message).toMatch(/CAPA_TIMEOUT: no complete answer within 300 ms.*after 2 attempts/);
    srv.faults.set('/cluster/resources', { kind: 'delay', ms: NEVER });
    await expect(run({ timeoutMs: 300, retries: 0 })).rejects.toThrow(/cluster\/resources could not be read.*no complete answer within 300 ms/);
  });

  it('truncated JSON: a connection cut mid-body is a network error (retried), a complete but invalid body is final', async () => {
    await fresh();
    srv.faults.set('/nodes/pve1/network', { kind: 'truncate', withLength: true });
    srv.faults.set('/cluster/ha/resources', { kind: 'truncate', withLength: false });
    srv.faults.set('/cluster/status', { kind: 'not-json' });
    const inv = await run({ retries: 1 });
    expect(inv.warnings.find((w) => w.source === '/nodes/pve1/network')?.message).toMatch(/closed before the whole response arrived.*after 2 attempts/);
    expect(inv.warnings.find((w) => w.source === '/cluster/ha/resources')?.message).toMatch(/closed before the whole response arrived/);
    expect(inv.warnings.find((w) => w.source === '/cluster/status')?.message).toMatch(/invalid JSON/);
    expect(srv.requests.filter((r) => r.path === '/cluster/status').length).toBe(1);
    expect(inv.source.cluster).toBeNull();
    srv.faults.set('/cluster/resources', { kind: 'not-json' });
    await expect(run()).rejects.toThrow(/cluster\/resources could not be read \(invalid JSON/);
  });

  it('a 50 MB body is refused above the size limit (declared or streamed), without reading it all', async () => {
    await fresh();
    srv.faults.set('/cluster/resources', { kind: 'huge', bytes: 50 * 1000 * 1000, declareLength: true });
    await expect(run()).rejects.toThrow(/response too large: Content-Length 50000000 bytes exceeds the 33554432-byte limit/);
    srv.faults.set('/cluster/resources', { kind: 'huge', bytes: 50 * 1000 * 1000, declareLength: false });
    const before = process.memoryUsage().rss;
    await expect(run()).rejects.toThrow(/response too large: more than 33554432 bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB);
    srv.faults.set('/nodes/pve1/network', { kind: 'huge', bytes: 50 * 1000 * 1000, declareLength: false });
    srv.faults.delete('/cluster/resources');
    const inv = await run({ maxBodyBytes: 4 * MiB });
    expect(inv.warnings.find((w) => w.source === '/nodes/pve1/network')?.message).toMatch(/more than 4194304 bytes/);
  });
});

// ---- The real binary, as a user runs it --------------------------------------------------------
const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../cli/dist/capa.js', import.meta.url));

function capa(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm -r run build\` first`);
  return new Promise((res) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C', ...env }, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 99) : 0;
      leaks.push(stdout, stderr);
      res({ code, stdout, stderr });
    });
  });
}

describe('capa import pve (the CLI)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-import-pve-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('works with a pinned fingerprint; token from CAPA_PVE_TOKEN; inventory on stdout, warnings on stderr', async () => {
    await fresh();
    const r = await capa(['import', 'pve', '--url', srv.url, '--fingerprint', cert.fingerprint256, '--retries', '0'], { CAPA_PVE_TOKEN: TOKEN });
    expect(r.code).toBe(0);
    const inv = JSON.parse(r.stdout) as { nodes: unknown[]; guests: unknown[] };
    expect(inv.nodes).toHaveLength(3);
    expect(r.stderr).toMatch(/capa: warning: node pve3 is offline/);
  });

  it('--token-file and --out: the file holds the inventory, stdout a summary; --token works too', async () => {
    await fresh();
    const tf = join(tmp, 'token');
    writeFileSync(tf, `${TOKEN}\n`);
    const out = join(tmp, 'inv.json');
    const r = await capa(['import', 'pve', '--url', srv.url, '--fingerprint', cert.fingerprint256, '--token-file', tf, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^capa: wrote .*inv\.json: 3 nodes, 6 guests/);
    const text = readFileSync(out, 'utf8');
    leaks.push(text);
    expect(JSON.parse(text)).toMatchObject({ schema: 'capa.inventory', version: 1 });
    const r2 = await capa(['import', 'pve', '--url', srv.url, '--fingerprint', cert.fingerprint256, '--token', TOKEN, '--json', '--out', out]);
    expect(JSON.parse(r2.stdout)).toMatchObject({ nodes: 3, guests: 6, osds: 0 });
  });

  it('an unpinned self-signed certificate: exit 1, a message about pinning, nothing on stdout, the server saw no request', async () => {
    await fresh();
    const r = await capa(['import', 'pve', '--url', srv.url], { CAPA_PVE_TOKEN: TOKEN });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/capa: import failed: TLS verification failed .*--fingerprint/);
    expect(srv.requests).toEqual([]);
  });

  it('bad input: exit 2 naming the option, never the token value', async () => {
    await fresh();
    const malformed = `${SECRET}-not-a-token`;
    const a = await capa(['import', 'pve', '--url', srv.url, '--token', malformed]);
    expect(a).toMatchObject({ code: 2, stdout: '' });
    expect(a.stderr).toMatch(/--token: must look like USER@REALM!TOKENID=SECRET \(the value is not shown\)/);
    expect(a.stderr.includes(malformed)).toBe(false);
    const b = await capa(['import', 'pve', '--url', 'http://127.0.0.1:8006'], { CAPA_PVE_TOKEN: TOKEN });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--url "http:\/\/127\.0\.0\.1:8006": must be https/);
    const c = await capa(['import', 'pve', '--url', srv.url, '--fingerprint', 'AB:CD'], { CAPA_PVE_TOKEN: TOKEN });
    expect(c.stderr).toMatch(/--fingerprint "AB:CD": must be a SHA-256 fingerprint/);
    const d = await capa(['import', 'pve', '--url', srv.url]);
    expect(d.stderr).toMatch(/--token: is required/);
    expect(srv.requests).toEqual([]);
  });

  it('a 401 from the server: exit 1, the token is not in the message', async () => {
    await fresh();
    const r = await capa(['import', 'pve', '--url', srv.url, '--fingerprint', cert.fingerprint256], { CAPA_PVE_TOKEN: `capa@pve!audit=${SECRET.split('').reverse().join('')}` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HTTP 401/);
  });
});
