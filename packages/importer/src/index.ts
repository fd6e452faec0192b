/**
 * @capa/importer: sources → one normalized, versioned Inventory. This entry point is pure (no Node
 * module, no I/O): the parsers run in the browser too. Readers that touch the network, files or
 * child processes are in `@capa/importer/node`.
 */
export * from './schema.js';
export * from './schema-history.js';
export { parseRrdRows, rrdTargets, RRD_TIMEFRAMES, type RrdTimeframe, type HistoryOptions } from './history/pve-rrd.js';
export { snapshotValues, appendSnapshot, parseHistoryFile, historyFileText, unixSeconds, type SnapshotKind, type SnapshotValue, type AppendResult } from './history/snapshot.js';
export { ImportError, Warnings, num, int, parsePveSize, propertyString, KiB, MiB, GiB, TiB } from './util.js';
export { buildInventory, readInventory, mergeInventories, type SourceInfo } from './inventory.js';
export { parseCephJson, cephVersionFrom } from './parsers/ceph.js';
export { ruleInfo } from './parsers/ceph-crush-rules.js';
export { CEPH_COMMANDS, ecProfilesUsed, type CephJsonInputs } from './parsers/ceph-commands.js';
export { parseClusterResources } from './parsers/pve-resources.js';
export { applyNodeStatus, parseNetwork } from './parsers/pve-nodes.js';
export { parseQemuConfig, parseLxcConfig, applyConfig, pveMemoryMiB, type ConfigPart } from './parsers/pve-guest-configs.js';
export { parseHaResources, parseClusterStatus } from './parsers/pve-cluster.js';
export { parsePveCeph } from './parsers/pve-ceph.js';
export { parseNodeinfo, parseDomainXml, parseDomblkinfoAll, libvirtBytes } from './parsers/libvirt.js';
export { parseRvtools, parseCsv, rvNumber, rvtoolsTabOf, type RvtoolsTabs } from './parsers/rvtools.js';
export { collectPve, mapLimit, type Getter, type GetResult, type CollectOptions } from './pve-collect.js';
export { placementInputFromInventory, mapsMissingOf, type PlacementInput, type MapsMissing } from './placement.js';
export { WARNING_MESSAGES, warningText, type WarningKey } from './warning-messages.js';
export { IMPORT_ERROR_MESSAGES, importErrorText, issueParams, type ImportErrorKey } from './error-messages.js';
export { REASON_MESSAGES, reasonText, type Reason } from './reason-messages.js';
export { groupInventories, parseNamedCluster, type ClusterGroup, type Grouping, type InventoryFile, type NamedCluster } from './estate.js';
export { ESTATE_GROUP_MESSAGES, estateGroupText, type EstateGroupCode, type EstateGroupIssue } from './estate-messages.js';
