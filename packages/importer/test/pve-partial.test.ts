/**
 * Partial Proxmox VE data imports instead of aborting (issue 13, point 1): a node without a readable
 * status, one guest's out-of-range memory, a huge pg_num_ideal from PVE's Ceph endpoints. Also the
 * token: redaction only where the secret stands as a secret, short secrets refused, the 403 reason
 * said once. Every warning and refusal is checked in English and French.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importErrorText, warningText } from '../src/index.js';
import { createPveClient, importPve, importPvesh, parseToken, redactor, tokenProblem } from '../src/node/index.js';
import { mergeReason } from '../src/node/pve-http.js';
import { FIXTURES, fixtureJson, fixtureText } from './helpers.js';
import { type Cert, makeCert, removeCert, startFakePve, TOKEN } from './pve-server.js';

const token = parseToken(TOKEN) as NonNullable<ReturnType<typeof parseToken>>;
const fast = { retries: 0, backoffMs: 10, timeoutMs: 60_000 } as const;
const tmp = mkdtempSync(join(tmpdir(), 'capa-pve-partial-'));
let cert: Cert;
beforeAll(() => {
  cert = makeCert();
});
afterAll(() => {
  removeCert(cert);
  rmSync(tmp, { recursive: true, force: true });
});

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
function capa(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(fileURLToPath(new URL('../../cli/dist/capa.js', import.meta.url)))) throw new Error('run `pnpm -r run build` first');
  return new Promise((res) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' }, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) =>
      res({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr }),
    );
  });
}

describe('pvesh dump with a node whose status.json is missing', () => {
  it('DataDog’s one-node PVE 8 capture (cluster/resources only) imports: the node keeps maxmem and maxcpu, with a warning naming the file', async () => {
    const dir = `${FIXTURES}public/pve/pvesh-datadog-pve8-1node`;
    const inv = await importPvesh(dir, { now: () => new Date(0) });
    // DataDog/integrations-core:proxmox/tests/fixtures/GET/api2/json/cluster/resources/response.json: node maxmem 540883783680, maxcpu 72.
    expect(inv.nodes).toEqual([
      expect.objectContaining({ name: 'ip-122-82-3-112', online: true, ramTotalBytes: 540883783680, threads: 72, sockets: null, cores: null, cpuModel: null, ramAvailableBytes: null }),
    ]);
    const w = inv.warnings.find((x) => x.code === 'pve.node-status-missing');
    const file = join(dir, 'nodes', 'ip-122-82-3-112', 'status.json');
    expect(w?.message).toBe(
      `node ip-122-82-3-112 is listed online but /nodes/ip-122-82-3-112/status could not be read (HTTP 404: no file ${file}): kept with cluster/resources' maxmem 540883783680 bytes and maxcpu 72; sockets, cores, CPU model and available memory unknown`,
    );
    expect(warningText(w as NonNullable<typeof w>, 'fr')).toBe(
      `le nœud ip-122-82-3-112 est listé en ligne mais /nodes/ip-122-82-3-112/status n’a pas pu être lu (HTTP 404 : pas de fichier ${file}) : gardé avec maxmem 540883783680 octets et maxcpu 72 de cluster/resources ; sockets, cœurs, modèle de CPU et mémoire disponible inconnus`,
    );
    // Same file's guests: qemu/100 maxmem 2147483648 (2 GiB), the LXCs 536870912 (512 MiB); their configs are not in the dump.
    expect(inv.guests.map((g) => [g.id, g.memoryBytes])).toEqual([
      ['qemu/100', 2147483648],
      ['lxc/101', 536870912],
      ['lxc/111', 536870912],
    ]);
  });

  // The community.proxmox capture (3 online nodes, Ceph OSD tree and pools) with the status of two
  // nodes added from the PVE 9.1.2 node-status fixture and the third left out, as the collection
  // script does for a node that does not answer; cluster/ceph/status from go-proxmox's Reef capture.
  // pool.json's pg_num_ideal (0 in RAW_POOL) is set to 2^32 here: beyond the 2^31 PGs a pool may have.
  const dump = join(tmp, 'dump');
  beforeAll(() => {
    cpSync(`${FIXTURES}public/pve/pvesh-community.proxmox-pve9-ceph`, dump, { recursive: true });
    const status = fixtureText('public/pve/node-status.pve-9.1.2.pvexport.json');
    for (const n of ['srv-proxmox-01', 'srv-proxmox-02']) {
      mkdirSync(join(dump, 'nodes', n), { recursive: true });
      writeFileSync(join(dump, 'nodes', n, 'status.json'), status);
    }
    mkdirSync(join(dump, 'cluster', 'ceph'), { recursive: true });
    writeFileSync(join(dump, 'cluster', 'ceph', 'status.json'), fixtureText('public/pve/cluster-ceph-status.reef.go-proxmox.json'));
    const pools = fixtureJson('public/pve/pvesh-community.proxmox-pve9-ceph/nodes/srv-proxmox-01/ceph/pool.json') as Record<string, Record<string, unknown>>[];
    (pools[0]?.['autoscale_status'] as Record<string, unknown>)['pg_num_ideal'] = 2 ** 32;
    writeFileSync(join(dump, 'nodes', 'srv-proxmox-01', 'ceph', 'pool.json'), JSON.stringify(pools));
  });

  it('the node without status stays (maxmem 2063953920, maxcpu 4); a huge pg_num_ideal is a warning on pool test, not an abort', async () => {
    const inv = await importPvesh(dump, { now: () => new Date(0) });
    // community.proxmox tests/unit/plugins/modules/test_proxmox_ceph_osd.py RAW_RESOURCES_NODES: srv-proxmox-03 maxmem 2063953920, maxcpu 4.
    expect(inv.nodes.find((n) => n.name === 'srv-proxmox-03')).toMatchObject({ online: true, ramTotalBytes: 2063953920, threads: 4, sockets: null });
    // Yumaiia/pveXport pvexport.py sample (PVE 9.1.2, Intel N100): cpuinfo.cpus 4, sockets 1.
    expect(inv.nodes.find((n) => n.name === 'srv-proxmox-01')).toMatchObject({ online: true, threads: 4, sockets: 1 });
    expect(inv.warnings.filter((w) => w.code === 'pve.node-status-missing').map((w) => w.source)).toEqual(['/nodes/srv-proxmox-03/status']);
    const pool = inv.ceph?.pools.find((p) => p.name === 'test');
    // test_proxmox_ceph_pool.py RAW_POOL: pg_num 128, autoscale pg_num_final 32 (kept); pg_num_ideal cleared.
    expect(pool).toMatchObject({ pgNum: 128, autoscale: expect.objectContaining({ pgNumFinal: 32, pgNumIdeal: null }) });
    const w = inv.warnings.find((x) => x.code === 'import.value-out-of-range');
    // The inventory schema's PG counts: 0 … 2^31 (packages/importer/src/schema.ts countN).
    expect(w?.message).toBe('pool test: autoscale.pgNumIdeal 4294967296 is out of range (at most 2147483648): recorded as unknown');
    expect(warningText(w as NonNullable<typeof w>, 'fr')).toBe('pool test : autoscale.pgNumIdeal 4294967296 hors limites (au plus 2147483648) : noté inconnu');
  });

  it('capa import pvesh --dir: exit 0, the warnings on stderr in English and French', async () => {
    const en = await capa(['import', 'pvesh', '--dir', dump]);
    expect(en.code).toBe(0);
    expect(en.stderr).toMatch(/capa: warning: node srv-proxmox-03 is listed online but \/nodes\/srv-proxmox-03\/status could not be read/);
    const fr = await capa(['import', 'pvesh', '--dir', dump, '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stderr).toMatch(/le nœud srv-proxmox-03 est listé en ligne mais \/nodes\/srv-proxmox-03\/status n’a pas pu être lu/);
    expect(fr.stderr).toMatch(/pool test : autoscale\.pgNumIdeal 4294967296 hors limites \(au plus 2147483648\)/);
  });
});

describe('PVE API: partial answers', () => {
  it('403 on one node’s status: the node stays with cluster/resources figures; the server’s reason is said once', async () => {
    const srv = await startFakePve(cert);
    try {
      srv.faults.set('/nodes/pve2/status', { kind: 'status', status: 403, message: 'Permission check failed (/nodes/pve2, Sys.Audit)' });
      const inv = await importPve({ url: srv.url, token, fingerprint: cert.fingerprint256, ...fast });
      // pve-server.ts defaultRoutes: pve2 maxmem 68719476736, maxcpu 32 in cluster/resources.
      expect(inv.nodes.find((n) => n.name === 'pve2')).toMatchObject({ online: true, ramTotalBytes: 68719476736, threads: 32, cpuModel: null });
      const w = inv.warnings.find((x) => x.code === 'pve.node-status-missing');
      expect(w?.message).toBe(
        "node pve2 is listed online but /nodes/pve2/status could not be read (HTTP 403: Permission check failed (/nodes/pve2, Sys.Audit)): kept with cluster/resources' maxmem 68719476736 bytes and maxcpu 32; sockets, cores, CPU model and available memory unknown",
      );
      expect(warningText(w as NonNullable<typeof w>, 'fr')).toMatch(
        /^le nœud pve2 est listé en ligne mais \/nodes\/pve2\/status n’a pas pu être lu \(HTTP 403 : « Permission check failed \(\/nodes\/pve2, Sys\.Audit\) »\) : gardé avec maxmem 68719476736 octets et maxcpu 32/,
      );
      // The required endpoint refused: the status line and the body's message (pve-http-server's json formatter) give the same words.
      srv.faults.set('/cluster/resources', { kind: 'status', status: 403, message: 'Permission check failed (/, Sys.Audit)' });
      const e = await importPve({ url: srv.url, token, fingerprint: cert.fingerprint256, ...fast }).catch((x: unknown) => x);
      expect((e as Error).message).toBe('/cluster/resources could not be read (HTTP 403: Permission check failed (/, Sys.Audit)); it is required (the token needs at least PVEAuditor on /)');
      expect(importErrorText(e, 'fr')).toBe(
        '/cluster/resources n’a pas pu être lu (HTTP 403 : « Permission check failed (/, Sys.Audit) ») ; il est indispensable (le jeton doit avoir au moins PVEAuditor sur /)',
      );
    } finally {
      await srv.close();
    }
  });

  it('memory: -8193 in one guest config: that guest keeps cluster/resources’ maxmem, with a warning naming it', async () => {
    const srv = await startFakePve(cert);
    try {
      srv.routes.set('/nodes/pve2/qemu/101/config', { memory: -8193, sockets: 1, cores: 2 });
      const inv = await importPve({ url: srv.url, token, fingerprint: cert.fingerprint256, ...fast });
      // pve-server.ts: qemu/101 maxmem '17179869184' in cluster/resources.
      expect(inv.guests.find((g) => g.id === 'qemu/101')?.memoryBytes).toBe(17179869184);
      const w = inv.warnings.find((x) => x.code === 'pve.guest-config-invalid');
      // proxmox/qemu-server:src/PVE/QemuServer/Memory.pm $memory_fmt: current is an integer, minimum 16.
      expect(w?.message).toBe('qemu/101 (db): qemu/101 config: memory -8193 is out of range (a whole number of MiB, at least 16); using cluster/resources figures');
      expect(warningText(w as NonNullable<typeof w>, 'fr')).toBe('qemu/101 (db) : qemu/101 config : mémoire -8193 hors limites (un nombre entier de Mio, au moins 16) ; chiffres de cluster/resources');
    } finally {
      await srv.close();
    }
  });

  it('the status line and the body say the same reason once; different words are both kept', () => {
    expect(mergeReason('Permission check failed (/, Sys.Audit)', 'Permission check failed (/, Sys.Audit)')).toBe('Permission check failed (/, Sys.Audit)');
    expect(mergeReason('Not Found', '')).toBe('Not Found');
    expect(mergeReason('', 'got timeout')).toBe('got timeout');
    expect(mergeReason('Internal Server Error', 'got timeout')).toBe('Internal Server Error: got timeout');
  });
});

describe('the token', () => {
  it('redaction masks the secret where it stands as a secret, never digits inside a number', () => {
    const r = redactor(['4294']);
    expect(r('"memoryBytes": 4294967296')).toBe('"memoryBytes": 4294967296');
    expect(r('secret 4294 leaked')).toBe('secret *** leaked');
    const full = redactor([TOKEN, token.secret]);
    expect(full(`Authorization: PVEAPIToken=${TOKEN}`)).toBe('Authorization: PVEAPIToken=***');
    expect(full(`${token.secret}0`)).toBe(`${token.secret}0`);
  });

  it('a secret shorter than a UUID is refused with a coded message, in English and French, without its value', async () => {
    const short = parseToken('capa@pve!audit=4294') as NonNullable<ReturnType<typeof parseToken>>;
    const e = tokenProblem(short);
    // proxmox/pve-access-control:src/PVE/TokenConfig.pm generate_token: the secret is UUID::uuid(), 36 characters.
    expect(e?.code).toBe('pve.token-secret-short');
    expect(e?.params).toEqual({ length: 4, min: 36 });
    expect(tokenProblem(token)).toBeNull();
    expect(() => createPveClient({ url: 'https://127.0.0.1:8006', token: short })).toThrow(/a Proxmox VE API token secret is a UUID \(36 characters\)/);
    const en = await capa(['import', 'pve', '--url', 'https://127.0.0.1:8006', '--token', 'capa@pve!audit=4294']);
    expect(en).toMatchObject({ code: 2, stdout: '' });
    expect(en.stderr).toMatch(/--token: the token's secret has 4 characters: a Proxmox VE API token secret is a UUID \(36 characters\)/);
    const fr = await capa(['import', 'pve', '--url', 'https://127.0.0.1:8006', '--token', 'capa@pve!audit=4294', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/--token: le secret du jeton a 4 caractères : le secret d’un jeton d’API Proxmox VE est un UUID \(36 caractères\)/);
    for (const r of [en, fr]) expect(r.stderr.includes('4294')).toBe(false);
  });
});
