/** Catalogue checks (balanced DIMMs, blade bays, NIC ports) and the cost over the ownership period. */
import { balancedPopulations, type Check, chassisNeeded, checkMaker, clusterCost, fromInput, nodeHardwareCost, type Population, populationFor, type Step } from '@capa/core';
import { newestSubscriptionTable, type Catalogue, type Platform } from '../catalogue/schema.js';
import { subscriptionRef } from '../catalogue/source-messages.js';
import type { BondModel, NodeModel } from '../scenario/model.js';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { Ctx } from './context.js';
import { figure, makeArea } from './helpers.js';
import { type Area, type CostSummary, type Figure, PlanInputError } from './types.js';

/** Every bond a node has (Ceph, public, backup, corosync): each takes NIC ports and is priced. */
const nodeBonds = (g: NodeModel): BondModel[] => [g.cephNet, g.publicNet, g.backupNet, g.corosyncNet].filter((b): b is BondModel => b !== undefined);

export function platformOf(cat: Catalogue | undefined, g: NodeModel): Platform | undefined {
  if (g.platform === undefined) return undefined;
  const p = cat?.platforms.find((x) => x.id === g.platform);
  if (!p) throw new PlanInputError([{ path: `${g.path}.platform`, message: `unknown platform "${g.platform}" (catalogue: ${cat?.platforms.map((x) => x.id).join(', ') || 'none loaded'})` }]);
  return p;
}

export function populationSpec(cat: Catalogue, p: Platform, sockets: number) {
  return {
    sockets,
    channelsPerSocket: p.memory.channelsPerSocket,
    slotsPerSocket: p.memory.slotsPerSocket,
    speedsMTs: p.memory.speeds,
    dimms: cat.dimms.filter((d) => d.type === p.memory.type).map((d) => ({ sizeBytes: d.size, price: d.price })),
  };
}

/** Σ over bonds of ⌈links ÷ ports⌉ × the price of a NIC of that speed; null when a speed has no NIC in the catalogue. */
export function nicsPrice(cat: Catalogue, bonds: readonly { links: number; speedBps: number }[]): number | null {
  let total = 0;
  for (const b of bonds) {
    const nic = [...cat.nics].filter((n) => n.speed === b.speedBps).sort((a, c) => a.price - c.price)[0];
    if (!nic) return null;
    total += Math.ceil(b.links / nic.ports) * nic.price;
  }
  return total;
}

export interface NodePrice {
  readonly price: number | null;
  readonly population: Population | undefined;
  readonly steps: Step[];
}

/** One node's hardware: its stated price, or the platform's base + CPUs + balanced DIMMs + disks + NICs from the catalogue. */
export function nodePrice(cat: Catalogue | undefined, g: NodeModel, p: Platform | undefined): NodePrice {
  if (g.price !== undefined) return { price: g.price, population: undefined, steps: [] };
  if (!cat || !p) return { price: null, population: undefined, steps: [] };
  const cpu = g.cpu !== undefined ? p.cpus.find((x) => x.id === g.cpu) : p.cpus.find((x) => x.cores * g.sockets === g.cores);
  if (g.cpu !== undefined && !cpu) throw new PlanInputError([{ path: `${g.path}.cpu`, message: `unknown CPU "${g.cpu}" for platform ${p.id} (${p.cpus.map((x) => x.id).join(', ')})` }]);
  const pop = populationFor(populationSpec(cat, p, g.sockets), g.ramBytes);
  const disks = [...g.osds, ...g.dbDevices, ...g.zfsDisks, ...g.systemDisks];
  let disksPrice = 0;
  for (const d of disks) {
    const m = d.model !== undefined ? cat.disks.find((x) => x.id === d.model) : cat.disks.find((x) => x.class === d.class && x.size === d.sizeBytes);
    if (d.model !== undefined && !m) throw new PlanInputError([{ path: `${g.path}.disks`, message: `unknown disk model "${d.model}" (catalogue: ${cat.disks.map((x) => x.id).join(', ')})` }]);
    if (!m) return { price: null, population: pop, steps: [] };
    disksPrice += d.count * m.price;
  }
  const bonds = nodeBonds(g);
  const nics = nicsPrice(cat, bonds);
  if (!cpu || !pop || nics === null) return { price: null, population: pop, steps: [] };
  const price = nodeHardwareCost({ base: p.basePrice, sockets: g.sockets, cpuPrice: cpu.price, dimmCount: pop.dimmCount, dimmPrice: pop.dimmPrice, disksPrice, nicCount: 1, nicPrice: nics });
  return { price, population: pop, steps: [] };
}

