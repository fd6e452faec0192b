/** `capa analyze INVENTORY.json...`: reads (and merges) inventories, runs the core analysis, prints it. */
import {
  ANALYSIS_INPUTS,
  count,
  analysisField,
  type AnalysisPlacement,
  type AnalysisRaw,
  analyzeInventory,
  type InventoryAnalysis,
  formatBytes,
  formatBytesBoth,
  formatNumber,
  formatRatio,
  type Lang,
  markOutcomeDefaults,
  optionName,
  readAnalysisInputs,
  type SizeSystem,
  type SpecIssue,
  unknownNodes,
} from '@capa/core';
import type { OptionIssue } from '../../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../../run.js';
import { estateOutput, waveOptions } from './analyze-estate.js';
import { loadCrush, loadImporter, loadReader } from './load.js';

/** The command's words (exported for the plurals test, which renders every catalogue). */
// biome-ignore format: a table, several short entries per line as it reads
export const L = {
  en: { title: 'capa analyze: N − f verdict of the imported cluster', verdict: 'Verdict (memory N − f)', pass: 'passes', fail: 'FAILS', na: 'not applicable', worst: 'Worst-case utilisation', failed: 'Failing (largest)', guests: 'Guest RAM (configured)', surv: 'Survivors’ RAM', res: 'Host reservations', usable: 'Usable guest RAM', running: 'Running guests only', cpu: 'vCPU : thread', headroom: 'More guests that fit', add: 'Nodes to add', raw: 'Ceph raw', used: 'Ceph raw used', fill: 'Ceph fill now', fillAfter: 'Ceph fill after host loss', safe: 'Ceph safe raw', fullest: 'Ceph fullest OSD (CRUSH)', fullestAfter: 'Ceph fullest OSD after host loss', crushSafe: 'Ceph safe stored (CRUSH)', placement: 'Ceph placement', captured: 'Ceph’s own maps', fromTree: 'map built from the OSD tree', pgs: 'PGs', played: (n: number, total: number) => `${n} of ${count(total, 'en', 'host loss', 'host losses')} played out`, losing: 'losing', average: 'average model', belowMin: (n: number, loss: string) => `${count(n, 'en', 'PG', 'PGs')} below min_size losing ${loss}`, on: 'on', assumptions: 'CRUSH assumptions', warning: 'Placement warning', node: 'node', after: 'after failure', down: 'down', whatIf: 'What-if', none: 'none', pool: 'pool', hosts: (n: number) => count(n, 'en', 'host', 'hosts'), stored: 'stored' },
  fr: { title: 'capa analyze : verdict N − f du cluster importé', verdict: 'Verdict (mémoire N − f)', pass: 'respecté', fail: 'ÉCHEC', na: 'sans objet', worst: 'Occupation au pire cas', failed: 'En panne (plus gros)', guests: 'RAM invités (configurée)', surv: 'RAM des survivants', res: 'Réserves hôte', usable: 'RAM utilisable invités', running: 'Invités démarrés seulement', cpu: 'vCPU : thread', headroom: 'Invités de plus possibles', add: 'Nœuds à ajouter', raw: 'Ceph brut', used: 'Ceph brut utilisé', fill: 'Ceph remplissage', fillAfter: 'Ceph après perte d’hôte', safe: 'Ceph brut sûr', fullest: 'Ceph OSD le plus plein (CRUSH)', fullestAfter: 'Ceph OSD le plus plein après perte d’hôte', crushSafe: 'Ceph stockable sûr (CRUSH)', placement: 'Placement Ceph', captured: 'cartes propres à Ceph', fromTree: 'carte construite d’après l’arbre des OSD', pgs: 'PG', played: (n: number, total: number) => `${count(n, 'fr', 'perte d’hôte jouée', 'pertes d’hôte jouées')} sur ${total}`, losing: 'perte de', average: 'modèle moyen', belowMin: (n: number, loss: string) => `${n} PG sous min_size avec la perte de ${loss}`, on: 'sur', assumptions: 'Hypothèses CRUSH', warning: 'Avertissement placement', node: 'nœud', after: 'après panne', down: 'en panne', whatIf: 'Scénario', none: 'aucun', pool: 'pool', hosts: (n: number) => count(n, 'fr', 'hôte', 'hôtes'), stored: 'stocké' },
} satisfies Record<Lang, Record<string, string | ((...a: never[]) => string)>>;

