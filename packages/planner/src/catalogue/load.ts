/** Reads the catalogue: every *.yaml / *.json of a directory (or one file), merged, each problem named by file, path and line. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type { Lang } from '@capa/core';
import type { ScenarioIssue } from '../scenario/issues.js';
import { loadMessages, type ReadText } from '../scenario/load-messages.js';
import { type CatalogueResult, mergeCatalogue, parseCatalogueText } from './parse.js';
import type { CatalogueFile } from './schema.js';

export { type CatalogueResult, mergeCatalogue, parseCatalogueText } from './parse.js';

/** Whether `p` is `root` or below it (both absolute, already resolved). */
export function isInside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

export interface CatalogueReadOptions {
  /** The bounded reader of the command line. */
  readonly read: ReadText;
  readonly lang?: Lang;
  /** When set, every catalogue file must resolve (symbolic links followed) inside this directory. */
  readonly root?: string | undefined;
}

export function loadCatalogue(path: string, o: CatalogueReadOptions): CatalogueResult {
  const lang = o.lang ?? 'en';
  const m = loadMessages(lang);
  let names: string[];
  try {
    names = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((n) => /\.(ya?ml|json)$/i.test(n))
          .sort()
          .map((n) => join(path, n))
      : [path];
  } catch {
    return { ok: false, issues: [{ path: '(catalogue)', message: m.catalogueUnreadable(path) }] };
  }
  const files: { name: string; value: CatalogueFile }[] = [];
  const issues: ScenarioIssue[] = [];
  for (const f of names) {
    if (o.root !== undefined) {
      let real: string;
      try {
        real = realpathSync(f);
      } catch {
        issues.push({ path: '(catalogue)', message: m.catalogueUnreadable(f) });
        continue;
      }
      if (!isInside(o.root, real)) {
        issues.push({ path: '(catalogue)', message: m.catalogueFileOutside(basename(f), o.root) });
        continue;
      }
    }
    const text = o.read(f);
    if (!text.ok) {
      issues.push({ path: '(catalogue)', message: text.message });
      continue;
    }
    const r = parseCatalogueText(text.text, basename(f), lang);
    if (r.ok) files.push({ name: basename(f), value: r.value });
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  return mergeCatalogue(files, lang);
}
