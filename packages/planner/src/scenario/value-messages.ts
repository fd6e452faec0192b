/**
 * The scenario readers' refusals as codes with parameters, in English and French (`fr` is typed
 * `typeof en`: a missing translation does not compile). zod calls the schema's error functions while
 * it parses, so the language is the one of the parse in progress (inLang): parsing is synchronous,
 * and the schema itself stays one object for both languages.
 */
import type { Lang } from '@capa/core';
import { fr as zodFr } from 'zod/locales';

type P = Readonly<Record<string, string | number>>;
const s = (p: P, k: string): string => String(p[k]);
/** A decimal parameter in French writing (0,9). */
const frNum = (p: P, k: string): string => s(p, k).replace('.', ',');

const en = {
  required: () => 'is required',
  expected: (p: P) => `expected ${WHAT.en[p['what'] as WhatKey](p)}`,
  sizeNumber: () => 'expected a size like 512GiB (a number needs a unit: GiB, TB…)',
  rateNumber: () => 'expected a rate like 25Gb/s (a number needs a unit)',
  negativeSize: () => 'must be a positive size (negative sizes are not allowed)',
  negativeRate: () => 'must be a positive rate (negative rates are not allowed)',
  ratioRange: () => 'must be in (0, 1] (or 1% to 100%)',
  growth: () => 'must be a yearly growth from 0 to 10 (0% to 1000%), like 0.1 or 10%',
  probability: () => 'must be a probability strictly between 0 and 1, like 0.01 or 1%',
  countRange: (p: P) => `must be a whole number from ${s(p, 'min')} to ${s(p, 'max')}`,
  positive: () => 'must be greater than 0',
  atMost: (p: P) => `must be at most ${s(p, 'max')}`,
  moneyNegative: () => 'must be 0 or more (prices cannot be negative)',
  empty: () => 'must not be empty',
  ec: () => 'expected k+m with k from 2 to 64 and m from 1 to 64, like 4+2',
  zfsBlock: () => 'must be a power of 2 from 512B to 16MiB, like 16K (ZFS volblocksize)',
  zfsArc: () => 'expected pve, course, a size like 8GiB, or 0',
  wrongType: () => 'has the wrong type',
  unknownKey: (p: P) => `unknown key${p['guess'] ? ` (did you mean "${s(p, 'guess')}"?)` : p['allowed'] ? ` (allowed: ${s(p, 'allowed')})` : ''}`,
  noExample: (p: P) => `no such example (available: ${s(p, 'names') || 'none'})`,
  exampleName: () => 'an example name has letters, digits, dot, dash and underscore only',
  nonNegative: () => 'must be 0 or more',
  ksmRange: () => 'must be in [0, 1)',
  nreRange: () => 'must be from 0 to 1e-9 per bit',
  overheadRange: (p: P) => `must be a ratio from 0 to ${s(p, 'max')}, like 0.1 or 10%`,
  onePool: () => 'at least one pool',
  oneVm: () => 'at least one VM profile',
  oneNode: () => 'at least one node',
  hostOnly: () => "only host is modelled (one copy or chunk per host, Proxmox's default CRUSH rule); rack and osd failure domains are not supported yet",
};
const fr: typeof en = {
  required: () => 'est obligatoire',
  expected: (p) => `attendu\u00a0: ${WHAT.fr[p['what'] as WhatKey](p)}`,
  sizeNumber: () => 'attendu\u00a0: une taille comme 512GiB (un nombre demande une unité\u00a0: Gio, To…)',
  rateNumber: () => 'attendu\u00a0: un débit comme 25Gb/s (un nombre demande une unité)',
  negativeSize: () => 'doit être une taille positive (les tailles négatives sont refusées)',
  negativeRate: () => 'doit être un débit positif (les débits négatifs sont refusés)',
  ratioRange: () => 'doit être dans ]0, 1] (ou de 1\u00a0% à 100\u00a0%)',
  growth: () => 'doit être une croissance annuelle de 0 à 10 (0\u00a0% à 1000\u00a0%), comme 0.1 ou 10%',
  probability: () => 'doit être une probabilité strictement entre 0 et 1, comme 0.01 ou 1%',
  countRange: (p) => `doit être un nombre entier de ${s(p, 'min')} à ${s(p, 'max')}`,
  positive: () => 'doit être supérieur à 0',
  atMost: (p) => `doit valoir au plus ${s(p, 'max')}`,
  moneyNegative: () => 'doit valoir 0 ou plus (un prix n’est pas négatif)',
  empty: () => 'ne doit pas être vide',
  ec: () => 'attendu\u00a0: k+m avec k de 2 à 64 et m de 1 à 64, comme 4+2',
  zfsBlock: () => 'doit être une puissance de 2 de 512B à 16MiB, comme 16K (volblocksize de ZFS)',
  zfsArc: () => 'attendu\u00a0: pve, course, une taille comme 8GiB, ou 0',
  wrongType: () => 'n’a pas le bon type',
  unknownKey: (p) => `clé inconnue${p['guess'] ? ` (vouliez-vous dire «\u00a0${s(p, 'guess')}\u00a0»\u00a0?)` : p['allowed'] ? ` (clés permises\u00a0: ${s(p, 'allowed')})` : ''}`,
  noExample: (p) => `exemple inconnu (exemples\u00a0: ${s(p, 'names') || 'aucun'})`,
  exampleName: () => 'un nom d’exemple n’a que des lettres, des chiffres, le point, le tiret et le tiret bas',
  nonNegative: () => 'doit valoir 0 ou plus',
  ksmRange: () => 'doit être dans [0, 1[',
  nreRange: () => 'doit aller de 0 à 1e-9 par bit',
  overheadRange: (p) => `doit être un ratio de 0 à ${frNum(p, 'max')}, comme 0.1 ou 10%`,
  onePool: () => 'au moins un pool',
  oneVm: () => 'au moins un profil de VM',
  oneNode: () => 'au moins un nœud',
  hostOnly: () => 'seul host est modélisé (une copie ou un fragment par hôte, la règle CRUSH par défaut de Proxmox)\u00a0; les domaines de panne rack et osd ne sont pas encore pris en charge',
};

