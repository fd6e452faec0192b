/**
 * The words of the plan's own CPU, network and quorum checks, by code (issue 10): the checks carry
 * the code and language-free parameters (thread counts, ratios and rates unformatted, node names as
 * the scenario spells them), rendered here per language with the core's formatters.
 */
import { AREA_CHECK_MESSAGES_EN, AREA_CHECK_MESSAGES_FR } from './check-messages-areas.js';
import { FILER_CHECK_MESSAGES_EN, FILER_CHECK_MESSAGES_FR } from './filer-messages.js';
import { BUDGET_CHECK_MESSAGES_EN, BUDGET_CHECK_MESSAGES_FR } from './network-budget-messages.js';
import { BACKUP_CHECK_MESSAGES_EN, BACKUP_CHECK_MESSAGES_FR } from './check-messages-backup.js';
import { type Catalogue, count, formatNumber, formatRate, type Locales, type Params, E, F } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);
const n = (p: Params, k: string): number => Number(p[k]);
/** `node`, `count`: a node group (`pve` × 3 reads `each of pve1…pve3`). */
const groupEn = (p: Params): string => (n(p, 'count') > 1 ? `each of ${s(p, 'node')}1…${s(p, 'node')}${s(p, 'count')}` : s(p, 'node'));

const en = {
  'cpu.threads.short': (p: Params) =>
    `Ceph OSDs and the system need ${E.c(p['needed'], 'thread', 'threads')} per node, and ${groupEn(p)} has only ${s(p, 'threads')}: ${count(p['short'], 'en', 'thread', 'threads')} missing, none left for guests (more cores, fewer OSDs, or rules.threadsPerOsd).`,
  'cpu.threads.none': (p: Params) => `Ceph OSDs and the system take all ${E.c(p['threads'], 'thread', 'threads')} of ${groupEn(p)}: none is left for guests.`,
  'cpu.overcommit.no-vcpu': () => 'No vCPU total stated: the CPU ratio is not checked.',
  'cpu.overcommit.ok': (p: Params) => `vCPU:pCPU ${formatNumber(n(p, 'ratio'), 'en')}:1 on the survivors, within ${formatNumber(n(p, 'max'), 'en')}:1.`,
  'cpu.overcommit.over': (p: Params) => `vCPU:pCPU ${formatNumber(n(p, 'ratio'), 'en')}:1 on the survivors exceeds rules.maxOvercommit ${formatNumber(n(p, 'max'), 'en')}:1.`,
  'cpu.osd-threads': (p: Params) =>
    `Threads kept per OSD: HDD ${s(p, 'hdd')}, SSD ${s(p, 'ssd')}, NVMe ${s(p, 'nvme')} (Ceph: 1–2 cores per OSD; Proxmox: 4–6 threads per NVMe OSD; rules.threadsPerOsd).`,
  'cpu.heterogeneous': () => 'Nodes differ in threads: the smallest node is used for every survivor (conservative).',
  'network.no-ceph-network': (p: Params) => `Node ${s(p, 'node')} has no Ceph network (network.ceph): recovery time is not computed.`,
  'network.nvme-speed': (p: Params) => `Node ${s(p, 'node')}: NVMe OSDs on ${formatRate(n(p, 'aggregateBps'), 'en')} of bond: Proxmox advises at least 25 Gb/s for NVMe.`,
  'quorum.failures.short': (p: Params) => `The cluster keeps quorum with ${count(p['tolerated'], 'en', 'node', 'nodes')} down, fewer than rules.failures (${s(p, 'failures')}).`,
  'quorum.failures.ok': (p: Params) => `Quorum survives ${count(p['tolerated'], 'en', 'node failure', 'node failures')} (rules.failures ${s(p, 'failures')}).`,
} satisfies Catalogue;
const fr: typeof en = {
  'cpu.threads.short': (p) =>
    `Les OSD Ceph et le système demandent ${F.c(p['needed'], 'thread', 'threads')} par nœud, et ${n(p, 'count') > 1 ? `chacun de ${s(p, 'node')}1…${s(p, 'node')}${s(p, 'count')}` : s(p, 'node')} n’en a que ${s(p, 'threads')} : il en manque ${s(p, 'short')}, aucun ne reste aux invités (plus de cœurs, moins d’OSD, ou rules.threadsPerOsd).`,
  'cpu.threads.none': (p) =>
    `Les OSD Ceph et le système prennent les ${F.c(p['threads'], 'thread', 'threads')} ${n(p, 'count') > 1 ? `de chacun de ${s(p, 'node')}1…${s(p, 'node')}${s(p, 'count')}` : `de ${s(p, 'node')}`} : il n’en reste aucun pour les invités.`,
  'cpu.overcommit.no-vcpu': () => 'Aucun total de vCPU indiqué : le ratio CPU n’est pas vérifié.',
  'cpu.overcommit.ok': (p) => `vCPU:pCPU ${formatNumber(n(p, 'ratio'), 'fr')}:1 sur les survivants, dans la limite de ${formatNumber(n(p, 'max'), 'fr')}:1.`,
  'cpu.overcommit.over': (p) => `vCPU:pCPU ${formatNumber(n(p, 'ratio'), 'fr')}:1 sur les survivants dépasse rules.maxOvercommit ${formatNumber(n(p, 'max'), 'fr')}:1.`,
  'cpu.osd-threads': (p) =>
    `Threads réservés par OSD : HDD ${s(p, 'hdd')}, SSD ${s(p, 'ssd')}, NVMe ${s(p, 'nvme')} (Ceph : 1 à 2 cœurs par OSD ; Proxmox : 4 à 6 threads par OSD NVMe ; rules.threadsPerOsd).`,
  'cpu.heterogeneous': () => 'Les nœuds diffèrent en threads : le plus petit sert pour chaque survivant (prudent).',
  'network.no-ceph-network': (p) => `Le nœud ${s(p, 'node')} n’a pas de réseau Ceph (network.ceph) : la durée de reconstruction n’est pas calculée.`,
  'network.nvme-speed': (p) => `Nœud ${s(p, 'node')} : des OSD NVMe sur ${formatRate(n(p, 'aggregateBps'), 'fr')} d’agrégat : Proxmox conseille au moins 25 Gb/s pour le NVMe.`,
  'quorum.failures.short': (p) => `Le cluster garde le quorum avec ${count(p['tolerated'], 'fr', 'nœud', 'nœuds')} en panne, moins que rules.failures (${s(p, 'failures')}).`,
  'quorum.failures.ok': (p) => `Le quorum survit à ${count(p['tolerated'], 'fr', 'panne', 'pannes')} de nœud (rules.failures ${s(p, 'failures')}).`,
};
const enAll = { ...en, ...AREA_CHECK_MESSAGES_EN, ...FILER_CHECK_MESSAGES_EN, ...BUDGET_CHECK_MESSAGES_EN, ...BACKUP_CHECK_MESSAGES_EN };
export const PLANNER_CHECK_MESSAGES: Locales<typeof enAll> = {
  en: enAll,
  fr: { ...fr, ...AREA_CHECK_MESSAGES_FR, ...FILER_CHECK_MESSAGES_FR, ...BUDGET_CHECK_MESSAGES_FR, ...BACKUP_CHECK_MESSAGES_FR },
};
