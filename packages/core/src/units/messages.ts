import type { Lang } from '../explain/types.js';

/** Why a typed size, rate or ratio was refused, in the reader's language (trainers teach in French). */
const en = {
  sizeSyntax: 'expected a size like 512GiB, 16TB or 739.85 GiB',
  sizeBits: (s: string) => `"${s}" is bits; sizes are in bytes (B, GB, TiB...)`,
  sizeUnit: (s: string) => `unknown size unit "${s}" (use B, kB, MB, GB, TB, PB, KiB, MiB, GiB, TiB, PiB)`,
  positive: 'must be greater than 0',
  sizeMax: 'is larger than 8 EiB, beyond any cluster Capa sizes',
  rateSyntax: 'expected a rate like 10Gb/s, 25GbE, 10G or 500MB/s',
  rateUnit: (s: string) => `unknown rate unit "${s}" (use b/s, Mb/s, Gb/s, GbE, G, or MB/s for bytes per second)`,
  rateMin: 'must be at least 1 b/s',
  rateMax: 'is above 1 Pb/s, beyond any link',
  ratioSyntax: 'expected a fraction like 0.75 or a percentage like 75%',
  ratioRange: 'must be in (0, 1] (or 1% to 100%)',
  ratioMin: 'must be in (0, 1] and at least 0.0001 (0.01%)',
  savingsSyntax: 'expected a fraction like 0.1 or a percentage like 10%',
  savingsRange: 'must be from 0 to 0.9 (0% to 90%)',
  positiveNumber: 'must be a number greater than 0',
  count: (min: number) => `must be a whole number from ${min} to 2^53`,
  durationSyntax: 'expected a duration like 8h, 90min, 3600s, 1d, or a number of seconds',
  durationUnit: (s: string) => `unknown duration unit "${s}" (use s, min, h, d)`,
  durationMax: 'is longer than a year',
};
const fr: typeof en = {
  sizeSyntax: 'taille attendue, par exemple 512GiB, 16TB ou 739,85 Gio',
  sizeBits: (s) => `« ${s} » est en bits ; les tailles sont en octets (o, Go, Tio...)`,
  sizeUnit: (s) => `unité de taille inconnue « ${s} » (B/o, kB, MB/Mo, GB/Go, TB/To, PB, KiB, MiB, GiB/Gio, TiB/Tio, PiB)`,
  positive: 'doit être supérieur à 0',
  sizeMax: 'dépasse 8 Eio, au-delà de tout cluster que Capa dimensionne',
  rateSyntax: 'débit attendu, par exemple 10Gb/s, 25GbE, 10G ou 500MB/s',
  rateUnit: (s) => `unité de débit inconnue « ${s} » (b/s, Mb/s, Gb/s, GbE, G, ou MB/s pour des octets par seconde)`,
  rateMin: 'doit valoir au moins 1 b/s',
  rateMax: 'dépasse 1 Pb/s, au-delà de tout lien',
  ratioSyntax: 'fraction attendue, par exemple 0,75, ou pourcentage, par exemple 75 %',
  ratioRange: 'doit être dans ]0, 1] (ou de 1 % à 100 %)',
  ratioMin: 'doit être dans ]0, 1] et au moins 0,0001 (0,01 %)',
  savingsSyntax: 'fraction attendue, par exemple 0,1, ou pourcentage, par exemple 10 %',
  savingsRange: 'doit être entre 0 et 0,9 (0 % à 90 %)',
  positiveNumber: 'doit être un nombre supérieur à 0',
  count: (min) => `doit être un nombre entier de ${min} à 2^53`,
  durationSyntax: 'durée attendue, par exemple 8h, 90min, 3600s, 1j, ou un nombre de secondes',
  durationUnit: (s) => `unité de durée inconnue « ${s} » (s, min, h, j ou d)`,
  durationMax: 'dépasse un an',
};

export const unitMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
