/**
 * @capa/importer: sources → one normalized, versioned Inventory. This entry point is pure (no Node
 * module, no I/O): the parsers run in the browser too. Readers that touch the network, files or
 * child processes are in `@capa/importer/node`.
 */
export * from './schema.js';
export { ImportError, Warnings, num, int, parsePveSize, propertyString, KiB, MiB, GiB, TiB } from './util.js';
export { buildInventory, readInventory, mergeInventories, type SourceInfo } from './inventory.js';
export { parseCephJson, cephVersionFrom, ruleInfo, CEPH_COMMANDS, ecProfilesUsed, type CephJsonInputs } from './parsers/ceph.js';
export { parseClusterResources, applyNodeStatus, parseQemuConfig, parseLxcConfig, applyConfig, parseNetwork, parseHaResources, parseClusterStatus, parsePveCeph, pveMemoryMiB, type ConfigPart } from './parsers/pve.js';
export { parseNodeinfo, parseDomainXml, parseDomblkinfoAll, libvirtBytes } from './parsers/libvirt.js';
export { parseRvtools, parseCsv, rvNumber, rvtoolsTabOf, type RvtoolsTabs } from './parsers/rvtools.js';
export { collectPve, mapLimit, type Getter, type GetResult, type CollectOptions } from './pve-collect.js';
export { placementInputFromInventory, type PlacementInput } from './placement.js';
