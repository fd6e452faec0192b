/**
 * A fake Proxmox VE API on 127.0.0.1 over HTTPS, with a self-signed certificate made at test time by
 * `openssl req -x509`. Responses are shaped like the real API (the public fixtures, wrapped in
 * {"data": …}); each path can be overridden with a fault: status, delay, truncated body, huge body.
 * Every request is recorded; anything but GET is recorded as a violation (and answered 405).
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiData } from './helpers.js';

export const TOKEN_ID = 'capa@pve!audit';
export const SECRET = '5f0c2a7e-93d1-4b8e-a6b2-d00dfeedbeef';
export const TOKEN = `${TOKEN_ID}=${SECRET}`;

export interface Cert {
  readonly dir: string;
  readonly keyPem: string;
  readonly certPem: string;
  readonly certFile: string;
  readonly fingerprint256: string;
}

/** A throw-away self-signed certificate for 127.0.0.1 (CN and SAN), like Proxmox's default one. */
export function makeCert(): Cert {
  const dir = mkdtempSync(join(tmpdir(), 'capa-pve-cert-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' },
  );
  const certPem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  return { dir, keyPem: readFileSync(join(dir, 'key.pem'), 'utf8'), certPem, certFile: join(dir, 'cert.pem'), fingerprint256: new X509Certificate(certPem).fingerprint256 };
}
export const removeCert = (c: Cert) => rmSync(c.dir, { recursive: true, force: true });

export type Fault =
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'delay'; ms: number }
  | { kind: 'truncate'; withLength: boolean }
  | { kind: 'huge'; bytes: number; declareLength: boolean }
  | { kind: 'not-json' }
  | { kind: 'sequence'; faults: readonly (Fault | null)[] };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorized: boolean;
}

const MiB = 2 ** 20;

/** The default cluster: pve1 (online, PVE 9.1.2 status fixture), pve2 (online), pve3 (offline). */
export function defaultRoutes(): Map<string, unknown> {
  const nodeStatus = apiData('public/pve/node-status.pve-9.1.2.pvexport.json') as Record<string, unknown>;
  const r = new Map<string, unknown>();
  r.set('/cluster/resources', [
    { id: 'node/pve1', type: 'node', node: 'pve1', status: 'online', maxmem: 16540520448, mem: 12671574016, maxcpu: 4 },
    { id: 'node/pve2', type: 'node', node: 'pve2', status: 'online', maxmem: 68719476736, mem: 1e10, maxcpu: 32 },
    { id: 'node/pve3', type: 'node', node: 'pve3', status: 'offline' },
    { id: 'qemu/100', type: 'qemu', vmid: 100, name: 'k-test-c-3', node: 'pve1', status: 'running', template: 0, maxmem: 8589934592, maxcpu: 4, maxdisk: 34359738368, hastate: 'started' },
    { id: 'qemu/101', type: 'qemu', vmid: 101, name: 'db', node: 'pve2', status: 'running', template: 0, maxmem: '17179869184', maxcpu: '8', maxdisk: 1 },
    { id: 'qemu/102', type: 'qemu', vmid: 102, name: 'tmpl', node: 'pve2', status: 'stopped', template: 1, maxmem: 2147483648, maxcpu: 2 },
    { id: 'lxc/200', type: 'lxc', vmid: 200, name: 'ct', node: 'pve1', status: 'stopped', template: 0, maxmem: 1073741824, maxcpu: 2 },
    { id: 'qemu/103', type: 'qemu', vmid: 103, name: 'on-offline-node', node: 'pve3', status: 'unknown' },
    { id: 'qemu/104', type: 'qemu', vmid: 104, name: 'config-missing', node: 'pve2', status: 'running', template: 0, maxmem: 4294967296, maxcpu: 2, maxdisk: 10737418240 },
    { id: 'storage/pve1/local', type: 'storage', storage: 'local', node: 'pve1', shared: 0, plugintype: 'dir', disk: 1, maxdisk: 100 },
  ]);
  r.set('/nodes/pve1/status', nodeStatus);
  r.set('/nodes/pve2/status', {
    ...nodeStatus,
    cpuinfo: { ...(nodeStatus['cpuinfo'] as object), cpus: 32, cores: 16, sockets: 2, model: 'AMD EPYC' },
    memory: { total: 68719476736, used: 1e10, free: 5e10 },
  });
  r.set('/cluster/status', apiData('public/pve/cluster-status.go-proxmox.json'));
  r.set('/cluster/ha/resources', [{ sid: 'vm:101', state: 'started', type: 'vm' }]);
  r.set('/nodes/pve1/qemu/100/config', apiData('public/pve/qemu-config.pve7.crash-tech.json'));
  r.set('/nodes/pve2/qemu/101/config', {
    memory: 'current=16384',
    balloon: 4096,
    sockets: 2,
    cores: 4,
    scsi0: 'ceph:vm-101-disk-0,size=100G',
    virtio1: 'ceph:vm-101-disk-1,size=1T',
    ide2: 'none,media=cdrom',
  });
  r.set('/nodes/pve2/qemu/102/config', { memory: '2048', template: 1, cores: 2, scsi0: 'ceph:base-102-disk-0,size=20G' });
  r.set('/nodes/pve1/lxc/200/config', { memory: 1024, cores: 2, hostname: 'ct', rootfs: 'local-lvm:vm-200-disk-0,size=8G' });
  // qemu/104: no config route → 404 (guest config missing)
  r.set('/nodes/pve1/network', [
    { iface: 'bond0', type: 'bond', slaves: 'eno1 eno2', bond_mode: '802.3ad', bond_xmit_hash_policy: 'layer3+4' },
    { iface: 'vmbr0', type: 'bridge', bridge_ports: 'bond0' },
  ]);
  r.set('/nodes/pve2/network', []);
  // no Ceph: /cluster/ceph/status 404-like (PVE answers 500 "binary not installed"; see tests)
  return r;
}

