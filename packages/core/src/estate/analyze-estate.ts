/**
 * An estate: several clusters analysed together (`capa analyze A.json B.json …` when the files are
 * different clusters). Each cluster is `analyzeInventory`'s, unchanged; the estate adds the totals,
 * the guests the failing clusters should shed and the VMware guests, placed onto the clusters that
 * pass (moves.ts), and the migration cut into waves that keep every target passing N − f.
 */
import { checkMaker } from '../spec/messages.js';
import { rejected } from '../explain/outcome.js';
import type { Check, InputIssue, Outcome, Step } from '../explain/types.js';
import { analyzeInventory } from '../inventory-analysis/analyze.js';
import { stepRecorder } from '../inventory-analysis/steps.js';
import type { InventoryAnalysis } from '../inventory-analysis/types.js';
import { grownBytes } from '../inventory-analysis/what-if.js';
import { MAX_SIZE_BYTES } from '../units/size.js';
import { ESTATE_MESSAGES, estateWords } from './messages.js';
import { type Capacity, guestsToShed, type Mover, planEstateMoves, roomWith, utilizationWith } from './moves.js';
import type { EstateAnalysis, EstateClusterInput, EstateClusterResult, EstateInput, EstateTotals } from './types.js';

/** Ten guests a wave unless told: a working day's migrations for a small team (a planning default, not a rule). */
export const ESTATE_DEFAULTS = { waveGuests: 10 } as const;

function refusals(input: EstateInput): InputIssue[] {
  const t = estateWords(input.lang ?? 'en');
  const out: InputIssue[] = [];
  const several = input.clusters.length > 1;
  if (several && (input.options.addNodes?.length ?? 0) > 0) out.push({ field: 'addNodes', value: undefined, message: t.refuseWhatIf });
  if (several && (input.options.removeNodes?.length ?? 0) > 0) out.push({ field: 'removeNodes', value: input.options.removeNodes?.join(','), message: t.refuseWhatIf });
  const w = input.waveGuests;
  if (w !== undefined && !(Number.isInteger(w) && w >= 1 && w <= 100000)) out.push({ field: 'waveGuests', value: w, message: t.refuseWaveGuests });
  const r = input.waveRamBytes;
  if (r !== undefined && !(Number.isFinite(r) && r > 0 && r <= MAX_SIZE_BYTES)) out.push({ field: 'waveRamBytes', value: r, message: t.refuseWaveRam });
  const names = input.clusters.map((c) => c.name);
  if (names.some((x, i) => x === '' || names.indexOf(x) !== i)) out.push({ field: 'clusters', value: names.join(','), message: t.refuseNames });
  return out;
}

/** The counted guests of a cluster (not templates), at the RAM the analysis counts them (grown). */
function moversOf(c: EstateClusterInput, grow: number): Mover[] {
  return c.inventory.guests
    .filter((g) => !g.template)
    .map((g) => ({ id: g.id, name: g.name, from: c.name, ramBytes: g.memoryBytes === null || g.memoryBytes === undefined ? null : grownBytes(g.memoryBytes, grow) }));
}

const capacityOf = (name: string, a: InventoryAnalysis): Capacity | null => {
  const m = a.memory;
  return m.worstCaseUtilization === null ? null : { name, S: m.survivingRamBytes, R: m.hostReservationBytes, G: m.guestRamBytes, u: m.maxUtilization };
};

