/** `capa forecast INVENTORY.json [--history FILE]`: reads the inventory and its history, runs the core forecast, prints it. */
import { forecastInventory, type Lang, parseHorizon } from '@capa/core';
import type { OptionIssue } from '../../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../../run.js';
import { placementOf } from './analyze.js';
import { renderForecastHtml, renderForecastMarkdown, forecastPresentation } from './forecast-render.js';
import { loadImporter, loadReader } from './load.js';

const FORMATS = ['text', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

// biome-ignore format: a table
const ISSUE = {
  en: { required: 'is required: an inventory JSON file from capa import', format: `must be one of ${FORMATS.join(', ')}`, history: (path: string, message: string) => `is not a capa.history file (schema "capa.history", version 1): ${path}: ${message}`, json: 'is not JSON' },
  fr: { required: 'est obligatoire : un fichier JSON d’inventaire produit par capa import', format: `doit être l’un de ${FORMATS.join(', ')}`, history: (path: string, message: string) => `n’est pas un fichier capa.history (schema « capa.history », version 1) : ${path} : ${message}`, json: 'n’est pas du JSON' },
} satisfies Record<Lang, unknown>;

/** The core's field names → the options. */
const FIELDS: Readonly<Record<string, string>> = { inventory: 'INVENTORY', series: 'INVENTORY', horizonDays: '--horizon' };

export async function forecastCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const lang = out.lang;
  const t = ISSUE[lang];
  const issues: OptionIssue[] = [];
  const format = (opts['format'] ?? 'text') as string;
  if (!(FORMATS as readonly string[]).includes(format)) issues.push({ option: '--format', value: format, message: t.format });
  let horizonDays: number | undefined;
  if (typeof opts['horizon'] === 'string') {
    const h = parseHorizon(opts['horizon'], lang);
    if (h.ok) horizonDays = h.days;
    else issues.push({ option: '--horizon', value: opts['horizon'], message: h.message });
  }
  const file = args[0];
  if (file === undefined) issues.push({ option: 'INVENTORY', value: undefined, message: t.required });
  const imp = await loadImporter();
  const { readInputFile, CAPTURE_FILE_LIMIT } = await loadReader();
  let inventory: ReturnType<typeof imp.readInventory> | undefined;
  if (file !== undefined) {
    const read = readInputFile(file, { limitBytes: CAPTURE_FILE_LIMIT, lang });
    if (!read.ok) issues.push({ option: 'INVENTORY', value: file, message: read.message });
    else
      try {
        inventory = imp.readInventory(read.text, file);
      } catch (e) {
        issues.push({ option: 'INVENTORY', value: file, message: imp.importErrorText(e, lang) });
      }
  }
  const series = [...(inventory?.history?.series ?? [])];
  if (typeof opts['history'] === 'string') {
    const h = opts['history'];
    const read = readInputFile(h, { limitBytes: CAPTURE_FILE_LIMIT, lang });
    if (!read.ok) issues.push({ option: '--history', value: h, message: read.message });
    else {
      let data: unknown;
      try {
        data = JSON.parse(read.text);
      } catch {
        issues.push({ option: '--history', value: h, message: t.json });
      }
      if (data !== undefined) {
        const r = imp.historyFileSchema.safeParse(data);
        if (r.success) series.push(...r.data.series);
        else {
          const first = r.error.issues[0];
          issues.push({ option: '--history', value: h, message: t.history(first?.path.join('.') || '(top level)', first?.message ?? '') });
        }
      }
    }
  }
  if (issues.length > 0 || inventory === undefined) return badInput(issues, lang);

  const placement = await placementOf(imp, inventory, lang);
  const outcome = forecastInventory({ inventory, series, ...(horizonDays === undefined ? {} : { horizonDays }), system: 'binary', lang }, placement);
  const named = outcome.ok
    ? outcome
    : {
        ok: false as const,
        issues: outcome.issues.map((i) => (i.field.startsWith('inventory.') || i.field === 'series' ? { ...i, field: 'inventory', value: i.field === 'series' ? file : (i.value ?? file) } : i)),
      };
  if (!named.ok || out.json || format === 'text') return emit(named, out, FIELDS, (v) => forecastPresentation(v, lang));
  const v = named.value;
  const stdout = (format as Format) === 'md' ? renderForecastMarkdown(v, lang) : renderForecastHtml(v, lang);
  return { stdout, stderr: '', code: v.checks.some((c) => c.level === 'fail') ? 1 : 0 };
}
