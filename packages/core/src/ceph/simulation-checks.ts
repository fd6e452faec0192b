/**
 * The verdicts drawn from a CRUSH simulation (simulation.ts), worded once for `capa ceph`, `capa
 * analyze` and `capa plan`: Ceph's ratios apply per OSD, so the fullest OSD is judged, not the mean.
 */
import { check } from '../explain/check.js';
import type { Check, Lang } from '../explain/types.js';
import { formatRatio } from '../units/format.js';
import type { CephSimulation, FailureImpact, OsdFill } from './simulation.js';

export interface Ratios {
  readonly nearfull: number;
  readonly backfillfull: number;
  readonly full: number;
}

const en = {
  osd: (o: OsdFill) => `osd.${o.id}${o.host ? ` on ${o.host}` : ''}`,
  losing: (f: FailureImpact, kind: CephSimulation['failureKind']) => (kind === 'osd' ? `losing ${f.label}` : kind === 'hosts' ? `losing ${f.label} together` : `losing ${f.label}`),
  partial: (n: number, total: number, kind: CephSimulation['failureKind']) => ` (${n} of ${total} ${kind === 'hosts' ? 'combinations' : kind === 'osd' ? 'OSD failures' : 'host failures'} played out, ${kind === 'osd' ? 'largest OSDs' : 'heaviest hosts'} first)`,
  fullestNow: (o: string, f: string, mean: string, r: string, verdict: 'ok' | 'warn' | 'fail') =>
    `Fullest OSD ${o} at ${f} (CRUSH placement simulated; mean ${mean}); ` + (verdict === 'ok' ? `under nearfull ${r}.` : verdict === 'warn' ? `above nearfull ${r} (HEALTH_WARN).` : `above full ${r}: writes stop.`),
  fillAfter: (loss: string, o: string, f: string, avg: string | null, r: string, verdict: 'ok' | 'warn' | 'fail') =>
    `After ${loss} and backfill, the fullest OSD (${o}) reaches ${f}${avg ? ` (the average model says ${avg})` : ''}; ` +
    (verdict === 'ok' ? `under nearfull ${r}.` : verdict === 'warn' ? `above nearfull ${r} (HEALTH_WARN), below backfillfull.` : `above backfillfull ${r}: backfill stops before the data is protected again.`),
  blocked: (loss: string, n: number, total: number, share: string) => `${cap(loss)} puts ${n} of ${total} PGs (${share}) below min_size: their I/O blocks until recovery brings them back to min_size.`,
  notBlocked: (what: string) => `Every PG keeps at least min_size copies or chunks with ${what}.`,
  lost: (loss: string, n: number) => `${cap(loss)} leaves ${n} PG(s) without a copy (or with fewer than k chunks): their data is lost.`,
  anyHost: 'any host down', anyHosts: (f: number) => `any ${f} hosts down at once`, anyOsd: 'any OSD down',
};
const fr: typeof en = {
  osd: (o) => `osd.${o.id}${o.host ? ` sur ${o.host}` : ''}`,
  losing: (f, kind) => (kind === 'hosts' ? `la perte simultanée de ${f.label}` : `la perte de ${f.label}`),
  partial: (n, total, kind) => ` (${n} ${kind === 'hosts' ? 'combinaisons' : kind === 'osd' ? 'pannes d’OSD' : 'pannes d’hôte'} sur ${total} jouées, ${kind === 'osd' ? 'les plus gros OSD' : 'les hôtes les plus lourds'} d’abord)`,
  fullestNow: (o, f, mean, r, verdict) =>
    `OSD le plus plein ${o} à ${f} (placement CRUSH simulé ; moyenne ${mean}) ; ` + (verdict === 'ok' ? `sous nearfull ${r}.` : verdict === 'warn' ? `au-dessus de nearfull ${r} (HEALTH_WARN).` : `au-dessus de full ${r} : les écritures s’arrêtent.`),
  fillAfter: (loss, o, f, avg, r, verdict) =>
    `Après ${loss} et le backfill, l’OSD le plus plein (${o}) atteint ${f}${avg ? ` (le modèle moyen dit ${avg})` : ''} ; ` +
    (verdict === 'ok' ? `sous nearfull ${r}.` : verdict === 'warn' ? `au-dessus de nearfull ${r} (HEALTH_WARN), sous backfillfull.` : `au-dessus de backfillfull ${r} : le backfill s’arrête avant que les données soient protégées.`),
  blocked: (loss, n, total, share) => `${cap(loss)} met ${n} PG sur ${total} (${share}) sous min_size : leurs E/S sont bloquées jusqu’à ce que la reconstruction les ramène à min_size.`,
  notBlocked: (what) => `Chaque PG garde au moins min_size copies ou fragments avec ${what}.`,
  lost: (loss, n) => `${cap(loss)} laisse ${n} PG sans copie (ou avec moins de k fragments) : leurs données sont perdues.`,
  anyHost: 'n’importe quel hôte en panne', anyHosts: (f) => `n’importe quels ${f} hôtes en panne ensemble`, anyOsd: 'n’importe quel OSD en panne',
};
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
export const simulationMessages = (lang: Lang): typeof en => (lang === 'fr' ? fr : en);

