/**
 * What the simulated placement (placement.ts) adds to the plan: the Ceph area's fill verdict on the
 * fullest OSD, the failure area's I/O-blocked and MON-quorum checks, their figures, and the `placement`
 * object of the JSON. The verdicts themselves are the core's (simulation-checks.ts).
 */
import { type CephSimulation, type Check, checkMaker, count, plural, fillAfterFailureCheck, fullestOsdCheck, ioBlockedChecks, type QuorumResult } from '@capa/core';
import type { CephOut } from './areas-compute.js';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { Ctx } from './context.js';
import { figure, makeArea, tagChecks } from './helpers.js';
import { PLACEMENT_LIMIT, type PlacementOut } from './placement.js';
import type { Figure, PlacementSummary } from './types.js';

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  fCrushSafe: (r: string) => `Safe usable, CRUSH simulated (no OSD above ${r} after the worst failure)`,
  fFullest: 'Fullest OSD now (CRUSH simulated)',
  fFullestAfter: 'Fullest OSD after the worst failure (CRUSH simulated)',
  fRebuild: 'Data rebuilt after the worst failure (CRUSH simulated)',
  fBelowMin: 'PGs below min_size when the hosts fail (worst set)',
  fMonQuorum: 'Ceph MON quorum with the failed hosts down',
  monOk: (f: number, m: number, q: number, left: number) => `With ${count(f, 'en', 'host', 'hosts')} down, Ceph keeps its MON quorum even if ${plural(f, 'en', 'it carries', 'they carry')} MONs: ${left} of ${count(m, 'en', 'MON', 'MONs')} left, quorum ${q}.`,
  monLost: (f: number, m: number, q: number, left: number) => `With ${count(f, 'en', 'host', 'hosts')} down, Ceph loses its MON quorum when ${plural(f, 'en', 'it carries', 'they carry')} MONs: ${left} of ${count(m, 'en', 'MON', 'MONs')} left, below the quorum of ${q}; all client I/O stops until a MON returns.`,
  story: (fill: string | null, loss: string, below: number, pgs: number, share: string) =>
    `${fill === null ? '' : `fullest OSD ${fill} after losing ${loss} (CRUSH simulated), `}${below > 0 ? `${below} of ${count(pgs, 'en', 'PG', 'PGs')} (${share}) below min_size: I/O BLOCKED` : 'no PG below min_size'}`,
  monStory: 'MON QUORUM LOST',
  summary: (base: string, crush: string) => `${base.replace(/\.$/, '')} (average model); ${crush} with Ceph's placement simulated.`,
  assumption: (limit: number) =>
    `CRUSH placement simulated (Ceph's algorithm, @capa/crush) on the map Proxmox VE would build from the scenario's hosts: one straw2 bucket per host, OSD weight = size in TiB, chooseleaf firstn 0 type host for replicated pools and indep for EC, pg_num from the autoscaler's result (the .mgr pool left out). ` +
    `Bytes per PG = the pool's data at the horizon ÷ pg_num (a k-th per EC shard); the balancer adds no upmaps (a balanced cluster's fullest OSD sits nearer the mean); rules.failures hosts fail together, every combination up to ${limit} (heaviest hosts first), and each OSD alone where hosts = the pool's width; a failure is played out until the OSDs are marked out and backfill ends. ` +
    'Pools without stated data are simulated with a nominal equal share: then only PG counts and the safe amount are shown. The average-model figures (safe usable, fill after losing the largest host) stay beside them as the theory.',
};
const fr: typeof en = {
  fCrushSafe: (r) => `Utile sûr, CRUSH simulé (aucun OSD au-delà de ${r} après la pire panne)`,
  fFullest: 'OSD le plus plein maintenant (CRUSH simulé)',
  fFullestAfter: 'OSD le plus plein après la pire panne (CRUSH simulé)',
  fRebuild: 'Données reconstruites après la pire panne (CRUSH simulé)',
  fBelowMin: 'PG sous min_size à la panne des hôtes (pire ensemble)',
  fMonQuorum: 'Quorum des MON Ceph avec les hôtes en panne',
  monOk: (f, m, q, left) =>
    `Avec ${count(f, 'fr', 'hôte', 'hôtes')} en panne, Ceph garde le quorum de ses MON même ${plural(f, 'fr', 's’il en porte', 's’ils en portent')} : ${left} MON sur ${m} ${plural(left, 'fr', 'reste', 'restent')}, quorum ${q}.`,
  monLost: (f, m, q, left) =>
    `Avec ${count(f, 'fr', 'hôte', 'hôtes')} en panne, Ceph perd le quorum de ses MON ${plural(f, 'fr', 's’il en porte', 's’ils en portent')} : ${left} MON sur ${m} ${plural(left, 'fr', 'reste', 'restent')}, sous le quorum de ${q} ; toutes les E/S des clients s’arrêtent jusqu’au retour d’un MON.`,
  story: (fill, loss, below, pgs, share) =>
    `${fill === null ? '' : `OSD le plus plein à ${fill} après ${loss} (CRUSH simulé), `}${below > 0 ? `${below} PG sur ${pgs} (${share}) sous min_size : E/S BLOQUÉES` : 'aucun PG sous min_size'}`,
  monStory: 'QUORUM DES MON PERDU',
  summary: (base, crush) => `${base.replace(/\.$/, '')} (modèle moyen) ; ${crush} avec le placement de Ceph simulé.`,
  assumption: (limit) =>
    `Placement CRUSH simulé (l’algorithme de Ceph, @capa/crush) sur la carte que Proxmox VE construirait avec les hôtes du scénario : un bucket straw2 par hôte, poids d’un OSD = sa taille en Tio, chooseleaf firstn 0 type host pour les pools répliqués et indep pour l’EC, pg_num selon le résultat de l’autoscaler (pool .mgr exclu). ` +
    `Octets par PG = données du pool à l’horizon ÷ pg_num (un k-ième par fragment EC) ; le balancer n’ajoute aucun upmap (l’OSD le plus plein d’un cluster équilibré est plus proche de la moyenne) ; rules.failures hôtes tombent ensemble, toutes les combinaisons jusqu’à ${limit} (les hôtes les plus lourds d’abord), et chaque OSD seul quand le nombre d’hôtes égale la largeur du pool ; une panne est jouée jusqu’au marquage out des OSD et la fin du backfill. ` +
    'Les pools sans données indiquées sont simulés avec une part nominale égale : seuls les nombres de PG et la quantité sûre sont alors montrés. Les chiffres du modèle moyen (utile sûr, remplissage après perte du plus gros hôte) restent à côté, comme théorie.',
};
export const placementMessages = (lang: 'en' | 'fr'): typeof en => (lang === 'fr' ? fr : en);

