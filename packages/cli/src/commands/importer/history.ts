/**
 * The history options of `capa import`: `--history TIMEFRAME` (pve: read rrddata into the inventory)
 * and `--append-history FILE` (pve, pvesh, ceph: append the inventory's snapshot to a history file).
 * The file is checked BEFORE the import (a corrupt or foreign file: exit 2, nothing written at all) and
 * appended after it; the inventory written with --out is the same with or without the option.
 */
import type { Lang } from '@capa/core';
import type { Inventory, RrdTimeframe, SnapshotKind } from '@capa/importer';
import { badInput, type CommandOutput } from '../../run.js';
import type { OptionIssue } from '../../options.js';
import { say } from '../../messages.js';
import { loadImporter, loadImporterNode } from './load.js';

/** `--history TIMEFRAME`, validated against the importer's list; undefined when not given (or refused: see issues). */
export async function historyTimeframe(opts: Record<string, unknown>, issues: OptionIssue[], lang: Lang): Promise<RrdTimeframe | undefined> {
  const v = opts['history'];
  if (v === undefined) return undefined;
  const { RRD_TIMEFRAMES } = await loadImporter();
  const found = RRD_TIMEFRAMES.find((t) => t === v);
  if (found === undefined) issues.push({ option: '--history', value: v, message: say('import.historyTimeframe', lang, { allowed: RRD_TIMEFRAMES.join(', ') }) });
  return found;
}

const fileOf = (opts: Record<string, unknown>): string | undefined => (typeof opts['appendHistory'] === 'string' ? opts['appendHistory'] : undefined);

/** The --append-history file's refusal (not a history file, a directory, too large), or null: missing is fine, it will be created. */
export async function historyFileIssue(opts: Record<string, unknown>, lang: Lang): Promise<OptionIssue | null> {
  const file = fileOf(opts);
  if (file === undefined) return null;
  const node = await loadImporterNode();
  try {
    node.readHistoryFile(file);
    return null;
  } catch (e) {
    return { option: '--append-history', value: file, message: (await loadImporter()).importErrorText(e, lang) };
  }
}

/** After a successful import: appends the snapshot and says so on stderr (stdout may be the inventory). */
export async function appendHistory(o: CommandOutput, inv: Inventory, opts: Record<string, unknown>, kind: SnapshotKind, lang: Lang): Promise<CommandOutput> {
  const file = fileOf(opts);
  if (file === undefined || o.code !== 0) return o;
  if (kind === 'ceph' && inv.ceph === null) return { ...o, stderr: `${o.stderr}${say('import.historyNothing', lang, { file })}\n` };
  const node = await loadImporterNode();
  try {
    const r = node.appendHistoryFile(file, inv, kind);
    const line = say('import.historyAppended', lang, { file, n: r.appended, at: new Date(r.time * 1000).toISOString(), replaced: r.replaced, dropped: r.dropped, created: r.created });
    return { ...o, stderr: `${o.stderr}${line}\n` };
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code;
    const message = typeof errno === 'string' ? say('import.cannotWrite', lang, { code: errno }) : (await loadImporter()).importErrorText(e, lang);
    // The inventory is already out (stdout or --out) and stays valid: only the history was not written.
    const bad = badInput([{ option: '--append-history', value: file, message }], lang);
    return { ...o, stderr: `${o.stderr}${bad.stderr}`, code: 2 };
  }
}
