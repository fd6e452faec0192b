/** `capa import ceph`: live through the `ceph` CLI, or `--dir` of the same commands' JSON outputs. */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildInventory } from '../inventory.js';
import { parseCephJson } from '../parsers/ceph.js';
import { CEPH_COMMANDS, type CephJsonInputs, ecProfilesUsed } from '../parsers/ceph-commands.js';
import { parseLenientJson } from '../parsers/ceph-lenient.js';
import type { Inventory } from '../schema.js';
import { ImportError, isRecord, jsonErrorAt, Warnings } from '../util.js';
import { type Reason, reasonText } from '../reason-messages.js';
import { readCaptureFile } from './read-input.js';

export interface CephLiveOptions {
  /** ceph.conf (default: CEPH_CONF, then Ceph's own default). */
  readonly conf?: string;
  /** Client id (`--id importer` = client.importer); needs mon 'allow r' and mgr 'allow r'. */
  readonly id?: string;
  readonly cephBin?: string;
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: () => Date;
  readonly onProgress?: (done: number, total: number) => void;
}

type Failed = { ok: false; message: string; reason: Reason; missing?: { file: string; dir: string } };
const failed = (reason: Reason, missing?: { file: string; dir: string }): Failed => ({ ok: false, message: reasonText(reason, 'en'), reason, ...(missing ? { missing } : {}) });

/** A command not read: a capture missing from the directory (words per language), or the command's own answer. */
const commandFailed = (label: string, r: Failed): Parameters<Warnings['add']> =>
  r.missing ? ['ceph.capture-missing', { label, ...r.missing }, label, 'ceph.command-failed'] : ['ceph.command-failed', { label, ...r.reason, reason: r.message }, label];

/** A command's answer; `file` is the capture file it was read from under `--dir`. */
type Got = { ok: true; text: string; file?: string };
type Run = (args: readonly string[]) => Promise<Got | Failed>;

/** JSON with bare nan/inf read as unknown (null), and a warning naming the command and the file. */
function parseAnswer(label: string, r: Got, warnings: Warnings): unknown {
  const { value, nonFinite } = parseLenientJson(r.text);
  if (nonFinite.length > 0) {
    const keys = [...new Set(nonFinite)].sort().join(', ');
    warnings.add('ceph.non-finite', { label, file: r.file ?? null, n: nonFinite.length, keys }, r.file ?? label);
  }
  return value;
}

function runner(o: CephLiveOptions): Run {
  const bin = o.cephBin ?? 'ceph';
  const global = [...(o.conf ? ['--conf', o.conf] : []), ...(o.id ? ['--id', o.id] : []), '--connect-timeout', String(Math.ceil((o.timeoutMs ?? 30_000) / 1000))];
  return (args) =>
    new Promise((res) => {
      execFile(bin, [...global, ...args, '-f', 'json'], { timeout: o.timeoutMs ?? 30_000, maxBuffer: 256 * 1024 * 1024, env: o.env ?? process.env, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean };
          const said = (stderr.trim().split('\n').slice(-2).join(' ') || e.message).slice(0, 400);
          res(failed(e.code === 'ENOENT' ? { why: 'not-found', bin, pkg: 'ceph-common' } : e.killed ? { why: 'timed-out' } : { why: 'said', detail: said }));
        } else {
          res({ ok: true, text: stdout });
        }
      });
    });
}