export function procurementArea(c: Ctx): { area: Area | null; prices: (number | null)[]; chassis: { count: number; price: number } } {
  const { s, t, f, cat } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const prices: (number | null)[] = [];
  const checks: Check[] = [];
  const figures: Figure[] = [];
  const bladeCounts = new Map<string, number>();
  let any = false;
  for (const g of s.nodes) {
    const p = platformOf(cat, g);
    const np = nodePrice(cat, g, p);
    prices.push(np.price);
    if (!p || !cat) continue;
    any = true;
    if (!p.available) checks.push(check('procurement.unavailable', 'warn', 'procurement.unavailable', { node: g.name }));
    if (!p.sockets.includes(g.sockets)) checks.push(check('procurement.sockets', 'warn', 'procurement.sockets', { node: g.name, sockets: g.sockets, options: p.sockets.join(',') }));
    const spec = populationSpec(cat, p, g.sockets);
    const pop = np.population ?? populationFor(spec, g.ramBytes);
    if (pop) {
      const params = { node: g.name, dimms: pop.dimmCount, dimmBytes: pop.dimmBytes, perChannel: pop.dimmsPerChannel, speedMTs: pop.speedMTs, system: s.system };
      checks.push(
        pop.speedPenalty > 0
          ? check('procurement.dimm-speed', 'warn', 'procurement.dimm-speed', { ...params, penalty: pop.speedPenalty })
          : check('procurement.dimm-population', 'ok', 'procurement.dimm-population.ok', params),
      );
    } else {
      const all = balancedPopulations(spec);
      const lo = [...all].reverse().find((x) => x.ramBytes < g.ramBytes);
      const hi = all.find((x) => x.ramBytes > g.ramBytes);
      checks.push(
        check('procurement.dimm-population', 'warn', 'procurement.dimm-population.unbalanced', {
          node: g.name,
          ramBytes: g.ramBytes,
          channels: p.memory.channelsPerSocket,
          belowBytes: lo ? lo.ramBytes : null,
          aboveBytes: hi ? hi.ramBytes : null,
          system: s.system,
        }),
      );
    }
    const disks = [...g.osds, ...g.dbDevices, ...g.zfsDisks, ...g.systemDisks];
    const nDisks = disks.reduce((a, d) => a + d.count, 0);
    if (nDisks > p.driveBays) checks.push(check('procurement.drive-bays', 'fail', 'procurement.drive-bays', { node: g.name, disks: nDisks, bays: p.driveBays }));
    for (const cls of new Set(disks.map((d) => d.class)))
      if (!p.diskClasses.includes(cls)) checks.push(check('procurement.disk-class', 'fail', 'procurement.disk-class', { node: g.name, diskClass: cls }));
    const bonds = nodeBonds(g);
    const links = bonds.reduce((a, b) => a + b.links, 0);
    if (links > p.nicPorts) checks.push(check('procurement.nic-ports', 'fail', 'procurement.nic-ports', { node: g.name, links, ports: p.nicPorts }));
    for (const b of bonds)
      if (!p.nicSpeeds.includes(b.speedBps)) checks.push(check('procurement.nic-speed', 'fail', 'procurement.nic-speed', { node: g.name, speedBps: b.speedBps, offeredBps: p.nicSpeeds.join(',') }));
    if (p.kind === 'blade' && p.chassis) bladeCounts.set(p.chassis, (bladeCounts.get(p.chassis) ?? 0) + g.count);
  }
  let chassisCount = 0;
  let chassisCost = 0;
  let chassisUnit: number | null = null;
  for (const [id, nodes] of bladeCounts) {
    const ch = cat?.chassis.find((x) => x.id === id);
    if (!ch) continue;
    const n = chassisNeeded(nodes, ch.bays);
    chassisCount += n;
    const unit = s.prices?.chassis ?? ch.price;
    chassisUnit = bladeCounts.size === 1 ? unit : null;
    chassisCost += n * unit;
    checks.push(check('procurement.chassis', 'ok', 'procurement.chassis', { count: n, name: ch.name, nodes, bays: ch.bays }));
    figures.push(figure(f, `chassis@${id}`, ch.name, n, 'count'));
  }
  if (!any) return { area: null, prices, chassis: { count: 0, price: 0 } };
  const summary = checks.find((x) => x.level === 'fail')?.message ?? checks.find((x) => x.level === 'warn')?.message ?? checks[0]?.message ?? '';
  return {
    area: makeArea('procurement', t.area.procurement, summary, figures, checks, []),
    prices,
    chassis: { count: chassisCount, price: chassisUnit ?? (chassisCount > 0 ? chassisCost / chassisCount : 0) },
  };
}

