/**
 * How the N − f rule sees each node: the largest f nodes fail, and guest memory sits on the nodes
 * in proportion to their RAM (the rule's own assumption), before and after the failure. Pictures
 * and tables draw these figures; they do no arithmetic of their own.
 */
export interface NodeGroup { readonly count: number; readonly ramBytes: number }

/** RAM lost when the f largest nodes fail; groups in any order. */
export function largestFailedRam(groups: readonly NodeGroup[], failures: number): number {
  let left = failures;
  let failed = 0;
  for (const g of [...groups].sort((a, b) => b.ramBytes - a.ramBytes)) {
    const down = Math.min(left, g.count);
    failed += down * g.ramBytes;
    left -= down;
  }
  return failed;
}

export interface NodeLoad {
  readonly ramBytes: number;
  /** Guest share plus host reservation, all nodes up. */
  readonly healthyBytes: number;
  /** The same with the f largest nodes down; null for a failed node. */
  readonly afterFailureBytes: number | null;
}

export interface NodeLoadSpec {
  readonly groups: readonly NodeGroup[];
  readonly failures: number;
  readonly guestBytes: number;
  readonly reservePerNodeBytes: number;
  /** At most this many nodes are listed (largest first); the counts stay exact. */
  readonly maxNodes: number;
}

/** Per-node memory, largest nodes first (so the failed ones come first). */
export function nodeLoads(s: NodeLoadSpec): { readonly nodes: number; readonly loads: readonly NodeLoad[] } {
  const sorted = [...s.groups].sort((a, b) => b.ramBytes - a.ramBytes);
  const nodes = sorted.reduce((sum, g) => sum + g.count, 0);
  const total = sorted.reduce((sum, g) => sum + g.count * g.ramBytes, 0);
  const surviving = total - largestFailedRam(sorted, s.failures);
  const loads: NodeLoad[] = [];
  for (const g of sorted) {
    for (let i = 0; i < g.count && loads.length < s.maxNodes; i++) {
      const index = loads.length;
      const healthyBytes = (s.guestBytes * g.ramBytes) / total + s.reservePerNodeBytes;
      const afterFailureBytes = index < s.failures ? null : surviving > 0 ? (s.guestBytes * g.ramBytes) / surviving + s.reservePerNodeBytes : 0;
      loads.push({ ramBytes: g.ramBytes, healthyBytes, afterFailureBytes });
    }
  }
  return { nodes, loads };
}
