/**
 * The plan's other own checks by code (issue 10): workloads, Ceph layout, DB/WAL, PGs, memory
 * reservations, failure, durability, ZFS, external storage, procurement and cost (the platform's
 * limits and the cost's warnings: check-messages-hardware.ts). The words stay in messages.ts and
 * placement-report.ts (one table per language, as the areas' other texts); these entries take the
 * language-free parameters (bytes, ratios, seconds, rates unformatted; names as the scenario and the
 * catalogue spell them; `system` the size system) and format them per language.
 */
import { type Catalogue, formatDuration, formatDurationAtLeast, formatNumber, formatRate, formatRatio, type Lang, type Params, type SizeSystem } from '@capa/core';
import { HARDWARE_CHECK_MESSAGES } from './check-messages-hardware.js';
import { fmt } from './helpers.js';
import { planMessages } from './messages.js';
import { placementMessages } from './placement-report.js';

const s = (p: Params, k: string): string => String(p[k]);
const n = (p: Params, k: string): number => Number(p[k]);

// The tables are read when a message renders, not at load: placement-report.ts imports this file.
function build(lang: Lang) {
  const t = () => planMessages(lang);
  const b = (p: Params, k: string): string => fmt(lang, s(p, 'system') as SizeSystem).bytes(n(p, k));
  const z = (p: Params, k: string): string => (n(p, k) === 0 ? '0' : b(p, k));
  const r = (p: Params, k: string): string => formatRatio(n(p, k), lang);
  const label = (p: Params): string => (p['deviceClass'] == null ? t().domainAll : t().domainClass(s(p, 'deviceClass')));
  const maxH = (p: Params): string => formatDuration(n(p, 'maxHours') * 3600, lang);
  const atLeast = (p: Params): string => formatDurationAtLeast(n(p, 'seconds'), lang);
  const pop = (p: Params): string => t().population(n(p, 'dimms'), b(p, 'dimmBytes'), n(p, 'perChannel'));
  const near = (p: Params): string => t().dimmNearest(p['belowBytes'] == null ? null : b(p, 'belowBytes'), p['aboveBytes'] == null ? null : b(p, 'aboveBytes'));
  const money = (p: Params): string => fmt(lang, 'binary').money(n(p, 'perSocket'), s(p, 'currency'));
  const vat = (p: Params): string => t().vat[s(p, 'vat') as 'excluded' | 'included' | 'unknown'];
  const safe = (p: Params): [string, string, string, string] => [s(p, 'pool'), b(p, 'dataBytes'), b(p, 'safeBytes'), r(p, 'ratio')];
  const mon = (p: Params): [number, number, number, number] => [n(p, 'failures'), n(p, 'mons'), n(p, 'quorum'), n(p, 'left')];
  const ext = (p: Params): [string, string, string, string] => [s(p, 'name'), b(p, 'dataBytes'), b(p, 'capacityBytes'), r(p, 'maxFill')];
  const num1 = (p: Params, k: string): string => formatNumber(n(p, k), lang, 1);
  /** `nines` null: no loss at all, ∞. */
  const nines = (p: Params): string => (p['nines'] === null ? '∞' : num1(p, 'nines'));
  const zfs = (p: Params): [string, string, string, string, string] => [s(p, 'pool'), s(p, 'node'), b(p, 'dataBytes'), b(p, 'usableBytes'), r(p, 'maxFill')];
  return {
    'workloads.none': () => t().noWorkload,
    'memory.reservations': (p: Params) => t().reservationsApplied(z(p, 'hostReserveBytes'), z(p, 'osdBytes'), z(p, 'arcBytes')),
    'ceph.mixed-osd-sizes': (p: Params) => t().mixedSizes(label(p)),
    'ceph.safe-capacity-needed.ok': (p: Params) => t().safeOk(...safe(p)),
    'ceph.safe-capacity-needed.over': (p: Params) => t().safeOver(...safe(p)),
    'ceph.safe-capacity-needed.over-osd': (p: Params) => t().safeOverOsd(...safe(p)),
    'ceph.rule-of-thumb-layout': (p: Params) => t().rotLayoutShort(s(p, 'pool'), n(p, 'osds'), b(p, 'osdBytes'), n(p, 'needed')),
    'bluestore.no-db-device': (p: Params) => t().dbMissing(n(p, 'hdd')),
    'bluestore.colocated': () => t().dbColocated,
    'pg.mgr-pool': () => t().mgrPool,
    'failure.memory.ok': (p: Params) => t().memAfterOk(r(p, 'fill'), r(p, 'max')),
    'failure.memory.over': (p: Params) => t().memAfterOver(r(p, 'fill'), r(p, 'max')),
    'failure.recovery.never': (p: Params) => t().recoveryNever(maxH(p)),
    'failure.recovery.no-ceph-network': (p: Params) => t().noCephNet(s(p, 'node')),
    'failure.recovery.over': (p: Params) => t().recoveryOver(atLeast(p), maxH(p)),
    'failure.recovery.ok': (p: Params) => t().recoveryOk(atLeast(p), maxH(p)),
    'failure.recovery.info': (p: Params) => t().recoveryInfo(atLeast(p)),
    'failure.recovery-rate': (p: Params) => t().recoveryAssumption(formatRate(n(p, 'bps'), lang), p['stated'] === true),
    'failure.ceph-mon-quorum.ok': (p: Params) => placementMessages(lang).monOk(...mon(p)),
    'failure.ceph-mon-quorum.lost': (p: Params) => placementMessages(lang).monLost(...mon(p)),
    'external.capacity.info': (p: Params) => t().extInfo(s(p, 'name'), b(p, 'capacityBytes')),
    'external.capacity.fits': (p: Params) => t().extFits(...ext(p)),
    'external.capacity.over': (p: Params) => t().extOver(...ext(p)),
    'procurement.unavailable': (p: Params) => t().unavailable(s(p, 'node')),
    'procurement.dimm-population.ok': (p: Params) => t().dimmOk(s(p, 'node'), pop(p), `${s(p, 'speedMTs')} MT/s`),
    'procurement.dimm-population.unbalanced': (p: Params) => t().dimmUnbalanced(s(p, 'node'), b(p, 'ramBytes'), n(p, 'channels'), near(p)),
    'procurement.chassis': (p: Params) => t().chassis(n(p, 'count'), s(p, 'name'), n(p, 'nodes'), n(p, 'bays')),
    'cost.subscription.note': (p: Params) => t().subscriptionNote(s(p, 'table'), s(p, 'date'), s(p, 'level'), money(p), vat(p)),
    'cost.subscription.none': () => t().subscriptionNone,
    'memory.reservations-differ': () => t().reservationsDiffer,
    'memory.multi-failure': (p: Params) => t().multiFailure(n(p, 'failures')),
    'ceph.overlapping-roots': () => t().overlapping,
    'ceph.heterogeneous-hosts': (p: Params) => t().heterogeneousHosts(p['deviceClass'] == null ? null : s(p, 'deviceClass')),
    'ceph.shared-osds': (p: Params) => t().sharedOsds(s(p, 'pool')),
    'durability.min-nines.ok': (p: Params) => t().ninesOk(s(p, 'pool'), nines(p), num1(p, 'min')),
    'durability.min-nines.low': (p: Params) => t().ninesLow(s(p, 'pool'), nines(p), num1(p, 'min')),
    'zfs.unused-disks': (p: Params) => t().zfsLeftover(s(p, 'pool'), s(p, 'node'), n(p, 'disks')),
    'zfs.capacity.info': (p: Params) => t().zfsNoData(s(p, 'pool'), s(p, 'node'), b(p, 'usableBytes')),
    'zfs.capacity.fits': (p: Params) => t().zfsFits(...zfs(p)),
    'zfs.capacity.over': (p: Params) => t().zfsOver(...zfs(p)),
    'zfs.local': () => t().zfsLocal,
    ...HARDWARE_CHECK_MESSAGES(lang),
  } satisfies Catalogue;
}

export const AREA_CHECK_MESSAGES_EN = build('en');
export const AREA_CHECK_MESSAGES_FR: typeof AREA_CHECK_MESSAGES_EN = build('fr');
