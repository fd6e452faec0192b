/**
 * Inventory analysis: an imported cluster (`capa import … --out FILE`) through the core's
 * analyzeInventory, as `capa analyze` shows it, with the what-ifs as inputs (src/calc/inventory-fields.ts).
 * This module runs in the inventory engine's own script (src/inventory/engine.ts), loaded when the
 * page opens: it is not part of the initial bundle.
 */
import {
  count,
  ANALYSIS_INPUTS,
  analysisField,
  type AnalysisPlacement,
  analyzeInventory,
  formatBytes,
  formatBytesBoth,
  formatNumber,
  formatRatio,
  type InventoryAnalysis,
  type Lang,
  markOutcomeDefaults,
  readAnalysisInputs,
  type SizeSystem,
} from '@capa/core';
import type { Inventory } from '@capa/importer';
import type { PageState } from '../state/fields';
import type { Figure, PageOutcome, Table } from '../state/page';
import { buildTable } from './table';
import { inventoryBars } from '../pictures/memory-model';
import type { BarsPicture } from '../pictures/bars-model';
import { type FillHistogramPicture, fillHistogramPicture } from '../pictures/fill-histogram-model';
import { fromCore, guarded, invalid } from './outcome';

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: {
    verdict: 'Verdict (memory N − f)', pass: 'passes', fail: 'FAILS', na: 'not applicable', worst: 'Worst-case utilisation', max: 'max', failed: 'Failing (largest)', guests: 'Guest RAM (configured)', guestCount: (n: number) => `${n} guests`,
    surv: 'Survivors’ RAM', res: 'Host reservations', usable: 'Usable guest RAM', running: 'Running guests only', cpu: 'vCPU : thread', headroom: 'More guests that fit', add: 'Nodes to add',
    raw: 'Ceph raw', osds: (n: number, h: number) => `${count(n, 'en', 'OSD', 'OSDs')}, ${count(h, 'en', 'host', 'hosts')}`, used: 'Ceph raw used', fill: 'Ceph fill now', fillAfter: 'Ceph fill after host loss', safe: 'Ceph safe raw', fullest: 'Ceph fullest OSD (CRUSH)', fullestAfter: 'Ceph fullest OSD after host loss', crushSafe: 'Ceph safe stored (CRUSH)', on: 'on', losing: 'losing', whatIf: 'What-if', none: 'none', grow: 'grow',
    nodes: 'Nodes: memory now and after the failure', node: 'Node', ram: 'RAM', guestRam: 'Guest RAM', reserve: 'Reservation', now: 'Now', after: 'After failure', down: 'down', offline: 'offline',
    placement: 'Placement of the failed nodes’ guests (first-fit decreasing)', guest: 'Guest', from: 'From', to: 'To', within: (u: string) => `Within ${u}`, yes: 'yes', no: 'no', nowhere: 'nowhere: cannot restart',
    pools: 'Ceph pools', pool: 'Pool', protection: 'Protection', stored: 'Stored', safeStored: 'Safe stored', pgNum: 'pg_num', autoscaler: 'Autoscaler', ceph: 'Ceph autoscale-status',
    cephBars: 'Ceph raw capacity', rawBar: 'Raw', usedBar: 'Used', safeBar: 'Safe raw (host loss, nearfull)',
  },
  fr: {
    verdict: 'Verdict (mémoire N − f)', pass: 'respecté', fail: 'ÉCHEC', na: 'sans objet', worst: 'Occupation au pire cas', max: 'max', failed: 'En panne (plus gros)', guests: 'RAM invités (configurée)', guestCount: (n: number) => `${n} invités`,
    surv: 'RAM des survivants', res: 'Réserves hôte', usable: 'RAM utilisable invités', running: 'Invités démarrés seulement', cpu: 'vCPU : thread', headroom: 'Invités de plus possibles', add: 'Nœuds à ajouter',
    raw: 'Ceph brut', osds: (n: number, h: number) => `${count(n, 'fr', 'OSD', 'OSD')}, ${count(h, 'fr', 'hôte', 'hôtes')}`, used: 'Ceph brut utilisé', fill: 'Ceph remplissage', fillAfter: 'Ceph après perte d’hôte', safe: 'Ceph brut sûr', fullest: 'Ceph OSD le plus plein (CRUSH)', fullestAfter: 'Ceph OSD le plus plein après perte d’hôte', crushSafe: 'Ceph stockable sûr (CRUSH)', on: 'sur', losing: 'perte de', whatIf: 'Scénario', none: 'aucun', grow: 'croissance',
    nodes: 'Nœuds : mémoire maintenant et après la panne', node: 'Nœud', ram: 'RAM', guestRam: 'RAM invités', reserve: 'Réserve', now: 'Maintenant', after: 'Après panne', down: 'en panne', offline: 'hors ligne',
    placement: 'Placement des invités des nœuds en panne (first-fit décroissant)', guest: 'Invité', from: 'De', to: 'Vers', within: (u: string) => `Sous ${u}`, yes: 'oui', no: 'non', nowhere: 'nulle part : ne peut redémarrer',
    pools: 'Pools Ceph', pool: 'Pool', protection: 'Protection', stored: 'Stocké', safeStored: 'Stockage sûr', pgNum: 'pg_num', autoscaler: 'Autoscaler', ceph: 'Ceph autoscale-status',
    cephBars: 'Capacité brute Ceph', rawBar: 'Brut', usedBar: 'Utilisé', safeBar: 'Brut sûr (perte d’hôte, nearfull)',
  },
} as const;

