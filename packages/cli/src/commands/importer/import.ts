/**
 * `capa import ...`: runs a reader, then writes the inventory (stdout or --out) and lists the
 * inventory's warnings on stderr. Exit 0 on success, 1 when the import failed (server refused, TLS,
 * a required endpoint or command missing), 2 on bad options or a bad RVTools file (nothing on stdout).
 * The PVE token is never printed: option errors name the option only, and import errors are redacted.
 */
import { stat, writeFile } from 'node:fs/promises';
import { type Lang, parseSize } from '@capa/core';
import type { Inventory } from '@capa/importer';
import { badInput, type CommandOutput, type OutputOptions } from '../../run.js';
import type { OptionIssue } from '../../options.js';
import { say } from '../../messages.js';
import type { Handler } from './register.js';
import { loadImporter, loadImporterNode, loadReader } from './load.js';
import { appendHistory, historyFileIssue, historyTimeframe } from './history.js';

const MAX_WARNINGS_SHOWN = 20;

function summary(inv: Inventory, lang: Lang): string {
  const c = inv.ceph;
  return say('import.summary', lang, { nodes: inv.nodes.length, guests: inv.guests.length, osds: c ? c.osds.length : null, pools: c ? c.pools.length : null, warnings: inv.warnings.length });
}

async function deliver(inv: Inventory, opts: Record<string, unknown>, out: OutputOptions, redact: (s: string) => string = (s) => s): Promise<CommandOutput> {
  const text = redact(`${JSON.stringify(inv, null, 2)}\n`);
  const lang = out.lang;
  // The inventory keeps the English message; the warning's code and params give it in the run's language.
  const { warningText } = await loadImporter();
  const warnLines = inv.warnings.slice(0, MAX_WARNINGS_SHOWN).map((w) => say('import.warning', lang, { message: redact(warningText(w, lang)) }));
  if (inv.warnings.length > MAX_WARNINGS_SHOWN) warnLines.push(say('import.moreWarnings', lang, { n: inv.warnings.length - MAX_WARNINGS_SHOWN }));
  const stderr = warnLines.length > 0 ? `${warnLines.join('\n')}\n` : '';
  const file = typeof opts['out'] === 'string' ? opts['out'] : undefined;
  if (file === undefined) return { stdout: text, stderr, code: 0, json: true };
  try {
    await writeFile(file, text, 'utf8');
  } catch (e) {
    return badInput([{ option: '--out', value: file, message: say('import.cannotWrite', lang, { code: (e as NodeJS.ErrnoException).code ?? 'error' }) }], lang);
  }
  const line = out.json
    ? `${JSON.stringify({ out: file, nodes: inv.nodes.length, guests: inv.guests.length, osds: inv.ceph?.osds.length ?? 0, pools: inv.ceph?.pools.length ?? 0, warnings: inv.warnings.length })}\n`
    : `${say('import.wrote', lang, { file, summary: summary(inv, lang) })}\n`;
  return { stdout: line, stderr, code: 0, json: out.json };
}

/**
 * The import's refusal in the user's language (an ImportError's code + params; any other error's own message).
 * `file`: the import reads one user-given file or directory only (RVTools), so its refusals (content the
 * importer cannot use: no VM column, an ambiguous number, not an xlsx) are bad input, exit 2, naming it.
 */
async function failed(e: unknown, lang: Lang, redact: (s: string) => string = (s) => s, file?: { option: string; path: string }): Promise<CommandOutput> {
  const msg = (await loadImporter()).importErrorText(e, lang);
  // A capture file that is missing, a directory or over the size limit is bad input (exit 2), not a failed import.
  if (e instanceof Error && e.name === 'InputFileError') return badInput([{ option: 'FILE', value: (e as Error & { file?: string }).file, message: msg }], lang);
  if (file !== undefined && e instanceof Error && e.name === 'ImportError') return badInput([{ option: file.option, value: file.path, message: msg }], lang);
  return { stdout: '', stderr: `${say('import.failed', lang, { message: redact(msg) })}\n`, code: 1 };
}

/** Exit 2 naming the option when a path given to it does not exist (or is not a directory when one is needed). */
async function pathIssue(option: string, path: string, wantDir: boolean, lang: Lang): Promise<OptionIssue | null> {
  try {
    const st = await stat(path);
    if (wantDir && !st.isDirectory()) return { option, value: path, message: say('import.notDir', lang) };
    return null;
  } catch {
    return { option, value: path, message: say('import.missing', lang) };
  }
}

