/**
 * The words of the Ceph calculator's checks (capacity.ts, topology-checks.ts, failure.ts, hosts.ts,
 * data-target.ts), by code (issue 10): checks carry the code and language-free parameters (bytes,
 * ratios and counts unformatted), and the text is rendered from them here, per language.
 */
import { formatBytes, formatBytesBoth, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { E, F } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);
const n = (p: Params, k: string): number => Number(p[k]);
const sys = (p: Params): SizeSystem => (p['system'] === 'decimal' ? 'decimal' : 'binary');
const bytesEn = (p: Params, k: string): string => formatBytesBoth(n(p, k), sys(p), 'en');
const bytesFr = (p: Params, k: string): string => formatBytesBoth(n(p, k), sys(p), 'fr');
const ratioEn = (p: Params, k: string): string => formatRatio(n(p, k), 'en');
const ratioFr = (p: Params, k: string): string => formatRatio(n(p, k), 'fr');
/** `after`: which OSDs take the refill, the survivors of a host loss or the other OSDs of an OSD's host. */
const afterEn = (p: Params): string => (p['after'] === 'host' ? 'After losing the largest host, the survivors' : 'After losing one OSD, the other OSDs of its host');
const afterFr = (p: Params): string => (p['after'] === 'host' ? 'Après la perte du plus gros hôte, les survivants' : 'Après la perte d’un OSD, les autres OSD de son hôte');

