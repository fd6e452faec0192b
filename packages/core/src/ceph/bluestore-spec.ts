/** capa bluestore as data: its inputs, its figures and its messages (issue 10). */
import { BLUESTORE_DEFAULTS } from '../explain/defaults.js';
import type { CalculatorSpec, FigureFormat, Text } from '../spec/types.js';
import { bluestore, BLUESTORE_RULES, type BluestoreInput, type BluestoreResult, type BluestoreRule, type BluestoreRuleSizes } from './bluestore.js';
import { BLUESTORE_MESSAGES } from './bluestore-messages.js';

const t = (en: string, fr: string): Text => ({ en, fr });

/** Each rule as the page and the terminal name it. */
// biome-ignore format: a table, several short entries per line as it reads
const RULE_LABELS: Readonly<Record<BluestoreRule, Text>> = {
  course: t('Course: DB 2–5 %, WAL 1 %', 'Cours : DB 2 à 5 %, WAL 1 %'),
  'ceph-rbd': t('Ceph docs, RBD: DB 1–2 %', 'Doc Ceph, RBD : DB 1 à 2 %'),
  'ceph-rgw': t('Ceph docs, RGW: DB 4 %', 'Doc Ceph, RGW : DB 4 %'),
  proxmox: t('Proxmox pveceph: DB 10 %, WAL in the DB', 'Proxmox pveceph : DB 10 %, WAL dans la DB'),
};
const ruleLabel = (v: unknown) => RULE_LABELS[v as BluestoreRule];

/** One rule's DB range and WAL: "320 GB – 800 GB / 160 GB". */
function ruleSizes(item: unknown, f: FigureFormat): string {
  const x = item as BluestoreRuleSizes;
  const db = x.dbMinBytes === x.dbMaxBytes ? f.bytesBoth(x.dbMinBytes) : `${f.bytesBoth(x.dbMinBytes)} – ${f.bytesBoth(x.dbMaxBytes)}`;
  return `${db} / ${f.bytesBoth(x.walBytes)}`;
}
const ruleOf = (item: unknown): string => (item as BluestoreRuleSizes).rule;

