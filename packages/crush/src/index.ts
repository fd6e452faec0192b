// @capa/crush: Ceph's CRUSH placement in pure TypeScript (LGPL-2.1; see LICENSE for the Ceph files it follows).
import { compileCrushMap } from './compile.js';
import { parseCrushDump } from './crush-dump.js';
import { parseOsdDump } from './osd-dump.js';
import { OsdMap } from './osdmap.js';

export { hash32_2, hash32_3, hash32_4 } from './hash.js';
export { crushLn, straw2Draw } from './ln.js';
export { CrushInputError, CrushUnsupportedError, crushErrorText } from './errors.js';
export { CRUSH_ERROR_MESSAGES, crushErrorMessage, type CrushErrorCode, type CrushLang, type CrushParams } from './error-messages.js';
export { parseCrushDump, type CrushDump } from './crush-dump.js';
export { parseOsdDump, type OsdDump } from './osd-dump.js';
export { compileCrushMap } from './compile.js';
export { CrushMapper } from './mapper.js';
export { ITEM_NONE, chooseArgsFor, type CrushAssumption, type CrushMap, type Bucket, type Rule, type Tunables, type ChooseArgMap } from './map.js';
export { OsdMap, type PgMapping } from './osdmap.js';
export { FLAG_HASHPSPOOL, POOL_ERASURE, POOL_REPLICATED, pgidText, pgMask, rawPgToPps, stableMod, type Pool } from './pool.js';

/**
 * Placement from Ceph's two JSON documents: `ceph osd crush dump -f json` and `ceph osd dump -f json`
 * (parsed). Throws CrushInputError naming the bad field, or CrushUnsupportedError naming what Capa does
 * not simulate.
 */
export function loadPlacement(crushDump: unknown, osdDump: unknown): OsdMap {
  return new OsdMap(compileCrushMap(parseCrushDump(crushDump)), parseOsdDump(osdDump));
}
export { crushDumpSchema } from './crush-dump.js';
export { osdDumpSchema } from './osd-dump.js';
export { mapsFromOsdTree, DEFAULT_ERASURE_RULE, DEFAULT_REPLICATED_RULE, type TreeHost, type TreeOsd, type TreePool } from './synth.js';
export { dataChunksFromDump, fullestOsds, hostsOf, markDownOut, placementSummary, type HostSummary, type OsdSummary, type PlacementSummary, type PoolSummary, type SummaryOptions } from './summary.js';
export { failureRemaps, hostFailureRemaps, indexPool, osdsUnder, ruleAllowsIncremental, type FailureRemaps, type PgRemap, type PoolIndex } from './failure.js';
export { hostFailureSets } from './failure-sets.js';
export { osdSizes, simulatePlacement, type FailureImpact, type OsdFill, type PgCounts, type PlacementSimulation, type SimPool, type SimulationOptions } from './simulate.js';
