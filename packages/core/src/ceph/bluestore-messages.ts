import type { Lang } from '../explain/types.js';

const en = {
  stepDbMin: (rule: string) => `DB, low end (${rule})`,
  stepDbMax: (rule: string) => `DB, high end (${rule})`,
  stepWal: (rule: string) => `WAL (${rule})`,
  stepShared: 'Space needed on the shared DB device: OSDs × (DB + WAL)',
  stepTbw: 'Rated endurance: DWPD × capacity × 365 × warranty years',
  stepLife: 'Years of life: endurance ÷ yearly writes',
  ruleNames: { course: 'course: 2–5 %, WAL 1 %', 'ceph-rbd': 'Ceph docs, RBD: 1–2 %', 'ceph-rgw': 'Ceph docs, RGW: ≥ 4 %', proxmox: 'Proxmox pveceph default: 10 %, WAL 1 %' },
  walInDb: 'Ceph rules: the WAL lives on the DB device; RocksDB caps it at max_total_wal_size = 1 GiB.',
  sharedOk: (n: number, need: string, dev: string) => `${n} OSDs per DB device need ${need}; the device holds ${dev}.`,
  sharedShort: (n: number, need: string, dev: string) => `${n} OSDs per DB device need ${need}, more than the device's ${dev}: the DB spills over to the slow device.`,
  blastRadius: (n: number) => `One DB device failure takes down the ${n} OSD(s) it serves.`,
  blastLarge: (n: number) => `One DB device failure takes down ${n} OSDs at once; common practice keeps about 4–6 HDD OSDs per SATA SSD (up to ~10 per NVMe).`,
  wearOk: (y: string) => `The DB SSD lasts about ${y} years at this write rate.`,
  wearShort: (y: string, w: string) => `The DB SSD wears out in about ${y} years, before the ${w}-year warranty ends: plan replacements.`,
  spillover: (s: string) => `DB ${s} is below the old-release RocksDB steps (~30/300 GB): Nautilus 14.2.12 and later use any size.`,
};
const fr: typeof en = {
  stepDbMin: (rule) => `DB, bas de fourchette (${rule})`,
  stepDbMax: (rule) => `DB, haut de fourchette (${rule})`,
  stepWal: (rule) => `WAL (${rule})`,
  stepShared: 'Espace nécessaire sur le périphérique DB partagé : OSD × (DB + WAL)',
  stepTbw: 'Endurance nominale : DWPD × capacité × 365 × années de garantie',
  stepLife: 'Années de vie : endurance ÷ écritures annuelles',
  ruleNames: { course: 'cours : 2 à 5 %, WAL 1 %', 'ceph-rbd': 'doc Ceph, RBD : 1 à 2 %', 'ceph-rgw': 'doc Ceph, RGW : ≥ 4 %', proxmox: 'pveceph (Proxmox) par défaut : 10 %, WAL 1 %' },
  walInDb: 'Règles Ceph : le WAL vit sur le périphérique DB ; RocksDB le plafonne à max_total_wal_size = 1 Gio.',
  sharedOk: (n, need, dev) => `${n} OSD par périphérique DB demandent ${need} ; il offre ${dev}.`,
  sharedShort: (n, need, dev) => `${n} OSD par périphérique DB demandent ${need}, plus que ses ${dev} : la DB déborde sur le disque lent.`,
  blastRadius: (n) => `La panne d’un périphérique DB arrête les ${n} OSD qu’il sert.`,
  blastLarge: (n) => `La panne d’un périphérique DB arrête ${n} OSD d’un coup ; l’usage courant est d’environ 4 à 6 OSD HDD par SSD SATA (jusqu’à ~10 par NVMe).`,
  wearOk: (y) => `Le SSD DB dure environ ${y} ans à ce rythme d’écriture.`,
  wearShort: (y, w) => `Le SSD DB s’use en environ ${y} ans, avant la fin de la garantie de ${w} ans : prévoyez les remplacements.`,
  spillover: (s) => `DB de ${s} sous les paliers RocksDB des anciennes versions (~30/300 Go) : Nautilus 14.2.12 et suivantes utilisent toute taille.`,
};
export const bluestoreMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