const en = {
  'ceph.failure-domains.unplaceable': (p: Params) => `${E.c(p['hosts'], 'host', 'hosts')} cannot place ${s(p, 'pool')}: it needs ${s(p, 'width')} failure domains.`,
  'ceph.cannot-heal': (p: Params) =>
    `${E.c(p['hosts'], 'host', 'hosts')} = the width of ${s(p, 'pool')}: after a host loss the pool stays degraded (no host to re-create the copies on); only an OSD loss heals, onto its own host.`,
  'ceph.cannot-heal.one-osd': (p: Params) =>
    `${E.c(p['hosts'], 'host', 'hosts')} = the width of ${s(p, 'pool')}, one OSD each: a lost OSD is a lost host, so the pool stays degraded until it is replaced (nothing is re-created elsewhere).`,
  'ceph.failure-domains.heals': (p: Params) => `${E.c(p['hosts'], 'host', 'hosts')}: ${s(p, 'pool')} can re-create lost copies after a host loss.`,
  'ceph.no-redundancy': () => 'size 1 keeps one copy: any disk failure loses data.',
  'ceph.size-2': () => 'size 2 (min_size 1) risks data loss on a second failure during recovery; Proxmox warns never to use min_size 1.',
  'ceph.ec-m1': () => 'm = 1 is strongly discouraged by Ceph: min_size equals k, so writes continue with no redundancy.',
  'ceph.ec-k': () => 'k > 8 is discouraged by Ceph.',
  'ceph.min-size': (p: Params) => `Default min_size ${s(p, 'minSize')}: I/O pauses when fewer copies/chunks are available.`,
  'ceph.two-nodes': () => 'Two nodes: corosync loses quorum when either fails unless a QDevice votes.',
  'ceph.ha-nodes': (p: Params) => `${E.c(p['nodes'], 'node', 'nodes')}: Proxmox VE HA needs at least 3 nodes.`,
  'ceph.safe-capacity.heals': (p: Params) => `Safe usable ${bytesEn(p, 'safeBytes')}: the survivors stay under ${ratioEn(p, 'nearfull')} after refilling a lost host.`,
  'ceph.safe-capacity.osd': (p: Params) => `Safe usable ${bytesEn(p, 'safeBytes')}: a lost OSD refills onto its own host under ${ratioEn(p, 'nearfull')} (a lost host is not refilled).`,
  'ceph.safe-capacity.one-osd': (p: Params) =>
    `Safe usable ${bytesEn(p, 'safeBytes')}: with one OSD per host a lost OSD is a lost host; nothing is refilled, so the OSDs stay under ${ratioEn(p, 'nearfull')}.`,
  'ceph.stored-exceeds': (p: Params) =>
    `${formatBytesBoth(n(p, 'storedBytes'), 'decimal', 'en')} stored exceeds the ${formatBytesBoth(n(p, 'fullUsableBytes'), 'decimal', 'en')} usable at the full ratio: writes would stop.`,
  'ceph.fill-after-failure.refill-ok': (p: Params) => `${afterEn(p)} refill to ${ratioEn(p, 'fill')}, under nearfull ${ratioEn(p, 'nearfull')}.`,
  'ceph.fill-after-failure.refill-warn': (p: Params) => `${afterEn(p)} refill to ${ratioEn(p, 'fill')}, above nearfull ${ratioEn(p, 'nearfull')} (HEALTH_WARN), below backfillfull.`,
  'ceph.fill-after-failure.refill-fail': (p: Params) =>
    `${afterEn(p)} would reach ${ratioEn(p, 'fill')}, above backfillfull ${ratioEn(p, 'backfillfull')}: recovery stops before the data is protected again.`,
  'ceph.fill-after-failure.stay-ok': (p: Params) =>
    `After losing one OSD (its host's only one) nothing is refilled: the other OSDs stay at ${ratioEn(p, 'fill')}, under nearfull ${ratioEn(p, 'nearfull')}.`,
  'ceph.fill-after-failure.stay-warn': (p: Params) =>
    `After losing one OSD (its host's only one) nothing is refilled, but the OSDs are already at ${ratioEn(p, 'fill')}, above nearfull ${ratioEn(p, 'nearfull')} (HEALTH_WARN).`,
  'ceph.fill-after-failure.stay-fail': (p: Params) => `The OSDs are at ${ratioEn(p, 'fill')}, above backfillfull ${ratioEn(p, 'backfillfull')}: backfill onto them is refused.`,
  'ceph.unequal-hosts': (p: Params) =>
    `${E.c(p['hosts'], 'host', 'hosts')} = the pool width: every host holds one copy (or chunk) of every PG whatever its size, so the smallest host (${bytesEn(p, 'smallestHostBytes')}) fills first; at 100 % the pool holds about ${bytesEn(p, 'heldBytes')}, less than the usable figure of the average model.`,
  'failure.no-recovery': () => 'No recovery after a host loss: there is no spare failure domain; the pool stays degraded until the host returns.',
  'failure.recovery-disk': () => "Recovery time assumes only the network limits it: state the disks' rate to bound it by their reads and writes too.",
  'ceph.safe-lower-bound': () =>
    'With hosts = width, the disk count comes from the OSD-loss rule (n − 1 of n OSDs must absorb a lost OSD, or a single OSD holds the share under nearfull); without a disk size the figure is a lower bound.',
  'ceph.rule-of-thumb-disks': (p: Params) =>
    `${E.c(p['disks'], 'disk', 'disks')} of ${formatBytes(n(p, 'diskBytes'), 'decimal', 'en')} per node meet the ${formatBytes(n(p, 'neededBytes'), 'decimal', 'en')} the rule of thumb needs (${s(p, 'fewer')} would give ${formatBytes(n(p, 'fewerBytes'), 'decimal', 'en')}).`,
} satisfies Catalogue;
const fr: typeof en = {
  'ceph.failure-domains.unplaceable': (p) => `${F.c(p['hosts'], 'hôte', 'hôtes')} ne ${F.w(p['hosts'], 'peut', 'peuvent')} pas placer ${s(p, 'pool')} : il faut ${s(p, 'width')} domaines de panne.`,
  'ceph.cannot-heal': (p) =>
    `${F.c(p['hosts'], 'hôte', 'hôtes')} = la largeur de ${s(p, 'pool')} : après la perte d’un hôte le pool reste dégradé (aucun hôte où recréer les copies) ; seule la perte d’un OSD se reconstruit, sur son propre hôte.`,
  'ceph.cannot-heal.one-osd': (p) =>
    `${F.c(p['hosts'], 'hôte', 'hôtes')} = la largeur de ${s(p, 'pool')}, un OSD chacun : perdre un OSD, c’est perdre son hôte ; le pool reste dégradé jusqu’à son remplacement (rien n’est recréé ailleurs).`,
  'ceph.failure-domains.heals': (p) => `${F.c(p['hosts'], 'hôte', 'hôtes')} : ${s(p, 'pool')} peut recréer les copies perdues après la perte d’un hôte.`,
  'ceph.no-redundancy': () => 'size 1 ne garde qu’une copie : toute panne de disque perd des données.',
  'ceph.size-2': () => 'size 2 (min_size 1) risque une perte de données sur une deuxième panne pendant la reconstruction ; Proxmox déconseille min_size 1.',
  'ceph.ec-m1': () => 'm = 1 est fortement déconseillé par Ceph : min_size vaut k, les écritures continuent sans redondance.',
  'ceph.ec-k': () => 'k > 8 est déconseillé par Ceph.',
  'ceph.min-size': (p) => `min_size par défaut ${s(p, 'minSize')} : les E/S s’arrêtent quand moins de copies/fragments sont disponibles.`,
  'ceph.two-nodes': () => 'Deux nœuds : corosync perd le quorum si l’un tombe, sauf avec un QDevice.',
  'ceph.ha-nodes': (p) => `${F.c(p['nodes'], 'nœud', 'nœuds')} : la HA de Proxmox VE exige au moins 3 nœuds.`,
  'ceph.safe-capacity.heals': (p) => `Utile sûr ${bytesFr(p, 'safeBytes')} : les survivants restent sous ${ratioFr(p, 'nearfull')} après reconstruction d’un hôte perdu.`,
  'ceph.safe-capacity.osd': (p) => `Utile sûr ${bytesFr(p, 'safeBytes')} : un OSD perdu se reconstruit sur son propre hôte sous ${ratioFr(p, 'nearfull')} (un hôte perdu n’est pas reconstruit).`,
  'ceph.safe-capacity.one-osd': (p) =>
    `Utile sûr ${bytesFr(p, 'safeBytes')} : avec un OSD par hôte, perdre un OSD, c’est perdre son hôte ; rien n’est reconstruit, les OSD restent donc sous ${ratioFr(p, 'nearfull')}.`,
  'ceph.stored-exceeds': (p) =>
    `${formatBytesBoth(n(p, 'storedBytes'), 'decimal', 'fr')} stockés dépassent les ${formatBytesBoth(n(p, 'fullUsableBytes'), 'decimal', 'fr')} utiles au ratio full : les écritures s’arrêteraient.`,
  'ceph.fill-after-failure.refill-ok': (p) => `${afterFr(p)} se remplissent à ${ratioFr(p, 'fill')}, sous nearfull ${ratioFr(p, 'nearfull')}.`,
  'ceph.fill-after-failure.refill-warn': (p) => `${afterFr(p)} se remplissent à ${ratioFr(p, 'fill')}, au-dessus de nearfull ${ratioFr(p, 'nearfull')} (HEALTH_WARN), sous backfillfull.`,
  'ceph.fill-after-failure.refill-fail': (p) =>
    `${afterFr(p)} atteindraient ${ratioFr(p, 'fill')}, au-dessus de backfillfull ${ratioFr(p, 'backfillfull')} : la reconstruction s’arrête avant que les données soient protégées.`,
  'ceph.fill-after-failure.stay-ok': (p) =>
    `Après la perte d’un OSD (le seul de son hôte), rien n’est reconstruit : les autres OSD restent à ${ratioFr(p, 'fill')}, sous nearfull ${ratioFr(p, 'nearfull')}.`,
  'ceph.fill-after-failure.stay-warn': (p) =>
    `Après la perte d’un OSD (le seul de son hôte), rien n’est reconstruit, mais les OSD sont déjà à ${ratioFr(p, 'fill')}, au-dessus de nearfull ${ratioFr(p, 'nearfull')} (HEALTH_WARN).`,
  'ceph.fill-after-failure.stay-fail': (p) => `Les OSD sont à ${ratioFr(p, 'fill')}, au-dessus de backfillfull ${ratioFr(p, 'backfillfull')} : le backfill vers eux est refusé.`,
  'ceph.unequal-hosts': (p) =>
    `${F.c(p['hosts'], 'hôte', 'hôtes')} = la largeur du pool : chaque hôte tient une copie (ou un fragment) de chaque PG quelle que soit sa taille, le plus petit hôte (${bytesFr(p, 'smallestHostBytes')}) se remplit donc le premier ; à 100 % le pool tient environ ${bytesFr(p, 'heldBytes')}, moins que l’utile du modèle moyen.`,
  'failure.no-recovery': () => 'Pas de reconstruction après la perte d’un hôte : aucun domaine de panne de rechange ; le pool reste dégradé jusqu’au retour de l’hôte.',
  'failure.recovery-disk': () => 'La durée suppose que seul le réseau limite : indiquez le débit des disques pour la borner aussi par leurs lectures et écritures.',
  'ceph.safe-lower-bound': () =>
    'Avec hôtes = largeur, le nombre de disques vient de la règle de perte d’OSD (n − 1 OSD sur n absorbent un OSD perdu, ou un OSD seul tient la part sous nearfull) ; sans taille de disque le chiffre est un minimum.',
  'ceph.rule-of-thumb-disks': (p) =>
    `${F.c(p['disks'], 'disque', 'disques')} de ${formatBytes(n(p, 'diskBytes'), 'decimal', 'fr')} par nœud couvrent les ${formatBytes(n(p, 'neededBytes'), 'decimal', 'fr')} demandés par la règle du cours (${s(p, 'fewer')} ${F.w(p['fewer'], 'donnerait', 'donneraient')} ${formatBytes(n(p, 'fewerBytes'), 'decimal', 'fr')}).`,
};
export const CEPH_CHECK_MESSAGES: Locales<typeof en> = { en, fr };