const tagOf = (c: Ctx, label: string): string | null => (c.domains.length > 1 ? label : null);

/** The Ceph area with the simulated figures, and `ceph.fill-after-failure` judged on the fullest OSD. */
export function cephWithPlacement(c: Ctx, ceph: CephOut, p: PlacementOut | null): CephOut {
  const a = ceph.area;
  if (!a || !p || !c.s.ceph) return ceph;
  const { f } = c;
  const t = placementMessages(f.lang);
  const ratios = { nearfull: c.s.ceph.nearfull, backfillfull: c.s.ceph.backfillfull, full: c.s.ceph.full };
  const ratio = c.s.rules.cephAfterFailure === 'nearfull' ? ratios.nearfull : ratios.backfillfull;
  const withData = c.domains.filter((d) => d.poolData.some((x) => x !== undefined && x > 0));
  const replaced = withData.every((d) => p.domains.some((x) => x.domain === d && !x.nominal));
  const checks: Check[] = replaced ? a.checks.filter((x) => x.id !== 'ceph.fill-after-failure') : [...a.checks];
  const figures: Figure[] = [...a.figures];
  for (const x of p.domains) {
    const d = x.domain;
    const tag = tagOf(c, d.label);
    const sfx = tag ? ` (${tag})` : '';
    figures.push(figure(f, `crushSafeUsableBytes@${d.key}`, `${t.fCrushSafe(f.ratio(ratio))}${sfx}`, x.crushSafeBytes, 'bytes'));
    if (x.nominal) continue;
    figures.push(figure(f, `fullestOsdFill@${d.key}`, `${t.fFullest}${sfx}`, x.hosts.fullestOsd?.fill ?? null, 'ratio'));
    figures.push(figure(f, `fullestOsdFillAfterFailure@${d.key}`, `${t.fFullestAfter}${sfx}`, x.fill.worstFill?.after.fullestOsd?.fill ?? null, 'ratio'));
    const now = fullestOsdCheck(x.hosts, ratios, f.lang);
    if (now) checks.push(...tagChecks([now], tag));
    if (!replaced) continue;
    // The average model's fill after losing the largest host, for this domain's pools (the theory).
    const avg = ceph.pools.filter((q) => q.domain === d).reduce<number | null>((m, q) => (q.result.fillAfterFailure === null ? m : Math.max(m ?? 0, q.result.fillAfterFailure)), null);
    const after = fillAfterFailureCheck('ceph.fill-after-failure', x.fill, ratios, avg, f.lang);
    if (after) checks.push(...tagChecks([after], tag));
  }
  // The area's line names the simulated safe amount beside the average model's.
  const crushSafe = p.domains.reduce((sum, x) => sum + (x.crushSafeBytes ?? 0), 0);
  const summary = p.domains.some((x) => x.crushSafeBytes !== null) ? t.summary(a.summary, f.bytes(crushSafe)) : a.summary;
  return { ...ceph, area: makeArea('ceph', a.title, summary, figures, checks, [...a.derivation]) };
}

export interface FailureAdditions {
  readonly checks: Check[];
  readonly figures: Figure[];
  readonly monQuorumKept: boolean | null;
  /** The words the failure story adds (null: no simulation). */
  readonly story: string | null;
}

