/**
 * The plan's `drain` area (issue 11, item 3): the core's drain calculator on the scenario. The planner
 * maps the scenario to its inputs (the drained node's guest RAM, its bond, the node groups, the memory
 * area's reservations) and shows its figures, checks and derivation; it computes no rule of its own.
 */
import { drain, type DrainInput, drainedGuestRam, fromInput, fromStep, type Step, type SymbolOrigin } from '@capa/core';
import { type DrainModel, drainVia, type NodeModel } from '../scenario/model.js';
import type { Ctx } from './context.js';
import { drainWords } from './drain-messages.js';
import { fieldOrigin, figure, makeArea, mapSymbols, scenarioOrigin, unwrap } from './helpers.js';
import { usableMemoryValuesFor } from './shared.js';
import type { Area } from './types.js';

export interface DrainOut {
  readonly area: Area | null;
  /** Bits/s the drain's migrations take on the node's migration bond (the network budget's `migration: auto`); null without a drain section. */
  readonly migrationBps: number | null;
  /** What the area assumes (the plan's assumptions list). */
  readonly assumptions: readonly string[];
}

const NONE: DrainOut = { area: null, migrationBps: null, assumptions: [] };

/** The drained node: the group with the most RAM per node (the one the memory rule's N − 1 fails), the first on a tie. */
const drainedGroup = (nodes: readonly NodeModel[]): NodeModel | undefined => nodes.reduce<NodeModel | undefined>((a, g) => (a === undefined || g.ramBytes > a.ramBytes ? g : a), undefined);

export function drainArea(c: Ctx): DrainOut {
  const { s, f } = c;
  const d = s.drain;
  const g = drainedGroup(s.nodes);
  // The scenario reader refuses a drain without guest RAM, a second node or a bond: nothing to show then.
  const link = g === undefined ? undefined : drainVia(g, d?.via);
  if (d === undefined || g === undefined || link === undefined || c.guestRam === undefined || c.N < 2) return NONE;
  const w = drainWords(f.lang);
  const G = c.guestRam;
  // The rule is the core's (drainedGuestRam): the cluster's guest RAM spread evenly, rounded up.
  const { bytes: drained, step: spread } = drainedGuestRam(G, c.N, f.lang, s.system);
  const many = s.nodes.length > 1;
  // The memory area's reservations (system, OSDs, ARC), mapped once in shared.ts: one rule for both N − 1 checks.
  const groups = s.nodes.map((x) => ({ count: x.count, ramBytes: x.ramBytes, name: x.name }));
  const mem = usableMemoryValuesFor(s, c.reservation, c.osdMemoryBytes, groups, { guestRam: undefined, vcpus: undefined, guestThreadsPerNode: 0 }, f.lang);
  const input: DrainInput = {
    guestRamBytes: drained,
    dirtyBps: d.dirtyBps,
    speedBps: link.bond.speedBps,
    links: link.bond.links,
    mode: link.bond.mode,
    hash: link.bond.hash,
    parallel: d.parallel,
    ...(d.bwlimitBps === undefined ? {} : { bwlimitBps: d.bwlimitBps }),
    ...(d.localDiskBytes === undefined ? {} : { localDiskBytes: d.localDiskBytes }),
    // One group: the CLI's --nodes and --node-ram; several: the memory rule's groups.
    ...(many ? { nodeGroups: groups } : { nodes: c.N, nodeRamBytes: g.ramBytes }),
    clusterGuestRamBytes: G,
    maxUtilization: mem.maxUtilization,
    hostReserveBytes: mem.hostReserveBytes,
    osdsPerNode: mem.osdsPerNode,
    osdMemoryBytes: mem.osdMemoryBytes,
    ...(mem.osdSizeBytes === undefined ? {} : { osdSizeBytes: mem.osdSizeBytes }),
    zfsArcBytes: mem.zfsArcBytes,
    ...(d.rebootSeconds === undefined ? {} : { rebootSeconds: d.rebootSeconds }),
    lang: f.lang,
  };
  const r = unwrap(drain(input), 'drain');
  const secs = (key: string, label: string, v: number | null) => figure(f, key, label, v, 'seconds', v === null ? w.never : undefined);
  const figures = [
    figure(f, 'drainedGuestRamBytes', w.fDrainedRam, drained, 'bytes'),
    figure(f, 'perMigrationBps', w.fPerMigration, r.perMigrationBps, 'bits/s'),
    figure(f, 'migrationBps', w.fMigration, r.migrationBps, 'bits/s'),
    secs('ramSeconds', w.fRam, r.ramSeconds),
    figure(f, 'diskSeconds', w.fDisks, r.diskSeconds, 'seconds'),
    secs('drainSeconds', w.fDrain, r.drainSeconds),
    secs('rollingUpgradeSeconds', w.fRolling(c.N), r.rollingUpgradeSeconds),
    figure(f, 'usableWhileDrainedBytes', w.fUsable, r.usableWhileDrainedBytes, 'bytes'),
    figure(f, 'nMinusOneHolds', w.fNMinusOne, r.nMinusOneHolds === null ? null : r.nMinusOneHolds ? 1 : 0, 'count', r.nMinusOneHolds === null ? undefined : r.nMinusOneHolds ? w.yes : w.no),
  ];
  const who = many ? w.nodeOf(g.name) : w.aNode;
  const summary =
    r.drainSeconds === null || r.rollingUpgradeSeconds === null ? w.summaryNever(who, link.via) : w.summary(who, link.via, f.duration(r.drainSeconds), f.duration(r.rollingUpgradeSeconds));
  const differ = new Set(s.nodes.map((x) => x.ramBytes)).size > 1;
  const assumptions = [w.assumeSpread(f.bytes(G), c.N, f.bytes(drained)), ...(differ ? [w.assumeLargest(g.name)] : [])];
  const steps: Step[] = drainOrigins([spread, ...r.derivation], d, link.via);
  return { area: makeArea('drain', c.t.area.drain, summary, figures, [...r.checks], steps), migrationBps: r.migrationBps, assumptions };
}

/**
 * The drain steps' origins named by the scenario's fields (helpers.ts scenarioOrigin): the drained
 * node's guest RAM is the spread step's; parallel has a default the reader fills in, so it reads as
 * stated (the scenario's own default, 1, in docs/scenario-backup-drain.md). The memory rule's steps
 * keep their keys, named as the memory area's (report/symbols.ts).
 */
function drainOrigins(steps: readonly Step[], d: DrainModel, via: string): Step[] {
  const byKey: Readonly<Record<string, SymbolOrigin>> = {
    guestRam: fromStep('drain.guest-ram'),
    clusterGuestRam: fromInput('workloads.guestRam'),
    dirtyRate: fromInput('drain.dirtyRate'),
    parallel: fromInput('drain.parallel'),
    bwlimit: fromInput('drain.bwlimit'),
    localDisks: fromInput('drain.localDisks'),
    reboot: fieldOrigin('drain.reboot', d.rebootSeconds === undefined),
    nodes: fromInput('nodes.count'),
    links: fromInput(`nodes.network.${via}.links`),
    speed: fromInput(`nodes.network.${via}.speed`),
  };
  const named = scenarioOrigin(byKey);
  return mapSymbols(steps, (s, x) => (x.id.startsWith('memory.') ? s : named(s)));
}