/** The core's field names → the page's field keys, from the spec, so a core issue lands on its input. */
const FIELDS: Readonly<Record<string, string>> = { ...Object.fromEntries(ANALYSIS_INPUTS.map((i) => [analysisField(i), i.key])), inventory: '' };

type Tx = (typeof L)[Lang];
type Ceph = NonNullable<InventoryAnalysis['ceph']>;

/** The memory verdict, its figures, CPU, headroom and the what-ifs applied; not applicable (a Ceph-only import): the verdict says so, no memory figures. */
function memoryFigures(v: InventoryAnalysis, tx: Tx, lang: Lang, system: SizeSystem): Figure[] {
  const m = v.memory;
  const both = (b: number) => formatBytesBoth(b, system, lang);
  const whatIf = [
    v.whatIf.grow !== 0 ? `${tx.grow} ${formatRatio(v.whatIf.grow, lang)}` : '',
    v.whatIf.addedNodes.length ? `+${v.whatIf.addedNodes.join(' +')}` : '',
    v.whatIf.removedNodes.length ? `−${v.whatIf.removedNodes.join(' −')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const memory: Figure[] = m.applicable
    ? [
        { id: 'worst', label: tx.worst, value: m.worstCaseUtilization === null ? '—' : `${formatRatio(m.worstCaseUtilization, lang)} (${tx.max} ${formatRatio(m.maxUtilization, lang)})`, main: true },
        { id: 'failed', label: tx.failed, value: m.failedNodes.length > 0 ? m.failedNodes.join(', ') : tx.none },
        { id: 'guests', label: tx.guests, value: `${both(m.guestRamBytes)} (${tx.guestCount(m.counted.guests)})` },
        { id: 'survivors', label: tx.surv, value: both(m.survivingRamBytes) },
        { id: 'reservations', label: tx.res, value: both(m.hostReservationBytes) },
      ]
    : [];
  return [
    { id: 'verdict', label: tx.verdict, value: m.passes === null ? tx.na : m.passes ? tx.pass : tx.fail, main: true },
    ...memory,
    ...(m.usableGuestRamBytes === null ? [] : [{ id: 'usable', label: tx.usable, value: both(m.usableGuestRamBytes) }]),
    ...(m.runningOnlyUtilization === null ? [] : [{ id: 'running', label: tx.running, value: formatRatio(m.runningOnlyUtilization, lang) }]),
    ...(v.cpu.overcommit === null ? [] : [{ id: 'cpu', label: tx.cpu, value: `${formatNumber(v.cpu.overcommit, lang, 2)}:1 (${tx.max} ${formatNumber(v.cpu.maxOvercommit, lang, 2)}:1)` }]),
    ...(m.applicable ? [{ id: 'headroom', label: tx.headroom, value: `${v.headroomGuests} × ${formatBytes(v.headroom.guestRamBytes, system, lang)} / ${v.headroom.guestVcpus} vCPU` }] : []),
    ...(m.nodesToAdd === null ? [] : [{ id: 'nodes-to-add', label: tx.add, value: String(m.nodesToAdd) }]),
    ...(whatIf === '' ? [] : [{ id: 'what-if', label: tx.whatIf, value: whatIf }]),
  ];
}

/** Ceph: raw, used, fill now and after a host loss, safe raw, and the CRUSH simulation when the engine ran it. */
function cephFigures(c: Ceph, tx: Tx, lang: Lang, system: SizeSystem): Figure[] {
  const both = (b: number) => formatBytesBoth(b, system, lang);
  return [
    { id: 'ceph-raw', label: tx.raw, value: `${both(c.rawBytes)} (${tx.osds(c.osdCount, c.hosts)})` },
    ...(c.usedBytes === null ? [] : [{ id: 'ceph-used', label: tx.used, value: both(c.usedBytes) }]),
    ...(c.fillNow === null ? [] : [{ id: 'ceph-fill', label: tx.fill, value: formatRatio(c.fillNow, lang) }]),
    ...(c.fillAfterHostLoss === null
      ? []
      : [
          {
            id: 'ceph-fill-after',
            label: tx.fillAfter,
            value: `${formatRatio(c.fillAfterHostLoss, lang)} (nearfull ${formatRatio(c.nearfull, lang)}, backfillfull ${formatRatio(c.backfillfull, lang)})`,
          },
        ]),
    ...(c.safeRawBytes === null ? [] : [{ id: 'ceph-safe', label: tx.safe, value: both(c.safeRawBytes) }]),
    // The CRUSH simulation (when the engine ran it): the fullest OSD, which Ceph's ratios judge.
    ...(c.fullestOsdFill === null || !c.placement?.fullestOsd
      ? []
      : [
          {
            id: 'ceph-fullest',
            label: tx.fullest,
            value: `${formatRatio(c.fullestOsdFill, lang)} (osd.${c.placement.fullestOsd.id}${c.placement.fullestOsd.host ? ` ${tx.on} ${c.placement.fullestOsd.host}` : ''})`,
          },
        ]),
    ...(c.fullestOsdFillAfterHostLoss === null || !c.placement?.worstHostLoss
      ? []
      : [{ id: 'ceph-fullest-after', label: tx.fullestAfter, value: `${formatRatio(c.fullestOsdFillAfterHostLoss, lang)} (${tx.losing} ${c.placement.worstHostLoss.hosts})` }]),
    ...(c.placement?.crushSafeStoredBytes == null ? [] : [{ id: 'ceph-crush-safe', label: tx.crushSafe, value: both(c.placement.crushSafeStoredBytes) }]),
  ];
}

/** Each node now and after the failure, then where the failed nodes' guests go. */
function memoryTables(v: InventoryAnalysis, tx: Tx, lang: Lang, system: SizeSystem): Table[] {
  const m = v.memory;
  const size = (b: number | null) => (b === null ? '?' : formatBytes(b, system, lang));
  const ratio = (r: number | null) => (r === null ? '?' : formatRatio(r, lang));
  const tables: Table[] =
    m.perNode.length === 0
      ? []
      : [
          buildTable(
            'nodes',
            tx.nodes,
            [tx.node, tx.ram, tx.guestRam, tx.reserve, tx.now, tx.after],
            m.perNode.map((n) => ({
              key: n.name,
              cells: [n.name, size(n.ramBytes), size(n.guestRamBytes), size(n.reservationBytes), n.online ? ratio(n.utilization) : tx.offline, n.failed ? tx.down : ratio(n.afterFailureUtilization)],
              ...(n.failed ? {} : n.afterFailureUtilization !== null && n.afterFailureUtilization > m.maxUtilization ? { tone: 'warn' as const } : {}),
            })),
            lang,
          ),
        ];
  const placed = [...m.placement.moved, ...m.placement.unplaced];
  if (placed.length > 0) {
    tables.push(
      buildTable(
        'placement',
        tx.placement,
        [tx.guest, tx.ram, tx.from, tx.to, tx.within(formatRatio(m.maxUtilization, lang))],
        placed.map((p) => ({
          key: p.id,
          cells: [p.name === '' ? p.id : `${p.name} (${p.id})`, size(p.ramBytes), p.from ?? '?', p.to ?? tx.nowhere, p.to === null ? '—' : p.withinLimit ? tx.yes : tx.no],
          tone: p.to === null ? 'fail' : p.withinLimit ? 'ok' : 'warn',
        })),
        lang,
      ),
    );
  }
  return tables;
}

/** The pools' table (pg_num against the autoscalers) and the raw capacity bars. */
function cephViews(c: Ceph, tx: Tx, lang: Lang, system: SizeSystem): { table: Table; picture: BarsPicture } {
  const size = (b: number | null) => (b === null ? '?' : formatBytes(b, system, lang));
  return {
    table: buildTable(
      'pools',
      tx.pools,
      [tx.pool, tx.protection, tx.stored, tx.safeStored, tx.pgNum, tx.autoscaler, tx.ceph],
      c.pools.map((p) => ({
        key: p.name,
        cells: [
          p.name,
          p.protection ?? '?',
          size(p.storedBytes),
          size(p.safeStoredBytes),
          p.pgNum === null ? '?' : String(p.pgNum),
          p.autoscalerPgNum === null ? '—' : String(p.autoscalerPgNum),
          p.cephPgNumFinal === null ? '—' : String(p.cephPgNumFinal),
        ],
        ...(p.wouldChange ? { tone: 'warn' as const } : {}),
      })),
      lang,
    ),
    picture: {
      kind: 'bars',
      id: 'ceph-raw',
      title: tx.cephBars,
      bars: [
        { label: tx.rawBar, value: c.rawBytes, text: formatBytes(c.rawBytes, system, lang) },
        ...(c.safeRawBytes === null ? [] : [{ label: tx.safeBar, value: c.safeRawBytes, text: formatBytes(c.safeRawBytes, system, lang), tone: 'muted' as const }]),
        ...(c.usedBytes === null
          ? []
          : [
              {
                label: tx.usedBar,
                value: c.usedBytes,
                text: formatBytes(c.usedBytes, system, lang),
                tone: c.safeRawBytes !== null && c.usedBytes > c.safeRawBytes ? ('warn' as const) : ('main' as const),
              },
            ]),
      ],
    },
  };
}

/** The analysis as figures, tables and pictures: the CLI's output, formatted by the core's helpers. */
export function presentAnalysis(v: InventoryAnalysis, lang: Lang, system: SizeSystem): Extract<PageOutcome, { ok: true }> {
  const tx = L[lang];
  const c = v.ceph;
  const figures = [...memoryFigures(v, tx, lang, system), ...(c === null ? [] : cephFigures(c, tx, lang, system))];
  const tables = memoryTables(v, tx, lang, system);
  const pictures: (ReturnType<typeof inventoryBars> | BarsPicture | FillHistogramPicture)[] = v.memory.applicable ? [inventoryBars(v.memory.perNode, v.memory.maxUtilization, lang, system)] : [];
  if (c !== null) {
    const views = cephViews(c, tx, lang, system);
    tables.push(views.table);
    pictures.push(views.picture);
    // The CRUSH simulation's fills, healthy and after each host loss (the core's counts).
    const hist = fillHistogramPicture(c.placement?.fillHistogram ?? null, c, lang);
    if (hist) pictures.push(hist);
  }
  return { ok: true, figures, checks: v.checks, derivation: v.derivation, pictures, tables };
}

/** Reads the what-if inputs (the core's reading, as `capa analyze` reads its options), runs the core's analysis on the loaded inventory, presents it. */
export function computeInventory(state: PageState, lang: Lang, inventory: Inventory, placement?: AnalysisPlacement): PageOutcome {
  return guarded(lang, () => {
    const values = state.values;
    const read = readAnalysisInputs(values, lang, { blankIsAbsent: true, surface: 'web', nodes: inventory.nodes.map((n) => n.name) });
    if (!read.ok) return invalid(read.issues.map((i) => ({ key: i.key, value: typeof i.value === 'string' ? i.value : undefined, message: i.message })));
    const system = read.system ?? 'binary';
    const outcome = analyzeInventory({ inventory, ...read.input, system, lang }, placement);
    // A field left blank is the default: its letters say so (the core names the input, the page knows what was typed).
    const marked = markOutcomeDefaults(outcome, (k) => (values[k] ?? '').trim() !== '');
    return fromCore(marked, FIELDS, values, (v) => presentAnalysis(v, lang, system));
  });
}
