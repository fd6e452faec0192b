/**
 * `capa alerts INVENTORY.json... --format prometheus`: the inventory analysed as `capa analyze` does
 * (same options where they change a threshold, same CRUSH simulation), its alert thresholds from the
 * core (alertThresholds), written as Prometheus alerting rules (alerts-prometheus.ts). The rules go to
 * stdout, or to --out with a summary on stdout; --json without --out prints the thresholds as data.
 */
import { writeFile } from 'node:fs/promises';
import { ALERT_INPUT_KEYS, ANALYSIS_INPUTS, alertThresholds, analyzeInventory, formatBytes, formatRatio, type Lang, optionName, readAnalysisInputs, toJson } from '@capa/core';
import type { OptionIssue } from '../../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../../run.js';
import { ALERT_TEXT } from './alerts-messages.js';
import { ALERT_NAMES, prometheusRuleFile } from './alerts-prometheus.js';
import { asOption, FIELDS, placementOf, rawOptions, readInventories } from './analyze.js';
import { loadImporter } from './load.js';

/** The formats written; only Prometheus for now. */
export const ALERT_FORMATS = ['prometheus'] as const;
export const DEFAULT_FOR = '15m';

/** The analysis inputs `capa alerts` offers: those that change a threshold (the core says which). */
export const ALERT_INPUTS = ANALYSIS_INPUTS.filter((i) => (ALERT_INPUT_KEYS as readonly string[]).includes(i.key));

/** A Prometheus duration (prometheus/common model.ParseDuration): units from y to ms, largest first. */
const DURATION = /^(?!$)(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?$/;
/** PromQL label matchers (prometheus docs, querying/basics, "Time series selectors"): name op "value", comma-separated. */
const MATCHER = String.raw`\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(?:=~|!~|!=|=)\s*"(?:[^"\\\n]|\\[^\n])*"\s*`;
const MATCHERS = new RegExp(`^${MATCHER}(?:,${MATCHER})*$`);

// biome-ignore format: a table
const ISSUE = {
  en: { required: 'is required: an inventory JSON file from capa import', format: `must be one of ${ALERT_FORMATS.join(', ')}`, duration: 'must be a Prometheus duration such as 15m, 1h30m or 0s', matchers: 'must be PromQL label matchers such as job="pve" or instance=~"pve.*", comma-separated', cannotWrite: (code: string) => `cannot be written (${code})` },
  fr: { required: 'est obligatoire : un fichier JSON d’inventaire produit par capa import', format: `doit valoir ${ALERT_FORMATS.join(', ')}`, duration: 'doit être une durée Prometheus comme 15m, 1h30m ou 0s', matchers: 'doit être une liste de sélecteurs d’étiquettes PromQL comme job="pve" ou instance=~"pve.*", séparés par des virgules', cannotWrite: (code: string) => `ne peut pas être écrit (${code})` },
} satisfies Record<Lang, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The command's own options, checked; the issues named. */
function ownOptions(opts: Readonly<Record<string, unknown>>, lang: Lang, issues: OptionIssue[]) {
  const t = ISSUE[lang];
  const format = str(opts['format']) ?? 'prometheus';
  if (!(ALERT_FORMATS as readonly string[]).includes(format)) issues.push({ option: '--format', value: format, message: t.format });
  const forDuration = str(opts['for']) ?? DEFAULT_FOR;
  if (!DURATION.test(forDuration)) issues.push({ option: '--for', value: forDuration, message: t.duration });
  const matchers = (option: string, key: string): string => {
    const v = str(opts[key]);
    if (v === undefined) return '';
    if (!MATCHERS.test(v)) issues.push({ option, value: v, message: t.matchers });
    return v.trim();
  };
  return { forDuration, pveMatchers: matchers('--pve-matchers', 'pveMatchers'), cephMatchers: matchers('--ceph-matchers', 'cephMatchers') };
}

export async function alertsCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const lang = out.lang;
  const issues: OptionIssue[] = [];
  const own = ownOptions(opts, lang, issues);
  const raw = Object.fromEntries(Object.entries(rawOptions(opts)).filter(([k]) => (ALERT_INPUT_KEYS as readonly string[]).includes(k)));
  const read = readAnalysisInputs(raw, lang, { surface: 'cli', name: optionName });
  if (!read.ok) issues.push(...read.issues.map(asOption));
  if (args.length === 0) issues.push({ option: 'INVENTORY', value: undefined, message: ISSUE[lang].required });
  const imp = await loadImporter();
  const inventories = await readInventories(imp, args, lang, issues);
  if (!read.ok || issues.length > 0) return badInput(issues, lang);

  const inventory = imp.mergeInventories(
    inventories.map((x) => x.inventory),
    inventories[0]?.inventory.collectedAt ?? '',
  );
  const system = read.system ?? 'binary';
  const outcome = analyzeInventory({ inventory, ...read.input, system, lang }, await placementOf(imp, inventory, lang));
  if (!outcome.ok) {
    const named = outcome.issues.map((i) => (i.field.startsWith('inventory.') ? { ...i, field: 'inventory', value: args.length === 1 ? args[0] : undefined } : i));
    return emit({ ok: false, issues: named }, out, FIELDS, () => ({ title: '', figures: [] }));
  }
  const th = alertThresholds(outcome.value, lang);
  const { yaml, rules } = prometheusRuleFile(th, {
    cluster: inventory.source.cluster,
    collectedAt: inventory.collectedAt,
    lang,
    system,
    for: own.forDuration,
    pveMatchers: own.pveMatchers,
    cephMatchers: own.cephMatchers,
  });
  // The checks that are not ok (a threshold already crossed, the average model used) go to stderr with the rules.
  const notes = th.checks
    .filter((c) => c.level !== 'ok')
    .map((c) => `⚠ ${c.message} [${c.id}]\n`)
    .join('');

  const file = str(opts['out']);
  if (file === undefined) return out.json ? { stdout: `${toJson(th)}\n`, stderr: '', code: 0, json: true } : { stdout: yaml, stderr: notes, code: 0, json: true };
  try {
    await writeFile(file, yaml, 'utf8');
  } catch (e) {
    return badInput([{ option: '--out', value: file, message: ISSUE[lang].cannotWrite((e as NodeJS.ErrnoException).code ?? 'error') }], lang);
  }
  if (out.json) return { stdout: `${JSON.stringify({ out: file, rules: rules.length, ...JSON.parse(toJson(th)) })}\n`, stderr: '', code: 0, json: true };
  const fig = (unit: 'bytes' | 'ratio', x: number) => (unit === 'bytes' ? formatBytes(x, system, lang) : formatRatio(x, lang));
  return emit({ ok: true, value: th }, out, FIELDS, (v) => ({
    title: ALERT_TEXT[lang].written(file, rules.length),
    figures: [
      ...v.thresholds.map((a) => ({ label: ALERT_NAMES[a.id], value: `> ${fig(a.unit, a.threshold)}${a.now === null ? '' : ` (${fig(a.unit, a.now)})`}` })),
      ...rules.filter((r) => r.labels['capa_expected'] !== undefined).map((r) => ({ label: r.alert, value: `≠ ${r.labels['capa_expected']}` })),
    ],
  }));
}
