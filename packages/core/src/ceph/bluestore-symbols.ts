/**
 * What the letters of capa bluestore's formulas stand for (explain/symbols.ts), in English and
 * French. p is the rule's fraction in each of the DB and WAL steps, and W the WAL whether RocksDB caps
 * it inside block.db or the rule gives it a partition: one meaning each, worded for every step that
 * uses the letter (symbolProblems).
 */
import type { Glossary } from '../explain/symbols.js';

const en = {
  S: 'size of one OSD (its block device)',
  p: 'fraction of the OSD the sizing rule gives this step’s volume (block.db or block.wal)',
  W: 'WAL of one OSD: RocksDB’s max_total_wal_size inside block.db, or the rule’s WAL partition',
  D: 'DB (block.db) of one OSD, the rule’s low end',
  n: 'OSDs sharing one DB device',
  d: 'rated drive writes per day (DWPD) of the DB SSD',
  C: 'size of the DB device',
  y: 'warranty of the DB SSD, in years',
  E: 'bytes the DB SSD is rated to write (TBW)',
  w: 'average write rate reaching the DB device',
};
const fr: typeof en = {
  S: 'taille d’un OSD (son périphérique bloc)',
  p: 'part de l’OSD que la règle de dimensionnement donne au volume de cette étape (block.db ou block.wal)',
  W: 'WAL d’un OSD : max_total_wal_size de RocksDB dans block.db, ou la partition WAL de la règle',
  D: 'DB (block.db) d’un OSD, bas de la fourchette de la règle',
  n: 'OSD partageant un périphérique DB',
  d: 'écritures nominales par jour (DWPD) du SSD DB',
  C: 'taille du périphérique DB',
  y: 'garantie du SSD DB, en années',
  E: 'octets que le SSD DB peut écrire selon le fabricant (TBW)',
  w: 'débit moyen d’écriture vers le périphérique DB',
};
export const BLUESTORE_SYMBOLS: Glossary<keyof typeof en> = { en, fr };
