/**
 * Checks on the files given to the inventory page before a byte of them is read: how many, how
 * large. The content itself is judged by the importer's schema (src/inventory/engine.ts). Nothing
 * here is uploaded or stored: the files stay in the page's memory, never in the URL.
 */
import type { Lang } from '@capa/core';

/** The importer's own ceiling for one API response (--max-body): an inventory of 10 000 guests is ~10 MB. */
export const MAX_INVENTORY_BYTES = 32 * 1024 * 1024;
export const MAX_INVENTORY_FILES = 8;
/** File names are shown, never interpreted; a hostile one is cut. */
export const MAX_NAME_LENGTH = 120;

export interface FileInfo {
  readonly name: string;
  readonly size: number;
}

// biome-ignore format: a table, several short entries per line as it reads
const M = {
  en: {
    none: 'No file was given.',
    many: (n: number) => `${n} files: the page reads at most ${MAX_INVENTORY_FILES} inventories at once.`,
    empty: (f: string) => `${f}: the file is empty.`,
    large: (f: string, mb: string) => `${f}: the file is ${mb} MB, larger than the ${MAX_INVENTORY_BYTES / 2 ** 20} MiB the page reads. Run capa analyze on it instead.`,
  },
  fr: {
    none: 'Aucun fichier n’a été donné.',
    many: (n: number) => `${n} fichiers : la page lit au plus ${MAX_INVENTORY_FILES} inventaires à la fois.`,
    empty: (f: string) => `${f} : le fichier est vide.`,
    large: (f: string, mb: string) => `${f} : le fichier fait ${mb} Mo, plus que les ${MAX_INVENTORY_BYTES / 2 ** 20} Mio que la page lit. Utilisez plutôt capa analyze.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** A file name as shown: control characters dropped, cut to MAX_NAME_LENGTH. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > MAX_NAME_LENGTH ? `${clean.slice(0, MAX_NAME_LENGTH - 1)}…` : clean || '?';
}

/** Null when the files may be read; otherwise the message to show. */
export function checkFiles(files: readonly FileInfo[], lang: Lang): string | null {
  const t = M[lang];
  if (files.length === 0) return t.none;
  if (files.length > MAX_INVENTORY_FILES) return t.many(files.length);
  for (const f of files) {
    const name = displayName(f.name);
    if (f.size === 0) return t.empty(name);
    if (f.size > MAX_INVENTORY_BYTES) return t.large(name, (f.size / 1e6).toFixed(1));
  }
  return null;
}

/** Most inventory warnings listed on the page; the rest are counted. */
export const MAX_WARNINGS_SHOWN = 20;
