/**
 * Ceph part of an inventory: raw = Σ OSD sizes, used = osd df TOTAL RAW USE; fill after losing the
 * largest CRUSH host = used ÷ (raw of in OSDs − that host); safe raw = nearfull × (raw − that host).
 * That average model ("theory") stays in the JSON; when the adapter hands in the CRUSH engine, the
 * host-loss verdict judges the fullest OSD of the simulated placement instead (crush.ts).
 */
import { FROM_INVENTORY, fromDefault, fromInput } from '../explain/symbols.js';
import type { Check, Lang, SymbolOrigin } from '../explain/types.js';
import { checkMaker } from '../spec/messages.js';
import { INVENTORY_MESSAGES } from './check-messages.js';
import { type Protection, width } from '../ceph/protection.js';
import { type CrushPart, crushChecks } from './crush.js';
import { analysisMessages } from './messages.js';
import { poolAnalyses } from './pgs.js';
import { type EffectiveRatio, effectiveRatios } from './ratios.js';
import type { AnalysisValues } from './schema.js';
import type { Add } from './steps.js';
import type { Ceph, CephAnalysis, Pool } from './types.js';

export function protectionOf(p: Pool): Protection | null {
  if (p.type === 'replicated' && p.size !== null && p.size >= 1 && p.size <= 32) return { kind: 'replicated', size: p.size };
  if (p.type === 'erasure' && p.k !== null && p.m !== null && p.k >= 2 && p.k <= 64 && p.m >= 1 && p.m <= 64) return { kind: 'erasure', k: p.k, m: p.m };
  return null;
}

/** Where a Ceph ratio comes from: its option (same key), the inventory's osd dump, else Ceph's default. */
const ratioOrigin = (r: EffectiveRatio, key: string): SymbolOrigin => (r.from === 'option' ? fromInput(key) : r.from === 'inventory' ? FROM_INVENTORY : fromDefault(key));