/** What a value was expected to be, for `expected`. */
const WHAT_EN = {
  size: () => 'a size like 512GiB',
  sizeOrZero: () => 'a size like 2GiB, or 0 for none',
  rate: () => 'a rate like 25Gb/s',
  ratio: () => 'a fraction like 0.75 or a percentage like 75%',
  growth: () => 'a yearly growth like 0.1 or 10%',
  probability: () => 'a probability like 0.01 or 1%',
  count: (p: P) => `a whole number from ${s(p, 'min')} to ${s(p, 'max')}`,
  positive: () => 'a number greater than 0',
  money: () => 'a price (a number, in the currency of prices.currency)',
  name: () => 'a name (text)',
  ec: () => 'an erasure-code profile like 4+2 (k+m)',
  zfsBlock: () => 'a ZFS block size like 16K or 16KiB',
  zfsArc: () => 'pve, course, a size like 8GiB, or 0',
  zfsLayout: () => 'a ZFS layout: mirror, raidz1, raidz2, raidz3 or draid2:8d:1s',
  diskClass: () => 'a disk class: hdd, ssd or nvme',
  diskRole: () => 'a disk role: osd (Ceph OSD), db (BlueStore DB/WAL device), zfs or system',
  bondMode: (p: P) => `a bond mode: ${s(p, 'list')}`,
  hashPolicy: (p: P) => `a hash policy: ${s(p, 'list')}`,
  /** One of a list of identifiers (BlueStore rules, subscription levels). */
  oneOf: (p: P) => s(p, 'list'),
  bool: () => 'true or false',
  application: () => 'rbd, cephfs or rgw',
  externalKind: () => 'nfs, iscsi, fc, smb or other',
  raidLevel: (p: P) => `a RAID level: ${s(p, 'list')} (or raid6…)`,
  overhead: (p: P) => `a ratio from 0 to ${s(p, 'max')}, like 0.1 or 10%`,
  afterFailure: () => 'nearfull or backfillfull',
  nodes: () => 'a node description (with a count) or a list of them',
  version: () => '1 (the scenario format version)',
  seconds: () => 'a number of seconds',
  ksm: () => 'a fraction in [0, 1)',
  nre: () => 'a number of unrecoverable read errors per bit, like 1e-15',
  /** The catalogue's (catalogue/schema.ts). */
  id: () => 'an id (text)',
  platformKind: () => 'rack or blade',
  provenance: () => 'proxmox or third-party',
  vat: () => 'excluded or included',
  duration: () => 'a duration like 8h, 90min, 3600s, 1d, or a number of seconds',
  savings: (p: P) => `a saving from 0 to ${s(p, 'max')}, like 0.2 or 20%`,
  date: () => 'a calendar day YYYY-MM-DD, like 2026-01-01',
  backupTarget: () => 'pbs (Proxmox Backup Server) or vzdump',
  schedule: () => 'hourly, daily or weekly',
  datastoreLayout: () => 'a RAID level (raid0, raid1, raid5, raid6, raid10) or a ZFS layout (mirror, raidz1, raidz2, raidz3, draid2:8d:1s)',
};
export type WhatKey = keyof typeof WHAT_EN;
const WHAT_FR: typeof WHAT_EN = {
  size: () => 'une taille comme 512GiB',
  sizeOrZero: () => 'une taille comme 2GiB, ou 0 pour aucune',
  rate: () => 'un débit comme 25Gb/s',
  ratio: () => 'une fraction comme 0.75 ou un pourcentage comme 75%',
  growth: () => 'une croissance annuelle comme 0.1 ou 10%',
  probability: () => 'une probabilité comme 0.01 ou 1%',
  count: (p) => `un nombre entier de ${s(p, 'min')} à ${s(p, 'max')}`,
  positive: () => 'un nombre supérieur à 0',
  money: () => 'un prix (un nombre, dans la devise de prices.currency)',
  name: () => 'un nom (texte)',
  ec: () => 'un profil de code à effacement comme 4+2 (k+m)',
  zfsBlock: () => 'une taille de bloc ZFS comme 16K ou 16KiB',
  zfsArc: () => 'pve, course, une taille comme 8GiB, ou 0',
  zfsLayout: () => 'une disposition ZFS parmi mirror, raidz1, raidz2, raidz3 ou draid2:8d:1s',
  diskClass: () => 'une classe de disque parmi hdd, ssd ou nvme',
  diskRole: () => 'un rôle de disque parmi osd (OSD Ceph), db (périphérique DB/WAL de BlueStore), zfs ou system',
  bondMode: (p) => `un mode de bond parmi ${s(p, 'list')}`,
  hashPolicy: (p) => `une politique de hachage parmi ${s(p, 'list')}`,
  oneOf: (p) => `une valeur parmi ${s(p, 'list')}`,
  bool: () => 'true ou false',
  application: () => 'rbd, cephfs ou rgw',
  externalKind: () => 'nfs, iscsi, fc, smb ou other',
  raidLevel: (p) => `un niveau RAID parmi ${s(p, 'list')} (ou raid6…)`,
  overhead: (p) => `un ratio de 0 à ${frNum(p, 'max')}, comme 0.1 ou 10%`,
  afterFailure: () => 'nearfull ou backfillfull',
  nodes: () => 'une description de nœud (avec un count) ou une liste de descriptions',
  version: () => '1 (la version du format de scénario)',
  seconds: () => 'un nombre de secondes',
  ksm: () => 'une fraction dans [0, 1[',
  nre: () => 'un nombre d’erreurs de lecture irrécupérables par bit, comme 1e-15',
  id: () => 'un identifiant (texte)',
  platformKind: () => 'rack ou blade',
  provenance: () => 'proxmox ou third-party',
  vat: () => 'excluded ou included',
  duration: () => 'une durée comme 8h, 90min, 3600s, 1j, ou un nombre de secondes',
  savings: (p) => `une économie de 0 à ${frNum(p, 'max')}, comme 0.2 ou 20%`,
  date: () => 'un jour du calendrier AAAA-MM-JJ, comme 2026-01-01',
  backupTarget: () => 'pbs (Proxmox Backup Server) ou vzdump',
  schedule: () => 'hourly, daily ou weekly',
  datastoreLayout: () => 'un niveau RAID (raid0, raid1, raid5, raid6, raid10) ou une disposition ZFS (mirror, raidz1, raidz2, raidz3, draid2:8d:1s)',
};
const WHAT = { en: WHAT_EN, fr: WHAT_FR } as const;

