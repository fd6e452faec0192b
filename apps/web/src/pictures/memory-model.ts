/**
 * Per-node memory bars, healthy and with the f largest nodes down: the core's nodeLoads gives every
 * figure; this only lays them out for the picture.
 */
import { formatBytes, formatRatio, type Lang, nodeLoads, type SizeSystem } from '@capa/core';

export interface NodeBar {
  readonly label: string;
  readonly ramBytes: number;
  /** Guest share plus host reservation. */
  readonly loadBytes: number;
  /** Of loadBytes, what moved here from the failed nodes (0 when healthy). */
  readonly movedBytes: number;
  /** u × RAM: the 75 % line. */
  readonly limitBytes: number;
  readonly failed: boolean;
  /** The node's RAM, formatted. */
  readonly ram: string;
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
  readonly legend: { readonly own: string; readonly moved: string; readonly failed: string };
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
  en: { title: 'Memory per node', healthy: 'All nodes up', degraded: (f: number) => (f === 1 ? 'One node down' : `${f} nodes down`), node: 'node', note: (shown: number, n: number) => `showing ${shown} of ${n} nodes`, own: 'own guests + reservation', moved: 'taken over from the failed node', failed: 'failed', down: 'down' },
  fr: { title: 'Mémoire par nœud', healthy: 'Tous les nœuds actifs', degraded: (f: number) => (f === 1 ? 'Un nœud en panne' : `${f} nœuds en panne`), node: 'nœud', note: (shown: number, n: number) => `${shown} nœuds affichés sur ${n}`, own: 'invités propres + réservation', moved: 'repris du nœud en panne', failed: 'en panne', down: 'arrêté' },
};

export function memoryBars(s: MemoryScene): MemoryPicture {
  const t = L[s.lang];
  const { nodes, loads } = nodeLoads({ groups: s.groups, failures: s.failures, guestBytes: s.guestBytes, reservePerNodeBytes: s.reservePerNodeBytes, maxNodes: MAX_NODE_BARS });
  const healthy: NodeBar[] = [];
  const degraded: NodeBar[] = [];
  loads.forEach((n, i) => {
    const label = `${t.node} ${i + 1}`;
    const ram = n.ramBytes;
    const ramText = formatBytes(ram, s.system, s.lang);
    const limit = s.maxUtilization * ram;
    const own = n.healthyBytes;
    healthy.push({ label, ramBytes: ram, loadBytes: own, movedBytes: 0, limitBytes: limit, failed: false, ram: ramText, text: formatRatio(own / ram, s.lang) });
    const after = n.afterFailureBytes;
    if (after === null) {
      degraded.push({ label, ramBytes: ram, loadBytes: 0, movedBytes: 0, limitBytes: limit, failed: true, ram: ramText, text: t.down });
    } else {
      degraded.push({ label, ramBytes: ram, loadBytes: after, movedBytes: after - own, limitBytes: limit, failed: false, ram: ramText, text: formatRatio(after / ram, s.lang) });
    }
  });
  return {
    kind: 'memory',
    id: 'memory-bars',
    title: t.title,
    healthyTitle: t.healthy,
    degradedTitle: t.degraded(s.failures),
    limitLabel: formatRatio(s.maxUtilization, s.lang),
    healthy,
    degraded,
    note: nodes > MAX_NODE_BARS ? t.note(MAX_NODE_BARS, nodes) : null,
    legend: { own: t.own, moved: t.moved, failed: t.failed },
  };
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
    const ram = formatBytes(n.ramBytes, system, lang);
    const limit = maxUtilization * n.ramBytes;
    const own = n.guestRamBytes + n.reservationBytes;
    healthy.push(
      n.online
        ? { label, ramBytes: n.ramBytes, loadBytes: own, movedBytes: 0, limitBytes: limit, failed: false, ram, text: formatRatio(own / n.ramBytes, lang) }
        : { label, ramBytes: n.ramBytes, loadBytes: 0, movedBytes: 0, limitBytes: limit, failed: true, ram, text: t.down },
    );
    if (n.failed || n.afterFailureGuestRamBytes === null) {
      degraded.push({ label, ramBytes: n.ramBytes, loadBytes: 0, movedBytes: 0, limitBytes: limit, failed: true, ram, text: t.down });
    } else {
      const after = n.afterFailureGuestRamBytes + n.reservationBytes;
      degraded.push({ label, ramBytes: n.ramBytes, loadBytes: after, movedBytes: Math.max(0, after - own), limitBytes: limit, failed: false, ram, text: formatRatio(after / n.ramBytes, lang) });
    }
  }
  const failed = nodes.filter((n) => n.failed).length;
  return {
    kind: 'memory',
    id: 'inventory-memory-bars',
    title: t.title,
    healthyTitle: t.healthy,
    degradedTitle: t.degraded(failed),
    limitLabel: formatRatio(maxUtilization, lang),
    healthy,
    degraded,
    note: known.length > MAX_NODE_BARS ? t.note(MAX_NODE_BARS, known.length) : null,
    legend: { own: t.own, moved: t.moved, failed: t.failed },
  };
}
