/**
 * The words of the CRUSH simulation's verdicts (simulation-checks.ts), by code: `capa ceph`, `capa
 * analyze` and `capa plan` emit these checks, each under its own id, with the same language-free
 * parameters (fills as ratios, OSD ids and host names, failure labels, PG counts).
 */
import { formatRatio } from '../units/format.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { E } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);
const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
const ratio = (p: Params, k: string, lang: 'en' | 'fr'): string => formatRatio(Number(p[k]), lang);
/** `osd`, `host` (null when unknown). */
const osdEn = (p: Params): string => `osd.${s(p, 'osd')}${p['host'] ? ` on ${s(p, 'host')}` : ''}`;
const osdFr = (p: Params): string => `osd.${s(p, 'osd')}${p['host'] ? ` sur ${s(p, 'host')}` : ''}`;
/** `failure`: the label of the failure played out (`node3`, `node1 + node2`, `osd.4`); `kind`: osd, host or hosts. */
const losingEn = (p: Params): string => (p['kind'] === 'hosts' ? `losing ${s(p, 'failure')} together` : `losing ${s(p, 'failure')}`);
const losingFr = (p: Params): string => (p['kind'] === 'hosts' ? `la perte simultanée de ${s(p, 'failure')}` : `la perte de ${s(p, 'failure')}`);
/** `evaluated` of `possible` failures played out: said only when some were left out. */
const partialEn = (p: Params): string =>
  Number(p['evaluated']) < Number(p['possible'])
    ? ` (${s(p, 'evaluated')} of ${s(p, 'possible')} ${p['kind'] === 'hosts' ? 'combinations' : p['kind'] === 'osd' ? 'OSD failures' : 'host failures'} played out, ${p['kind'] === 'osd' ? 'largest OSDs' : 'heaviest hosts'} first)`
    : '';
const partialFr = (p: Params): string =>
  Number(p['evaluated']) < Number(p['possible'])
    ? ` (${s(p, 'evaluated')} ${p['kind'] === 'hosts' ? 'combinaisons' : p['kind'] === 'osd' ? 'pannes d’OSD' : 'pannes d’hôte'} sur ${s(p, 'possible')} jouées, ${p['kind'] === 'osd' ? 'les plus gros OSD' : 'les hôtes les plus lourds'} d’abord)`
    : '';
const fullestEn = (p: Params): string => `Fullest OSD ${osdEn(p)} at ${ratio(p, 'fill', 'en')} (CRUSH placement simulated; mean ${ratio(p, 'mean', 'en')}); `;
const fullestFr = (p: Params): string => `OSD le plus plein ${osdFr(p)} à ${ratio(p, 'fill', 'fr')} (placement CRUSH simulé ; moyenne ${ratio(p, 'mean', 'fr')}) ; `;
/** `average`: the average model's fill after the failure, null when it has none. */
const afterEn = (p: Params): string =>
  `After ${losingEn(p)} and backfill, the fullest OSD (${osdEn(p)}) reaches ${ratio(p, 'fill', 'en')}${p['average'] === null || p['average'] === undefined ? '' : ` (the average model says ${ratio(p, 'average', 'en')})`}; `;
const afterFr = (p: Params): string =>
  `Après ${losingFr(p)} et le backfill, l’OSD le plus plein (${osdFr(p)}) atteint ${ratio(p, 'fill', 'fr')}${p['average'] === null || p['average'] === undefined ? '' : ` (le modèle moyen dit ${ratio(p, 'average', 'fr')})`} ; `;
/** `failures`: hosts down together, for the "none blocked" sentence. */
const anyEn = (p: Params): string => (p['kind'] === 'osd' ? 'any OSD down' : Number(p['failures']) > 1 ? `any ${s(p, 'failures')} hosts down at once` : 'any host down');
const anyFr = (p: Params): string =>
  p['kind'] === 'osd' ? 'n’importe quel OSD en panne' : Number(p['failures']) > 1 ? `n’importe quels ${s(p, 'failures')} hôtes en panne ensemble` : 'n’importe quel hôte en panne';

