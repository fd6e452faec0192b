import { formatBytesBoth, formatNumber, formatRatio, type Lang, requiredMemory, usableMemory } from '@capa/core';
import { defined, OptionReader } from '../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../run.js';

const L = {
  en: { node: 'Node', title: 'capa memory: the N − f rule', usable: 'Usable guest RAM', share: 'Usable share', total: 'Installed RAM', reserve: 'Host reserve/node', required: 'RAM needed/node', buy: 'Buy per node', cluster: 'RAM to buy', ksm: 'With KSM savings', none: 'none large enough' },
  fr: { node: 'Nœud', title: 'capa memory : la règle N − f', usable: 'RAM utilisable (invités)', share: 'Part utilisable', total: 'RAM installée', reserve: 'Réserve hôte/nœud', required: 'RAM nécessaire/nœud', buy: 'Acheter par nœud', cluster: 'RAM à acheter', ksm: 'Avec économies KSM', none: 'aucune taille suffisante' },
} satisfies Record<Lang, Record<string, string>>;

const FIELDS = { nodeGroups: '--node-ram', guestRamBytes: '--guest-ram', hostReserveBytes: '--host-reserve', osdMemoryBytes: '--osd-memory', zfsArcBytes: '--zfs-arc', ksmSavings: '--ksm', cpuThreadsPerNode: '--threads-per-node', maxOvercommit: '--max-overcommit', purchasableBytes: '--purchasable' };

export function memoryCommand(opts: Record<string, unknown>, out: OutputOptions): CommandOutput {
  const r = new OptionReader(opts, out.lang);
  const nodes = r.count('nodes');
  const nodeRams = r.sizeList('nodeRam');
  const guestRam = r.size('guestRam');
  const common = defined({
    failures: r.count('failures', 0),
    maxUtilization: r.ratio('maxUtilization'),
    hostReserveBytes: r.size('hostReserve'),
    osdsPerNode: r.count('osdsPerNode', 0),
    osdMemoryBytes: r.size('osdMemory'),
    osdSizeBytes: r.size('osdSize'),
    zfsArcBytes: r.size('zfsArc'),
    ksmSavings: r.savings('ksm'),
    vcpus: r.count('vcpus'),
    cpuThreadsPerNode: r.count('threadsPerNode'),
    maxOvercommit: r.positive('maxOvercommit'),
  });
  const qdevice = opts['qdevice'] === true;
  const purchasable = r.sizeList('purchasable');
  if (!r.has('nodeRam') && !r.has('guestRam')) r.fail('nodeRam', undefined, 'give --node-ram (usable memory of the nodes) or --guest-ram (RAM needed per node)');
  if (r.has('nodeRam') && nodeRams && nodeRams.length > 1 && nodes !== undefined && nodes !== nodeRams.length) {
    r.fail('nodes', opts['nodes'], `must match the ${nodeRams.length} sizes given to --node-ram`);
  }
  if (r.has('nodeRam') && nodeRams?.length === 1 && !r.has('nodes')) r.require('nodes', nodes);
  if (!r.has('nodeRam') && r.has('guestRam')) r.require('nodes', nodes);
  if (r.issues.length > 0) return badInput(r.issues);
  const base = { ...common, qdevice, system: r.system ?? 'binary', lang: out.lang } as const;
  const t = L[out.lang];
  const both = (b: number) => formatBytesBoth(b, r.system ?? 'binary', out.lang);

  if (nodeRams !== undefined) {
    const nodeGroups = nodeRams.length === 1 ? [{ count: nodes ?? 1, ramBytes: nodeRams[0] ?? 0 }] : nodeRams.map((ramBytes, i) => ({ count: 1, ramBytes, name: `${t.node} ${i + 1}` }));
    return emit(usableMemory({ ...base, nodeGroups, ...defined({ guestRamBytes: guestRam }) }), out, FIELDS, (v) => ({
      title: t.title,
      figures: [
        { label: t.total, value: both(v.totalRamBytes) },
        ...(v.hostReservePerNodeBytes > 0 ? [{ label: t.reserve, value: both(v.hostReservePerNodeBytes) }] : []),
        { label: t.usable, value: both(v.usableGuestRamBytes) },
        { label: t.share, value: formatRatio(v.usableFraction, out.lang) },
        ...(v.ksmUsableGuestRamBytes === null ? [] : [{ label: t.ksm, value: both(v.ksmUsableGuestRamBytes) }]),
        ...(v.overcommitRatio === null ? [] : [{ label: 'vCPU:pCPU', value: `${formatNumber(v.overcommitRatio, out.lang)}:1` }]),
      ],
    }));
  }
  return emit(requiredMemory({ ...base, nodes: nodes ?? 1, guestRamBytes: guestRam ?? 0, ...defined({ purchasableBytes: purchasable }) }), out, FIELDS, (v) => ({
    title: t.title,
    figures: [
      { label: t.required, value: formatBytesBoth(v.requiredNodeRamBytes, 'decimal', out.lang) },
      { label: t.buy, value: v.recommendedNodeRamBytes === null ? t.none : formatBytesBoth(v.recommendedNodeRamBytes, 'binary', out.lang) },
      { label: t.cluster, value: v.totalRamBytes === null ? t.none : formatBytesBoth(v.totalRamBytes, 'binary', out.lang) },
    ],
  }));
}
