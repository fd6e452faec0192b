/**
 * Several clusters opened together (an estate, docs/estates.md): the core's analyzeEstate,
 * as `capa analyze A.json B.json …` shows it: the totals, one row per cluster, the waves and each
 * move. Runs in the inventory engine's own script (src/inventory/engine.ts), never in the initial bundle.
 */
import {
  ANALYSIS_INPUTS,
  type AnalysisPlacement,
  analysisField,
  analyzeEstate,
  type EstateAnalysis,
  formatBytes,
  formatRatio,
  plural,
  type Lang,
  readAnalysisInputs,
  type SizeSystem,
} from '@capa/core';
import type { ClusterGroup } from '@capa/importer';
import type { PageState } from '../state/fields';
import type { Figure, PageOutcome } from '../state/page';
import { buildTable } from './table';
import { fromCore, guarded, invalid } from './outcome';

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: {
    clusters: 'Clusters', nodes: 'Nodes', ram: 'RAM', guests: 'Guests', guestRam: 'Guest RAM', raw: 'Ceph raw', verdicts: 'Memory N − f verdicts', verdictText: (p: number, f: number, n: number) => `${p} pass, ${f} fail, ${n} n/a`,
    moved: 'Guests placed', nowhere: 'Guests that fit nowhere', waves: 'Migration waves', table: 'Clusters: verdict, room, after the moves', cluster: 'Cluster', role: 'Role', proxmox: 'Proxmox VE', vmware: 'VMware (source)', verdict: 'N − f', room: 'Room', after: 'After',
    pass: 'passes', fail: 'FAILS', na: 'n/a', wave: 'Wave', ramCol: 'RAM', to: 'To', afterWave: 'After the wave', moves: 'Moves (rebalance, then waves)', guest: 'Guest', from: 'From', kind: 'Wave / why', rebalance: 'rebalance',
    reason: { 'unknown-memory': 'memory unknown', 'no-target': 'no Proxmox VE cluster passes', 'no-room': 'no cluster has the room' } as Record<string, string>,
  },
  fr: {
    clusters: 'Clusters', nodes: 'Nœuds', ram: 'RAM', guests: 'Invités', guestRam: 'RAM invités', raw: 'Ceph brut', verdicts: 'Verdicts mémoire N − f', verdictText: (p: number, f: number, n: number) => `${p} ${plural(p, 'fr', 'respecté', 'respectés')}, ${f} en échec, ${n} sans objet`,
    moved: 'Invités placés', nowhere: 'Invités qui ne tiennent nulle part', waves: 'Vagues de migration', table: 'Clusters : verdict, marge, après les déplacements', cluster: 'Cluster', role: 'Rôle', proxmox: 'Proxmox VE', vmware: 'VMware (source)', verdict: 'N − f', room: 'Marge', after: 'Après',
    pass: 'respecté', fail: 'ÉCHEC', na: 'sans objet', wave: 'Vague', ramCol: 'RAM', to: 'Vers', afterWave: 'Après la vague', moves: 'Déplacements (rééquilibrage, puis vagues)', guest: 'Invité', from: 'De', kind: 'Vague / raison', rebalance: 'rééquilibrage',
    reason: { 'unknown-memory': 'mémoire inconnue', 'no-target': 'aucun cluster Proxmox VE conforme', 'no-room': 'aucun cluster n’a la place' } as Record<string, string>,
  },
} as const;

const FIELDS: Readonly<Record<string, string>> = { ...Object.fromEntries(ANALYSIS_INPUTS.map((i) => [analysisField(i), i.key])), inventory: '', clusters: '', waveGuests: '', waveRamBytes: '' };

