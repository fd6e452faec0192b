/**
 * capa drain (issue 11, item 3): the time to evacuate a node by live migration, whether the rest of
 * the cluster holds its guests meanwhile (the memory calculator's N − f rule with the drained node as
 * the failed one), and a rolling upgrade of every node. The bond's rate comes from network/bond.ts.
 */
import * as z from 'zod/mini';
import { hasFailure } from '../explain/check.js';
import { MEMORY_DEFAULTS } from '../explain/defaults.js';
import { validated } from '../explain/outcome.js';
import { LIMITS, limitMessage } from '../explain/limits.js';
import { bytes, count, fraction, hostCount, lang, nodeRamBytes, rate, rateOrZero } from '../explain/schema.js';
import type { SourceId } from '../explain/sources.js';
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import type { Check, Outcome, Step, StepUnit } from '../explain/types.js';
import { nodeGroup, reservations } from '../memory/schema.js';
import { usableMemory } from '../memory/usable.js';
import { BOND_LINKS_FIELD, BOND_MODE_FIELDS, bondRates } from '../network/bond.js';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { DRAIN_MESSAGES, drainSteps } from './drain-messages.js';
import { DRAIN_SYMBOLS, drainOrigins, RATE_FROM } from './symbols.js';

/** Capa's assumption for one node's upgrade and reboot, in seconds (docs/drain.md#assumptions). */
export const DRAIN_REBOOT_SECONDS = 600;
/** The longest upgrade and reboot Capa reads: a day, in whole seconds. */
export const DRAIN_MAX_REBOOT_SECONDS = 86_400;

export const drainInput = z
  .object({
    /** RAM of the guests running on the drained node. */
    guestRamBytes: bytes,
    /** Bits/s one migrating guest writes to its RAM (its dirty-page rate). */
    dirtyBps: rateOrZero,
    speedBps: rate,
    links: BOND_LINKS_FIELD,
    ...BOND_MODE_FIELDS,
    /** datacenter.cfg bwlimit migration=, per migration; absent: no cap. */
    bwlimitBps: z.optional(rate),
    parallel: z._default(count(1, 64), 1),
    /** Local disks copied over the network with the guests. */
    localDiskBytes: z.optional(bytes),
    nodes: z.optional(hostCount(2)),
    nodeRamBytes: z.optional(nodeRamBytes),
    /** RAM of every guest of the cluster, for the N − 1 check. */
    clusterGuestRamBytes: z.optional(bytes),
    /**
     * For the N − 1 check when nodes differ (the planner's node groups): the memory rule fails the
     * largest; they replace `nodes × nodeRamBytes` and give `nodes` (which, if given, must agree).
     */
    nodeGroups: z.optional(z.array(nodeGroup).check(z.minLength(1, limitMessage({ k: 'count', min: 1, max: LIMITS.hosts })))),
    maxUtilization: z._default(fraction, MEMORY_DEFAULTS.maxUtilization),
    /** The memory calculator's host reservations per node (system, OSDs, ZFS ARC): the N − 1 check is its rule, reservations included. */
    ...reservations.def.shape,
    rebootSeconds: z._default(count(0, DRAIN_MAX_REBOOT_SECONDS), DRAIN_REBOOT_SECONDS),
    lang,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.nodeGroups === undefined) return;
      const n = v.nodeGroups.reduce((a, g) => a + g.count, 0);
      // Refused as a count from n to n: "must be a whole number from 7 to 7", in the caller's language.
      if ((v.nodes !== undefined && v.nodes !== n) || n < 2 || n > LIMITS.hosts)
        ctx.addIssue({
          code: 'custom',
          path: [v.nodes !== undefined && v.nodes !== n ? 'nodes' : 'nodeGroups'],
          message: limitMessage({ k: 'count', min: Math.min(Math.max(n, 2), LIMITS.hosts), max: Math.min(Math.max(n, 2), LIMITS.hosts) }),
          input: v.nodes ?? n,
        });
    }),
  );
export type DrainInput = z.input<typeof drainInput>;
type DrainValues = z.output<typeof drainInput>;
/** `used` echoes every input but the language: an absent optional as null, the node groups as `count×bytes` text. */
export type DrainUsed = {
  readonly [K in Exclude<keyof DrainValues, 'lang' | 'nodeGroups'>]-?: Exclude<DrainValues[K], undefined> | (undefined extends DrainValues[K] ? null : never);
} & { readonly nodeGroups: string | null };

