/**
 * BlueStore DB/WAL sizes under each rule, DB device sharing and SSD wear. Fields, reading and
 * figures come from the core's BLUESTORE_SPEC (the CLI's too); only the picture is the page's: the
 * DB range under each rule, the chosen one highlighted.
 */
import { BLUESTORE_SPEC, type BluestoreResult, formatBytes, type Lang, type SizeSystem } from '@capa/core';
import type { PageDef } from '../state/page';
import type { Picture } from '../pictures/picture';
import { t } from '../state/text';
import { guarded } from './outcome';
import { BLUESTORE_PRESETS } from './presets/others';
import { computeSpec, specFields } from './spec-page';

/** Short rule names for the picture's axis. */
const SHORT = { course: t('Course', 'Cours'), 'ceph-rbd': t('Ceph RBD', 'Ceph RBD'), 'ceph-rgw': t('Ceph RGW', 'Ceph RGW'), proxmox: t('Proxmox', 'Proxmox') } as const;
const RULES = t('DB size under each rule', 'Taille de la DB selon chaque règle');

function dbBars(v: BluestoreResult, system: SizeSystem, lang: Lang): Picture {
  return {
    kind: 'bars',
    id: 'db-rules',
    title: RULES[lang],
    bars: v.rules.map((x) => ({
      label: SHORT[x.rule][lang],
      low: x.dbMinBytes,
      value: x.dbMaxBytes,
      text: x.dbMinBytes === x.dbMaxBytes ? formatBytes(x.dbMaxBytes, system, lang) : `${formatBytes(x.dbMinBytes, system, lang)} – ${formatBytes(x.dbMaxBytes, system, lang)}`,
      tone: x.rule === v.rule ? ('main' as const) : ('muted' as const),
    })),
  };
}

export const bluestorePage: PageDef = {
  route: 'bluestore',
  title: t('BlueStore DB and WAL', 'DB et WAL BlueStore'),
  intro: t('On SSD in front of HDD OSDs: DB 2 % to 5 % of the OSD, WAL 1 %, and the SSD wears out.', 'Sur SSD devant des OSD HDD : DB de 2 % à 5 % de l’OSD, WAL 1 %, et le SSD s’use.'),
  fields: specFields(BLUESTORE_SPEC),
  presets: BLUESTORE_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(BLUESTORE_SPEC, state, lang, (v, system) => [dbBars(v, system, lang)])),
};
