/** `capa import libvirt`: live through `virsh -c URI`, or `--dir` of captured nodeinfo/dumpxml outputs. */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildInventory } from '../inventory.js';
import { parseDomainXml, parseDomblkinfoAll, parseNodeinfo } from '../parsers/libvirt.js';
import type { Inventory, InventoryGuest, InventoryNode } from '../schema.js';
import { ImportError, Warnings } from '../util.js';
import { errorParams } from '../error-messages.js';
import { readCaptureFile } from './read-input.js';

function virsh(uri: string, args: readonly string[], timeoutMs: number, bin = 'virsh'): Promise<string> {
  return new Promise((res, rej) => {
    execFile(bin, ['-c', uri, ...args], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        const e = err as NodeJS.ErrnoException;
        const source = `virsh ${args[0] ?? ''}`;
        rej(
          e.code === 'ENOENT'
            ? new ImportError('libvirt.virsh-not-found', { bin }, source)
            : new ImportError('libvirt.virsh-failed', { command: `virsh -c ${uri} ${args.join(' ')}`, detail: (stderr.trim() || e.message).slice(0, 300) }, source),
        );
      } else res(stdout);
    });
  });
}

/** One domain, or null with a warning naming its file when its XML is unusable (empty, two roots, a bad size): one bad domain does not stop the host. */
function domainOrSkip(xml: string, file: string, host: string, caps: Record<string, number>, warnings: Warnings): InventoryGuest | null {
  try {
    return parseDomainXml(xml, host, caps, warnings);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    warnings.add('libvirt.domain-skipped', { ...errorParams(e), file }, file);
    return null;
  }
}

export interface LibvirtLiveOptions {
  readonly timeoutMs?: number;
  readonly virshBin?: string;
  readonly now?: () => Date;
}

/** One host per URI: nodeinfo, every domain's XML (inactive config for max memory) and disk capacities. */
export async function importLibvirtLive(uris: readonly string[], o: LibvirtLiveOptions = {}): Promise<Inventory> {
  const t = o.timeoutMs ?? 30_000;
  const warnings = new Warnings();
  const nodes: InventoryNode[] = [];
  const guests: InventoryGuest[] = [];
  let version: string | null = null;
  for (const uri of uris) {
    const host = (await virsh(uri, ['hostname'], t, o.virshBin).catch(() => uri)).trim() || uri;
    const node = parseNodeinfo(await virsh(uri, ['nodeinfo'], t, o.virshBin), host);
    version ??= (await virsh(uri, ['version'], t, o.virshBin).catch(() => '')).match(/libvirt ([\d.]+)/i)?.[1] ?? null;
    nodes.push(node);
    const names = (await virsh(uri, ['list', '--all', '--name'], t, o.virshBin))
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    for (const name of names) {
      const xml = await virsh(uri, ['dumpxml', name], t, o.virshBin);
      let caps: Record<string, number> = {};
      try {
        caps = parseDomblkinfoAll(await virsh(uri, ['domblkinfo', name, '--all'], t, o.virshBin));
      } catch (e) {
        warnings.add('libvirt.domblkinfo-failed', { ...errorParams(e), name }, 'virsh domblkinfo');
      }
      const g = domainOrSkip(xml, `virsh -c ${uri} dumpxml ${name}`, host, caps, warnings);
      if (g) guests.push(g);
    }
  }
  return buildInventory(
    { nodes, guests, warnings: warnings.list, versions: version ? { libvirt: version } : {} },
    { kind: 'libvirt', origin: uris.join(' ') },
    (o.now ?? (() => new Date()))().toISOString(),
  );
}

/**
 * DIR holds one host (nodeinfo.txt, optional hostname.txt, one NAME.xml per domain, optional
 * NAME.domblkinfo.txt from `virsh domblkinfo NAME --all`), or one such sub-directory per host.
 */
export async function importLibvirtDir(dir: string, now?: () => Date): Promise<Inventory> {
  const warnings = new Warnings();
  const nodes: InventoryNode[] = [];
  const guests: InventoryGuest[] = [];
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    throw new ImportError('dir.unreadable', { dir });
  }
  const hostDirs: string[] = [];
  if (entries.includes('nodeinfo.txt')) hostDirs.push(dir);
  for (const e of entries) if ((await stat(join(dir, e))).isDirectory()) hostDirs.push(join(dir, e));
  if (hostDirs.length === 0) throw new ImportError('libvirt.no-nodeinfo', { dir });
  let newest = 0;
  for (const hd of hostDirs) {
    const files = (await readdir(hd)).sort();
    if (!files.includes('nodeinfo.txt')) continue;
    const read = async (f: string) => {
      const p = join(hd, f);
      newest = Math.max(newest, (await stat(p)).mtimeMs);
      return readCaptureFile(p);
    };
    const host = files.includes('hostname.txt') ? (await read('hostname.txt')).trim() : basename(resolve(hd));
    nodes.push(parseNodeinfo(await read('nodeinfo.txt'), host));
    for (const f of files.filter((x) => x.endsWith('.xml'))) {
      const name = f.slice(0, -4);
      const caps = files.includes(`${name}.domblkinfo.txt`) ? parseDomblkinfoAll(await read(`${name}.domblkinfo.txt`)) : {};
      const g = domainOrSkip(await read(f), join(hd, f), host, caps, warnings);
      if (g) guests.push(g);
    }
  }
  // Only empty sub-folders (or none with a nodeinfo.txt): nothing usable, not an empty inventory.
  if (nodes.length === 0) throw new ImportError('libvirt.no-nodeinfo', { dir });
  return buildInventory({ nodes, guests, warnings: warnings.list }, { kind: 'libvirt-dir', origin: resolve(dir) }, (now?.() ?? new Date(newest || Date.now())).toISOString());
}
