/** `capa analyze A.json B.json …` when the files are several clusters: the core's analyzeEstate, presented. */
import {
  analyzeEstate,
  count,
  plural,
  type AnalysisOptions,
  type AnalysisPlacement,
  type EstateAnalysis,
  type EstateClusterResult,
  formatBytes,
  formatNumber,
  formatRatio,
  type Lang,
  parseCount,
  parseSize,
  type SizeSystem,
} from '@capa/core';
import type { ClusterGroup } from '@capa/importer';
import type { OptionIssue } from '../../options.js';
import { type CommandOutput, emit, type OutputOptions } from '../../run.js';

/** The command's words (exported for the plurals test, which renders every catalogue). */
// biome-ignore format: a table, several short entries per line as it reads
export const L = {
  en: { title: (n: number) => `capa analyze: estate of ${count(n, 'en', 'cluster', 'clusters')}`, cluster: 'cluster', estate: 'Estate', proxmox: 'Proxmox VE', vmware: 'VMware (source)', nodes: (n: number) => count(n, 'en', 'node', 'nodes'), guests: (n: number) => count(n, 'en', 'guest', 'guests'), clusters: (n: number) => count(n, 'en', 'cluster', 'clusters'), pass: 'passes', fail: 'FAILS', na: 'not applicable', room: 'room', more: 'more guests', verdicts: (p: number, f: number, n: number) => `memory N − f: ${p} pass, ${f} fail, ${n} n/a`, raw: 'Ceph raw', rebalance: 'rebalance', wave: 'wave', after: 'after', nowhere: 'fits nowhere', from: 'from', reason: { 'unknown-memory': 'memory unknown', 'no-target': 'no Proxmox VE cluster passes', 'no-room': 'no cluster has the room' } as Record<string, string>, largest: 'largest room', move: 'move', limit: 'limit' },
  fr: { title: (n: number) => `capa analyze : parc de ${count(n, 'fr', 'cluster', 'clusters')}`, cluster: 'cluster', estate: 'Parc', proxmox: 'Proxmox VE', vmware: 'VMware (source)', nodes: (n: number) => count(n, 'fr', 'nœud', 'nœuds'), guests: (n: number) => count(n, 'fr', 'invité', 'invités'), clusters: (n: number) => count(n, 'fr', 'cluster', 'clusters'), pass: 'respecté', fail: 'ÉCHEC', na: 'sans objet', room: 'marge', more: 'invités de plus', verdicts: (p: number, f: number, n: number) => `mémoire N − f : ${p} ${plural(p, 'fr', 'respecté', 'respectés')}, ${f} en échec, ${n} sans objet`, raw: 'Ceph brut', rebalance: 'rééquilibrage', wave: 'vague', after: 'après', nowhere: 'ne tient nulle part', from: 'depuis', reason: { 'unknown-memory': 'mémoire inconnue', 'no-target': 'aucun cluster Proxmox VE conforme', 'no-room': 'aucun cluster n’a la place' } as Record<string, string>, largest: 'plus grande marge', move: 'déplacement', limit: 'limite' },
} as const;

type Figure = { label: string; value: string };

/**
 * `--wave-size N`, `--wave-ram SIZE`: read with the core's parsers; a bad one is named, whether the
 * files turn out to be one cluster or an estate (a wrong option is never silently ignored).
 */
export function waveOptions(opts: Readonly<Record<string, unknown>>, lang: Lang, issues: OptionIssue[]): { waveGuests?: number; waveRamBytes?: number } {
  const out: { waveGuests?: number; waveRamBytes?: number } = {};
  if (typeof opts['waveSize'] === 'string') {
    const r = parseCount(opts['waveSize'], 1, lang);
    if (r.ok) out.waveGuests = r.value;
    else issues.push({ option: '--wave-size', value: opts['waveSize'], message: r.reason });
  }
  if (typeof opts['waveRam'] === 'string') {
    const r = parseSize(opts['waveRam'], lang);
    if (r.ok) out.waveRamBytes = r.value.bytes;
    else issues.push({ option: '--wave-ram', value: opts['waveRam'], message: r.reason });
  }
  return out;
}

const FIELDS: Readonly<Record<string, string>> = {
  waveGuests: '--wave-size',
  waveRamBytes: '--wave-ram',
  clusters: '--cluster',
  addNodes: '--add-node',
  removeNodes: '--remove-node',
  inventory: 'INVENTORY',
};

