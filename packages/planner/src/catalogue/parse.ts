/**
 * Reads catalogue texts (YAML or JSON) and merges them: pure, no file system, so the web page runs it
 * on the built-in catalogue too (src/browser.ts). load.ts reads the files for the command line.
 */
import type { Lang } from '@capa/core';
import { flattenZodIssues, formatPath, type PathKey, type ScenarioIssue } from '../scenario/issues.js';
import { knownKeysAt } from '../scenario/known-keys.js';
import { position } from '../scenario/position.js';
import { yamlSyntaxMessage } from '../scenario/load-messages.js';
import { readYaml } from '../scenario/read-yaml.js';
import { inLang, zodParams } from '../scenario/value-messages.js';
import { sayCatalogue } from './catalogue-messages.js';
import { type Catalogue, type CatalogueFile, catalogueFileSchema } from './schema.js';

export type CatalogueResult = { readonly ok: true; readonly catalogue: Catalogue } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** A catalogue's problems name the file, the path and the line; never the file's text or values. */
export function parseCatalogueText(text: string, file: string, lang: Lang = 'en'): { ok: true; value: CatalogueFile } | { ok: false; issues: ScenarioIssue[] } {
  const y = readYaml(text);
  if (!y.ok) return { ok: false, issues: y.errors.map((e) => ({ path: `${file}: (document)`, message: yamlSyntaxMessage(e.code, lang), ...e.pos })) };
  const { doc, lc, data } = y;
  // The schema's refusals are rendered while zod parses (and flattened): in the language of this parse.
  const r = inLang(lang, () => catalogueFileSchema.safeParse(data ?? {}, zodParams(lang)));
  if (!r.success) {
    const flat = inLang(lang, () => flattenZodIssues(r.error.issues as never, (p) => knownKeysAt(catalogueFileSchema, p)));
    return { ok: false, issues: flat.map((i) => ({ path: `${file}: ${formatPath(i.path)}`, message: i.message, ...position(doc, lc, i.path as PathKey[]) })) };
  }
  return { ok: true, value: r.data };
}

/** Merges catalogue files; duplicate ids are errors, said in `lang`. */
export function mergeCatalogue(files: readonly { name: string; value: CatalogueFile }[], lang: Lang = 'en'): CatalogueResult {
  return inLang(lang, () => merge(files));
}

function merge(files: readonly { name: string; value: CatalogueFile }[]): CatalogueResult {
  const issues: ScenarioIssue[] = [];
  const merged = {
    platforms: [] as Catalogue['platforms'][number][],
    chassis: [] as Catalogue['chassis'][number][],
    dimms: [] as Catalogue['dimms'][number][],
    disks: [] as Catalogue['disks'][number][],
    nics: [] as Catalogue['nics'][number][],
    subscriptions: [] as Catalogue['subscriptions'][number][],
  };
  let currency: string | undefined;
  for (const f of files) {
    const v = f.value;
    if (v.currency !== undefined) {
      if (currency !== undefined && currency !== v.currency) issues.push({ path: `${f.name}: currency`, message: sayCatalogue('currencyTwice', { currency: v.currency, first: currency }) });
      currency ??= v.currency;
    }
    merged.platforms.push(...(v.platforms ?? []));
    merged.chassis.push(...(v.chassis ?? []));
    merged.dimms.push(...(v.dimms ?? []));
    merged.disks.push(...(v.disks ?? []));
    merged.nics.push(...(v.nics ?? []));
    merged.subscriptions.push(...(v.subscriptions ?? []));
  }
  for (const [kind, list] of [
    ['platforms', merged.platforms],
    ['chassis', merged.chassis],
    ['disks', merged.disks],
    ['subscriptions', merged.subscriptions],
  ] as const) {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x.id)) issues.push({ path: `${kind}`, message: sayCatalogue('idTwice', { id: x.id }) });
      seen.add(x.id);
    }
  }
  const chassisIds = new Set(merged.chassis.map((c) => c.id));
  for (const p of merged.platforms) {
    if (p.kind === 'blade' && (p.chassis === undefined || !chassisIds.has(p.chassis)))
      issues.push({ path: `platforms: ${p.id}.chassis`, message: sayCatalogue('bladeChassis', { chassis: p.chassis ?? '' }) });
    if (p.memory.slotsPerSocket < p.memory.channelsPerSocket) issues.push({ path: `platforms: ${p.id}.memory.slotsPerSocket`, message: sayCatalogue('slotsBelowChannels') });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    catalogue: { files: files.map((f) => ({ name: f.name, date: f.value.date, currency: f.value.currency })), currency: currency ?? 'EUR', ...merged },
  };
}