/** `crush`: the CRUSH simulation of this inventory (crush.ts), when the adapter handed in the engine. */
export function analyzeCeph(c: Ceph, v: AnalysisValues, add: Add, checks: Check[], lang: Lang, crush: CrushPart | null = null): CephAnalysis {
  const t = analysisMessages(lang);
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  const ratios = effectiveRatios(v, c);
  const nearfull = ratios.nearfull.value;
  const backfillfull = ratios.backfillfull.value;
  const full = ratios.full.value;
  const nearfullFrom = ratioOrigin(ratios.nearfull, 'nearfull');
  // An out OSD holds no data (Ceph maps no PG to it): it counts in neither the raw capacity nor the
  // hosts, so the two agree (ceph/ceph:doc/rados/operations/add-or-rm-osds.rst, "Take the OSD out of the Cluster").
  const inOsds = c.osds.filter((o) => o.in !== false);
  const outOsds = c.osds.filter((o) => o.in === false);
  const osdCount = inOsds.length;
  const raw = inOsds.reduce((s, o) => s + o.sizeBytes, 0);
  const inRaw = raw;
  add('inventory.ceph.raw', t.stepCephRaw(osdCount), 'C', { C: raw }, raw, 'bytes', outOsds.length > 0 ? 'cephOsdOut' : 'derived');
  if (outOsds.length > 0) {
    const where = outOsds.map((o) => (o.host === null ? o.name : `${o.name} (${o.host})`)).join(', ');
    checks.push(check('inventory.ceph.osds-out', 'warn', 'inventory.ceph.osds-out', { n: outOsds.length, osds: where }));
  }
  const used = c.rawUsedBytes;
  let fillNow: number | null = null;
  if (used !== null && inRaw > 0) {
    add('inventory.ceph.used', t.stepCephUsed, 'W', { W: used }, used, 'bytes', 'derived');
    fillNow = used / inRaw;
    add('inventory.ceph.fill-now', t.stepCephFill, 'W / C', { W: used, C: inRaw }, fillNow, 'ratio', 'derived');
  } else if (used === null) checks.push(check('inventory.ceph.used-unknown', 'warn', 'inventory.ceph.used-unknown'));

  // Hosts and the widest pool.
  const hostRaw = new Map<string, number>();
  for (const o of inOsds) if (o.host !== null) hostRaw.set(o.host, (hostRaw.get(o.host) ?? 0) + o.sizeBytes);
  const hosts = hostRaw.size;
  const largest = [...hostRaw.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const prot = c.pools.map((p) => ({ p, pr: protectionOf(p) }));
  const widest = Math.max(0, ...prot.map((x) => (x.pr ? width(x.pr) : 0)));
  const domainOsd = c.pools.filter((p) => p.failureDomain === 'osd').map((p) => p.name);
  let healing: CephAnalysis['healing'] = 'unknown';
  let fillAfter: number | null = null;
  let safeRaw: number | null = null;
  if (hosts === 0) {
    if (osdCount > 0) checks.push(check('inventory.ceph.no-hosts', 'warn', 'inventory.ceph.no-hosts'));
  } else if (hosts === 1) {
    healing = 'single-host';
    // Hosts that hold only out OSDs are not failure domains for data: say so rather than "all OSDs".
    const outHosts = [...new Set(outOsds.map((o) => o.host).filter((h): h is string => h !== null && !hostRaw.has(h)))].sort();
    if (outHosts.length > 0) checks.push(check('inventory.ceph.single-host', 'fail', 'inventory.ceph.single-host-in', { hosts: outHosts.join(', ') }));
    else checks.push(check('inventory.ceph.single-host', 'fail', 'inventory.ceph.single-host'));
  } else if (largest) {
    add('inventory.ceph.largest-host', t.stepCephHost(largest[0]), 'S', { S: largest[1] }, largest[1], 'bytes', 'derived');
    if (domainOsd.length > 0) checks.push(check('inventory.ceph.failure-domain-osd', 'warn', 'inventory.ceph.failure-domain-osd', { pools: domainOsd.join(', ') }));
    const tooWide = prot.filter((x) => x.pr && width(x.pr) > hosts && x.p.failureDomain !== 'osd').map((x) => x.p.name);
    if (tooWide.length > 0) {
      healing = 'unplaceable';
      checks.push(check('inventory.ceph.unplaceable', 'fail', 'inventory.ceph.unplaceable', { pools: tooWide.join(', '), hosts }));
    } else if (widest >= hosts) {
      healing = 'cannot-heal';
      checks.push(check('inventory.ceph.cannot-heal', 'warn', 'inventory.ceph.cannot-heal', { hosts }));
    } else healing = 'heals';
    safeRaw = nearfull * (inRaw - largest[1]);
    add('inventory.ceph.safe-raw', t.stepCephSafe, 'r * (C - S)', { r: nearfull, C: inRaw, S: largest[1] }, safeRaw, 'bytes', 'cephCapacity', { r: nearfullFrom });
    if (healing === 'heals' && used !== null) {
      fillAfter = used / (inRaw - largest[1]);
      add('inventory.ceph.fill-after', t.stepCephFillAfter, 'W / (C - S)', { W: used, C: inRaw, S: largest[1] }, fillAfter, 'ratio', 'cephCapacity');
    }
  }
  // The simulation judges the fullest OSD; the average model's fill stays in its words and in the JSON.
  const simulated = crush ? crushChecks(crush, { nearfull, backfillfull, full }, fillAfter, v.failures, add, checks, lang, nearfullFrom) : null;
  if (fillAfter !== null && (simulated?.afterLoss ?? null) === null) {
    // The capacity calculator's words for the survivors of a host loss (ceph/check-messages.ts).
    if (fillAfter <= nearfull) checks.push(check('inventory.ceph.fill-after-host-loss', 'ok', 'ceph.fill-after-failure.refill-ok', { after: 'host', fill: fillAfter, nearfull }));
    else if (fillAfter <= backfillfull) checks.push(check('inventory.ceph.fill-after-host-loss', 'warn', 'ceph.fill-after-failure.refill-warn', { after: 'host', fill: fillAfter, nearfull }));
    else checks.push(check('inventory.ceph.fill-after-host-loss', 'fail', 'ceph.fill-after-failure.refill-fail', { after: 'host', fill: fillAfter, backfillfull }));
  }

  const pools = poolAnalyses(prot, inOsds, safeRaw, checks, lang);
  return {
    osdCount,
    rawBytes: raw,
    inRawBytes: inRaw,
    usedBytes: used,
    fillNow,
    hosts,
    largestHost: largest ? { name: largest[0], rawBytes: largest[1] } : null,
    healing,
    fillAfterHostLoss: fillAfter,
    safeRawBytes: safeRaw === null ? null : Math.floor(safeRaw),
    nearfull,
    backfillfull,
    full,
    pools,
    fullestOsdFill: simulated?.fullest ?? null,
    fullestOsdFillAfterHostLoss: simulated?.afterLoss ?? null,
    placement: crush ? { ...crush.placement, crushSafeStoredBytes: simulated?.safe ?? null } : null,
  };
}
