/** Words and result shapes of `capa ceph`'s CRUSH simulation (capacity-simulated.ts), en and fr. */
import type { Check, Lang } from '../explain/types.js';
import { checkMaker } from '../spec/messages.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytesBoth, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import type { CephSimulation } from './simulation.js';
import { E, F } from '../spec/plural.js';

export interface SimulatedCeph {
  readonly hostFailure: {
    /** After the worst host loss and backfill, the fullest OSD's expected fill; null without stored data. */
    readonly fullestOsdFill: number | null;
    /** The host whose loss leaves the fullest OSD. */
    readonly worstHost: string | null;
    /** PGs below min_size at the moment of the worst single-host loss, over all PGs. */
    readonly pgsBelowMinSizeFraction: number | null;
    /** Bytes written to OSDs newly holding a shard after the worst host loss (simulated); null without stored data. */
    readonly crushRebuildBytes: number | null;
    /** Mark-out delay + the slower of the busiest host's inbound bytes over its bond and the busiest OSD's reads and writes over its rate (lower bound); null without stored data or link speed. */
    readonly crushRecoverySeconds: number | null;
  };
  readonly placement: {
    readonly poolId: number;
    readonly pgNum: number;
    readonly hosts: number;
    readonly osds: number;
    readonly failuresEvaluated: number;
    readonly failuresPossible: number;
    readonly failureKind: CephSimulation['failureKind'];
    readonly worstHost: string | null;
    readonly storedBytes: number | null;
    readonly assumptions: readonly string[];
  };
}

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  stepPgNum: 'pg_num of the data pool (pg_autoscaler, target ratio 1, next to .mgr)',
  stepCrushSafe: 'Safe usable, CRUSH simulated: no OSD above nearfull, healthy or after the worst failure',
  stepFullest: 'Fullest OSD now (CRUSH simulated)',
  stepFillAfter: (label: string) => `Fullest OSD after losing ${label} and backfill (CRUSH simulated)`,
  stepRecovery: 'Recovery time after the worst host loss, set by the busiest host and OSD (CRUSH simulated; lower bound)',
  assumptions: (stored: boolean) => [
    'map built as Proxmox VE builds one: root default, straw2 hosts, OSD weight = size in TiB, chooseleaf firstn 0 type host (indep for EC), pool id 2 after .mgr',
    'stored bytes per PG = pool stored ÷ pg_num (a k-th per EC shard); no balancer upmaps',
    'a failure is played out until the OSDs are marked out and backfill has ended',
    ...(stored ? [] : ['no --stored: fills are simulated at the usable capacity and scaled (fills grow in proportion to the data)']),
  ],
  tooLarge: (pgs: number, hosts: number) => `${E.c(pgs, 'PG', 'PGs')} on ${E.c(hosts, 'host', 'hosts')} are beyond what capa ceph maps in one run (pg_num × hosts at most 8,388,608)`,
  notSimulated: (why: string) => `not simulated (${why}): the figures are the average model's`,
};
const fr: typeof en = {
  stepPgNum: 'pg_num du pool de données (pg_autoscaler, target ratio 1, à côté de .mgr)',
  stepCrushSafe: 'Utile sûr, CRUSH simulé : aucun OSD au-dessus de nearfull, sain ou après la pire panne',
  stepFullest: 'OSD le plus plein maintenant (CRUSH simulé)',
  stepFillAfter: (label) => `OSD le plus plein après la perte de ${label} et le backfill (CRUSH simulé)`,
  stepRecovery: 'Durée de reconstruction après la pire perte d’hôte, fixée par l’hôte et l’OSD les plus chargés (CRUSH simulé ; borne basse)',
  assumptions: (stored) => [
    'carte construite comme Proxmox VE la construit : racine default, hôtes straw2, poids d’un OSD = taille en Tio, chooseleaf firstn 0 type host (indep pour l’EC), pool 2 après .mgr',
    'octets stockés par PG = stocké du pool ÷ pg_num (un k-ième par fragment EC) ; pas d’upmap du balancer',
    'une panne est jouée jusqu’à ce que les OSD soient marqués out et le backfill terminé',
    ...(stored ? [] : ['sans --stored : remplissages simulés à la capacité utile puis mis à l’échelle (ils croissent en proportion des données)']),
  ],
  tooLarge: (pgs, hosts) => `${pgs} PG sur ${F.c(hosts, 'hôte', 'hôtes')} dépassent ce que capa ceph place en une exécution (pg_num × hôtes au plus 8 388 608)`,
  notSimulated: (why) => `non simulé (${why}) : les chiffres sont ceux du modèle moyen`,
};