const positiveInt = (opts: Record<string, unknown>, name: string, flag: string, issues: OptionIssue[], lang: Lang, max = 1000): number | undefined => {
  const v = opts[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\s*\d+\s*$/.test(v) || n < (name === 'retries' ? 0 : 1) || n > max) {
    issues.push({ option: flag, value: v, message: say('import.wholeNumber', lang, { min: name === 'retries' ? 0 : 1, max }) });
    return undefined;
  }
  return n;
};

const pve: Handler = async (opts, out) => {
  const issues: OptionIssue[] = [];
  const node = await loadImporterNode();
  const url = opts['url'];
  if (typeof url !== 'string') issues.push({ option: '--url', value: undefined, message: say('import.url', out.lang) });
  else if (node.parseBaseUrl(url) === null) issues.push({ option: '--url', value: url, message: say('import.urlForm', out.lang) });
  // The token: --token, --token-file or CAPA_PVE_TOKEN. Its value is never echoed.
  let tokenText: string | undefined;
  if (typeof opts['token'] === 'string') tokenText = opts['token'];
  else if (typeof opts['tokenFile'] === 'string') {
    const r = (await loadReader()).readInputFile(opts['tokenFile'], { lang: out.lang });
    if (r.ok) tokenText = r.text.split(/\r?\n/)[0]?.trim() ?? '';
    else issues.push({ option: '--token-file', value: opts['tokenFile'], message: r.message });
  } else if (process.env['CAPA_PVE_TOKEN']) tokenText = process.env['CAPA_PVE_TOKEN'];
  const tokenOption = typeof opts['token'] === 'string' ? '--token' : typeof opts['tokenFile'] === 'string' ? '--token-file' : 'CAPA_PVE_TOKEN';
  const token = tokenText === undefined ? null : node.parseToken(tokenText);
  if (tokenText === undefined && !issues.some((i) => i.option === '--token-file')) issues.push({ option: '--token', value: undefined, message: say('import.token', out.lang) });
  else if (tokenText !== undefined && token === null) issues.push({ option: tokenOption, value: undefined, message: say('import.tokenForm', out.lang) });
  const short = token === null ? null : node.tokenProblem(token);
  if (short) issues.push({ option: tokenOption, value: undefined, message: (await loadImporter()).importErrorText(short, out.lang) });
  const fp = opts['fingerprint'];
  if (fp !== undefined && (typeof fp !== 'string' || node.normalizeFingerprint(fp) === null)) issues.push({ option: '--fingerprint', value: fp, message: say('import.fingerprint', out.lang) });
  let ca: string | undefined;
  if (typeof opts['ca'] === 'string') {
    const r = (await loadReader()).readInputFile(opts['ca'], { lang: out.lang });
    if (r.ok) ca = r.text;
    else issues.push({ option: '--ca', value: opts['ca'], message: r.message });
    if (ca !== undefined && !ca.includes('-----BEGIN CERTIFICATE-----')) issues.push({ option: '--ca', value: opts['ca'], message: say('import.pem', out.lang) });
  }
  if (opts['insecure'] === true && fp !== undefined) issues.push({ option: '--insecure', value: undefined, message: say('import.insecureFp', out.lang) });
  const timeout = positiveInt(opts, 'timeout', '--timeout', issues, out.lang, 3600);
  const retries = positiveInt(opts, 'retries', '--retries', issues, out.lang, 10);
  const concurrency = positiveInt(opts, 'concurrency', '--concurrency', issues, out.lang, 64);
  let maxBody: number | undefined;
  if (typeof opts['maxBody'] === 'string') {
    const r = parseSize(opts['maxBody']);
    if (r.ok && r.value.bytes >= 1024) maxBody = Math.floor(r.value.bytes);
    else issues.push({ option: '--max-body', value: opts['maxBody'], message: say('import.maxBody', out.lang) });
  }
  const timeframe = await historyTimeframe(opts, issues, out.lang);
  const historyFile = await historyFileIssue(opts, out.lang);
  if (historyFile) issues.push(historyFile);
  if (issues.length > 0 || token === null || typeof url !== 'string') return badInput(issues, out.lang);

  // Only where the token stands as a token: a digit run inside a number is never masked.
  const redact = node.redactor([tokenText ?? '', token.secret]);
  const progress = await node.terminalProgress('capa import pve');
  try {
    const inv = await node.importPve(
      {
        url,
        token,
        ...(typeof fp === 'string' ? { fingerprint: fp } : {}),
        ...(ca !== undefined ? { ca } : {}),
        ...(opts['insecure'] === true ? { insecure: true } : {}),
        ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
        ...(retries !== undefined ? { retries } : {}),
        ...(maxBody !== undefined ? { maxBodyBytes: maxBody } : {}),
        ...(concurrency !== undefined ? { maxSockets: concurrency } : {}),
      },
      {
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
        ...(timeframe !== undefined ? { history: { timeframe, cf: 'MAX' as const } } : {}),
      },
    );
    progress?.stop();
    const o = await appendHistory(await deliver(inv, opts, out, redact), inv, opts, 'pve', out.lang);
    return opts['insecure'] === true ? { ...o, stderr: `${say('import.insecure', out.lang)}\n${o.stderr}` } : o;
  } catch (e) {
    progress?.stop();
    return failed(e, out.lang, redact);
  }
};

