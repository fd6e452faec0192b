/**
 * Issue 10 item 2 ("messages are data end to end"): the importer's hard failures reach the user in
 * French. Runs the built CLI with --lang fr into each kind of failure (a capture missing or malformed,
 * a dump directory that is not one, an unreachable port, a refused TLS certificate, a fingerprint that
 * does not match, an HTTP refusal) and requires French words without English; the same runs in English
 * must print the English text, so the detector cannot pass by seeing nothing. The token never shows.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishLines } from './english.js';

const BIN = fileURLToPath(new URL('../../bin/capa.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/capa.js', import.meta.url));
const SECRET = '5f0c2a7e-93d1-4b8e-a6b2-d00dfeedbeef';
const TOKEN = `capa@pve!audit=${SECRET}`;

function capa(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C', CAPA_PVE_TOKEN: TOKEN }, encoding: 'utf8', timeout: 60_000 },
      (err, stdout, stderr) => {
        res({ code: err ? (typeof err.code === 'number' ? err.code : 99) : 0, stdout, stderr });
      },
    );
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'capa-fr-import-'));
const file = (path: string, text: string): string => {
  const p = join(tmp, path);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
};
/** A capture directory under tmp holding `files` (name → text). */
const dump = (dir: string, files: Record<string, string>): string => {
  for (const [name, text] of Object.entries(files)) file(`${dir}/${name}`, text);
  return join(tmp, dir);
};
/** The other required captures, as the sandbox cluster gave them (packages/importer/test/fixtures/sandbox). */
const sandbox = (...names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n, readFileSync(fileURLToPath(new URL(`../../../importer/test/fixtures/sandbox/${n}`, import.meta.url)), 'utf8')]));
let tlsServer: Server;
let port = 0;
let closedPort = 0;
let fingerprint = '';

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm -r run build\` first`);
  // A self-signed certificate, like Proxmox's default one (openssl req -x509).
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(tmp, 'key.pem'), '-out', join(tmp, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(join(tmp, 'cert.pem'), 'utf8');
  fingerprint = new X509Certificate(cert).fingerprint256;
  // Every path answers 403 as PVE does for a token without the privilege (its reason is PVE's own English words).
  tlsServer = createServer({ key: readFileSync(join(tmp, 'key.pem'), 'utf8'), cert }, (_req, res) => {
    res.writeHead(403, 'Permission check failed (/, Sys.Audit)', { 'content-type': 'application/json' });
    res.end('{"data":null}');
  });
  await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', r));
  port = (tlsServer.address() as AddressInfo).port;
  // A port that was just free: nothing listens there.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
}, 60_000);
afterAll(async () => {
  await new Promise<void>((r) => tlsServer.close(() => r()));
  rmSync(tmp, { recursive: true, force: true });
});

interface Case {
  readonly name: string;
  readonly args: () => string[];
  readonly code: number;
  /** A fragment of the French text (the code's own words), and of the English one. */
  readonly fr: RegExp;
  readonly en: RegExp;
}