const en = {
  'ceph.fullest-osd.ok': (p: Params) => `${fullestEn(p)}under nearfull ${ratio(p, 'nearfull', 'en')}.`,
  'ceph.fullest-osd.warn': (p: Params) => `${fullestEn(p)}above nearfull ${ratio(p, 'nearfull', 'en')} (HEALTH_WARN).`,
  'ceph.fullest-osd.fail': (p: Params) => `${fullestEn(p)}above full ${ratio(p, 'full', 'en')}: writes stop.`,
  'ceph.fill-after-worst.ok': (p: Params) => `${afterEn(p)}under nearfull ${ratio(p, 'nearfull', 'en')}.${partialEn(p)}`,
  'ceph.fill-after-worst.warn': (p: Params) => `${afterEn(p)}above nearfull ${ratio(p, 'nearfull', 'en')} (HEALTH_WARN), below backfillfull.${partialEn(p)}`,
  'ceph.fill-after-worst.fail': (p: Params) => `${afterEn(p)}above backfillfull ${ratio(p, 'backfillfull', 'en')}: backfill stops before the data is protected again.${partialEn(p)}`,
  'ceph.io-blocked': (p: Params) =>
    `${cap(losingEn(p))} puts ${s(p, 'below')} of ${E.c(p['pgs'], 'PG', 'PGs')} (${ratio(p, 'share', 'en')}) below min_size: their I/O blocks until recovery brings them back to min_size.${partialEn(p)}`,
  'ceph.io-not-blocked': (p: Params) => `Every PG keeps at least min_size copies or chunks with ${anyEn(p)}.${partialEn(p)}`,
  'ceph.pgs-lost': (p: Params) => `${cap(losingEn(p))} leaves ${E.c(p['lost'], 'PG', 'PGs')} without a copy (or with fewer than k chunks): their data is lost.${partialEn(p)}`,
} satisfies Catalogue;
const fr: typeof en = {
  'ceph.fullest-osd.ok': (p) => `${fullestFr(p)}sous nearfull ${ratio(p, 'nearfull', 'fr')}.`,
  'ceph.fullest-osd.warn': (p) => `${fullestFr(p)}au-dessus de nearfull ${ratio(p, 'nearfull', 'fr')} (HEALTH_WARN).`,
  'ceph.fullest-osd.fail': (p) => `${fullestFr(p)}au-dessus de full ${ratio(p, 'full', 'fr')} : les écritures s’arrêtent.`,
  'ceph.fill-after-worst.ok': (p) => `${afterFr(p)}sous nearfull ${ratio(p, 'nearfull', 'fr')}.${partialFr(p)}`,
  'ceph.fill-after-worst.warn': (p) => `${afterFr(p)}au-dessus de nearfull ${ratio(p, 'nearfull', 'fr')} (HEALTH_WARN), sous backfillfull.${partialFr(p)}`,
  'ceph.fill-after-worst.fail': (p) => `${afterFr(p)}au-dessus de backfillfull ${ratio(p, 'backfillfull', 'fr')} : le backfill s’arrête avant que les données soient protégées.${partialFr(p)}`,
  'ceph.io-blocked': (p) =>
    `${cap(losingFr(p))} met ${s(p, 'below')} PG sur ${s(p, 'pgs')} (${ratio(p, 'share', 'fr')}) sous min_size : leurs E/S sont bloquées jusqu’à ce que la reconstruction les ramène à min_size.${partialFr(p)}`,
  'ceph.io-not-blocked': (p) => `Chaque PG garde au moins min_size copies ou fragments avec ${anyFr(p)}.${partialFr(p)}`,
  'ceph.pgs-lost': (p) => `${cap(losingFr(p))} laisse ${s(p, 'lost')} PG sans copie (ou avec moins de k fragments) : leurs données sont perdues.${partialFr(p)}`,
};
export const SIMULATION_CHECK_MESSAGES: Locales<typeof en> = { en, fr };

/** An OSD as the derivation steps name it (`osd.3 on node2`). */
export const osdName = (o: { readonly id: number; readonly host?: string | null | undefined }, lang: 'en' | 'fr'): string => (lang === 'fr' ? osdFr : osdEn)({ osd: o.id, host: o.host ?? null });
