/** Corosync votes, quorum, HA and Ceph monitors. */
import { type Lang, quorum } from '@capa/core';
import type { FieldDef, PageState } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';
import { defined, FieldReader } from '../state/reader';
import { t } from '../state/text';
import { quorumPicture } from '../pictures/quorum-model';
import { fromCore, guarded, invalid } from './outcome';
import { QUORUM_PRESETS } from './presets/others';

const L = {
  en: { votes: 'Corosync votes', quorum: 'Quorum (votes needed)', tolerated: 'Node failures tolerated', ha: 'HA possible', mons: 'MON failures tolerated', yes: 'yes', no: 'no' },
  fr: { votes: 'Votes corosync', quorum: 'Quorum (votes nécessaires)', tolerated: 'Pannes de nœuds tolérées', ha: 'HA possible', mons: 'Pannes de MON tolérées', yes: 'oui', no: 'non' },
} satisfies Record<Lang, Record<string, string>>;

export const quorumFields: readonly FieldDef[] = [
  { key: 'nodes', kind: 'count', label: t('Nodes', 'Nœuds'), placeholder: '3' },
  { key: 'qdevice', kind: 'flag', label: t('QDevice (external vote)', 'QDevice (vote externe)'), defaultValue: '0' },
  { key: 'sharedStorage', kind: 'flag', label: t('Shared storage (Ceph, NFS...)', 'Stockage partagé (Ceph, NFS...)'), defaultValue: '1' },
  { key: 'mons', kind: 'count', label: t('Ceph monitors (MONs)', 'Moniteurs Ceph (MON)'), placeholder: '3' },
];

export function computeQuorum(state: PageState, lang: Lang): PageOutcome {
  const values = state.values;
  const r = new FieldReader(values, lang);
  const nodes = r.require('nodes', r.count('nodes'));
  const mons = r.count('mons');
  if (r.issues.length > 0 || nodes === undefined) return invalid(r.issues);
  const tx = L[lang];
  const qdevice = r.flag('qdevice', false);
  return fromCore(quorum({ nodes, qdevice, sharedStorage: r.flag('sharedStorage', true), ...defined({ mons }), lang }), { nodes: 'nodes', mons: 'mons' }, values, (v) => ({
    ok: true,
    figures: [
      { id: 'tolerated', label: tx.tolerated, value: String(v.toleratedNodeFailures), main: true },
      { id: 'quorum', label: tx.quorum, value: String(v.quorumVotes), main: true },
      { id: 'votes', label: tx.votes, value: String(v.votes) },
      { id: 'ha', label: tx.ha, value: v.haPossible ? tx.yes : tx.no },
      ...(v.toleratedMonFailures === null ? [] : [{ id: 'mons', label: tx.mons, value: String(v.toleratedMonFailures) }]),
    ],
    checks: v.checks,
    derivation: v.derivation,
    pictures: [quorumPicture(v, nodes, qdevice, lang)].filter((p) => p !== null),
  }));
}

export const quorumPage: PageDef = {
  route: 'quorum',
  title: t('Quorum and HA', 'Quorum et HA'),
  intro: t('A strict majority of votes keeps the cluster running; HA needs 3 nodes (or 2 and a QDevice).', 'Une majorité stricte des votes fait vivre le cluster ; la HA exige 3 nœuds (ou 2 et un QDevice).'),
  fields: quorumFields,
  presets: QUORUM_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeQuorum(state, lang)),
};
