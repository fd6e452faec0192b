/** capa quorum as data: its inputs, its figures and its messages (issue 10). */
import type { CalculatorSpec } from '../spec/types.js';
import { QUORUM_MESSAGES } from './quorum-messages.js';
import { quorum, type QuorumInput, type QuorumResult } from './quorum.js';

// biome-ignore format: a table, several short entries per line as it reads
export const QUORUM_SPEC: CalculatorSpec<QuorumResult> = {
  id: 'quorum',
  title: { en: 'capa quorum: votes, quorum and HA', fr: 'capa quorum : votes, quorum et HA' },
  description: { en: 'Corosync votes and quorum, QDevice, HA prerequisites, Ceph monitor count', fr: 'Votes et quorum corosync, QDevice, prérequis de la HA, nombre de moniteurs Ceph' },
  inputs: [
    { key: 'nodes', kind: 'count', required: true, example: '3', label: { en: 'Nodes', fr: 'Nœuds' }, help: { en: 'cluster nodes', fr: 'nœuds du cluster' } },
    { key: 'qdevice', kind: 'flag', default: false, label: { en: 'QDevice (external vote)', fr: 'QDevice (vote externe)' }, help: { en: 'an external QDevice votes', fr: 'un QDevice externe vote' } },
    { key: 'mons', kind: 'count', example: '3', label: { en: 'Ceph monitors (MONs)', fr: 'Moniteurs Ceph (MON)' }, help: { en: 'Ceph monitors', fr: 'moniteurs Ceph' } },
    {
      key: 'sharedStorage', kind: 'flag', default: true,
      label: { en: 'Shared storage (Ceph, NFS...)', fr: 'Stockage partagé (Ceph, NFS...)' },
      help: { en: 'guests have no shared or replicated storage', fr: 'les invités n’ont ni stockage partagé ni volumes répliqués' },
    },
  ],
  figures: [
    { id: 'votes', field: 'votes', unit: 'count', label: { en: 'Corosync votes', fr: 'Votes corosync' } },
    { id: 'quorum', field: 'quorumVotes', unit: 'count', headline: 2, label: { en: 'Quorum', fr: 'Quorum' } },
    { id: 'tolerated', field: 'toleratedNodeFailures', unit: 'count', headline: 1, label: { en: 'Node failures tolerated', fr: 'Pannes de nœuds tolérées' } },
    { id: 'ha', field: 'haPossible', unit: 'yesno', label: { en: 'HA possible', fr: 'HA possible' } },
    { id: 'mons', field: 'toleratedMonFailures', unit: 'count', label: { en: 'MON failures tolerated', fr: 'Pannes de MON tolérées' } },
  ],
  messages: QUORUM_MESSAGES,
  // The reader hands over exactly the fields the inputs name; quorum's schema checks them again.
  run: (input) => quorum(input as QuorumInput),
};