/** `where`: the capture directory, or null for the live ceph CLI. */
async function gather(
  fetch: (file: string, args: readonly string[]) => Promise<Got | Failed>,
  where: string | null,
  onProgress?: (d: number, t: number) => void,
): Promise<{ inputs: CephJsonInputs; warnings: Warnings }> {
  const warnings = new Warnings();
  const got: Record<string, unknown> = {};
  let done = 0;
  const total = CEPH_COMMANDS.length;
  const results = await Promise.all(
    CEPH_COMMANDS.map(async (c) => {
      const r = await fetch(c.file, c.args);
      onProgress?.(++done, total);
      return { c, r };
    }),
  );
  // `osd df` is required unless `osd tree` is there to list the OSDs (sizes from CRUSH weights): its
  // refusal is kept and thrown only when the tree is missing too (a capture with nothing usable).
  let refusal: ImportError | null = null;
  for (const { c, r } of results) {
    const label = `ceph ${c.args.join(' ')}`;
    if (!r.ok) {
      if (c.required) refusal = new ImportError('ceph.command-required', { label, ...r.reason }, label);
      warnings.add(...commandFailed(label, r));
      continue;
    }
    try {
      got[c.key] = parseAnswer(label, r, warnings);
    } catch (e) {
      const at = jsonErrorAt(e, r.text);
      const params = { label, from: where, line: at?.line ?? null, column: at?.column ?? null };
      if (c.required) refusal = new ImportError('ceph.required-invalid-json', params, label);
      warnings.add('ceph.invalid-json', { ...params, cli: where === null }, label);
    }
  }
  if (refusal !== null && got['osdTree'] === undefined) throw refusal;
  const ecProfiles: Record<string, unknown> = {};
  const poolSource = got['poolLsDetail'] ?? (isRecord(got['osdDump']) ? got['osdDump']['pools'] : undefined);
  for (const name of ecProfilesUsed(poolSource)) {
    const args = ['osd', 'erasure-code-profile', 'get', name];
    const r = await fetch(`osd-erasure-code-profile-get-${name}`, args);
    if (!r.ok) {
      warnings.add(...commandFailed(`ceph ${args.join(' ')}`, r));
      continue;
    }
    try {
      ecProfiles[name] = parseAnswer(`ceph ${args.join(' ')}`, r, warnings);
    } catch {
      warnings.add('ceph.invalid-json', { label: `ceph ${args.join(' ')}` }, `ceph ${args.join(' ')}`);
    }
  }
  const inputs: CephJsonInputs = { ecProfiles };
  for (const k of ['osdDf', 'osdTree', 'df', 'poolLsDetail', 'crushRules', 'autoscaleStatus', 'osdDump', 'crushDump', 'status', 'versions'] as const) if (got[k] !== undefined) inputs[k] = got[k];
  return { inputs, warnings };
}

function assemble(inputs: CephJsonInputs, warnings: Warnings, kind: 'ceph-cli' | 'ceph-dir', origin: string, when: Date): Inventory {
  const ceph = parseCephJson(inputs, warnings);
  const versions: Record<string, string> = ceph.version ? { ceph: ceph.version } : {};
  return buildInventory({ ceph, warnings: warnings.list, versions }, { kind, origin }, when.toISOString());
}

export async function importCephLive(o: CephLiveOptions = {}): Promise<Inventory> {
  const run = runner(o);
  const { inputs, warnings } = await gather((_f, args) => run(args), null, o.onProgress);
  return assemble(inputs, warnings, 'ceph-cli', o.conf ?? o.env?.['CEPH_CONF'] ?? process.env['CEPH_CONF'] ?? 'ceph', (o.now ?? (() => new Date()))());
}

/**
 * A directory of `ceph <command> -f json` outputs named like the sandbox's capture.sh: osd-df.json
 * (or osd-df-tree.json), osd-tree.json, df-detail.json (or df.json), osd-pool-ls-detail.json,
 * osd-crush-rule-dump.json, osd-pool-autoscale-status.json, osd-dump.json, osd-crush-dump.json, status.json, versions.json,
 * osd-erasure-code-profile-get-NAME.json.
 */
export async function importCephDir(dir: string, now?: () => Date): Promise<Inventory> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new ImportError('dir.unreadable', { dir });
  }
  const alias: Record<string, readonly string[]> = { 'osd-df': ['osd-df', 'osd-df-tree'], 'df-detail': ['df-detail', 'df'] };
  let newest = 0;
  const { inputs, warnings } = await gather(async (file) => {
    for (const cand of alias[file] ?? [file]) {
      if (!names.includes(`${cand}.json`)) continue;
      const p = join(dir, `${cand}.json`);
      const st = await stat(p);
      newest = Math.max(newest, st.mtimeMs);
      return { ok: true, text: readCaptureFile(p), file: `${cand}.json` };
    }
    return failed({ why: 'missing', file: `${file}.json`, dir }, { file: `${file}.json`, dir });
  }, dir);
  return assemble(inputs, warnings, 'ceph-dir', resolve(dir), now?.() ?? new Date(newest || Date.now()));
}