/** Refusals the command itself makes (the core's come in the reader's language already). */
const ISSUE = {
  en: { required: 'is required: an inventory JSON file from capa import' },
  fr: { required: 'est obligatoire : un fichier JSON d’inventaire produit par capa import' },
} satisfies Record<Lang, unknown>;

/** The core's field names → the options, from the spec; the inventory is the file argument. */
export const FIELDS: Readonly<Record<string, string>> = { ...Object.fromEntries(ANALYSIS_INPUTS.map((i) => [analysisField(i), optionName(i.key)])), inventory: 'INVENTORY' };

export type Importer = Awaited<ReturnType<typeof loadImporter>>;
type Merged = ReturnType<Importer['mergeInventories']>;
type ClusterGroup = Extract<ReturnType<Importer['groupInventories']>, { ok: true }>['groups'][number];
type Figure = { label: string; value: string };

export const asOption = (i: SpecIssue): OptionIssue => ({ option: optionName(i.key), value: i.value, message: i.message });

/** commander's options → the reader's raw values: text, or the list of a repeatable option. */
export function rawOptions(opts: Readonly<Record<string, unknown>>): AnalysisRaw {
  const raw: Record<string, string | readonly string[]> = {};
  for (const i of ANALYSIS_INPUTS) {
    const v = opts[i.key];
    if (typeof v === 'string' || Array.isArray(v)) raw[i.key] = v as string | string[];
  }
  return raw;
}

/** Reads each inventory file (bounded) into `issues` on failure; the inventories that read, with their file. */
export async function readInventories(imp: Importer, files: readonly string[], lang: Lang, issues: OptionIssue[]): Promise<Parameters<Importer['groupInventories']>[0]> {
  const { readInputFile, CAPTURE_FILE_LIMIT } = await loadReader();
  const inventories = [];
  for (const file of files) {
    // Bounded: an inventory is machine-written and may be large, never unbounded (/dev/zero).
    const read = readInputFile(file, { limitBytes: CAPTURE_FILE_LIMIT, lang });
    if (!read.ok) {
      issues.push({ option: 'INVENTORY', value: file, message: read.message });
      continue;
    }
    try {
      inventories.push({ file, inventory: imp.readInventory(read.text, file) });
    } catch (e) {
      issues.push({ option: 'INVENTORY', value: file, message: imp.importErrorText(e, lang) });
    }
  }
  return inventories;
}

export async function analyzeCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const lang = out.lang;
  // The options are the core's (ANALYSIS_INPUTS); the nodes to remove are checked once the files are read.
  const read = readAnalysisInputs(rawOptions(opts), lang, { surface: 'cli', name: optionName });
  const issues: OptionIssue[] = read.ok ? [] : read.issues.map(asOption);
  if (args.length === 0) issues.push({ option: 'INVENTORY', value: undefined, message: ISSUE[lang].required });
  const imp = await loadImporter();
  const inventories = await readInventories(imp, args, lang, issues);
  // Files of one cluster are merged as they always were; files of several clusters are an estate (analyze-estate.ts).
  const clusterOpts = ((opts['cluster'] as string[] | undefined) ?? []).map((text) => ({ text, parsed: imp.parseNamedCluster(text) }));
  for (const n of clusterOpts) if ('code' in n.parsed) issues.push({ option: '--cluster', value: n.text, message: imp.estateGroupText(n.parsed, lang) });
  const waves = waveOptions(opts, lang, issues);
  if (!read.ok || issues.length > 0) return badInput(issues);
  const grouping = imp.groupInventories(
    inventories,
    clusterOpts.flatMap((n) => ('code' in n.parsed ? [] : [n.parsed])),
  );
  if (!grouping.ok) return badInput(grouping.issues.map((i) => ({ option: '--cluster', value: undefined, message: imp.estateGroupText(i, lang) })));
  if (grouping.groups.length > 1) {
    const system = read.system ?? 'binary';
    return estateOutput(grouping.groups, read.input, system, waves, out, (inv) => placementOf(imp, inv, lang), FIELDS);
  }
  const inventory: Merged = (grouping.groups[0] as ClusterGroup).inventory;
  const unknown = unknownNodes(
    read.input.removeNodes,
    inventory.nodes.map((n) => n.name),
    lang,
  );
  if (unknown.length > 0) return badInput(unknown.map(asOption));

  const system = read.system ?? 'binary';
  const placement = await placementOf(imp, inventory, lang);
  const ran = analyzeInventory({ inventory, ...read.input, system, lang }, placement);
  // An option left out is the default: its letters say so (the core names the option, only the command knows it was not typed).
  const typed = rawOptions(opts);
  const outcome = markOutcomeDefaults(ran, (k) => typed[k] !== undefined);
  // A refused inventory value is named in the message (`nodes[0].threads = 0: …`); the option is the file.
  const named = outcome.ok
    ? outcome
    : { ok: false as const, issues: outcome.issues.map((i) => (i.field.startsWith('inventory.') ? { ...i, field: 'inventory', value: args.length === 1 ? args[0] : undefined } : i)) };
  return emit(named, out, FIELDS, (v) => ({ title: L[lang].title, figures: analysisFigures(v, lang, system, out.explain === true) }));
}