/** The estate as figures and tables: the CLI's output, formatted by the core's helpers. */
export function presentEstate(v: EstateAnalysis, lang: Lang, system: SizeSystem): Extract<PageOutcome, { ok: true }> {
  const tx = L[lang];
  const b = (x: number) => formatBytes(x, system, lang);
  const r = (x: number | null) => (x === null ? '—' : formatRatio(x, lang));
  const e = v.estate;
  const placed = v.moves.filter((m) => m.to !== null);
  const nowhere = v.moves.filter((m) => m.to === null);
  const figures: Figure[] = [
    { id: 'verdicts', label: tx.verdicts, value: tx.verdictText(e.verdicts.pass, e.verdicts.fail, e.verdicts.notApplicable), main: true },
    { id: 'clusters', label: tx.clusters, value: String(e.clusters) },
    { id: 'nodes', label: tx.nodes, value: `${e.nodes} · ${b(e.ramBytes)}` },
    { id: 'guests', label: tx.guests, value: `${e.guests} · ${b(e.guestRamBytes)}` },
    ...(e.cephRawBytes > 0 ? [{ id: 'raw', label: tx.raw, value: b(e.cephRawBytes) }] : []),
    { id: 'moved', label: tx.moved, value: `${placed.length} · ${b(placed.reduce((s, m) => s + m.ramBytes, 0))}` },
    { id: 'waves', label: tx.waves, value: String(v.waves.length) },
    ...(nowhere.length > 0 ? [{ id: 'nowhere', label: tx.nowhere, value: String(nowhere.length) }] : []),
  ];
  const clusters = buildTable(
    'estate-clusters',
    tx.table,
    [tx.cluster, tx.role, tx.nodes, tx.ram, tx.guestRam, tx.verdict, tx.room, tx.after],
    v.clusters.map((c) => ({
      key: c.name,
      cells: [
        c.name,
        c.role === 'vmware' ? tx.vmware : tx.proxmox,
        String(c.nodes),
        b(c.ramBytes),
        `${b(c.guestRamBytes)} (${c.guests})`,
        `${c.memoryPasses === null ? tx.na : c.memoryPasses ? tx.pass : tx.fail} ${r(c.worstCaseUtilization)}`,
        c.roomBytes === null ? '—' : `${c.roomBytes < 0 ? '−' : ''}${b(Math.abs(c.roomBytes))}`,
        r(c.after.worstCaseUtilization),
      ],
      ...(c.role === 'proxmox' ? { tone: c.passes ? ('ok' as const) : ('fail' as const) } : {}),
    })),
    lang,
  );
  const waves = buildTable(
    'estate-waves',
    tx.waves,
    [tx.wave, tx.guests, tx.ramCol, tx.to, tx.afterWave],
    v.waves.map((w) => ({
      key: String(w.index),
      cells: [
        String(w.index),
        String(w.guests.length),
        b(w.ramBytes),
        w.clusters
          .filter((c) => c.added > 0)
          .map((c) => `${c.name} +${c.added}`)
          .join(', '),
        w.clusters.map((c) => `${c.name} ${r(c.worstCaseUtilization)}`).join(', '),
      ],
    })),
    lang,
  );
  const moves = buildTable(
    'estate-moves',
    tx.moves,
    [tx.guest, tx.ramCol, tx.from, tx.to, tx.kind],
    v.moves.map((m) => ({
      key: `${m.from}/${m.id}`,
      cells: [m.name, m.reason === 'unknown-memory' ? '?' : b(m.ramBytes), m.from, m.to ?? '—', m.to === null ? (tx.reason[m.reason ?? ''] ?? '') : m.wave === null ? tx.rebalance : String(m.wave)],
      ...(m.to === null ? { tone: 'warn' as const } : {}),
    })),
    lang,
  );
  return { ok: true, figures, checks: v.checks, derivation: v.derivation, pictures: [], tables: [clusters, waves, moves] };
}

/** Reads the what-ifs as the single-cluster page does, runs the core's analyzeEstate on the groups, presents it. */
export function computeEstate(state: PageState, lang: Lang, groups: readonly ClusterGroup[], placementOf: (g: ClusterGroup) => AnalysisPlacement | undefined): PageOutcome {
  return guarded(lang, () => {
    const values = state.values;
    const read = readAnalysisInputs(values, lang, { blankIsAbsent: true, surface: 'web', nodes: groups.flatMap((g) => g.inventory.nodes.map((n) => n.name)) });
    if (!read.ok) return invalid(read.issues.map((i) => ({ key: i.key, value: typeof i.value === 'string' ? i.value : undefined, message: i.message })));
    const system = read.system ?? 'binary';
    const clusters = groups.map((g) => {
      const placement = placementOf(g);
      return { name: g.name, role: g.role, files: g.files, inventory: g.inventory, ...(placement ? { placement } : {}) };
    });
    return fromCore(analyzeEstate({ clusters, options: read.input, system, lang }), FIELDS, values, (v) => presentEstate(v, lang, system));
  });
}
