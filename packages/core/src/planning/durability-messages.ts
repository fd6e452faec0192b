/** The durability calculator's texts, in English and French. */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatNumber, formatScientific } from '../units/format.js';
import { count } from '../spec/plural.js';

// biome-ignore format: a table, several short entries per line as it reads
export const EN = {
  rate: 'Disk failure rate per year: λ = −ln(1 − AFR)',
  exposureP: 'Probability that a given peer disk fails within the recovery period',
  pgsPerOsd: 'PGs with a shard on the failed OSD (declustering)',
  pgLoss: (n: number, t: number) => `One of those PGs loses ${count(t, 'en', 'more shard', 'more shards')} among its ${n} others within the period (binomial)`,
  lossGivenOsd: 'Some PG of the failed OSD is lost',
  osdLossRate: 'Loss events per year started by a disk failure',
  hostRate: 'Host failure rate per year',
  hostExposureP: 'Probability that a given disk fails while a host is down (host exposure)',
  hostLossRate: 'Loss events per year started by a host failure: H × rate × P(some PG of the host lost)',
  annual: 'Annual probability of losing data in the pool (disk failures alone)',
  nines: 'Durability in nines (disk failures alone)',
  nreBytes: 'Bytes the recovery reads and writes: k surviving shards read + one written, per byte of the failed OSD (Kampe: 8·B·(Nm + 1) bits)',
  nreP: 'Probability of at least one unrecoverable read error in those bits: 1 − e^(−8 × disk_nre × bytes)',
  zeroPg: (n: number, t: number) => `One PG of the failed OSD loses ${count(t, 'en', 'more shard', 'more shards')} among its ${n} others: its last needed shards remain (binomial)`,
  zero: 'Some PG of the failed OSD is down to its last needed shards during the recovery',
  nreRate: 'Loss events per year from a read error while the last needed shards are read (nre_model "fail")',
  annualNre: 'Annual probability of losing data in the pool, with unrecoverable read errors (the verdict\'s figure)',
  ninesNre: 'Durability in nines, with unrecoverable read errors',
  summary: (pn: string, nn: string, p: string, n: string) => `Annual probability of data loss ${pn} (${nn} nines) with unrecoverable read errors (Kampe's model), the figure the verdict uses; ${p} (${n} nines) from disk failures alone.`,
  summaryNoNre: (p: string, n: string) => `Annual probability of data loss ${p} (${n} nines).`,
  noRedundancy: 'One copy only: every disk failure loses data.',
  site: 'Beyond about four nines, facility and site disasters dominate: this figure covers disk (and host) failures only (Kampe).',
  assumeAfr: (a: string) => `Disk annual failure probability ${a} (Kampe's default 826 FIT unless stated).`,
  assumeExposure: (d: string) => `Exposure after a disk failure ${d} (mark-out + rebuild at the stated rates).`,
  assumeIndependent: 'Failures are independent (Poisson); PGs of the failed OSD are counted as independent placements (an upper bound).',
  assumeNoHost: 'Host losses are not modelled (give rules.durability.hostAfr to add them).',
  assumeHost: (a: string, d: string) => `Host annual failure probability ${a}, exposure ${d}.`,
  assumeNre: (e: string) => `Unrecoverable read errors: ${e} per bit read (Kampe's disk_nre, rules.durability.diskNre), nre_model "fail": an error on the last needed shards loses data; counted for disk-started recoveries over the failed OSD's whole data (Kampe's bound). Correlated batch failures are not modelled.`,
  assumeNoNre: 'Unrecoverable read errors are not counted (no OSD data size); correlated batch failures are not modelled.',
};
export const FR: typeof EN = {
  rate: 'Taux de panne disque par an : λ = −ln(1 − AFR)',
  exposureP: 'Probabilité qu’un disque pair donné tombe pendant la fenêtre de reconstruction',
  pgsPerOsd: 'PG ayant un fragment sur l’OSD en panne (déclustering)',
  pgLoss: (n, t) => `Un de ces PG perd ${count(t, 'fr', 'fragment', 'fragments')} de plus parmi ses ${n} autres pendant la période (binomiale)`,
  lossGivenOsd: 'Un PG de l’OSD en panne est perdu',
  osdLossRate: 'Pertes par an déclenchées par une panne de disque',
  hostRate: 'Taux de panne d’hôte par an',
  hostExposureP: 'Probabilité qu’un disque donné tombe pendant qu’un hôte est absent (exposition de l’hôte)',
  hostLossRate: 'Pertes par an déclenchées par une panne d’hôte : H × taux × P(un PG de l’hôte perdu)',
  annual: 'Probabilité annuelle de perdre des données du pool (pannes de disques seules)',
  nines: 'Durabilité en nombre de neuf (pannes de disques seules)',
  nreBytes: 'Octets lus et écrits par la reconstruction : k fragments survivants lus + un écrit, par octet de l’OSD en panne (Kampe : 8·B·(Nm + 1) bits)',
  nreP: 'Probabilité d’au moins une erreur de lecture irrécupérable dans ces bits : 1 − e^(−8 × disk_nre × octets)',
  zeroPg: (n, t) => `Un PG de l’OSD en panne perd ${count(t, 'fr', 'fragment', 'fragments')} de plus parmi ses ${n} autres : il ne lui reste que les fragments nécessaires (binomiale)`,
  zero: 'Un PG de l’OSD en panne n’a plus que ses derniers fragments nécessaires pendant la reconstruction',
  nreRate: 'Pertes par an dues à une erreur de lecture sur les derniers fragments nécessaires (nre_model « fail »)',
  annualNre: 'Probabilité annuelle de perdre des données du pool, erreurs de lecture irrécupérables comprises (le chiffre du verdict)',
  ninesNre: 'Durabilité en nombre de neuf, erreurs de lecture irrécupérables comprises',
  summary: (pn, nn, p, n) =>
    `Probabilité annuelle de perte de données ${pn} (${nn} neuf) avec les erreurs de lecture irrécupérables (modèle de Kampe), le chiffre du verdict ; ${p} (${n} neuf) par les seules pannes de disques.`,
  summaryNoNre: (p, n) => `Probabilité annuelle de perte de données ${p} (${n} neuf).`,
  noRedundancy: 'Une seule copie : toute panne de disque perd des données.',
  site: 'Au-delà d’environ quatre neuf, les sinistres de salle et de site dominent : ce chiffre ne couvre que les pannes de disques (et d’hôtes) (Kampe).',
  assumeAfr: (a) => `Probabilité annuelle de panne d’un disque ${a} (826 FIT, valeur de Kampe, sauf indication).`,
  assumeExposure: (d) => `Fenêtre de reconstruction après une panne de disque ${d} (mark-out + reconstruction aux débits indiqués).`,
  assumeIndependent: 'Pannes indépendantes (Poisson) ; les PG de l’OSD en panne sont comptés comme des placements indépendants (borne haute).',
  assumeNoHost: 'Les pertes d’hôtes ne sont pas modélisées (ajoutez rules.durability.hostAfr).',
  assumeHost: (a, d) => `Probabilité annuelle de panne d’un hôte ${a}, exposition ${d}.`,
  assumeNre: (e) =>
    `Erreurs de lecture irrécupérables : ${e} par bit lu (disk_nre de Kampe, rules.durability.diskNre), nre_model « fail » : une erreur sur les derniers fragments nécessaires perd des données ; comptées pour les reconstructions après panne de disque, sur toutes les données de l’OSD perdu (borne de Kampe). Pannes corrélées par lot non modélisées.`,
  assumeNoNre: 'Erreurs de lecture irrécupérables non comptées (taille des données de l’OSD inconnue) ; pannes corrélées par lot non modélisées.',
};