/** I/O blocked and PGs lost (the core's checks), Ceph MON quorum with the f hosts down, and their figures. */
export function failureAdditions(c: Ctx, p: PlacementOut | null, q: QuorumResult): FailureAdditions {
  const { f } = c;
  const t = placementMessages(f.lang);
  const checks: Check[] = [];
  const figures: Figure[] = [];
  let story: string | null = null;
  if (p) {
    for (const x of p.domains) checks.push(...tagChecks(ioBlockedChecks(x.hosts, c.failures, f.lang), tagOf(c, x.domain.label)));
    figures.push(
      figure(
        f,
        'pgsBelowMinSizeFraction',
        t.fBelowMin,
        p.pgsBelowMinSizeFraction,
        'ratio',
        p.pgsBelowMinSizeFraction === null ? undefined : `${f.ratio(p.pgsBelowMinSizeFraction)} (${p.pgsBelowMinSize} / ${p.pgs})`,
      ),
    );
    if (p.rebuildBytes !== null) figures.push(figure(f, 'rebuildBytes', t.fRebuild, p.rebuildBytes, 'bytes'));
    if (p.fullestOsdFillAfter !== null) figures.push(figure(f, 'fullestOsdFillAfterFailure', t.fFullestAfter, p.fullestOsdFillAfter, 'ratio'));
    const worst = p.domains.map((x) => x.fill.worstFill).find((w) => w?.after.fullestOsd) ?? null;
    const blocked = p.domains.map((x) => x.hosts.worstBlocked).find((w) => w !== null) ?? null;
    const loss = worst?.label ?? blocked?.label ?? '';
    story = t.story(p.fullestOsdFillAfter === null ? null : f.ratio(p.fullestOsdFillAfter), loss, p.pgsBelowMinSize, p.pgs, f.ratio(p.pgsBelowMinSizeFraction ?? 0));
  }
  let monQuorumKept: boolean | null = null;
  if (q.monQuorum !== null && q.toleratedMonFailures !== null && c.s.ceph) {
    // Worst case: every failed host carries a MON (Proxmox VE runs at most one per node).
    const m = q.monQuorum + q.toleratedMonFailures;
    const left = Math.max(0, m - Math.min(c.failures, m));
    monQuorumKept = left >= q.monQuorum;
    const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
    checks.push(
      check('failure.ceph-mon-quorum', monQuorumKept ? 'ok' : 'fail', monQuorumKept ? 'failure.ceph-mon-quorum.ok' : 'failure.ceph-mon-quorum.lost', {
        failures: c.failures,
        mons: m,
        quorum: q.monQuorum,
        left,
      }),
    );
    figures.push(figure(f, 'monQuorumKept', t.fMonQuorum, left, 'count', `${monQuorumKept ? '✔' : '✖'} (${left} / ${m})`));
    if (!monQuorumKept) story = story === null ? t.monStory : `${story}, ${t.monStory}`;
  }
  return { checks, figures, monQuorumKept, story };
}

/** The `placement` object of the JSON: what was simulated, per domain, and the assumptions. */
export function placementSummary(c: Ctx, p: PlacementOut | null): PlacementSummary | null {
  if (!p) return null;
  const t = placementMessages(c.f.lang);
  const impact = (w: CephSimulation['worstFill']) =>
    w === null
      ? null
      : {
          label: w.label,
          pgsBelowMinSize: w.now.pgsBelowMinSize,
          pgsLost: w.now.pgsLost,
          pgsDegraded: w.now.pgsDegraded,
          movedBytes: Math.round(w.after.movedBytes),
          fullestOsd: w.after.fullestOsd,
        };
  return {
    engine: '@capa/crush',
    map: 'designed',
    rebuildBytes: p.rebuildBytes,
    pgsBelowMinSize: p.pgsBelowMinSize,
    pgs: p.pgs,
    pgsBelowMinSizeFraction: p.pgsBelowMinSizeFraction,
    crushSafeUsableBytes: p.crushSafeBytes,
    fullestOsdFill: p.fullestOsdFill,
    fullestOsdFillAfterFailure: p.fullestOsdFillAfter,
    domains: p.domains.map((x) => ({
      domain: x.domain.key,
      hosts: x.domain.hosts,
      pgs: x.hosts.pgs,
      nominal: x.nominal,
      pools: x.pools,
      failures: { kind: x.hosts.failureKind, hostsTogether: Math.min(c.failures, x.domain.hosts), evaluated: x.hosts.failuresEvaluated, possible: x.hosts.failuresPossible },
      osdFailures: x.osds === null ? null : { evaluated: x.osds.failuresEvaluated, possible: x.osds.failuresPossible },
      fullestOsd: x.nominal ? null : x.hosts.fullestOsd,
      meanFill: x.nominal ? null : x.hosts.meanFill,
      worstFill: x.nominal ? null : impact(x.fill.worstFill),
      worstBlocked: impact(x.hosts.worstBlocked),
      rebuildBytes: x.nominal ? null : x.rebuildBytes,
      crushSafeUsableBytes: x.crushSafeBytes,
    })),
    assumptions: [t.assumption(PLACEMENT_LIMIT)],
  };
}
