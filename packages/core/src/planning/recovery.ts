import type { Lang, Step, SymbolOrigin } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { type BondLink, bondRates } from '../network/bond.js';
import type { SizeSystem } from '../units/size-units.js';
import { step } from '../explain/step.js';
import { recoveryFlows } from './recovery-flows.js';
import { CEPH_DEFAULTS } from '../explain/defaults.js';
import { RECOVERY_STEPS_EN as EN, RECOVERY_STEPS_FR as FR } from './recovery-messages.js';
import {
  HOST_RECOVERY_SYMBOLS as HS,
  HOST_RECOVERY_UNITS as units,
  hostRecoveryOrigins,
  OSD_RECOVERY_SYMBOLS as OS,
  OSD_RECOVERY_UNITS as osdUnits,
  osdRecoveryOrigins,
  type RecoveryOrigins,
} from './recovery-symbols.js';

/** One host's bond on the Ceph cluster network. */
export type RecoveryLink = BondLink;

/** Kampe's default recovery speed per OSD: 50 MB/s (ceph-tools Config.py), used when a disk states none. */
export const KAMPE_RECOVERY_BPS = 50e6 * 8;
/** mon_osd_down_out_interval default. */
export const MARK_OUT_SECONDS = CEPH_DEFAULTS.markOutSeconds;

/** What the peers can push into one host's bond during recovery, for equal transfers: the bond model's inbound transfer rate. */
const inboundTransferBps = (l: RecoveryLink, hosts: number, osdsPerHost: number): number => {
  const { peers, flows } = recoveryFlows(hosts, osdsPerHost);
  return bondRates(l, flows, peers).inboundTransferBps;
};

export interface HostRecoverySpec {
  readonly hosts: number;
  readonly osdsPerHost: number;
  /** Raw bytes each healing pool holds on the whole cluster, and its read amplification (1, or k for EC). */
  readonly pools: readonly { readonly rawUsedBytes: number; readonly readAmplification: number }[];
  readonly link: RecoveryLink;
  /** Sustained recovery rate of one OSD, bits/s, shared by its reads and writes. */
  readonly osdWriteBps: number;
  readonly markOutSeconds: number;
}

export interface HostRecoveryValue {
  /** Raw bytes the failed host held, to re-create on the survivors. */
  readonly rebuildBytes: number;
  /** Bytes read over the network to re-create them (× k for EC). */
  readonly networkBytes: number;
  /** Bytes the survivors' disks read and write: the sources read plus the rebuilt bytes written. */
  readonly diskBytes: number;
  /** The survivors' inbound rate for equal transfers (the bond model's inbound transfer rate × (H − 1)). */
  readonly networkBps: number;
  readonly diskBps: number;
  /**
   * The recovery traffic into one survivor's bond while the rebuild runs (the network budget's
   * `recovery` class): the bytes moved over the network ÷ the transfer time ÷ the survivors. The
   * inbound transfer rate when the network bounds the recovery, less when the disks do.
   */
  readonly hostBps: number;
  /** A lower bound: Ceph's recovery throttles (osd_max_backfills, mClock) are not modelled. */
  readonly seconds: number;
}

/**
 * Recovery after one host is lost, over every healing pool sharing the OSDs: mark-out + the slower of
 * moving the bytes into the survivors' bonds and the survivors' OSDs reading the sources and writing
 * the rebuilt data. For one pool it is the core's `hostFailure` recovery time; a lower bound.
 */
export function hostRecoveryValue(s: HostRecoverySpec): HostRecoveryValue {
  const H = s.hosts;
  const n = s.osdsPerHost;
  let rebuild = 0;
  let net = 0;
  for (const p of s.pools) {
    const r = p.rawUsedBytes / H;
    rebuild += r;
    net += r * p.readAmplification;
  }
  const networkBps = (H - 1) * inboundTransferBps(s.link, H, n);
  const diskBps = (H - 1) * n * s.osdWriteBps;
  // Every byte read over the network was read from a survivor's disk; every rebuilt byte is written to one.
  const diskBytes = net + rebuild;
  const transfer = Math.max((net * 8) / networkBps, (diskBytes * 8) / diskBps);
  const seconds = s.markOutSeconds + transfer;
  // Equal transfers: each of the H − 1 survivors receives its share over the transfer time.
  const hostBps = transfer > 0 ? (net * 8) / transfer / Math.max(1, H - 1) : 0;
  return { rebuildBytes: rebuild, networkBytes: net, diskBytes, networkBps, diskBps, hostBps, seconds };
}

export function hostRecovery(s: HostRecoverySpec, lang: Lang, system: SizeSystem = 'binary', origins: RecoveryOrigins = {}): { value: HostRecoveryValue; steps: Step[] } {
  const v = hostRecoveryValue(s);
  const from = hostRecoveryOrigins(origins);
  const t = lang === 'fr' ? FR : EN;
  const perHost = inboundTransferBps(s.link, s.hosts, s.osdsPerHost);
  const steps: Step[] = [];
  const add = (
    id: string,
    title: string,
    expr: string,
    vars: Record<string, number>,
    value: number,
    unit: 'bytes' | 'bits/s' | 'seconds',
    source: 'derived' | 'linuxBonding' | 'cephRecovery',
    o: Record<string, SymbolOrigin>,
  ) => steps.push(step({ id, title, expr, vars, varUnits: units, symbols: varSymbols(HS, vars, o), value, unit, source }, lang, system));
  add('recovery.host.rebuild', t.rebuild, 'W / H', { W: s.pools.reduce((a, p) => a + p.rawUsedBytes, 0), H: s.hosts }, v.rebuildBytes, 'bytes', 'derived', from.rebuild);
  add('recovery.host.network', t.network, '(H - 1) * P', { H: s.hosts, P: perHost }, v.networkBps, 'bits/s', 'linuxBonding', from.network);
  add('recovery.host.disk', t.disk, '(H - 1) * n * o', { H: s.hosts, n: s.osdsPerHost, o: s.osdWriteBps }, v.diskBps, 'bits/s', 'derived', from.disk);
  const time = { T: s.markOutSeconds, A: v.networkBytes, N: v.networkBps, B: v.rebuildBytes, D: v.diskBps };
  add('recovery.host.time', t.time, 'T + max(A * 8 / N, (A + B) * 8 / D)', time, v.seconds, 'seconds', 'cephRecovery', from.time);
  // Without bytes to move there is no transfer time to divide by (hostBps is 0).
  if (v.hostBps > 0)
    add('recovery.host.bond-rate', t.bondRate, 'A * 8 / (X - T) / (H - 1)', { A: v.networkBytes, X: v.seconds, T: s.markOutSeconds, H: s.hosts }, v.hostBps, 'bits/s', 'derived', from.bondRate);
  return { value: v, steps };
}