const levelOf = (fill: number, okBelow: number, warnBelow: number): 'ok' | 'warn' | 'fail' => (fill <= okBelow ? 'ok' : fill <= warnBelow ? 'warn' : 'fail');

/** `ceph.fullest-osd`: the healthy fullest OSD against nearfull (warn) and full (fail). */
export function fullestOsdCheck(sim: CephSimulation, r: Ratios, lang: Lang): Check | null {
  const o = sim.fullestOsd;
  if (o === null) return null;
  const t = simulationMessages(lang);
  const level = levelOf(o.fill, r.nearfull, r.full);
  const ratio = level === 'fail' ? r.full : r.nearfull;
  return check('ceph.fullest-osd', level, t.fullestNow(t.osd(o), formatRatio(o.fill, lang), formatRatio(sim.meanFill ?? 0, lang), formatRatio(ratio, lang), level));
}

/** The fill check after the worst failure (under the caller's id), judging its fullest OSD. */
export function fillAfterFailureCheck(id: string, sim: CephSimulation, r: Ratios, averageFill: number | null, lang: Lang): Check | null {
  const w = sim.worstFill;
  const o = w?.after.fullestOsd;
  if (!w || !o) return null;
  const t = simulationMessages(lang);
  const level = levelOf(o.fill, r.nearfull, r.backfillfull);
  const ratio = level === 'fail' ? r.backfillfull : r.nearfull;
  const partial = sim.failuresEvaluated < sim.failuresPossible ? t.partial(sim.failuresEvaluated, sim.failuresPossible, sim.failureKind) : '';
  return check(id, level, t.fillAfter(t.losing(w, sim.failureKind), t.osd(o), formatRatio(o.fill, lang), averageFill === null ? null : formatRatio(averageFill, lang), formatRatio(ratio, lang), level) + partial);
}

/** `failure.ceph-io-blocked` (fail, or ok when none) and `failure.ceph-pgs-lost` (fail only). */
export function ioBlockedChecks(sim: CephSimulation, f: number, lang: Lang): Check[] {
  const t = simulationMessages(lang);
  const out: Check[] = [];
  if (sim.failuresEvaluated === 0) return out;
  const partial = sim.failuresEvaluated < sim.failuresPossible ? t.partial(sim.failuresEvaluated, sim.failuresPossible, sim.failureKind) : '';
  const b = sim.worstBlocked;
  if (b && b.now.pgsBelowMinSize > 0) {
    out.push(check('failure.ceph-io-blocked', 'fail', t.blocked(t.losing(b, sim.failureKind), b.now.pgsBelowMinSize, b.now.pgs, formatRatio(b.now.pgsBelowMinSize / b.now.pgs, lang)) + partial));
  } else {
    const what = sim.failureKind === 'osd' ? t.anyOsd : f > 1 ? t.anyHosts(f) : t.anyHost;
    out.push(check('failure.ceph-io-blocked', 'ok', t.notBlocked(what) + partial));
  }
  const l = sim.worstLost;
  if (l && l.now.pgsLost > 0) out.push(check('failure.ceph-pgs-lost', 'fail', t.lost(t.losing(l, sim.failureKind), l.now.pgsLost) + partial));
  return out;
}