// biome-ignore format: a table, several short entries per line as it reads
export const BLUESTORE_SPEC: CalculatorSpec<BluestoreResult> = {
  id: 'bluestore',
  title: t('capa bluestore: DB and WAL sizes', 'capa bluestore : tailles DB et WAL'),
  description: t('BlueStore DB/WAL sizes under each rule, DB device sharing and SSD wear', 'Tailles DB/WAL BlueStore selon chaque règle, partage du périphérique DB et usure du SSD'),
  inputs: [
    {
      key: 'osdSize', field: 'osdSizeBytes', kind: 'size', required: true, example: '16TB',
      label: t('OSD size (block device)', 'Taille de l’OSD (périphérique bloc)'), help: t('size of the OSD (block device)', 'taille de l’OSD (périphérique bloc)'),
    },
    {
      key: 'rule', kind: 'choice', choices: BLUESTORE_RULES, default: BLUESTORE_DEFAULTS.rule, metavar: 'rule', choiceLabels: RULE_LABELS,
      label: t('Sizing rule', 'Règle de dimensionnement'), help: t('sizing rule', 'règle de dimensionnement'),
    },
    {
      key: 'walDevice', kind: 'flag', default: BLUESTORE_DEFAULTS.walDevice, when: { key: 'rule', is: 'proxmox' }, advanced: true,
      label: t('Separate WAL device (pveceph -wal_dev; proxmox rule only)', 'Périphérique WAL séparé (pveceph -wal_dev ; règle proxmox seulement)'),
      help: t('with --rule proxmox: the WAL gets its own device (pveceph -wal_dev, 1 % of the OSD); without it the WAL lives in the DB', 'avec --rule proxmox : le WAL a son propre périphérique (pveceph -wal_dev, 1 % de l’OSD) ; sans lui le WAL vit dans la DB'),
    },
    { key: 'osdsPerDb', field: 'osdsPerDbDevice', kind: 'count', example: '4', label: t('OSDs sharing one DB device', 'OSD partageant un périphérique DB'), help: t('OSDs sharing one DB device', 'OSD partageant un périphérique DB') },
    { key: 'dbDeviceSize', field: 'dbDeviceBytes', kind: 'size', example: '1.6TB', label: t('DB device size', 'Taille du périphérique DB'), help: t('size of the DB device', 'taille du périphérique DB') },
    {
      key: 'endurance', field: 'enduranceBytes', kind: 'size', example: '7000TB', advanced: true,
      label: t('DB SSD endurance (TBW)', 'Endurance du SSD DB (TBW)'), help: t('rated endurance of the DB SSD (TBW), e.g. 7000TB', 'endurance nominale du SSD DB (TBW), p. ex. 7000TB'),
    },
    {
      key: 'dwpd', kind: 'positive', example: '3', metavar: 'n', advanced: true,
      label: t('DB SSD drive writes per day (DWPD)', 'Écritures par jour du SSD DB (DWPD)'), help: t('rated drive writes per day (with --db-device-size)', 'écritures nominales par jour (avec --db-device-size)'),
    },
    {
      key: 'warrantyYears', kind: 'positive', default: BLUESTORE_DEFAULTS.warrantyYears, metavar: 'n', advanced: true,
      label: t('Warranty (years)', 'Garantie (années)'), help: t('warranty of the DB SSD, years', 'garantie du SSD DB, en années'),
    },
    {
      key: 'dbWrite', field: 'dbWriteBps', kind: 'rate', example: '50MB/s', advanced: true,
      label: t('Write rate reaching the DB device', 'Débit d’écriture vers le périphérique DB'), help: t('average write rate reaching the DB device, e.g. 50MB/s', 'débit moyen d’écriture vers le périphérique DB, p. ex. 50MB/s'),
    },
  ],
  figures: [
    { id: 'rule', field: 'rule', unit: 'text', text: { en: (v) => ruleLabel(v).en, fr: (v) => ruleLabel(v).fr }, label: t('Rule', 'Règle') },
    { id: 'db', field: 'dbMinBytes', upTo: 'dbMaxBytes', unit: 'bytes-both', headline: 1, label: t('DB (block.db)', 'DB (block.db)') },
    {
      id: 'wal', field: 'walBytes', unit: 'bytes-both', headline: 2,
      label: { en: (r) => (r.walInDb ? 'WAL (inside block.db)' : 'WAL (block.wal)'), fr: (r) => (r.walInDb ? 'WAL (dans block.db)' : 'WAL (block.wal)') },
    },
    {
      // The same OSD under every rule, side by side (the page draws them too).
      id: 'rules', each: { list: 'rules', key: 'rule' }, field: '', unit: 'text', text: { en: ruleSizes, fr: ruleSizes },
      label: { en: (_r, x) => `${ruleOf(x)}: DB / WAL`, fr: (_r, x) => `${ruleOf(x)} : DB / WAL` },
    },
    { id: 'shared', field: 'sharedDbNeedBytes', unit: 'bytes-both', label: t('Needed on the DB device', 'Nécessaire sur le périphérique DB') },
    { id: 'blast', field: 'blastRadiusOsds', unit: 'count', label: t('OSDs lost with one DB device', 'OSD perdus avec un périphérique DB') },
    { id: 'life', field: 'ssdLifeYears', unit: 'number', digits: 1, label: t('DB SSD life (years)', 'Vie du SSD DB (années)') },
  ],
  messages: BLUESTORE_MESSAGES,
  // Disk makers state sizes in TB: answers are decimal unless the OSD size was typed in binary units.
  sizeSystem: () => BLUESTORE_DEFAULTS.system,
  run: (input) => bluestore(input as BluestoreInput),
};