export function analyzeEstate(input: EstateInput): Outcome<EstateAnalysis> {
  const lang = input.lang ?? 'en';
  const system = input.system ?? 'binary';
  const bad = refusals(input);
  if (bad.length > 0) return rejected(bad);

  // ---- Each cluster, as `capa analyze` would on its own files --------------------------------
  const analyses: InventoryAnalysis[] = [];
  for (const c of input.clusters) {
    const out = analyzeInventory({ inventory: c.inventory, ...input.options, system, lang }, c.placement);
    // A refused value is named with its cluster: the same field may be fine in the others.
    if (!out.ok) return rejected(out.issues.map((i) => ({ ...i, message: `[${c.name}] ${i.message}` })));
    analyses.push(out.value);
  }
  const t = estateWords(lang);
  const check = checkMaker(ESTATE_MESSAGES, lang);
  const checks: Check[] = [];
  const steps: Step[] = [];
  const add = stepRecorder(steps, lang, system);
  const first = analyses[0];
  const grow = first?.used.grow ?? 0;

  // ---- Who takes guests, who sheds them ---------------------------------------------------------
  const targets: Capacity[] = [];
  const rebalance: Mover[] = [];
  const migrate: Mover[] = [];
  input.clusters.forEach((c, i) => {
    const a = analyses[i] as InventoryAnalysis;
    const cap = capacityOf(c.name, a);
    if (cap) add('estate.room', t.stepRoom(c.name), 'u * S - R - G', { u: cap.u, S: cap.S, R: cap.R, G: cap.G }, roomWith(cap, 0), 'bytes', 'courseMemory');
    if (c.role === 'vmware') {
      const guests = moversOf(c, grow);
      migrate.push(...guests);
      checks.push(check('estate.source', 'ok', 'estate.source', { cluster: c.name, guests: guests.length, ramBytes: guests.reduce((s, g) => s + (g.ramBytes ?? 0), 0), system }));
      return;
    }
    const utilization = a.memory.worstCaseUtilization;
    const p = { cluster: c.name, utilization, max: a.memory.maxUtilization, failed: a.checks.filter((x) => x.level === 'fail').length };
    checks.push(a.passes ? check('estate.cluster', 'ok', 'estate.cluster.passes', p) : check('estate.cluster', 'fail', 'estate.cluster.fails', p));
    if (cap && a.memory.passes === true) targets.push(cap);
    else if (cap && a.memory.passes === false)
      rebalance.push(
        ...guestsToShed(
          cap,
          moversOf(c, grow).filter((g) => g.ramBytes !== null),
        ),
      );
  });
  if (targets.length === 0 && (rebalance.length > 0 || migrate.length > 0)) checks.push(check('estate.no-target', 'warn', 'estate.no-target'));

  const waveGuests = input.waveGuests ?? ESTATE_DEFAULTS.waveGuests;
  const waveRamBytes = input.waveRamBytes ?? null;
  const plan = planEstateMoves(targets, rebalance, migrate, waveGuests, waveRamBytes);
  const unplaced = plan.moves.filter((m) => m.to === null);
  const ram = (list: readonly { ramBytes: number }[]) => list.reduce((s, m) => s + m.ramBytes, 0);
  if (rebalance.length > 0) {
    const left = unplaced.filter((m) => m.kind === 'rebalance').length;
    checks.push(
      left === 0
        ? check('estate.rebalance', 'ok', 'estate.rebalance.ok', { guests: rebalance.length, ramBytes: ram(plan.moves.filter((m) => m.kind === 'rebalance')), system })
        : check('estate.rebalance', 'warn', 'estate.rebalance.partial', { guests: rebalance.length, left }),
    );
  }
  const migrated = plan.moves.filter((m) => m.kind === 'migrate' && m.to !== null);
  if (migrated.length > 0) checks.push(check('estate.waves', 'ok', 'estate.waves', { guests: migrated.length, ramBytes: ram(migrated), waves: plan.waves.length, system }));
  if (unplaced.length > 0) checks.push(check('estate.unplaced', 'warn', 'estate.unplaced', { guests: unplaced.length, ramBytes: ram(unplaced), system }));

  // ---- Per cluster and the estate's totals --------------------------------------------------------
  const shed = new Map<string, number>();
  for (const m of plan.moves) if (m.kind === 'rebalance' && m.to !== null) shed.set(m.from, (shed.get(m.from) ?? 0) + m.ramBytes);
  const clusters: EstateClusterResult[] = input.clusters.map((c, i) => {
    const a = analyses[i] as InventoryAnalysis;
    const cap = capacityOf(c.name, a);
    const delta = (plan.added.get(c.name) ?? 0) - (shed.get(c.name) ?? 0);
    return {
      name: c.name,
      role: c.role,
      files: c.files ?? [],
      passes: a.passes,
      memoryPasses: a.memory.passes,
      worstCaseUtilization: a.memory.worstCaseUtilization,
      nodes: c.inventory.nodes.length,
      ramBytes: a.memory.totalRamBytes,
      guests: a.memory.counted.guests,
      guestRamBytes: a.memory.guestRamBytes,
      cephRawBytes: a.ceph?.rawBytes ?? null,
      roomBytes: cap ? roomWith(cap, 0) : null,
      headroomGuests: a.headroomGuests,
      target: targets.some((x) => x.name === c.name),
      after: { guestRamBytes: a.memory.guestRamBytes + delta, worstCaseUtilization: cap ? utilizationWith(cap, delta) : null },
      analysis: a,
    };
  });
  const estate = totals(clusters);
  add('estate.ram', t.stepRam(clusters.length), 'T', { T: estate.ramBytes }, estate.ramBytes, 'bytes', 'derived');
  add('estate.guest-ram', t.stepGuestRam(clusters.length), 'G', { G: estate.guestRamBytes }, estate.guestRamBytes, 'bytes', 'derived');

  return {
    ok: true,
    value: {
      estate,
      clusters,
      moves: plan.moves,
      waves: plan.waves,
      used: { failures: first?.used.failures ?? 0, maxUtilization: first?.used.maxUtilization ?? 0, grow, waveGuests, waveRamBytes, system },
      passes: clusters.every((c) => c.role === 'vmware' || c.passes),
      checks,
      derivation: steps,
    },
  };
}

function totals(clusters: readonly EstateClusterResult[]): EstateTotals {
  const sum = (f: (c: EstateClusterResult) => number) => clusters.reduce((s, c) => s + f(c), 0);
  return {
    clusters: clusters.length,
    nodes: sum((c) => c.nodes),
    ramBytes: sum((c) => c.ramBytes),
    guests: sum((c) => c.guests),
    guestRamBytes: sum((c) => c.guestRamBytes),
    cephRawBytes: sum((c) => c.cephRawBytes ?? 0),
    verdicts: {
      pass: clusters.filter((c) => c.memoryPasses === true).length,
      fail: clusters.filter((c) => c.memoryPasses === false).length,
      notApplicable: clusters.filter((c) => c.memoryPasses === null).length,
    },
  };
}