/** The memory verdict and its figures; not applicable (a Ceph-only import): the verdict says so, no memory figures. */
function memoryFigures(v: InventoryAnalysis, lang: Lang, sys: SizeSystem): Figure[] {
  const t = L[lang];
  const m = v.memory;
  const both = (b: number) => formatBytesBoth(b, sys, lang);
  const memory = m.applicable
    ? [
        { label: t.worst, value: m.worstCaseUtilization === null ? '—' : `${formatRatio(m.worstCaseUtilization, lang)} (max ${formatRatio(m.maxUtilization, lang)})` },
        { label: t.failed, value: m.failedNodes.length > 0 ? m.failedNodes.join(', ') : t.none },
        { label: t.guests, value: `${both(m.guestRamBytes)} (${m.counted.guests})` },
        { label: t.surv, value: both(m.survivingRamBytes) },
        { label: t.res, value: both(m.hostReservationBytes) },
      ]
    : [];
  return [
    { label: t.verdict, value: m.passes === null ? t.na : m.passes ? t.pass : t.fail },
    ...memory,
    ...(m.usableGuestRamBytes === null ? [] : [{ label: t.usable, value: both(m.usableGuestRamBytes) }]),
    ...(m.runningOnlyUtilization === null ? [] : [{ label: t.running, value: formatRatio(m.runningOnlyUtilization, lang) }]),
    ...(v.cpu.overcommit === null ? [] : [{ label: t.cpu, value: `${formatNumber(v.cpu.overcommit, lang, 2)}:1` }]),
    ...(m.applicable ? [{ label: t.headroom, value: `${v.headroomGuests} × ${formatBytes(v.headroom.guestRamBytes, sys, lang)} / ${v.headroom.guestVcpus} vCPU` }] : []),
    ...(m.nodesToAdd === null ? [] : [{ label: t.add, value: String(m.nodesToAdd) }]),
  ];
}

/** The what-ifs applied, then each node now and after the failure. */
function whatIfAndNodeFigures(v: InventoryAnalysis, lang: Lang, sys: SizeSystem): Figure[] {
  const t = L[lang];
  const w = v.whatIf;
  const whatIf = [w.grow !== 0 ? `grow ${formatRatio(w.grow, lang)}` : '', w.addedNodes.length ? `+${w.addedNodes.join(' +')}` : '', w.removedNodes.length ? `−${w.removedNodes.join(' −')}` : '']
    .filter(Boolean)
    .join(', ');
  return [
    ...(w.grow !== 0 || w.addedNodes.length > 0 || w.removedNodes.length > 0 ? [{ label: t.whatIf, value: whatIf }] : []),
    ...v.memory.perNode.map((n) => ({
      label: `${t.node} ${n.name}`,
      value: n.failed
        ? `${n.ramBytes === null ? '?' : formatBytes(n.ramBytes, sys, lang)}, ${t.down}`
        : `${n.ramBytes === null ? '?' : formatBytes(n.ramBytes, sys, lang)}, ${n.utilization === null ? '?' : formatRatio(n.utilization, lang)}${n.afterFailureUtilization === null ? '' : ` → ${formatRatio(n.afterFailureUtilization, lang)} ${t.after}`}`,
    })),
  ];
}

