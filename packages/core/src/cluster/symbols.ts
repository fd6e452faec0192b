/**
 * What the letters of capa quorum's formulas stand for (explain/symbols.ts), in English and French.
 * The votes V are the nodes' and the QDevice's together, so the quorum and the failures tolerated
 * both read them from the votes step.
 */
import type { Glossary } from '../explain/symbols.js';

const en = {
  N: 'cluster nodes, one corosync vote each',
  Q: 'votes of the QDevice: 0 without one, 1 on an even node count, N − 1 on an odd one',
  V: 'corosync votes in all (the nodes’ and the QDevice’s)',
  M: 'Ceph monitors',
};
const fr: typeof en = {
  N: 'nœuds du cluster, un vote corosync chacun',
  Q: 'votes du QDevice : 0 sans QDevice, 1 sur un nombre pair de nœuds, N − 1 sur un nombre impair',
  V: 'votes corosync au total (ceux des nœuds et du QDevice)',
  M: 'moniteurs Ceph',
};
export const QUORUM_SYMBOLS: Glossary<keyof typeof en> = { en, fr };
