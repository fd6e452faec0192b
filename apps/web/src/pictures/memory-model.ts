/**
 * Per-node memory bars, healthy and with the f largest nodes down: the core's nodeLoads gives every
 * figure; this only lays them out for the picture.
 */
import { PUNCT } from './punct';
import { formatBytes, formatRatio, type Lang, nodeLoads, type NodeSegments, nodeSegments, type SizeSystem } from '@capa/core';

export interface NodeBar {
  readonly label: string;
  readonly failed: boolean;
  /** The core's figures for the node in this state (nodeSegments): the bar's segments, in bytes. */
  readonly bytes: NodeSegments;
  /** The same, formatted: printed on or next to the segments (null when the segment is empty). */
  readonly ram: string;
  readonly reserve: string | null;
  readonly own: string | null;
  readonly moved: string | null;
  readonly room: string;
  /** Load as a share of the node's RAM, or "down". */
  readonly text: string;
}

export interface MemoryPicture {
  readonly kind: 'memory';
  readonly id: string;
  readonly title: string;
  readonly healthyTitle: string;
  readonly degradedTitle: string;
  readonly limitLabel: string;
  readonly healthy: readonly NodeBar[];
  readonly degraded: readonly NodeBar[];
  /** "showing 24 of 100 nodes" when the cluster is larger than the picture. */
  readonly note: string | null;
  readonly legend: { readonly own: string; readonly moved: string; readonly reserve: string; readonly room: string; readonly ram: string };
  /** The accessible text: every bar's figures, in words, panel by panel. */
  readonly summary: string;
}

export interface MemoryScene {
  /** Groups of identical nodes, any order. */
  readonly groups: readonly { readonly count: number; readonly ramBytes: number }[];
  readonly failures: number;
  readonly maxUtilization: number;
  /** Guest RAM placed on the cluster (the usable maximum, or the stated guest total). */
  readonly guestBytes: number;
  readonly reservePerNodeBytes: number;
  readonly lang: Lang;
  readonly system: SizeSystem;
}

/** Bars drawn at most: beyond this a picture stops being readable. */
export const MAX_NODE_BARS = 24;

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { title: 'Memory per node', healthy: 'All nodes up', degraded: (f: number) => (f === 1 ? 'One node down' : `${f} nodes down`), node: 'node', nodes: (a: number, b: number) => `nodes ${a}–${b} (×${b - a + 1})`, note: (shown: number, n: number) => `showing ${shown} of ${n} nodes`, own: 'own guests', moved: 'taken over from failed nodes', reserve: 'host reservation', room: (u: string) => `${u} line: usable part`, ram: 'node RAM (above the bar)', down: 'down', wRam: 'RAM', wReserve: 'reservation', wOwn: 'own guests', wMoved: 'taken over', wRoom: 'usable part' },
  fr: { title: 'Mémoire par nœud', healthy: 'Tous les nœuds actifs', degraded: (f: number) => (f === 1 ? 'Un nœud en panne' : `${f} nœuds en panne`), node: 'nœud', nodes: (a: number, b: number) => `nœuds ${a}–${b} (×${b - a + 1})`, note: (shown: number, n: number) => `${shown} nœuds affichés sur ${n}`, own: 'invités propres', moved: 'repris des nœuds en panne', reserve: 'réservation de l’hôte', room: (u: string) => `ligne ${u} : part utilisable`, ram: 'RAM du nœud (au-dessus de la barre)', down: 'arrêté', wRam: 'RAM', wReserve: 'réservation', wOwn: 'invités propres', wMoved: 'repris', wRoom: 'part utilisable' },
};

/** The bar of one node in one state: the core's segments, formatted (a failed node keeps its RAM and line). */
function bar(label: string, seg: NodeSegments, failed: boolean, lang: Lang, system: SizeSystem): NodeBar {
  const f = (b: number) => formatBytes(b, system, lang);
  const some = (b: number) => (b > 0 && !failed ? f(b) : null);
  const moved = some(seg.movedBytes);
  return {
    label,
    failed,
    bytes: seg,
    ram: f(seg.ramBytes),
    reserve: some(seg.reserveBytes),
    own: some(seg.ownGuestBytes),
    moved: moved === null ? null : `+${moved}`,
    room: f(seg.roomBytes),
    text: failed ? L[lang].down : formatRatio(seg.share, lang),
  };
}

/** Up to this many nodes, one bar each; beyond, identical neighbours share one bar ("nodes 2–8 (×7)") wide enough for its values. */
const MAX_SINGLE_BARS = 6;

/** What a bar prints: two nodes printing the same in both panels are drawn as one. */
const printedAs = (b: NodeBar) => [b.failed, b.ram, b.reserve, b.own, b.moved, b.room, b.text].join('|');

/** Consecutive nodes that print the same, all up and with the failures, merged into one bar per panel (layout only: the figures are the nodes'). */
function grouped(pairs: readonly (readonly [NodeBar, NodeBar])[], lang: Lang): { healthy: NodeBar[]; degraded: NodeBar[] } {
  const healthy: NodeBar[] = [];
  const degraded: NodeBar[] = [];
  let start = 0;
  for (let i = 1; i <= pairs.length; i++) {
    const a = pairs[start];
    const b = pairs[i];
    if (a === undefined) break;
    if (b !== undefined && printedAs(a[0]) === printedAs(b[0]) && printedAs(a[1]) === printedAs(b[1])) continue;
    const label = i - start === 1 ? a[0].label : L[lang].nodes(start + 1, i);
    healthy.push({ ...a[0], label });
    degraded.push({ ...a[1], label });
    start = i;
  }
  return { healthy, degraded };
}