export function costArea(
  c: Ctx,
  prices: readonly (number | null)[],
  chassis: { count: number; price: number },
  usableRamBytes: number,
  cephSafeBytes: number | null,
): { area: Area | null; cost: CostSummary | null } {
  const { s, t, f, cat } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const pr = s.prices;
  if (!pr) return { area: null, cost: null };
  const checks: Check[] = [];
  const currency = pr.currency;
  let table: NonNullable<ReturnType<typeof newestSubscriptionTable>> | null = null;
  if (pr.subscription !== 'none') {
    table = pr.table !== undefined ? (cat?.subscriptions.find((x) => x.id === pr.table) ?? null) : cat ? (newestSubscriptionTable(cat) ?? null) : null;
    if (pr.table !== undefined && table === null)
      throw new PlanInputError([{ path: 'prices.table', message: `unknown subscription table "${pr.table}" (catalogue: ${cat?.subscriptions.map((x) => x.id).join(', ') || 'none loaded'})` }]);
    if (table === null) throw new PlanInputError([{ path: 'prices.subscription', message: 'needs a subscription price table (catalogue subscriptions)' }]);
  }
  const perSocket = table === null || pr.subscription === 'none' ? 0 : table.perSocketYear[pr.subscription];
  if (table !== null && pr.subscription !== 'none') {
    checks.push(
      check('cost.subscription', 'ok', 'cost.subscription.note', { table: table.id, date: table.date, level: pr.subscription, perSocket, currency: table.currency, vat: table.vat ?? 'unknown' }),
    );
    if (table.currency !== currency) checks.push(check('cost.currency', 'warn', 'cost.currency', { tableCurrency: table.currency, currency }));
  } else checks.push(check('cost.subscription', 'ok', 'cost.subscription.none'));
  let complete = true;
  s.nodes.forEach((g, i) => {
    if (prices[i] === null || prices[i] === undefined) {
      complete = false;
      checks.push(check('cost.price-missing', 'warn', 'cost.price-missing', { node: g.name }));
    }
  });
  const known = s.nodes.map((g, i) => ({ g, p: prices[i] ?? 0 }));
  const samePrice = new Set(known.map((x) => x.p)).size === 1;
  const sameSockets = new Set(s.nodes.map((g) => g.sockets)).size === 1;
  const hardwarePerNode = samePrice ? (known[0]?.p ?? 0) : known.reduce((a, x) => a + x.g.count * x.p, 0) / c.N;
  const socketsPerNode = sameSockets ? (s.nodes[0]?.sockets ?? 1) : s.nodes.reduce((a, g) => a + g.count * g.sockets, 0) / c.N;
  const r = clusterCost(
    {
      nodes: c.N,
      socketsPerNode,
      hardwarePerNode,
      chassis: chassis.count,
      chassisPrice: chassis.price,
      subscriptionPerSocketYear: perSocket,
      years: pr.years,
      escalation: pr.escalation,
    },
    { ramBytes: usableRamBytes, cephBytes: cephSafeBytes ?? undefined },
    f.lang,
    // The scenario's fields; a price the catalogue gives is named by the platform that selects it, the chassis count is this area's own.
    {
      nodes: fromInput('nodes.count'),
      hardwarePerNode: fromInput(s.nodes.every((g) => g.price !== undefined) ? 'nodes.price' : 'nodes.platform'),
      sockets: fromInput('nodes.sockets'),
      chassis: null,
      chassisPrice: pr.chassis === undefined ? null : fromInput('prices.chassis'),
      perSocketYear: fromInput('prices.subscription'),
      years: fromInput('prices.years'),
      escalation: fromInput('prices.escalation'),
    },
  );
  const cost: CostSummary = {
    currency,
    years: pr.years,
    subscriptionLevel: pr.subscription,
    subscriptionTable: table?.id ?? null,
    subscriptionPriceDate: table?.date ?? null,
    subscriptionVat: table?.vat ?? null,
    hardware: r.hardware,
    subscription: r.subscription,
    total: r.total,
    perUsableGiB: r.perUsableGiB,
    perUsableTB: r.perUsableTB,
    complete,
  };
  const figures = [
    figure(f, 'hardware', t.fHardware, r.hardware, 'money', undefined, currency),
    figure(f, 'subscription', table?.vat === undefined ? t.fSubscription : `${t.fSubscription} (${t.vat[table.vat]})`, r.subscription, 'money', undefined, currency),
    figure(f, 'total', t.fTotal, r.total, 'money', undefined, currency),
    figure(f, 'perUsableGiB', t.fPerGiB, r.perUsableGiB, 'money', undefined, currency),
    figure(f, 'perUsableTB', t.fPerTB, r.perUsableTB, 'money', undefined, currency),
  ];
  // The subscription step cites the price list actually used (its source and date), not the generic page.
  const steps = r.derivation.map((st) => (table !== null && st.id.includes('subscription') ? { ...st, source: { ...st.source, ref: subscriptionRef(table, f.lang) } } : st));
  return { area: makeArea('cost', t.area.cost, t.costSummary(f.money(r.total, currency), pr.years, pr.subscription), figures, checks, steps), cost };
}