export const VALUE_MESSAGES = { en, fr } as const;
export const WHAT_MESSAGES = WHAT;
export type ValueCode = keyof typeof en;

let current: Lang = 'en';

/** Runs a parse with its refusals in `lang` (restored after, even on a throw). */
export function inLang<T>(lang: Lang, f: () => T): T {
  const before = current;
  current = lang;
  try {
    return f();
  } finally {
    current = before;
  }
}

/** zod's own messages (a type it checks without a message of ours) in French: its locale, passed to safeParse. */
const ZOD_FR = { error: zodFr().localeError };
export const zodParams = (lang: Lang): typeof ZOD_FR | undefined => (lang === 'fr' ? ZOD_FR : undefined);

/** The language of the parse in progress. */
export const parseLang = (): Lang => current;

/** A refusal in the language of the parse in progress. */
export const say = (code: ValueCode, params: P = {}): string => VALUE_MESSAGES[current][code](params);

/** A refusal naming what was expected, whatever the input (enums, literals: absent reads the same). */
export const expected =
  (what: WhatKey, params: P = {}) =>
  (): string =>
    say('expected', { what, ...params });

/** zod's type error: "is required" when absent, else what was expected. */
export const typed =
  (what: WhatKey, params: P = {}) =>
  (i: { input: unknown }): string =>
    i.input === undefined ? say('required') : say('expected', { what, ...params });
