/**
 * A step's symbols in the planner's reports (issue 12): the lines are the core's (symbolTexts,
 * stepLines, the CLI's --explain words); the planner only names an input, by the scenario field a
 * calculator's input comes from (the calculators' keys otherwise).
 */
import { type Lang, type Step, symbolTexts, symbolWords } from '@capa/core';

// biome-ignore format: a table, several short entries per line as it reads
const FIELDS: Readonly<Record<string, string>> = {
  nodes: 'nodes.count', osdsPerNode: 'nodes.disks', hostOsds: 'nodes.disks', osdSize: 'nodes.disks', diskSize: 'nodes.disks',
  replicas: 'storage.ceph.pools[].replicas', ec: 'storage.ceph.pools[].ec', data: 'storage.ceph.pools[].data', stored: 'storage.ceph.pools[].data',
  nearfull: 'storage.ceph.nearfull', linkSpeed: 'nodes.network.ceph.speed', links: 'nodes.network.*.links', speed: 'nodes.network.*.speed',
  qdevice: 'rules.qdevice', mons: 'storage.ceph.mons', rule: 'storage.ceph.dbRule', osdsPerDb: 'nodes.disks', dbDeviceSize: 'nodes.disks',
  osds: 'nodes.disks', targetPerOsd: 'storage.ceph.targetPgPerOsd', pool: 'storage.ceph.pools',
  // The memory rule's inputs (plan/shared.ts usableMemoryValuesFor, plan/context.ts groupReservation).
  nodeRam: 'nodes.ram', guestRam: 'workloads.guestRam', failures: 'rules.failures', maxUtilization: 'rules.maxUtilization',
  hostReserve: 'rules.hostReserve', osdMemory: 'storage.ceph.osdMemory', zfsArc: 'storage.zfs[].arc', zfsDisks: 'nodes.disks',
  ksm: 'workloads.ksm', vcpus: 'workloads.vcpus', maxOvercommit: 'rules.maxOvercommit',
  // The network budget's classes and corosync links: what a bond carries (plan/network-budget.ts).
  class: 'nodes.network.*.carries', corosyncLinks: 'nodes.network.*.carries',
};

/** The scenario field a calculator's input comes from, as the reports name it. */
export const scenarioField = (key: string): string => FIELDS[key] ?? key;

/** The step's symbols, one line each ("X = meaning (unit); from step 3"); empty when it defines none. */
export const stepSymbols = (steps: readonly Step[], i: number, lang: Lang): string[] => symbolTexts(steps, i, scenarioField, lang);

/** "where" in the report's language. */
export const whereWord = (lang: Lang): string => symbolWords(lang).where;
