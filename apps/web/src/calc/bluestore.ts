/** BlueStore DB/WAL sizes under each rule, DB device sharing and SSD wear. */
import { bluestore, BLUESTORE_DEFAULTS, BLUESTORE_RULES, defaultText, formatBytes, formatBytesBoth, formatNumber, type Lang } from '@capa/core';
import type { FieldDef, PageState } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';
import { defined, FieldReader } from '../state/reader';
import { t } from '../state/text';
import { fromCore, guarded, invalid } from './outcome';
import { BLUESTORE_PRESETS } from './presets/others';

/** Short rule names for the picture's axis. */
const SHORT = { course: t('Course', 'Cours'), 'ceph-rbd': t('Ceph RBD', 'Ceph RBD'), 'ceph-rgw': t('Ceph RGW', 'Ceph RGW'), proxmox: t('Proxmox', 'Proxmox') } as const;

const L = {
  en: { rule: 'Rule', db: 'DB (block.db)', wal: 'WAL (block.wal)', walInDb: 'WAL (inside block.db)', shared: 'Needed on the DB device', blast: 'OSDs lost with one DB device', life: 'DB SSD life (years)', rules: 'DB size under each rule', course: 'Course: DB 2–5 %, WAL 1 %', 'ceph-rbd': 'Ceph docs, RBD: DB 1–2 %', 'ceph-rgw': 'Ceph docs, RGW: DB 4 %', proxmox: 'Proxmox pveceph: DB 10 %, WAL in the DB' },
  fr: { rule: 'Règle', db: 'DB (block.db)', wal: 'WAL (block.wal)', walInDb: 'WAL (dans block.db)', shared: 'Nécessaire sur le périphérique DB', blast: 'OSD perdus avec un périphérique DB', life: 'Vie du SSD DB (années)', rules: 'Taille de la DB selon chaque règle', course: 'Cours : DB 2 à 5 %, WAL 1 %', 'ceph-rbd': 'Doc Ceph, RBD : DB 1 à 2 %', 'ceph-rgw': 'Doc Ceph, RGW : DB 4 %', proxmox: 'Proxmox pveceph : DB 10 %, WAL dans la DB' },
} satisfies Record<Lang, Record<string, string>>;

export const bluestoreFields: readonly FieldDef[] = [
  { key: 'osdSize', kind: 'size', label: t('OSD size (block device)', 'Taille de l’OSD (périphérique bloc)'), placeholder: '16TB' },
  { key: 'rule', kind: 'choice', label: t('Sizing rule', 'Règle de dimensionnement'), defaultValue: BLUESTORE_DEFAULTS.rule, options: BLUESTORE_RULES.map((value) => ({ value, label: t(L.en[value], L.fr[value]) })) },
  { key: 'walDevice', kind: 'flag', label: t('Separate WAL device (pveceph -wal_dev; proxmox rule only)', 'Périphérique WAL séparé (pveceph -wal_dev ; règle proxmox seulement)'), defaultValue: '0', advanced: true },
  { key: 'osdsPerDb', kind: 'count', label: t('OSDs sharing one DB device', 'OSD partageant un périphérique DB'), placeholder: '4' },
  { key: 'dbDeviceSize', kind: 'size', label: t('DB device size', 'Taille du périphérique DB'), placeholder: '1.6TB' },
  { key: 'endurance', kind: 'size', label: t('DB SSD endurance (TBW)', 'Endurance du SSD DB (TBW)'), placeholder: '7000TB', advanced: true },
  { key: 'dwpd', kind: 'positive', label: t('DB SSD drive writes per day (DWPD)', 'Écritures par jour du SSD DB (DWPD)'), placeholder: '3', advanced: true },
  { key: 'warrantyYears', kind: 'positive', label: t('Warranty (years)', 'Garantie (années)'), placeholder: defaultText(BLUESTORE_DEFAULTS.warrantyYears, 'number'), advanced: true },
  { key: 'dbWrite', kind: 'rate', label: t('Write rate reaching the DB device', 'Débit d’écriture vers le périphérique DB'), placeholder: '50MB/s', advanced: true },
];

const FIELDS = { walDevice: 'walDevice', osdSizeBytes: 'osdSize', osdsPerDbDevice: 'osdsPerDb', dbDeviceBytes: 'dbDeviceSize', enduranceBytes: 'endurance', dbWriteBps: 'dbWrite', warrantyYears: 'warrantyYears', dwpd: 'dwpd' };

export function computeBluestore(state: PageState, lang: Lang): PageOutcome {
  const values = state.values;
  const r = new FieldReader(values, lang);
  const osdSizeBytes = r.require('osdSize', r.size('osdSize'));
  const rest = defined({
    rule: r.choice('rule', BLUESTORE_RULES, BLUESTORE_DEFAULTS.rule),
    walDevice: r.flag('walDevice', false) ? true : undefined,
    osdsPerDbDevice: r.count('osdsPerDb'),
    dbDeviceBytes: r.size('dbDeviceSize'),
    enduranceBytes: r.size('endurance'),
    dwpd: r.positive('dwpd'),
    warrantyYears: r.positive('warrantyYears'),
    dbWriteBps: r.rate('dbWrite'),
  });
  if (r.issues.length > 0 || osdSizeBytes === undefined) return invalid(r.issues);
  const system = r.system ?? 'decimal';
  const tx = L[lang];
  const both = (b: number) => formatBytesBoth(b, system, lang);
  const range = (lo: number, hi: number) => (lo === hi ? both(lo) : `${both(lo)} – ${both(hi)}`);
  return fromCore(bluestore({ osdSizeBytes, ...rest, system, lang }), FIELDS, values, (v) => ({
    ok: true,
    figures: [
      { id: 'db', label: tx.db, value: range(v.dbMinBytes, v.dbMaxBytes), main: true },
      { id: 'wal', label: v.walInDb ? tx.walInDb : tx.wal, value: both(v.walBytes), main: true },
      { id: 'rule', label: tx.rule, value: tx[v.rule] },
      ...(v.sharedDbNeedBytes === null ? [] : [{ id: 'shared', label: tx.shared, value: both(v.sharedDbNeedBytes) }]),
      ...(v.blastRadiusOsds === null ? [] : [{ id: 'blast', label: tx.blast, value: String(v.blastRadiusOsds) }]),
      ...(v.ssdLifeYears === null ? [] : [{ id: 'life', label: tx.life, value: formatNumber(v.ssdLifeYears, lang, 1) }]),
    ],
    checks: v.checks,
    derivation: v.derivation,
    pictures: [{
      kind: 'bars', id: 'db-rules', title: tx.rules,
      bars: v.rules.map((x) => ({
        label: SHORT[x.rule][lang], low: x.dbMinBytes, value: x.dbMaxBytes,
        text: x.dbMinBytes === x.dbMaxBytes ? formatBytes(x.dbMaxBytes, system, lang) : `${formatBytes(x.dbMinBytes, system, lang)} – ${formatBytes(x.dbMaxBytes, system, lang)}`,
        tone: x.rule === v.rule ? 'main' as const : 'muted' as const,
      })),
    }],
  }));
}

export const bluestorePage: PageDef = {
  route: 'bluestore',
  title: t('BlueStore DB and WAL', 'DB et WAL BlueStore'),
  intro: t('On SSD in front of HDD OSDs: DB 2 % to 5 % of the OSD, WAL 1 %, and the SSD wears out.', 'Sur SSD devant des OSD HDD : DB de 2 % à 5 % de l’OSD, WAL 1 %, et le SSD s’use.'),
  fields: bluestoreFields,
  presets: BLUESTORE_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeBluestore(state, lang)),
};
