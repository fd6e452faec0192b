/**
 * Proxmox VE per-node endpoints: `/nodes/{node}/status` (CPU and memory, BYTES) and `/nodes/{node}/network` (bonds).
 * Number typing is unreliable (Perl): every numeric field goes through a lenient coercer.
 */
import * as z from 'zod';
import type { InventoryBond, InventoryNode } from '../schema.js';
import { int, str } from '../util.js';
import { check } from './shape.js';

const nodeStatusSchema = z.looseObject({
  cpuinfo: z.looseObject({}).optional(),
  memory: z.looseObject({}).optional(),
});

/** `GET /nodes/{node}/status`: cpuinfo.cores is the TOTAL physical cores (not per socket); memory in bytes. */
export function applyNodeStatus(node: InventoryNode, data: unknown): InventoryNode {
  const s = check(nodeStatusSchema, data, `/nodes/${node.name}/status`);
  const cpu = s.cpuinfo ?? {};
  const mem = s.memory ?? {};
  return {
    ...node,
    sockets: int(cpu['sockets']) ?? node.sockets,
    cores: int(cpu['cores']) ?? node.cores,
    threads: int(cpu['cpus']) ?? node.threads,
    cpuModel: str(cpu['model']) ?? node.cpuModel,
    ramTotalBytes: int(mem['total']) ?? node.ramTotalBytes,
    ramUsedBytes: int(mem['used']) ?? node.ramUsedBytes,
    ramAvailableBytes: int(mem['available']) ?? node.ramAvailableBytes,
    version: str(s['pveversion']) ?? node.version,
  };
}

const networkSchema = z.array(z.looseObject({ iface: z.string(), type: z.string() }));

/** `GET /nodes/{node}/network`: bonds (Linux and OVS). Link speed is not in the API: left null. */
export function parseNetwork(node: string, data: unknown): InventoryBond[] {
  const out: InventoryBond[] = [];
  for (const i of check(networkSchema, data, `/nodes/${node}/network`)) {
    if (i.type === 'bond') {
      out.push({
        node,
        name: i.iface,
        mode: str(i['bond_mode']),
        hashPolicy: str(i['bond_xmit_hash_policy']),
        members: (str(i['slaves']) ?? '').split(/\s+/).filter(Boolean).sort(),
        memberSpeedBps: null,
      });
    } else if (i.type === 'OVSBond') {
      const opts = str(i['ovs_options']) ?? '';
      const mode = /bond_mode=(\S+)/.exec(opts)?.[1] ?? null;
      out.push({ node, name: i.iface, mode, hashPolicy: null, members: (str(i['ovs_bonds']) ?? '').split(/\s+/).filter(Boolean).sort(), memberSpeedBps: null });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