const pve = (extra: string[]): string[] => ['import', 'pve', '--retries', '0', '--timeout', '20', ...extra];
const CASES: readonly Case[] = [
  {
    name: 'a pvesh dump whose cluster/resources.json is malformed JSON',
    args: () => ['import', 'pvesh', '--dir', dump('pvesh-bad', { 'cluster/resources.json': '[{"type": "node",\n' })],
    code: 1,
    fr: /\/cluster\/resources n’a pas pu être lu \(.*resources\.json : JSON illisible.*\) ; il est indispensable/,
    en: /\/cluster\/resources could not be read \(.*resources\.json: invalid JSON.*\); it is required/,
  },
  {
    name: 'a pvesh dump without cluster/resources.json',
    args: () => ['import', 'pvesh', '--dir', dump('pvesh-empty', { README: 'x' })],
    code: 1,
    fr: /HTTP 404 : pas de fichier .*resources\.json/,
    en: /HTTP 404: no file .*resources\.json/,
  },
  {
    name: 'a ceph capture directory with neither osd-df.json nor osd-tree.json',
    args: () => ['import', 'ceph', '--dir', dump('ceph-empty', { 'status.json': '{}' })],
    code: 1,
    fr: /ceph osd df a échoué \(pas de fichier osd-df\.json dans .*\) et ceph osd tree n’a pas pu être lu non plus : l’une des deux commandes est indispensable pour lister les OSD/,
    en: /ceph osd df failed \(no osd-df\.json in .*\), and ceph osd tree could not be read either: one of the two is required to list the OSDs/,
  },
  {
    name: 'a ceph capture whose osd-df.json is malformed JSON',
    args: () => ['import', 'ceph', '--dir', dump('ceph-bad', { 'osd-df.json': '{"nodes": [\n  {"id": 0,\n' })],
    code: 1,
    fr: /ceph osd df : JSON invalide venant de .*ceph-bad/,
    en: /ceph osd df: invalid JSON from .*ceph-bad/,
  },
  {
    name: 'a ceph capture whose osd-df.json has the wrong shape',
    args: () => ['import', 'ceph', '--dir', dump('ceph-shape', { ...sandbox('df-detail.json', 'osd-pool-ls-detail.json'), 'osd-df.json': '{"nodes": [{"id": "x", "name": "osd.0"}]}' })],
    code: 1,
    fr: /ceph osd df : forme inattendue \(champ nodes\.0\.id\) : valeur refusée/,
    en: /ceph osd df: unexpected shape at nodes\.0\.id: /,
  },
  {
    name: 'a ceph capture whose osd-df.json is a directory (bad input, exit 2)',
    args: () => {
      mkdirSync(join(tmp, 'ceph-dir/osd-df.json'), { recursive: true });
      return ['import', 'ceph', '--dir', join(tmp, 'ceph-dir')];
    },
    code: 2,
    fr: /osd-df\.json est un dossier, pas un fichier/,
    en: /osd-df\.json is a directory, not a file/,
  },
  {
    name: 'a libvirt capture whose nodeinfo has no memory line',
    args: () => ['import', 'libvirt', '--dir', dump('libvirt', { 'nodeinfo.txt': 'CPU(s): 8\n' })],
    code: 1,
    fr: /virsh nodeinfo \(libvirt\) : pas de ligne "Memory size"/,
    en: /virsh nodeinfo \(libvirt\): no "Memory size" line/,
  },
  {
    name: 'an RVTools .xlsx that is not a workbook (bad input, exit 2)',
    args: () => ['import', 'rvtools', file('export.xlsx', 'PK')],
    code: 2,
    fr: /export\.xlsx : pas un classeur \.xlsx \(un fichier \.xlsx est une archive zip, et celui-ci n’en a pas le début\)/,
    en: /export\.xlsx: not an \.xlsx workbook \(an \.xlsx file is a zip archive, and this one does not start like one\)/,
  },
  {
    name: 'an RVTools vInfo CSV without a VM column (bad input, exit 2)',
    args: () => ['import', 'rvtools', file('rv/RVTools_tabvInfo.csv', 'Name,Memory\nx,2048\n')],
    code: 2,
    fr: /vInfo : pas de colonne "VM"/,
    en: /vInfo: no "VM" column/,
  },
  {
    name: 'a PVE API on a port where nothing listens',
    args: () => pve(['--url', `https://127.0.0.1:${closedPort}`]),
    code: 1,
    fr: /\/cluster\/resources n’a pas pu être lu \(ECONNREFUSED : « connect ECONNREFUSED 127\.0\.0\.1:\d+ » \(après 1 tentative\)\)/,
    en: /\/cluster\/resources could not be read \(ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:\d+ \(after 1 attempt\)\)/,
  },
  {
    name: 'a PVE API with a self-signed certificate, not pinned',
    args: () => pve(['--url', `https://127.0.0.1:${port}`]),
    code: 1,
    fr: /vérification TLS refusée \(DEPTH_ZERO_SELF_SIGNED_CERT : « .* »\) ; passez --fingerprint SHA256/,
    en: /TLS verification failed \(DEPTH_ZERO_SELF_SIGNED_CERT: .*\); pass --fingerprint SHA256/,
  },
  {
    name: 'a PVE API whose certificate does not match the pinned fingerprint',
    args: () => pve(['--url', `https://127.0.0.1:${port}`, '--fingerprint', Array(32).fill('AB').join(':')]),
    code: 1,
    fr: /l’empreinte SHA-256 du certificat du serveur, [0-9A-F:]+, diffère de l’empreinte épinglée (AB:){31}AB : requête non envoyée/,
    en: /the server certificate's SHA-256 fingerprint [0-9A-F:]+ does not match the pinned (AB:){31}AB: refusing to send the request/,
  },
  {
    name: 'a PVE API that refuses the token (HTTP 403)',
    args: () => pve(['--url', `https://127.0.0.1:${port}`, '--fingerprint', fingerprint]),
    code: 1,
    fr: /\/cluster\/resources n’a pas pu être lu \(HTTP 403 : « Permission check failed \(\/, Sys\.Audit\) »\) ; il est indispensable \(le jeton doit avoir au moins PVEAuditor sur \/\)/,
    en: /\/cluster\/resources could not be read \(HTTP 403: Permission check failed \(\/, Sys\.Audit\)\); it is required \(the token needs at least PVEAuditor on \/\)/,
  },
];

describe('capa import --lang fr: the importer’s hard failures in French', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const args = c.args();
      const [fr, en] = [await capa([...args, '--lang', 'fr']), await capa(args)];
      expect(fr.code, fr.stderr).toBe(c.code);
      expect(fr.stdout).toBe('');
      expect(fr.stderr).toMatch(c.fr);
      expect(englishLines(fr.stderr), fr.stderr).toEqual([]);
      expect(en.code).toBe(c.code);
      expect(en.stderr).toMatch(c.en);
      expect(englishLines(en.stderr), 'the detector sees the English text').not.toEqual([]);
      for (const text of [fr.stderr, en.stderr]) expect(text.includes(SECRET), 'the token secret leaked').toBe(false);
    }, 60_000);
  }
});
