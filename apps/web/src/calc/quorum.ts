/** Corosync votes, quorum, HA and Ceph monitors: fields, reading and figures from the core's QUORUM_SPEC. */
import { QUORUM_SPEC } from '@capa/core';
import type { PageDef } from '../state/page';
import { t } from '../state/text';
import { quorumPicture } from '../pictures/quorum-model';
import { guarded } from './outcome';
import { QUORUM_PRESETS } from './presets/others';
import { computeSpec, specFields } from './spec-page';

export const quorumPage: PageDef = {
  route: 'quorum',
  title: t('Quorum and HA', 'Quorum et HA'),
  intro: t(
    'A strict majority of votes keeps the cluster running; HA needs 3 nodes (or 2 and a QDevice).',
    'Une majorité stricte des votes fait vivre le cluster ; la HA exige 3 nœuds (ou 2 et un QDevice).',
  ),
  fields: specFields(QUORUM_SPEC),
  presets: QUORUM_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(QUORUM_SPEC, state, lang, (v) => [quorumPicture(v, v.used.nodes, v.used.qdevice, lang)])),
};