type Bars = Omit<MemoryPicture, 'kind' | 'id' | 'title' | 'legend' | 'summary'>;

/** The accessible text: every bar's figures, in words, panel by panel. */
function describe(b: Bars, room: string, lang: Lang): string {
  const t = L[lang];
  const p = PUNCT[lang];
  const one = (n: NodeBar) => {
    if (n.failed) return `${n.label}${p.colon}${t.wRam} ${n.ram}, ${t.down}`;
    const parts = [`${t.wRam} ${n.ram}`, n.reserve && `${t.wReserve} ${n.reserve}`, n.own && `${t.wOwn} ${n.own}`, n.moved && `${t.wMoved} ${n.moved}`, `${t.wRoom} ${n.room}`, n.text];
    return `${n.label}${p.colon}${parts.filter(Boolean).join(', ')}`;
  };
  return [`${b.healthyTitle}${p.colon}${b.healthy.map(one).join(p.sep)}`, `${b.degradedTitle}${p.colon}${b.degraded.map(one).join(p.sep)}`, room, b.note].filter(Boolean).join(p.end);
}

/** The picture from its bars: the legend and the accessible text in the page's language. */
function finish(id: string, b: Bars, lang: Lang): MemoryPicture {
  const t = L[lang];
  const legend = { own: t.own, moved: t.moved, reserve: t.reserve, room: t.room(b.limitLabel), ram: t.ram };
  return { kind: 'memory', id, title: t.title, ...b, legend, summary: describe(b, legend.room, lang) };
}

export function memoryBars(s: MemoryScene): MemoryPicture {
  const t = L[s.lang];
  const { nodes, loads } = nodeLoads({
    groups: s.groups,
    failures: s.failures,
    guestBytes: s.guestBytes,
    reservePerNodeBytes: s.reservePerNodeBytes,
    maxUtilization: s.maxUtilization,
    maxNodes: MAX_NODE_BARS,
  });
  const pairs = loads.map((n, i) => {
    const label = `${t.node} ${i + 1}`;
    const down = n.afterFailure === null ? bar(label, n.healthy, true, s.lang, s.system) : bar(label, n.afterFailure, false, s.lang, s.system);
    return [bar(label, n.healthy, false, s.lang, s.system), down] as const;
  });
  const { healthy, degraded } = pairs.length > MAX_SINGLE_BARS ? grouped(pairs, s.lang) : { healthy: pairs.map((p) => p[0]), degraded: pairs.map((p) => p[1]) };
  const limitLabel = formatRatio(s.maxUtilization, s.lang);
  const note = nodes > MAX_NODE_BARS ? t.note(MAX_NODE_BARS, nodes) : null;
  return finish('memory-bars', { healthyTitle: t.healthy, degradedTitle: t.degraded(s.failures), limitLabel, healthy, degraded, note }, s.lang);
}

/** What the inventory analysis says of one node (the core's NodeAnalysis, the fields drawn). */
export interface AnalysedNode {
  readonly name: string;
  readonly online: boolean;
  readonly ramBytes: number | null;
  readonly failed: boolean;
  readonly reservationBytes: number;
  readonly guestRamBytes: number;
  readonly afterFailureGuestRamBytes: number | null;
}

const short = (name: string) => (name.length > 12 ? `${name.slice(0, 11)}…` : name);

/**
 * The same bars for an imported cluster: each node's own guests (as configured) and reservation now,
 * then what the core's placement put on each survivor with the failed nodes down. Nodes of unknown
 * RAM cannot be drawn and are left out (the table lists them).
 */
export function inventoryBars(nodes: readonly AnalysedNode[], maxUtilization: number, lang: Lang, system: SizeSystem): MemoryPicture {
  const t = L[lang];
  const known = nodes.filter((n): n is AnalysedNode & { ramBytes: number } => n.ramBytes !== null && n.ramBytes > 0);
  const shown = known.slice(0, MAX_NODE_BARS);
  const healthy: NodeBar[] = [];
  const degraded: NodeBar[] = [];
  for (const n of shown) {
    const label = short(n.name);
    const now = nodeSegments(n.ramBytes, n.reservationBytes, n.guestRamBytes, n.guestRamBytes, maxUtilization);
    healthy.push(bar(label, now, !n.online, lang, system));
    const after = n.failed ? null : n.afterFailureGuestRamBytes;
    degraded.push(after === null ? bar(label, now, true, lang, system) : bar(label, nodeSegments(n.ramBytes, n.reservationBytes, n.guestRamBytes, after, maxUtilization), false, lang, system));
  }
  const failed = nodes.filter((n) => n.failed).length;
  const limitLabel = formatRatio(maxUtilization, lang);
  const note = known.length > MAX_NODE_BARS ? t.note(MAX_NODE_BARS, known.length) : null;
  return finish('inventory-memory-bars', { healthyTitle: t.healthy, degradedTitle: t.degraded(failed), limitLabel, healthy, degraded, note }, lang);
}