export interface FakePve {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  readonly violations: string[];
  readonly routes: Map<string, unknown>;
  readonly faults: Map<string, Fault>;
  readonly close: () => Promise<void>;
}

export async function startFakePve(cert: Cert, token = TOKEN): Promise<FakePve> {
  const routes = defaultRoutes();
  const faults = new Map<string, Fault>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const hits = new Map<string, number>();
  const server: Server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://x');
    const path = url.pathname.replace(/^\/api2\/json/, '');
    const authorized = req.headers.authorization === `PVEAPIToken=${token}`;
    requests.push({ method: req.method ?? '?', path: `${path}${url.search}`, authorized });
    if (req.method !== 'GET') {
      violations.push(`${req.method} ${path}`);
      res.writeHead(405, 'Method not allowed').end();
      return;
    }
    if (!authorized) {
      res.writeHead(401, 'authentication failure', { 'Content-Type': 'application/json' }).end('{"data":null}');
      return;
    }
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    let fault: Fault | null | undefined = faults.get(path);
    if (fault?.kind === 'sequence') fault = fault.faults[Math.min(n - 1, fault.faults.length - 1)] ?? null;
    const ok = (body: string) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body);
    const answer = () => {
      if (!routes.has(path)) {
        res
          .writeHead(path === '/cluster/ceph/status' ? 500 : 404, path === '/cluster/ceph/status' ? 'binary not installed: /usr/bin/ceph-mon' : 'Not Found', { 'Content-Type': 'application/json' })
          .end('{"data":null}');
        return;
      }
      ok(JSON.stringify({ data: routes.get(path) }));
    };
    if (!fault) {
      answer();
      return;
    }
    switch (fault.kind) {
      case 'status':
        // As pve-http-server answers: the message on the status line, and again in the body with its "\n"
        // (proxmox/pve-http-server:src/PVE/APIServer/Formatter/Standard.pm, json format).
        res.writeHead(fault.status, fault.message ?? 'error', { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: null, message: `${fault.message ?? ''}\n` }));
        return;
      case 'delay':
        setTimeout(answer, fault.ms).unref();
        return;
      case 'not-json': {
        const body = JSON.stringify({ data: routes.get(path) ?? [] }).slice(0, -7);
        ok(body);
        return;
      }
      case 'truncate': {
        const body = JSON.stringify({ data: routes.get(path) ?? [] });
        if (fault.withLength) {
          res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
          res.write(body.slice(0, Math.floor(body.length / 2)));
          setTimeout(() => res.destroy(), 20).unref();
        } else {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.write(body.slice(0, Math.floor(body.length / 2)));
          setTimeout(() => res.destroy(), 20).unref();
        }
        return;
      }
      case 'huge': {
        const total = fault.bytes;
        res.writeHead(200, { 'Content-Type': 'application/json', ...(fault.declareLength ? { 'Content-Length': total } : {}) });
        const chunk = Buffer.alloc(MiB, 0x20);
        let sent = 0;
        res.write('{"data":[');
        sent += 9;
        const pump = () => {
          while (sent < total - 2) {
            if (res.destroyed) return;
            const c = chunk.subarray(0, Math.min(chunk.length, total - 2 - sent));
            sent += c.length;
            if (!res.write(c)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end(']}');
        };
        res.on('error', () => {});
        pump();
        return;
      }
    }
  });
  server.on('tlsClientError', () => {
    /* refused handshakes are expected in some tests */
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    requests,
    violations,
    routes,
    faults,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
