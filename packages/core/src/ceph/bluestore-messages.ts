/** bluestore's words: step titles and rule names, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytesBoth, formatNumber } from '../units/format.js';
import { E, F } from '../spec/plural.js';

/** Sizes are parameters in bytes, said the way disk makers state them (decimal, binary in brackets). */
const size = (p: Params, k: string, lang: Lang): string => formatBytesBoth(Number(p[k]), 'decimal', lang);
const years = (p: Params, k: string, lang: Lang): string => formatNumber(Number(p[k]), lang, 1);
const n = (p: Params): string => String(p['n']);

const en = {
  'bluestore.wal.in-db': () => 'Ceph rules: the WAL lives on the DB device; RocksDB caps it at max_total_wal_size = 1 GiB.',
  'bluestore.wal.in-db-pveceph': () => 'pveceph makes no WAL volume unless a WAL device is given (-wal_dev): the WAL lives inside the DB, where RocksDB caps it at max_total_wal_size = 1 GiB.',
  'bluestore.wal.device': () => 'pveceph with a WAL device (-wal_dev): the WAL gets 1 % of the OSD on that device, not on the DB device.',
  'bluestore.shared-capacity.ok': (p: Params) => `${E.c(p['n'], 'OSD', 'OSDs')} per DB device need ${size(p, 'needBytes', 'en')}; the device holds ${size(p, 'deviceBytes', 'en')}.`,
  'bluestore.shared-capacity.short': (p: Params) =>
    `${E.c(p['n'], 'OSD', 'OSDs')} per DB device need ${size(p, 'needBytes', 'en')}, more than the device's ${size(p, 'deviceBytes', 'en')}: the DB spills over to the slow device.`,
  'bluestore.blast-radius': (p: Params) => `One DB device failure takes down the ${E.c(p['n'], 'OSD', 'OSDs')} it serves.`,
  'bluestore.blast-radius.large': (p: Params) => `One DB device failure takes down ${E.c(p['n'], 'OSD', 'OSDs')} at once; common practice keeps about 4–6 HDD OSDs per SATA SSD (up to ~10 per NVMe).`,
  'bluestore.ssd-wear.ok': (p: Params) => `The DB SSD lasts about ${E.a(p['years'], 1, 'year', 'years')} at this write rate.`,
  'bluestore.ssd-wear.short': (p: Params) =>
    `The DB SSD wears out in about ${E.a(p['years'], 1, 'year', 'years')}, before the ${years(p, 'warrantyYears', 'en')}-year warranty ends: plan replacements.`,
  'bluestore.db-small': (p: Params) => `DB ${size(p, 'dbBytes', 'en')} is below the old-release RocksDB steps (~30/300 GB): Nautilus 14.2.12 and later use any size.`,
} satisfies Catalogue;
const fr: typeof en = {
  'bluestore.wal.in-db': () => 'Règles Ceph : le WAL vit sur le périphérique DB ; RocksDB le plafonne à max_total_wal_size = 1 Gio.',
  'bluestore.wal.in-db-pveceph': () => 'pveceph ne crée pas de volume WAL sans périphérique WAL (-wal_dev) : le WAL vit dans la DB, où RocksDB le plafonne à max_total_wal_size = 1 Gio.',
  'bluestore.wal.device': () => 'pveceph avec un périphérique WAL (-wal_dev) : le WAL prend 1 % de l’OSD sur ce périphérique, pas sur le périphérique DB.',
  'bluestore.shared-capacity.ok': (p) => `${n(p)} OSD par périphérique DB demandent ${size(p, 'needBytes', 'fr')} ; il offre ${size(p, 'deviceBytes', 'fr')}.`,
  'bluestore.shared-capacity.short': (p) => `${n(p)} OSD par périphérique DB demandent ${size(p, 'needBytes', 'fr')}, plus que ses ${size(p, 'deviceBytes', 'fr')} : la DB déborde sur le disque lent.`,
  'bluestore.blast-radius': (p) => `La panne d’un périphérique DB arrête les ${n(p)} OSD qu’il sert.`,
  'bluestore.blast-radius.large': (p) => `La panne d’un périphérique DB arrête ${n(p)} OSD d’un coup ; l’usage courant est d’environ 4 à 6 OSD HDD par SSD SATA (jusqu’à ~10 par NVMe).`,
  'bluestore.ssd-wear.ok': (p) => `Le SSD DB dure environ ${F.a(p['years'], 1, 'an', 'ans')} à ce rythme d’écriture.`,
  'bluestore.ssd-wear.short': (p) =>
    `Le SSD DB s’use en environ ${F.a(p['years'], 1, 'an', 'ans')}, avant la fin de la garantie de ${F.a(p['warrantyYears'], 1, 'an', 'ans')} : prévoyez les remplacements.`,
  'bluestore.db-small': (p) => `DB de ${size(p, 'dbBytes', 'fr')} sous les paliers RocksDB des anciennes versions (~30/300 Go) : Nautilus 14.2.12 et suivantes utilisent toute taille.`,
};
export const BLUESTORE_MESSAGES: Locales<typeof en> = { en, fr };

// biome-ignore format: a table, several short entries per line as it reads
const stepsEn = {
  stepDbMin: (rule: string) => `DB, low end (${rule})`,
  stepDbMax: (rule: string) => `DB, high end (${rule})`,
  stepWal: (rule: string) => `WAL (${rule})`,
  stepShared: 'Space needed on the shared DB device: OSDs × (DB + WAL)',
  stepSharedDbOnly: 'Space needed on the shared DB device: OSDs × DB (the WAL lives inside the DB, or on its own device)',
  stepTbw: 'Rated endurance: DWPD × capacity × 365 × warranty years',
  stepLife: 'Years of life: endurance ÷ yearly writes',
  ruleNames: { course: 'course: 2–5 %, WAL 1 %', 'ceph-rbd': 'Ceph docs, RBD: 1–2 %', 'ceph-rgw': 'Ceph docs, RGW: ≥ 4 %', proxmox: 'Proxmox pveceph default: DB 10 %, WAL in the DB (1 % only on a WAL device)' },
};
// biome-ignore format: a table, several short entries per line as it reads
const stepsFr: typeof stepsEn = {
  stepDbMin: (rule) => `DB, bas de fourchette (${rule})`,
  stepDbMax: (rule) => `DB, haut de fourchette (${rule})`,
  stepWal: (rule) => `WAL (${rule})`,
  stepShared: 'Espace nécessaire sur le périphérique DB partagé : OSD × (DB + WAL)',
  stepSharedDbOnly: 'Espace nécessaire sur le périphérique DB partagé : OSD × DB (le WAL vit dans la DB, ou sur son propre périphérique)',
  stepTbw: 'Endurance nominale : DWPD × capacité × 365 × années de garantie',
  stepLife: 'Années de vie : endurance ÷ écritures annuelles',
  ruleNames: { course: 'cours : 2 à 5 %, WAL 1 %', 'ceph-rbd': 'doc Ceph, RBD : 1 à 2 %', 'ceph-rgw': 'doc Ceph, RGW : ≥ 4 %', proxmox: 'pveceph (Proxmox) par défaut : DB 10 %, WAL dans la DB (1 % seulement sur un périphérique WAL)' },
};
export const BLUESTORE_STEPS = { en: stepsEn, fr: stepsFr } satisfies Record<Lang, typeof stepsEn>;
