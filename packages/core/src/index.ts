/** @capa/core public API: every calculator returns Outcome<Result> (input issues as data). */
export type { Check, CheckArea, CheckLevel, Explained, InputIssue, Lang, Outcome, Source, SourceKind, Step, StepSymbol, StepUnit, SymbolOrigin } from './explain/types.js';
export { markDefaults, markOutcomeDefaults, originText, stepLines, symbolTexts, symbolWords, unitWord, whereLines } from './explain/symbol-text.js';
export { varSymbols, fromDefault, fromInput, fromStep, FROM_INVENTORY, type Glossary, MODEL, originIndex, symbolProblems } from './explain/symbols.js';
export { SOURCES, source, type SourceId } from './explain/sources.js';
export { step, type StepSpec } from './explain/step.js';
export { explaining, FAST, type Recorder } from './explain/recorder.js';
export { describeLimit, isPowerOfTwo, LIMITS, ratioOrderIssue, type LimitRule } from './explain/limits.js';

export { parseSize, MAX_SIZE_BYTES, type ParsedSize, type ParseResult } from './units/size.js';
export { parseRate } from './units/rate.js';
export { durationText, MAX_DURATION_SECONDS, parseDuration } from './units/duration.js';
export { MAX_SAVINGS, parseRatio, parsePositive, parseCount, parseSavings } from './units/ratio.js';
export { formatBytes, formatBytesBoth, bytesInBoth, formatRate, formatRatio, formatNumber, formatDuration, formatDurationAtLeast, formatScientific } from './units/format.js';
export { safeText } from './units/safe-text.js';
export { formatValue } from './explain/step.js';
export { BINARY_UNITS, DECIMAL_UNITS, type SizeSystem } from './units/size-units.js';
export { GiB, TiB, GB, TB } from './units/constants.js';

export { usableMemory, usableMemoryOf, type UsableMemoryResult } from './memory/usable.js';
export { requiredMemory, type RequiredMemoryResult } from './memory/required.js';
export { DEFAULT_PURCHASABLE_NODE_RAM } from './memory/purchasable.js';
export { PVE_ARC_FRACTION, PVE_ARC_MAX_BYTES, zfsArcReservation, zfsArcValue, type ZfsArcRule } from './memory/zfs-arc.js';
export { largestFailedRam, nodeLoads, nodeSegments, type NodeGroup, type NodeLoad, type NodeLoadSpec, type NodeSegments } from './memory/per-node.js';
export type { UsableMemoryInput, UsableMemoryValues, RequiredMemoryInput } from './memory/schema.js';
export { hostReservation, type ReservationResult } from './memory/reservations.js';

export { cephCalculator, cephCapacity, cephCapacityOf, cephWriteFactors, type CephCapacityResult } from './ceph/capacity.js';
export { cephRawUsed, equivalentStored, mixSafeLogical } from './ceph/shared-osds.js';
export { cephDataTarget, type CephDataTargetResult } from './ceph/data-target.js';
export type { CephCapacityInput, CephCapacityValues, CephDataTargetInput } from './ceph/capacity-schema.js';
export { defaultMinSize, rawPerLogical, width, label as protectionLabel, type Protection } from './ceph/protection.js';
export type { HostFailure } from './ceph/failure.js';
export { bluestore, BLUESTORE_RULES, type BluestoreInput, type BluestoreResult, type BluestoreRule } from './ceph/bluestore.js';

export { placementGroups, type PgResult, type PgPoolResult } from './pg/calculate.js';
export { autoscale, PG_NUM_MIN, type AutoscalerPool } from './pg/autoscaler.js';
export { pgcalc } from './pg/pgcalc.js';
export { MGR_POOL, MGR_POOL_NAME, MGR_PG_NUM_MAX, MGR_PG_NUM_MIN } from './pg/mgr-pool.js';
export { nearestPowerOfTwo, pgcalcNearestPow2 } from './pg/nearest-power-of-two.js';
export type { PgInput, PoolSpec } from './pg/schema.js';
export { formatPoolSpec, splitPoolSpec, isPoolName, POOL_SPEC_SYNTAX, POOL_SPEC_KEYS, type PoolSpecInput, type PoolSpecKey, type PoolSpecText } from './pg/pool-spec.js';
export { parsePoolSpec, poolLineMessage, readPoolLine, readPoolRow, type PoolIssue, type PoolRead, type PoolRow } from './pg/pool-read.js';