export async function estateOutput(
  groups: readonly ClusterGroup[],
  options: AnalysisOptions,
  system: SizeSystem,
  waves: { waveGuests?: number; waveRamBytes?: number },
  out: OutputOptions,
  placementOf: (inv: ClusterGroup['inventory']) => Promise<AnalysisPlacement | undefined>,
  fields: Readonly<Record<string, string>>,
): Promise<CommandOutput> {
  const lang = out.lang;
  const clusters = [];
  for (const g of groups) {
    const placement = await placementOf(g.inventory);
    clusters.push({ name: g.name, role: g.role, files: g.files, inventory: g.inventory, ...(placement ? { placement } : {}) });
  }
  const outcome = analyzeEstate({ clusters, options, ...waves, system, lang });
  const named = outcome.ok ? outcome : { ok: false as const, issues: outcome.issues.map((i) => (i.field.startsWith('inventory.') ? { ...i, field: 'inventory', value: undefined } : i)) };
  return emit(named, out, { ...fields, ...FIELDS }, (v) => ({ title: L[lang].title(v.clusters.length), figures: estateFigures(v, lang, system, out.explain === true) }));
}

function clusterLine(c: EstateClusterResult, lang: Lang, sys: SizeSystem): string {
  const t = L[lang];
  const b = (x: number) => formatBytes(x, sys, lang);
  const verdict = c.memoryPasses === null ? t.na : `${c.memoryPasses ? t.pass : t.fail}${c.worstCaseUtilization === null ? '' : ` ${formatRatio(c.worstCaseUtilization, lang)}`}`;
  const room = c.roomBytes === null ? '' : `; ${t.room} ${c.roomBytes < 0 ? '−' : ''}${b(Math.abs(c.roomBytes))}${c.role === 'proxmox' ? ` (${c.headroomGuests} ${t.more})` : ''}`;
  const after = c.after.worstCaseUtilization !== null && c.after.guestRamBytes !== c.guestRamBytes ? `; ${t.after} ${formatRatio(c.after.worstCaseUtilization, lang)}` : '';
  return `${c.role === 'vmware' ? t.vmware : t.proxmox}, ${t.nodes(c.nodes)}, ${b(c.ramBytes)}; ${t.guests(c.guests)}, ${b(c.guestRamBytes)}; N − ${c.analysis.memory.failures}: ${verdict}${room}${after}`;
}

/** The clusters, the totals, the rebalance, each wave (and each move with --explain), what fits nowhere. */
function estateFigures(v: EstateAnalysis, lang: Lang, sys: SizeSystem, explain: boolean): Figure[] {
  const t = L[lang];
  const b = (x: number) => formatBytes(x, sys, lang);
  const e = v.estate;
  const figures: Figure[] = v.clusters.map((c) => ({ label: `${t.cluster} ${c.name}`, value: clusterLine(c, lang, sys) }));
  figures.push({
    label: t.estate,
    value: `${t.clusters(e.clusters)}, ${t.nodes(e.nodes)}, ${b(e.ramBytes)}; ${t.guests(e.guests)}, ${b(e.guestRamBytes)}${e.cephRawBytes > 0 ? `; ${t.raw} ${b(e.cephRawBytes)}` : ''}; ${t.verdicts(e.verdicts.pass, e.verdicts.fail, e.verdicts.notApplicable)}`,
  });
  for (const m of v.moves.filter((x) => x.kind === 'rebalance' && x.to !== null)) figures.push({ label: `${t.rebalance} ${m.name}`, value: `${b(m.ramBytes)}: ${m.from} → ${m.to}` });
  for (const w of v.waves) {
    const to = w.clusters.filter((c) => c.added > 0).map((c) => `${c.name} +${c.added}`);
    const after = w.clusters.map((c) => `${c.name} ${formatRatio(c.worstCaseUtilization, lang)}`);
    figures.push({
      label: `${t.wave} ${w.index}`,
      value: `${t.guests(w.guests.length)}, ${b(w.ramBytes)} → ${to.join(', ')}; ${t.after}: ${after.join(', ')} (${t.limit} ${formatRatio(v.used.maxUtilization, lang)})`,
    });
    if (explain) for (const m of v.moves.filter((x) => x.wave === w.index)) figures.push({ label: `  ${t.move} ${m.name}`, value: `${b(m.ramBytes)}: ${m.from} → ${m.to}` });
  }
  for (const m of v.moves.filter((x) => x.to === null)) {
    const largest = m.largestRoomBytes === null ? '' : ` (${t.largest} ${b(m.largestRoomBytes)})`;
    figures.push({ label: `${t.nowhere} ${m.name}`, value: `${m.reason === 'unknown-memory' ? '?' : b(m.ramBytes)} ${t.from} ${m.from}: ${t.reason[m.reason ?? ''] ?? ''}${largest}` });
  }
  if (v.used.grow !== 0) figures.push({ label: 'grow', value: formatNumber(v.used.grow, lang, 2) });
  return figures;
}