const num = (p: Params, k: string): number => Number(p[k]);
/** Nines, one decimal; `null` (no loss at all) reads ∞. */
const nines = (p: Params, k: string, l: Lang): string => (p[k] === null ? '∞' : formatNumber(num(p, k), l, 1));
/** Probabilities in scientific notation (3 significant digits): fixed-point would print 0. */
const prob = (p: Params, k: string, l: Lang): string => formatScientific(num(p, k), l, 3);

/**
 * The durability checks by code (issue 10): `annualLoss` and `annualLossWithReadErrors` are the
 * probabilities unformatted, `nines` and `ninesWithReadErrors` the nines (null: no loss, ∞).
 */
function checkMessages(l: Lang) {
  const tx = l === 'fr' ? FR : EN;
  return {
    'durability.annual-loss': (p: Params) => tx.summary(prob(p, 'annualLossWithReadErrors', l), nines(p, 'ninesWithReadErrors', l), prob(p, 'annualLoss', l), nines(p, 'nines', l)),
    'durability.annual-loss.disks-only': (p: Params) => tx.summaryNoNre(prob(p, 'annualLoss', l), nines(p, 'nines', l)),
    'durability.annual-loss.no-redundancy': () => tx.noRedundancy,
    'durability.site': () => tx.site,
  } satisfies Catalogue;
}
const checkEn = checkMessages('en');
export const DURABILITY_CHECK_MESSAGES: Locales<typeof checkEn> = { en: checkEn, fr: checkMessages('fr') };