/** Why the placement was not simulated: the map too large for one run, or the placement library's refusal (its own words). */
export type NotSimulated = { readonly pgs: number; readonly hosts: number } | { readonly reason: string };

const str = (p: Params, k: string): string => String(p[k]);
const sys = (p: Params): SizeSystem => (p['system'] === 'decimal' ? 'decimal' : 'binary');
const checksEn = {
  'ceph.placement-not-simulated.too-large': (p: Params) => `Not simulated (${en.tooLarge(Number(p['pgs']), Number(p['hosts']))}): the figures are the average model's.`,
  'ceph.placement-not-simulated.refused': (p: Params) => `Not simulated (${str(p, 'reason')}): the figures are the average model's.`,
  'ceph.safe-capacity.crush': (p: Params) =>
    `Safe usable ${formatBytesBoth(Number(p['crushBytes']), sys(p), 'en')} (CRUSH simulated: every OSD stays under ${formatRatio(Number(p['nearfull']), 'en')}, healthy and after the worst ${p['kind'] === 'osd' ? 'OSD' : 'host'} loss); the average model says ${formatBytesBoth(Number(p['averageBytes']), sys(p), 'en')}.`,
} satisfies Catalogue;
const checksFr: typeof checksEn = {
  'ceph.placement-not-simulated.too-large': (p) => `Non simulé (${fr.tooLarge(Number(p['pgs']), Number(p['hosts']))}) : les chiffres sont ceux du modèle moyen.`,
  'ceph.placement-not-simulated.refused': (p) => `Non simulé (${str(p, 'reason')}) : les chiffres sont ceux du modèle moyen.`,
  'ceph.safe-capacity.crush': (p) =>
    `Utile sûr ${formatBytesBoth(Number(p['crushBytes']), sys(p), 'fr')} (CRUSH simulé : chaque OSD reste sous ${formatRatio(Number(p['nearfull']), 'fr')}, sain et après la pire perte ${p['kind'] === 'osd' ? 'd’OSD' : 'd’hôte'}) ; le modèle moyen dit ${formatBytesBoth(Number(p['averageBytes']), sys(p), 'fr')}.`,
};
/** The simulated run's own checks, by code. */
export const SIMULATED_CHECK_MESSAGES: Locales<typeof checksEn> = { en: checksEn, fr: checksFr };

export function simulatedMessages(lang: Lang) {
  const t = lang === 'fr' ? fr : en;
  const check = checkMaker(SIMULATED_CHECK_MESSAGES, lang);
  return {
    ...t,
    /** The reason in words, for the placement's assumptions. */
    why: (w: NotSimulated): string => ('reason' in w ? w.reason : t.tooLarge(w.pgs, w.hosts)),
    noHostFailure: { fullestOsdFill: null, worstHost: null, pgsBelowMinSizeFraction: null, crushRebuildBytes: null, crushRecoverySeconds: null } satisfies SimulatedCeph['hostFailure'],
    notSimulatedCheck: (w: NotSimulated): Check =>
      'reason' in w
        ? check('ceph.placement-not-simulated', 'warn', 'ceph.placement-not-simulated.refused', { reason: w.reason })
        : check('ceph.placement-not-simulated', 'warn', 'ceph.placement-not-simulated.too-large', { pgs: w.pgs, hosts: w.hosts }),
    safeCheck: (crush: number, avg: number, r: number, kind: CephSimulation['failureKind'], system: SizeSystem): Check =>
      check('ceph.safe-capacity', 'ok', 'ceph.safe-capacity.crush', { crushBytes: crush, averageBytes: avg, nearfull: r, kind, system }),
  };
}