/** Ceph: raw, used, fill now and after a host loss, the CRUSH simulation, each pool. */
function cephFigures(c: Ceph, lang: Lang, sys: SizeSystem, explain: boolean): Figure[] {
  const t = L[lang];
  const both = (b: number) => formatBytesBoth(b, sys, lang);
  return [
    { label: t.raw, value: `${both(c.rawBytes)} (${c.osdCount} OSD, ${t.hosts(c.hosts)})` },
    ...(c.usedBytes === null ? [] : [{ label: t.used, value: both(c.usedBytes) }]),
    ...(c.fillNow === null ? [] : [{ label: t.fill, value: formatRatio(c.fillNow, lang) }]),
    ...(c.fillAfterHostLoss === null ? [] : [{ label: t.fillAfter, value: formatRatio(c.fillAfterHostLoss, lang) }]),
    ...(c.safeRawBytes === null ? [] : [{ label: t.safe, value: both(c.safeRawBytes) }]),
    ...crushFigures(c, lang, both, explain),
    ...c.pools.map((p) => ({
      label: `${t.pool} ${p.name}`,
      value: `${p.protection ?? '?'}, ${t.stored} ${p.storedBytes === null ? '?' : formatBytes(p.storedBytes, sys, lang)}, pg_num ${p.pgNum ?? '?'}${p.autoscalerPgNum === null ? '' : ` (autoscaler ${p.autoscalerPgNum}${p.cephPgNumFinal === null ? '' : `, Ceph ${p.cephPgNumFinal}`})`}`,
    })),
  ];
}

/** Every figure of the analysis, in the order `capa analyze` prints them. */
function analysisFigures(v: InventoryAnalysis, lang: Lang, sys: SizeSystem, explain: boolean): Figure[] {
  return [...memoryFigures(v, lang, sys), ...whatIfAndNodeFigures(v, lang, sys), ...(v.ceph === null ? [] : cephFigures(v.ceph, lang, sys, explain))];
}

type Ceph = NonNullable<InventoryAnalysis['ceph']>;

/** The CRUSH simulation's input: Ceph's captured maps, else maps built from the OSD tree (importer). */
export async function placementOf(imp: Awaited<ReturnType<typeof loadImporter>>, inventory: Parameters<typeof imp.placementInputFromInventory>[0], lang: Lang): Promise<AnalysisPlacement | undefined> {
  if (!inventory.ceph || inventory.ceph.pools.length === 0) return undefined;
  let input;
  try {
    input = imp.placementInputFromInventory(inventory);
  } catch (e) {
    // Maps the engine refuses: the core says the simulation was not run and why, in the run's language.
    return { refused: (await loadCrush()).crushErrorText(e, lang) };
  }
  if (input === null) return undefined;
  return {
    engine: await loadCrush(),
    crushDump: input.crushDump,
    osdDump: input.osdDump,
    fromOsdTree: input.fromOsdTree,
    ...(input.mapsMissing ? { mapsMissing: input.mapsMissing } : {}),
    warnings: input.warnings.map((w) => ({ code: w.code, message: imp.warningText(w, lang) })),
  };
}

/** The simulated figures: fullest OSD now and after the worst host loss, the safe stored data, the map's source. */
function crushFigures(c: Ceph, lang: Lang, both: (b: number) => string, explain: boolean): { label: string; value: string }[] {
  const p = c.placement;
  if (p === null) return [];
  const t = L[lang];
  const osd = (o: { id: number; host: string | null }) => `osd.${o.id}${o.host ? ` ${t.on} ${o.host}` : ''}`;
  const w = p.worstHostLoss;
  return [
    { label: t.placement, value: `${p.mapSource === 'captured' ? t.captured : t.fromTree}, ${p.pgs} ${t.pgs}, ${t.played(p.failuresEvaluated, p.failuresPossible)}` },
    ...(p.fullestOsd === null || c.fullestOsdFill === null ? [] : [{ label: t.fullest, value: `${formatRatio(c.fullestOsdFill, lang)} (${osd(p.fullestOsd)})` }]),
    ...(w === null || w.fullestOsd === null || c.fullestOsdFillAfterHostLoss === null
      ? []
      : [
          {
            label: t.fullestAfter,
            value: `${formatRatio(c.fullestOsdFillAfterHostLoss, lang)} (${osd(w.fullestOsd)}, ${t.losing} ${w.hosts}${c.fillAfterHostLoss === null ? '' : `${lang === 'fr' ? ' ;' : ';'} ${t.average} ${formatRatio(c.fillAfterHostLoss, lang)}`})`,
          },
        ]),
    ...(p.worstBlockedLoss === null ? [] : [{ label: 'min_size', value: t.belowMin(p.pgsBelowMinSize, p.worstBlockedLoss) }]),
    ...(p.crushSafeStoredBytes === null ? [] : [{ label: t.crushSafe, value: both(p.crushSafeStoredBytes) }]),
    ...p.warnings.map((x) => ({ label: t.warning, value: `${x.message} [${x.code}]` })),
    ...(explain ? p.assumptions.map((a) => ({ label: t.assumptions, value: a })) : []),
  ];
}
