import type { Recorder } from '../explain/recorder.js';
import type { step } from '../explain/step.js';
import type { Check, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import { bondRates } from '../network/bond.js';
import { fromInput, fromStep, MODEL, varSymbols } from '../explain/symbols.js';
import { FAILURE_SYMBOLS } from './symbols.js';
import { recoveryFlows } from '../planning/recovery-flows.js';
import { failureMessages } from './failure-messages.js';
import type * as z from 'zod/mini';
import type { recoveryLinks } from './capacity-schema.js';
import { CEPH_CHECK_MESSAGES } from './check-messages.js';
import { cephMessages } from './messages.js';
import { hostOsdsMessages } from './host-osds-messages.js';
import { type Protection, width } from './protection.js';
import type { Healing } from './topology-checks.js';
import { ceilBytes } from '../units/rounding.js';

export interface HostFailure {
  /** Share of PGs with a copy/chunk on the failed host: w/H (a PG spans w distinct hosts). */
  readonly degradedPgFraction: number;
  /** Share of object copies/chunks lost: 1/H with balanced CRUSH weights. */
  readonly degradedObjectFraction: number;
  /** Raw bytes the failed host held, to re-create (when a spare failure domain exists) or on its return. */
  readonly rebuildBytes: number;
  readonly markOutSeconds: number | null;
  /** Mark-out delay + transfer time, or null when no recovery happens or no link speed was given. */
  readonly recoverySeconds: number | null;
  /** The recovery time without the mark-out wait: backfill from mark-out to clean (a lower bound too); null as recoverySeconds. */
  readonly backfillSeconds: number | null;
  /** True whenever a recovery time is given: Ceph's recovery throttles are not modelled, so it can only take longer. */
  readonly recoveryIsLowerBound: boolean;
  /** The survivors' bonds' inbound capacity together, long-lived flows. */
  readonly recoveryNetworkBps: number | null;
  /** The survivors' inbound rate for equal transfers (busiest link), which the recovery time uses. */
  readonly recoveryTransferBps: number | null;
  /** The survivors' OSDs together: (H − 1) × n × the per-OSD rate, shared by reads and writes. */
  readonly recoveryDiskBps: number | null;
  /** One survivor's inbound rate for equal transfers (its bond); the CRUSH simulation's busiest host uses it. */
  readonly recoveryHostTransferBps: number | null;
}

interface FailureSpec {
  readonly hosts: number;
  readonly osdsPerHost: number;
  readonly protection: Protection;
  readonly rawUsedBytes: number;
  readonly heal: Healing;
  readonly recovery: z.output<typeof recoveryLinks> | undefined;
  /** Mixed hosts: the raw of all hosts and of the largest (the one that fails), and the OSDs surviving it. */
  readonly mixed?: { readonly raw: number; readonly largest: number; readonly survivorOsds: number };
}

const UNITS: Readonly<Record<string, StepUnit>> = {
  w: 'count',
  H: 'count',
  W: 'bytes',
  B: 'bytes',
  N: 'bits/s',
  X: 'bits/s',
  V: 'bits/s',
  Y: 'bits/s',
  T: 'seconds',
  a: 'count',
  n: 'count',
  L: 'bits/s',
  P: 'count',
  y: 'bits/s',
  q: 'count',
  C: 'bytes',
  G: 'bytes',
  b: 'count',
  e: 'number',
  M: 'number',
};

/** Where each letter's number comes from; the recovery rates trace back to the bond steps. Built only when steps are recorded. */
function origins(f: FailureSpec): Record<string, SymbolOrigin> {
  const mixedHosts = f.mixed !== undefined;
  const ec = fromInput('ec');
  return {
    w: fromInput(f.protection.kind === 'replicated' ? 'replicas' : 'ec'),
    H: fromInput(mixedHosts ? 'hostOsds' : 'nodes'),
    n: mixedHosts ? MODEL : fromInput('osdsPerNode'),
    C: fromStep('ceph.host-raw'),
    G: fromStep('ceph.raw'),
    // The capacity records ceph.raw-used with or without stored data (at the safe usable capacity).
    W: fromStep('ceph.raw-used'),
    L: fromInput('linkSpeed'),
    b: fromStep('failure.flows'),
    e: MODEL,
    M: MODEL,
    N: fromStep('failure.bond-rate'),
    X: fromStep('failure.bond-transfer'),
    y: fromInput('osdWrite'),
    q: fromInput('hostOsds'),
    T: fromInput('markOut'),
    B: fromStep('failure.rebuild'),
    a: f.protection.kind === 'erasure' ? ec : MODEL,
    V: fromStep('failure.transfer'),
    Y: fromStep('failure.disk'),
  };
}

/**
 * One host down: what is degraded, what must be rebuilt, and how long it takes, at least:
 * mark-out delay + the slower of moving the bytes into the survivors' bonds (× k reads for EC) and
 * the survivors' OSDs reading the sources and writing the rebuilt data. Ceph's recovery throttles
 * (osd_max_backfills, osd_recovery_max_active, mClock) can only slow it: a lower bound.
 */
export function hostFailure(f: FailureSpec, rec: Recorder): { result: HostFailure; steps: Step[]; checks: Check[] } {
  const { hosts: H, osdsPerHost: n, protection: p } = f;
  const lang = rec.lang;
  const t = cephMessages(lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const record = rec.step;
  const add =
    record === undefined
      ? undefined
      : (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: Parameters<typeof step>[0]['source']) =>
          record(steps, { id, title, expr, vars, varUnits: UNITS, value, unit, source, symbols: varSymbols(FAILURE_SYMBOLS, vars, from) });
  const from = add === undefined ? {} : origins(f);
  const w = width(p);
  const degradedPgFraction = Math.min(1, w / H);
  add?.('failure.degraded-pgs', t.stepDegradedPgs, 'min(1, w / H)', { w, H }, degradedPgFraction, 'ratio', 'derived');
  // Mixed hosts that heal: CRUSH weights give the largest host C/G of the data (the average model).
  // With hosts = width every host holds one copy of each PG, 1/H whatever its size.
  const mx = f.heal === 'heals' ? f.mixed : undefined;
  const tm = hostOsdsMessages(lang);
  const degradedObjectFraction = mx ? mx.largest / mx.raw : 1 / H;
  if (mx) add?.('failure.degraded-objects', tm.stepDegradedObjectsMixed, 'C / G', { C: mx.largest, G: mx.raw }, degradedObjectFraction, 'ratio', 'derived');
  else add?.('failure.degraded-objects', t.stepDegradedObjects, '1 / H', { H }, degradedObjectFraction, 'ratio', 'derived');
  const rebuildRaw = mx ? (f.rawUsedBytes * mx.largest) / mx.raw : f.rawUsedBytes / H;
  if (mx) add?.('failure.rebuild', tm.stepRebuildMixed, 'W * C / G', { W: f.rawUsedBytes, C: mx.largest, G: mx.raw }, rebuildRaw, 'bytes', 'derived');
  else add?.('failure.rebuild', t.stepRebuild, 'W / H', { W: f.rawUsedBytes, H }, rebuildRaw, 'bytes', 'derived');
  const rebuildBytes = ceilBytes(rebuildRaw);

  let recoverySeconds: number | null = null;
  let backfillSeconds: number | null = null;
  let netBps: number | null = null;
  let transferBps: number | null = null;
  let diskBps: number | null = null;
  let hostTransferBps: number | null = null;
  const r = f.recovery;
  if (f.heal !== 'heals') {
    if (f.heal === 'cannot-heal') checks.push(rec.coded(CEPH_CHECK_MESSAGES, 'failure.no-recovery', 'warn', 'failure.no-recovery', undefined, 'failure'));
  } else if (r !== undefined) {
    const tf = failureMessages(lang);
    // Mixed hosts: the survivors' mean OSD count stands for n in the flow count (n² flows per host pair).
    const nf = f.mixed ? Math.max(1, Math.round(f.mixed.survivorOsds / (H - 1))) : n;
    const { peers, flows } = recoveryFlows(H, nf);
    const link = { links: r.links, speedBps: r.speedBps, mode: r.mode, hash: r.hash };
    const bond = bondRates(link, flows, peers);
    if (add) {
      // One survivor's bond, from the bond model (network/bond.ts): the flows it receives, then its two rates.
      add('failure.flows', tf.stepFlows, 'n * n * max(1, H - 2)', { n: nf, H }, flows, 'count', 'derived');
      const sp = bond.inboundSpread;
      const L = r.speedBps;
      if (sp === null) {
        add('failure.bond-rate', tf.stepBondRate, 'L', { L }, bond.inboundExpectedBps, 'bits/s', 'linuxBonding');
        add('failure.bond-transfer', tf.stepBondTransfer, 'L', { L }, bond.inboundTransferBps, 'bits/s', 'linuxBonding');
      } else {
        add('failure.bond-rate', tf.stepBondRate, 'e * L', { e: sp.busyLinks, L }, bond.inboundExpectedBps, 'bits/s', 'linuxBonding');
        add('failure.bond-transfer', tf.stepBondTransfer, 'b * L / M', { b: sp.balls, L, M: sp.busiestLoad }, bond.inboundTransferBps, 'bits/s', 'linuxBonding');
      }
    }
    netBps = (H - 1) * bond.inboundExpectedBps;
    add?.('failure.network', tf.stepNet, '(H - 1) * N', { H, N: bond.inboundExpectedBps }, netBps, 'bits/s', 'linuxBonding');
    hostTransferBps = bond.inboundTransferBps;
    transferBps = (H - 1) * bond.inboundTransferBps;
    add?.('failure.transfer', tf.stepTransfer, '(H - 1) * X', { H, X: bond.inboundTransferBps }, transferBps, 'bits/s', 'linuxBonding');
    // Rebuilding one copy reads one copy; rebuilding one EC chunk reads k chunks (erasure-code-clay.rst).
    const amp = p.kind === 'erasure' ? p.k : 1;
    const netSeconds = (rebuildRaw * amp * 8) / transferBps;
    let diskSeconds = 0;
    if (r.osdWriteBps !== undefined) {
      if (f.mixed) {
        diskBps = f.mixed.survivorOsds * r.osdWriteBps;
        add?.('failure.disk', tf.stepDisk, 'q * y', { q: f.mixed.survivorOsds, y: r.osdWriteBps }, diskBps, 'bits/s', 'derived');
      } else {
        diskBps = (H - 1) * n * r.osdWriteBps;
        add?.('failure.disk', tf.stepDisk, '(H - 1) * n * y', { H, n, y: r.osdWriteBps }, diskBps, 'bits/s', 'derived');
      }
      // The survivors' disks both read the sources (a per byte rebuilt) and write the rebuilt byte:
      // one HDD actuator or one SSD's bandwidth serves both, so the work adds up.
      diskSeconds = ((rebuildRaw * amp + rebuildRaw) * 8) / diskBps;
    } else {
      checks.push(rec.coded(CEPH_CHECK_MESSAGES, 'failure.recovery-disk', 'warn', 'failure.recovery-disk', undefined, 'failure'));
    }
    backfillSeconds = Math.max(netSeconds, diskSeconds);
    recoverySeconds = r.markOutSeconds + backfillSeconds;
    const vars = diskBps === null ? { T: r.markOutSeconds, B: rebuildRaw, a: amp, V: transferBps } : { T: r.markOutSeconds, B: rebuildRaw, a: amp, V: transferBps, Y: diskBps };
    add?.(
      'failure.recovery-time',
      diskBps === null ? tf.stepRecoveryNet : tf.stepRecovery,
      diskBps === null ? 'T + B * a * 8 / V' : 'T + max(B * a * 8 / V, (B * a + B) * 8 / Y)',
      vars,
      recoverySeconds,
      'seconds',
      'cephRecovery',
    );
  }
  return {
    result: {
      degradedPgFraction,
      degradedObjectFraction,
      rebuildBytes,
      markOutSeconds: r?.markOutSeconds ?? null,
      recoverySeconds,
      backfillSeconds,
      recoveryIsLowerBound: recoverySeconds !== null,
      recoveryNetworkBps: netBps,
      recoveryTransferBps: transferBps,
      recoveryDiskBps: diskBps,
      recoveryHostTransferBps: hostTransferBps,
    },
    steps,
    checks,
  };
}
