/** Reads the catalogue: every *.yaml / *.json of a directory (or one file), merged, each problem named by file, path and line. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { flattenZodIssues, formatPath, type ScenarioIssue } from '../scenario/issues.js';
import { knownKeysAt } from '../scenario/known-keys.js';
import { type Catalogue, type CatalogueFile, catalogueFileSchema } from './schema.js';

export type CatalogueResult = { readonly ok: true; readonly catalogue: Catalogue } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export function parseCatalogueText(text: string, file: string): { ok: true; value: CatalogueFile } | { ok: false; issues: ScenarioIssue[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const where = (path: (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) { const p = lc.linePos(node.range[0]); return { line: p.line, column: p.col }; }
    }
    return {};
  };
  if (doc.errors.length > 0) return { ok: false, issues: doc.errors.map((e) => ({ path: `${file}: (document)`, message: `not valid YAML/JSON: ${e.message.split('\n')[0] ?? ''}`, ...where([]) })) };
  const data: unknown = doc.toJS();
  const r = catalogueFileSchema.safeParse(data ?? {});
  if (!r.success) {
    const flat = flattenZodIssues(r.error.issues as never, (p) => knownKeysAt(catalogueFileSchema, p));
    return { ok: false, issues: flat.map((i) => ({ path: `${file}: ${formatPath(i.path)}`, message: i.message, ...where(i.path as (string | number)[]) })) };
  }
  return { ok: true, value: r.data };
}

/** Merges catalogue files; duplicate ids are errors. */
export function mergeCatalogue(files: readonly { name: string; value: CatalogueFile }[]): CatalogueResult {
  const issues: ScenarioIssue[] = [];
  const merged = { platforms: [] as Catalogue['platforms'][number][], chassis: [] as Catalogue['chassis'][number][], dimms: [] as Catalogue['dimms'][number][], disks: [] as Catalogue['disks'][number][], nics: [] as Catalogue['nics'][number][], subscriptions: [] as Catalogue['subscriptions'][number][] };
  let currency: string | undefined;
  for (const f of files) {
    const v = f.value;
    if (v.currency !== undefined) {
      if (currency !== undefined && currency !== v.currency) issues.push({ path: `${f.name}: currency`, message: `${v.currency} differs from ${currency} in another catalogue file: use one currency` });
      currency ??= v.currency;
    }
    merged.platforms.push(...(v.platforms ?? []));
    merged.chassis.push(...(v.chassis ?? []));
    merged.dimms.push(...(v.dimms ?? []));
    merged.disks.push(...(v.disks ?? []));
    merged.nics.push(...(v.nics ?? []));
    merged.subscriptions.push(...(v.subscriptions ?? []));
  }
  for (const [kind, list] of [['platforms', merged.platforms], ['chassis', merged.chassis], ['disks', merged.disks], ['subscriptions', merged.subscriptions]] as const) {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x.id)) issues.push({ path: `${kind}`, message: `id "${x.id}" is defined twice` });
      seen.add(x.id);
    }
  }
  const chassisIds = new Set(merged.chassis.map((c) => c.id));
  for (const p of merged.platforms) {
    if (p.kind === 'blade' && (p.chassis === undefined || !chassisIds.has(p.chassis))) issues.push({ path: `platforms: ${p.id}.chassis`, message: `a blade needs a chassis defined in the catalogue (got ${p.chassis ?? 'none'})` });
    if (p.memory.slotsPerSocket < p.memory.channelsPerSocket) issues.push({ path: `platforms: ${p.id}.memory.slotsPerSocket`, message: 'must be at least channelsPerSocket (balanced memory fills every channel)' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    catalogue: { files: files.map((f) => ({ name: f.name, date: f.value.date, currency: f.value.currency })), currency: currency ?? 'EUR', ...merged },
  };
}

export function loadCatalogue(path: string): CatalogueResult {
  let names: string[];
  try {
    names = statSync(path).isDirectory() ? readdirSync(path).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort().map((n) => join(path, n)) : [path];
  } catch {
    return { ok: false, issues: [{ path: '(catalogue)', message: `cannot read the catalogue at ${path}` }] };
  }
  const files: { name: string; value: CatalogueFile }[] = [];
  const issues: ScenarioIssue[] = [];
  for (const f of names) {
    let text: string;
    try { text = readFileSync(f, 'utf8'); } catch { issues.push({ path: '(catalogue)', message: `cannot read ${f}` }); continue; }
    const r = parseCatalogueText(text, basename(f));
    if (r.ok) files.push({ name: basename(f), value: r.value });
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  return mergeCatalogue(files);
}