export interface OsdRecoverySpec {
  readonly hosts: number;
  readonly osdsPerHost: number;
  readonly osdSizeBytes: number;
  /** Raw fill of the OSDs (raw used ÷ raw). */
  readonly fill: number;
  /** Whether the pool can re-create a lost copy on another host (hosts > width); otherwise only inside the OSD's own host. */
  readonly heals: boolean;
  /** PG shards per OSD (all pools): the declustering bound of Kampe's model. */
  readonly pgShardsPerOsd: number;
  readonly readAmplification: number;
  /** The hosts' Ceph bond; without it only the disks bound the rebuild. */
  readonly link?: RecoveryLink | undefined;
  readonly osdWriteBps: number;
  readonly markOutSeconds: number;
  /** When no other OSD can take the data (one OSD per host, hosts = width): time to replace the disk. */
  readonly replaceSeconds: number;
}

export interface OsdRecoveryValue {
  readonly bytes: number;
  /** OSDs writing the re-created copies in parallel: min(PG shards per OSD, eligible OSDs), Kampe's D. */
  readonly declustering: number;
  readonly seconds: number;
  /** True when the disk must be replaced before anything is rebuilt. */
  readonly waitsForReplacement: boolean;
}

/**
 * Recovery after one OSD is lost (Kampe): mark-out + its bytes ÷ (per-OSD speed × declustering),
 * bounded by the network into the receiving hosts.
 */
export function osdRecoveryValue(s: OsdRecoverySpec): OsdRecoveryValue {
  const B = s.osdSizeBytes * s.fill;
  const eligible = s.heals ? s.hosts * s.osdsPerHost - 1 : s.osdsPerHost - 1;
  if (eligible <= 0) {
    return { bytes: B, declustering: 1, seconds: s.replaceSeconds + (B * 8) / s.osdWriteBps, waitsForReplacement: true };
  }
  const D = Math.max(1, Math.min(s.pgShardsPerOsd, eligible));
  const receivers = s.heals ? Math.min(s.hosts, D) : 1;
  const netSeconds = s.link === undefined ? 0 : (B * s.readAmplification * 8) / (receivers * inboundTransferBps(s.link, s.hosts, s.osdsPerHost));
  const seconds = s.markOutSeconds + Math.max(netSeconds, (B * 8) / (D * s.osdWriteBps));
  return { bytes: B, declustering: D, seconds, waitsForReplacement: false };
}

export function osdRecovery(s: OsdRecoverySpec, lang: Lang, system: SizeSystem = 'binary', origins: RecoveryOrigins = {}): { value: OsdRecoveryValue; steps: Step[] } {
  const v = osdRecoveryValue(s);
  const from = osdRecoveryOrigins(origins);
  const t = lang === 'fr' ? FR : EN;
  const steps: Step[] = [];
  const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: 'bytes' | 'number' | 'seconds', o: Record<string, SymbolOrigin>) =>
    steps.push(step({ id, title, expr, vars, varUnits: osdUnits, symbols: varSymbols(OS, vars, o), value, unit, source: 'kampe' }, lang, system));
  add('recovery.osd.bytes', t.osdBytes, 'S * f', { S: s.osdSizeBytes, f: s.fill }, v.bytes, 'bytes', from.bytes);
  if (v.waitsForReplacement) {
    add('recovery.osd.time', t.osdReplace, 'X + D * 8 / o', { X: s.replaceSeconds, D: v.bytes, o: s.osdWriteBps }, v.seconds, 'seconds', from.replace);
    return { value: v, steps };
  }
  const eligible = s.heals ? s.hosts * s.osdsPerHost - 1 : s.osdsPerHost - 1;
  add('recovery.osd.declustering', t.declustering, 'max(1, min(d, c))', { d: s.pgShardsPerOsd, c: eligible }, v.declustering, 'number', from.declustering);
  const disks = { M: s.markOutSeconds, D: v.bytes, W: v.declustering, o: s.osdWriteBps };
  if (s.link === undefined) {
    add('recovery.osd.time', t.osdTimeDisk, 'M + D * 8 / (W * o)', disks, v.seconds, 'seconds', from.time);
    return { value: v, steps };
  }
  const receivers = s.heals ? Math.min(s.hosts, v.declustering) : 1;
  const I = receivers * inboundTransferBps(s.link, s.hosts, s.osdsPerHost);
  add('recovery.osd.time', t.osdTime, 'M + max(D * k * 8 / I, D * 8 / (W * o))', { ...disks, k: s.readAmplification, I }, v.seconds, 'seconds', from.time);
  return { value: v, steps };
}