const pvesh: Handler = async (opts, out) => {
  if (typeof opts['dir'] !== 'string') return badInput([{ option: '--dir', value: undefined, message: say('import.pveshDir', out.lang) }], out.lang);
  const bad = (await pathIssue('--dir', opts['dir'], true, out.lang)) ?? (await historyFileIssue(opts, out.lang));
  if (bad) return badInput([bad], out.lang);
  const node = await loadImporterNode();
  try {
    const inv = await node.importPvesh(opts['dir']);
    return await appendHistory(await deliver(inv, opts, out), inv, opts, 'pve', out.lang);
  } catch (e) {
    return failed(e, out.lang);
  }
};

const ceph: Handler = async (opts, out) => {
  const issues: OptionIssue[] = [];
  const timeout = positiveInt(opts, 'timeout', '--timeout', issues, out.lang, 3600);
  if (typeof opts['dir'] === 'string' && (opts['conf'] !== undefined || opts['id'] !== undefined)) issues.push({ option: '--dir', value: opts['dir'], message: say('import.cephDir', out.lang) });
  if (typeof opts['id'] === 'string' && !/^[A-Za-z0-9_.-]+$/.test(opts['id'])) issues.push({ option: '--id', value: opts['id'], message: say('import.cephId', out.lang) });
  if (typeof opts['dir'] === 'string') {
    const bad = await pathIssue('--dir', opts['dir'], true, out.lang);
    if (bad) issues.push(bad);
  }
  if (typeof opts['conf'] === 'string') {
    const bad = await pathIssue('--conf', opts['conf'], false, out.lang);
    if (bad) issues.push(bad);
  }
  const historyFile = await historyFileIssue(opts, out.lang);
  if (historyFile) issues.push(historyFile);
  if (issues.length > 0) return badInput(issues, out.lang);
  const node = await loadImporterNode();
  const withHistory = async (inv: Inventory) => appendHistory(await deliver(inv, opts, out), inv, opts, 'ceph', out.lang);
  try {
    if (typeof opts['dir'] === 'string') return await withHistory(await node.importCephDir(opts['dir']));
    const progress = await node.terminalProgress('capa import ceph');
    try {
      const inv = await node.importCephLive({
        ...(typeof opts['conf'] === 'string' ? { conf: opts['conf'] } : {}),
        ...(typeof opts['id'] === 'string' ? { id: opts['id'] } : {}),
        ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
      });
      return await withHistory(inv);
    } finally {
      progress?.stop();
    }
  } catch (e) {
    return failed(e, out.lang);
  }
};

const libvirt: Handler = async (opts, out) => {
  const uris = Array.isArray(opts['uri']) ? (opts['uri'] as string[]) : [];
  const dir = opts['dir'];
  if ((uris.length === 0) === (typeof dir !== 'string')) return badInput([{ option: '--uri', value: undefined, message: say('import.libvirt', out.lang) }], out.lang);
  if (typeof dir === 'string') {
    const bad = await pathIssue('--dir', dir, true, out.lang);
    if (bad) return badInput([bad], out.lang);
  }
  const node = await loadImporterNode();
  try {
    return await deliver(typeof dir === 'string' ? await node.importLibvirtDir(dir) : await node.importLibvirtLive(uris), opts, out);
  } catch (e) {
    return failed(e, out.lang);
  }
};

const rvtools: Handler = async (opts, out, args) => {
  const path = args[0];
  if (path === undefined) return badInput([{ option: 'PATH', value: undefined, message: say('import.rvtools', out.lang) }], out.lang);
  const bad = await pathIssue('PATH', path, false, out.lang);
  if (bad) return badInput([bad], out.lang);
  const node = await loadImporterNode();
  try {
    return await deliver(await node.importRvtools(path), opts, out);
  } catch (e) {
    return failed(e, out.lang, undefined, { option: 'PATH', path });
  }
};

export const importCommands = { pve, pvesh, ceph, libvirt, rvtools } as const;