export { bond, bondRates, BOND_MODES, HASH_POLICIES, expectedBusyLinks, type BondInput, type BondLink, type BondMode, type BondRates, type BondResult, type HashPolicy } from './network/bond.js';
export { expectedMaxLoad } from './network/max-load.js';
export { BUDGET_STATES, MAX_COROSYNC_LINKS, networkBudget, NVME_MIN_BPS, type BudgetInput, type BudgetResult, type BudgetState, type StateBudget } from './network/budget.js';
export { CEPH_CLASSES, CLASS_NAME, MAX_CLASSES, parseClasses, shareCapacity, starvingClass, TRAFFIC_CLASSES, type Grant, type TrafficClass } from './network/traffic.js';
export { recoveryFlows } from './planning/recovery-flows.js';
export { corosyncVotes, quorum, type QuorumInput, type QuorumResult } from './cluster/quorum.js';

export { toJson } from './explain/json.js';

export {
  analyzeInventory,
  type InventoryAnalysis,
  type NodeAnalysis,
  type CephAnalysis,
  type PoolAnalysis,
  type PlacedGuest,
  type AnalysisPlacement,
  type CephPlacementAnalysis,
  type OsdFillFigure,
} from './inventory-analysis/analyze.js';
export type { AnalysisInput, AddedNode } from './inventory-analysis/schema.js';
export { configuredGuestRam, countedGuests, type CountableGuest } from './inventory-analysis/guest-ram.js';
export { poolsStoredTotal } from './inventory-analysis/stored-total.js';
export { forecastInventory } from './forecast/forecast.js';
export { FORECAST_METRICS, HORIZON_DAYS, type ForecastInput, type ForecastMetric } from './forecast/schema.js';
export type { ChartData, InventoryForecast, LimitForecast, ToAdd, TrendFigures } from './forecast/types.js';
export type { Crossing, CrossingState } from './forecast/crossing.js';
export { BAND_Z, MIN_WEEKLY_POINTS, theilSen, weeklyPeaks, type Trend, type WeeklyPeak } from './forecast/trend.js';
export { crossing, NEVER_AFTER_DAYS } from './forecast/crossing.js';
export { backtest, seededRandom, syntheticBacktest, syntheticSeries, type BacktestFigures, type SyntheticSeries } from './forecast/backtest.js';
export { type ChartNode, type ChartShapes, forecastChart, forecastChartSvg } from './forecast/chart.js';
export { parseHorizon, type HorizonRead } from './forecast/horizon.js';
export { formatDay, isoDay } from './forecast/dates.js';
export { forecastFigures } from './forecast/present.js';
export { addedNodeOf, type Coded, growthOf, parseAddNode, parseGrowth, WHAT_IF_MESSAGES } from './inventory-analysis/what-if-spec.js';
export {
  ANALYSIS_INPUTS,
  analysisField,
  type AnalysisInputSpec,
  type AnalysisOptions,
  type AnalysisRaw,
  type AnalysisRead,
  type AnalysisReadOptions,
  readAnalysisInputs,
  unknownNodes,
  type WhatIfKind,
} from './inventory-analysis/analysis-spec.js';
export { INVENTORY_MESSAGES } from './inventory-analysis/check-messages.js';
// Planning: whole-cluster maths for @capa/planner (durability, recovery, cost, procurement).
export { grownValue, projectedDemand, projectGrowth, type Growth } from './planning/growth.js';
export {
  hostRecovery,
  hostRecoveryValue,
  osdRecovery,
  osdRecoveryValue,
  KAMPE_RECOVERY_BPS,
  MARK_OUT_SECONDS,
  type HostRecoverySpec,
  type HostRecoveryValue,
  type OsdRecoverySpec,
  type OsdRecoveryValue,
  type RecoveryLink,
} from './planning/recovery.js';
export {
  poolDurability,
  durabilityValue,
  binomialTail,
  toleratedShards,
  KAMPE_DISK_AFR,
  KAMPE_DISK_FIT,
  KAMPE_DISK_NRE,
  SECONDS_PER_YEAR,
  type DurabilityInput,
  type DurabilityResult,
  type DurabilityValue,
} from './planning/durability.js';
export { DURABILITY_CHECK_MESSAGES } from './planning/durability-messages.js';
export type { DurabilityOrigins } from './planning/durability-symbols.js';
export type { RecoveryOrigins } from './planning/recovery-symbols.js';
export type { CostOrigins } from './planning/cost-symbols.js';
export type { GrowthOrigins, ZfsOrigins } from './planning/symbols.js';
export { PLAN_OVERCOMMIT_THREADS } from './planning/symbols.js';
export {
  clusterCost,
  costValue,
  chassisNeeded,
  nodeHardwareCost,
  SUBSCRIPTION_LEVELS,
  type CostResult,
  type CostSpec,
  type CostValue,
  type NodeHardware,
  type SubscriptionLevel,
} from './planning/cost.js';
export { balancedPopulations, cheapestPerSize, populationFor, type DimmOption, type Population, type PopulationSpec } from './planning/dimm.js';
export { draidAllocatedSectors, raidzAllocatedSectors, ZFS_DEFAULT_BLOCK, zfsCapacity, zfsLabel, zfsValue, type ZfsBlock, type ZfsLayout, type ZfsValue } from './planning/zfs.js';
export { memoryAfterFailure, memoryUsedAfterFailure } from './planning/failure-impact.js';
export { cpuReservation, guestThreads, shortThreads, DEFAULT_THREADS_PER_OSD, DISK_CLASSES, type DiskClass } from './planning/cpu.js';