export interface DrainResult extends Echoed {
  /** The bond's rate for the parallel migrations (equal transfers: the busiest link sets it). */
  readonly bondBps: number;
  /** Each migration's rate: its share of the bond, capped by bwlimit. */
  readonly perMigrationBps: number;
  /** What the parallel migrations take on the bond, k × r (at most the bond's rate): the network budget's migration class. */
  readonly migrationBps: number;
  readonly converges: boolean;
  /** Null when pre-copy never converges. */
  readonly ramSeconds: number | null;
  readonly diskSeconds: number;
  readonly drainSeconds: number | null;
  /** With --nodes: the drain of every node one after the other plus their reboots. */
  readonly rollingUpgradeSeconds: number | null;
  /** With --nodes, --node-ram and --cluster-guest-ram: the memory rule's usable RAM with one node drained. */
  readonly usableWhileDrainedBytes: number | null;
  /** True/false with the figures above; null without them. */
  readonly nMinusOneHolds: boolean | null;
  readonly passes: boolean;
  readonly used: DrainUsed;
}

export function drain(input: DrainInput): Outcome<DrainResult> {
  return validated(drainInput, input, (v) => drainModel(v));
}

function drainModel(v: z.output<typeof drainInput>): DrainResult {
  const { lang } = v;
  const system = 'binary';
  const t = drainSteps(lang);
  const check = checkMaker(DRAIN_MESSAGES, lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const units: Record<string, StepUnit> = {
    p: 'count',
    X: 'bits/s',
    c: 'bits/s',
    r: 'bits/s',
    w: 'bits/s',
    g: 'bytes',
    L: 'bytes',
    x: 'seconds',
    y: 'seconds',
    E: 'seconds',
    b: 'seconds',
    N: 'count',
  };
  const origins = drainOrigins((v.localDiskBytes ?? 0) > 0);
  // After drain.bond, X is that step's figure; r is drain.per-migration's in the steps after it.
  const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: SourceId) =>
    steps.push(
      step({ id, title, expr, vars, varUnits: units, value, unit, source, symbols: varSymbols(DRAIN_SYMBOLS, vars, id === 'drain.bond' ? origins : { ...origins, ...RATE_FROM }) }, lang, system),
    );

  const k = v.parallel;
  const link = { links: v.links, speedBps: v.speedBps, mode: v.mode, hash: v.hash };
  // k migrations to as many target nodes: k flows, k peers, leaving through this node's bond.
  const bondBps = bondRates(link, k, k).transferBps;
  add('drain.bond', t.bond, 'X', { X: bondBps }, bondBps, 'bits/s', 'linuxBonding');
  const share = bondBps / k;
  const C = v.bwlimitBps;
  const r = C === undefined ? share : Math.min(share, C);
  if (C === undefined) add('drain.per-migration', t.perMigration, 'X / p', { X: bondBps, p: k }, r, 'bits/s', 'linuxBonding');
  else add('drain.per-migration', t.perMigrationCapped, 'min(X / p, c)', { X: bondBps, p: k, c: C }, r, 'bits/s', 'pveBwlimit');
  if (C !== undefined && C < share) checks.push(check('drain.bwlimit', 'ok', 'drain.bwlimit', { bwlimitBps: C, shareBps: share }));
  // What the k migrations take on the bond: k × r ≤ X, since r ≤ X ÷ k.
  const migrationBps = k * r;
  if (k > 1) add('drain.migration', t.migration, 'p * r', { p: k, r }, migrationBps, 'bits/s', 'derived');

  const M = v.guestRamBytes;
  const d = v.dirtyBps;
  const converges = d < r;
  let ramSeconds: number | null = null;
  if (converges) {
    ramSeconds = (M * 8) / (k * (r - d));
    add('drain.ram', t.ram, 'g * 8 / (p * (r - w))', { g: M, p: k, r, w: d }, ramSeconds, 'seconds', 'qemuPrecopy');
    checks.push(check('drain.convergence', 'ok', 'drain.converges', { dirtyBps: d, rateBps: r, ratio: d / r }));
  } else checks.push(check('drain.convergence', 'fail', 'drain.no-convergence', { dirtyBps: d, rateBps: r }));

  const D = v.localDiskBytes ?? 0;
  const diskSeconds = (D * 8) / (k * r);
  if (D > 0) add('drain.disks', t.disks, 'L * 8 / (p * r)', { L: D, p: k, r }, diskSeconds, 'seconds', 'pveBwlimit');
  const drainSeconds = ramSeconds === null ? null : ramSeconds + diskSeconds;
  if (drainSeconds !== null && D > 0) add('drain.total', t.total, 'x + y', { x: ramSeconds ?? 0, y: diskSeconds }, drainSeconds, 'seconds', 'derived');

  // Node groups (the planner's) give the node count; else --nodes.
  const nodes = v.nodeGroups?.reduce((a, g) => a + g.count, 0) ?? v.nodes;
  let rollingUpgradeSeconds: number | null = null;
  if (nodes !== undefined && drainSeconds !== null) {
    rollingUpgradeSeconds = nodes * (drainSeconds + v.rebootSeconds);
    add('drain.rolling', t.rolling, 'N * (E + b)', { N: nodes, E: drainSeconds, b: v.rebootSeconds }, rollingUpgradeSeconds, 'seconds', 'drainReboot');
  }

  let usableWhileDrainedBytes: number | null = null;
  let nMinusOneHolds: boolean | null = null;
  const groups = v.nodeGroups ?? (nodes !== undefined && v.nodeRamBytes !== undefined ? [{ count: nodes, ramBytes: v.nodeRamBytes }] : undefined);
  if (nodes !== undefined && groups !== undefined && v.clusterGuestRamBytes !== undefined) {
    // The memory calculator's rule, reservations included, not restated: the drained node is its one
    // failed node (the largest when nodes differ).
    const { hostReserveBytes, osdsPerNode, osdMemoryBytes, osdSizeBytes, zfsArcBytes } = v;
    const res = { hostReserveBytes, osdsPerNode, osdMemoryBytes, zfsArcBytes, ...(osdSizeBytes === undefined ? {} : { osdSizeBytes }) };
    const mem = usableMemory({ nodeGroups: groups, failures: 1, maxUtilization: v.maxUtilization, ...res, lang, system });
    if (mem.ok) {
      usableWhileDrainedBytes = mem.value.usableGuestRamBytes;
      steps.push(...mem.value.derivation);
      nMinusOneHolds = v.clusterGuestRamBytes <= usableWhileDrainedBytes;
      const params = { guestBytes: v.clusterGuestRamBytes, usableBytes: usableWhileDrainedBytes, nodes, u: v.maxUtilization };
      checks.push(check('drain.n-minus-1', nMinusOneHolds ? 'ok' : 'fail', nMinusOneHolds ? 'drain.n-minus-1.holds' : 'drain.n-minus-1.short', params));
    }
  }

  return {
    bondBps,
    perMigrationBps: r,
    migrationBps,
    converges,
    ramSeconds,
    diskSeconds,
    drainSeconds,
    rollingUpgradeSeconds,
    usableWhileDrainedBytes,
    nMinusOneHolds,
    passes: !hasFailure(checks),
    used: {
      guestRamBytes: M,
      dirtyBps: d,
      speedBps: v.speedBps,
      links: v.links,
      mode: v.mode,
      hash: v.hash,
      bwlimitBps: C ?? null,
      parallel: k,
      localDiskBytes: D,
      nodes: nodes ?? null,
      nodeRamBytes: v.nodeRamBytes ?? null,
      nodeGroups: v.nodeGroups?.map((g) => `${g.count}×${g.ramBytes}`).join(',') ?? null,
      clusterGuestRamBytes: v.clusterGuestRamBytes ?? null,
      maxUtilization: v.maxUtilization,
      hostReserveBytes: v.hostReserveBytes,
      osdsPerNode: v.osdsPerNode,
      osdMemoryBytes: v.osdMemoryBytes,
      osdSizeBytes: v.osdSizeBytes ?? null,
      zfsArcBytes: v.zfsArcBytes,
      rebootSeconds: v.rebootSeconds,
    },
    checks,
    derivation: steps,
  };
}
