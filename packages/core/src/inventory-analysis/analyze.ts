/**
 * `capa analyze`: the N − f verdict of a live cluster's inventory, and what-ifs. Each area has its
 * file: memory.ts (N − f), placement.ts (where the failed nodes' guests go), cpu.ts (overcommit and
 * headroom), ceph.ts and pgs.ts (host loss, pools, PG counts), what-if.ts (grow, add, remove).
 */
import { hasFailure } from '../explain/check.js';
import { rejected, validated } from '../explain/outcome.js';
import type { Check, Outcome, Step } from '../explain/types.js';
import { analyzeCeph } from './ceph.js';
import { analyzeCpu, analyzeHeadroom } from './cpu.js';
import { type AnalysisPlacement, simulateInventoryCeph } from './crush.js';
import { analyzeMemory } from './memory.js';
import { analysisMessages } from './messages.js';
import { placeGuests } from './placement.js';
import { namedInInventory } from './refusals.js';
import { type AnalysisInput, analysisSchemas } from './schema.js';
import { stepRecorder } from './steps.js';
import type { AnalysisUsed, InventoryAnalysis } from './types.js';
import { effectiveRatios } from './ratios.js';
import type { AnalysisValues } from './schema.js';
import { applyWhatIf } from './what-if.js';

export type { CephAnalysis, InventoryAnalysis, NodeAnalysis, PlacedGuest, PoolAnalysis } from './types.js';
export type { AnalysisPlacement, CephPlacementAnalysis, OsdFillFigure } from './crush.js';

/**
 * `placement`: Ceph's maps and the CRUSH engine (@capa/crush), handed in by the adapter. With it the
 * Ceph host-loss verdict judges the fullest OSD of the simulated placement (crush.ts); without it
 * (the web page's first load), the average model's.
 */
export function analyzeInventory(input: AnalysisInput, placement?: AnalysisPlacement): Outcome<InventoryAnalysis> {
  const out = analyze(input, placement);
  return out.ok ? out : rejected(out.issues.map((i) => namedInInventory(i, input.lang === 'fr' ? 'fr' : 'en')));
}

function analyze(input: AnalysisInput, placement: AnalysisPlacement | undefined): Outcome<InventoryAnalysis> {
  return validated(analysisSchemas().analysisInput, input, (v) => {
    const { lang, system } = v;
    const t = analysisMessages(lang);
    const steps: Step[] = [];
    const checks: Check[] = [];
    const add = stepRecorder(steps, lang, system, { grown: v.grow !== 0 });

    const { inv, added, removed } = applyWhatIf(v);
    if (v.grow !== 0) add('inventory.grow', t.stepGrow, '1 + x', { x: v.grow }, 1 + v.grow, 'number', 'derived');

    const m = analyzeMemory(inv, v, add, steps, checks);
    const placed = placeGuests(inv, m, v.maxUtilization, checks, lang);
    const cpu = analyzeCpu(m, v, add, checks);
    const { headroomGuests, headroom } = analyzeHeadroom(m, cpu, v, add, checks);
    let ceph = null;
    if (inv.ceph) {
      const removedSet = new Set(removed);
      const whatIf = {
        grow: v.grow,
        removed,
        removedOsds: (v.inventory.ceph?.osds ?? []).filter((o) => o.host !== null && removedSet.has(o.host)).map((o) => o.id),
        addedWithOsds: added.filter((n) => inv.ceph?.osds.some((o) => o.host === n)),
      };
      const crush = placement ? simulateInventoryCeph(inv.ceph, placement, whatIf, v.failures, checks, lang) : null;
      ceph = analyzeCeph(inv.ceph, v, add, checks, lang, crush);
    }

    return {
      whatIf: { grow: v.grow, addedNodes: added, removedNodes: removed },
      memory: {
        failures: v.failures,
        failedNodes: m.failed.map((n) => n.name),
        offlineNodes: m.offline,
        maxUtilization: v.maxUtilization,
        totalRamBytes: m.T,
        survivingRamBytes: m.S,
        guestRamBytes: m.G,
        runningGuestRamBytes: m.Grunning,
        hostReservationBytes: m.R,
        usableGuestRamBytes: m.usable,
        worstCaseUtilization: m.worst,
        runningOnlyUtilization: m.runningOnly,
        applicable: m.applicable,
        passes: m.passes,
        counted: { guests: m.counted.length, stopped: m.stopped, templatesExcluded: m.templates, unknownMemory: m.unknownMemory, notHaManaged: m.notHa },
        nodesToAdd: m.nodesToAdd,
        perNode: placed.perNode,
        placement: { strategy: 'first-fit-decreasing', moved: placed.moved, unplaced: placed.unplaced },
      },
      cpu,
      ceph,
      headroomGuests,
      headroom,
      used: analysisUsed(v, inv.ceph),
      passes: !hasFailure(checks),
      checks,
      derivation: steps,
    };
  });
}

/** The options as used; the ratios are those of the Ceph analysis (option, else osd dump, else Ceph's default). */
function analysisUsed(v: AnalysisValues, c: AnalysisValues['inventory']['ceph']): AnalysisUsed {
  const r = c ? effectiveRatios(v, c) : null;
  return {
    failures: v.failures,
    maxUtilization: v.maxUtilization,
    hostReserveBytes: v.hostReserveBytes,
    osdMemoryBytes: v.osdMemoryBytes,
    zfsArcBytes: v.zfsArcBytes,
    maxOvercommit: v.maxOvercommit,
    guestRamBytes: v.guestRamBytes,
    guestVcpus: v.guestVcpus,
    grow: v.grow,
    nearfull: r?.nearfull.value ?? null,
    backfillfull: r?.backfillfull.value ?? null,
    full: r?.full.value ?? null,
    nearfullFrom: r?.nearfull.from ?? null,
    backfillfullFrom: r?.backfillfull.from ?? null,
    fullFrom: r?.full.from ?? null,
    system: v.system,
  };
}