export {
  crushSafeOfPlay,
  crushSafeStored,
  designedMap,
  playFailures,
  simulateCeph,
  type FailurePlay,
  type CephSimulation,
  type DesignedHost,
  type DesignedPool,
  type PlacementEngine,
  type SimulatedPool,
  type SimulationSpec,
} from './ceph/simulation.js';
export { fillHistogram, type FillCase, type FillHistogram } from './ceph/fill-histogram.js';
export { capacityWaterfall, type CapacityWaterfall } from './ceph/waterfall.js';
export { fillAfterFailureCheck, fullestOsdCheck, ioBlockedChecks, simulationMessages } from './ceph/simulation-checks.js';
export { SIMULATION_CHECK_MESSAGES } from './ceph/simulation-check-messages.js';
export { CEPH_CHECK_MESSAGES } from './ceph/check-messages.js';
export { cephCapacitySimulated, type CephCapacitySimulatedResult } from './ceph/capacity-simulated.js';
export { parseHostOsds, HOST_OSDS_SYNTAX, type ParsedHostOsds } from './ceph/host-osds.js';

export * from './spec/index.js';
export { filer, FILER_MAX_FILL, type FilerInput, type FilerResult, type FilerUsed } from './filer/filer.js';
export { filerLinks, type FilerLinks, type FilerLinksInput, filerSinglePoint } from './filer/filer-links.js';
export { dataDisks, minGroupSize, RAID_LEVELS, raidValue, type RaidLevel, type RaidValue } from './filer/raid.js';
export { parseLimit } from './explain/limits.js';
export { ANALYSIS_DEFAULTS, BLUESTORE_DEFAULTS, CEPH_DEFAULTS, defaultText, MEMORY_DEFAULTS, PG_DEFAULTS } from './explain/defaults.js';
export type { CephCapacityUsed, CephDataTargetUsed, RatiosUsed } from './ceph/capacity-schema.js';
export type { MemoryUsed } from './memory/schema.js';
export type { ProtectionUsed } from './ceph/protection.js';
export type { PoolUsed } from './pg/calculate.js';
export type { AnalysisUsed } from './inventory-analysis/types.js';
export {
  civilFromDays,
  daysFromCivil,
  isCalendarDate,
  isoWeek,
  KEEP_OPTIONS,
  type Keep,
  type KeepOption,
  periodKeys,
  periodTable,
  prune,
  type PruneResult,
  RUN_DAYS,
  runTimes,
  type Schedule,
  SCHEDULES,
} from './backup/prune.js';
export {
  backup,
  BACKUP_DEFAULTS,
  BACKUP_TARGETS,
  type BackupInput,
  type BackupResult,
  type BackupSnapshot,
  type BackupGrowth,
  type BackupUsed,
  GC_GRACE_DAYS,
  MAX_BACKUP_DAYS,
  MAX_VERIFY_DAYS,
} from './backup/backup.js';
export { backupNodeRate, verifyReadBps } from './backup/rates.js';
export { drainedGuestRam } from './drain/drained-ram.js';
export { drain, DRAIN_MAX_REBOOT_SECONDS, DRAIN_REBOOT_SECONDS, type DrainInput, type DrainResult } from './drain/drain.js';
export { keepText, MAX_KEEP, parseKeep } from './backup/keep.js';
export { ALERT_INPUT_KEYS, type AlertKind, type AlertThreshold, type AlertThresholds, alertThresholds } from './alerts/thresholds.js';
// Estates: several clusters analysed together, and the VMware migration's waves.
export { analyzeEstate, ESTATE_DEFAULTS } from './estate/analyze-estate.js';
export { ESTATE_MESSAGES } from './estate/messages.js';
export { guestsToShed, planEstateMoves, roomWith, utilizationWith, type Capacity, type Mover, type MovePlan } from './estate/moves.js';
export type { EstateAnalysis, EstateClusterInput, EstateClusterResult, EstateInput, EstateMove, EstateRole, EstateTotals, EstateWave } from './estate/types.js';
