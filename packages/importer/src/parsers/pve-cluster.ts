/** Proxmox VE cluster-level endpoints: `/cluster/ha/resources` (HA state of guests) and `/cluster/status` (cluster name). */
import * as z from 'zod';
import { str } from '../util.js';
import { check } from './shape.js';

/** `GET /cluster/ha/resources`: sid `vm:100` / `ct:101` → requested state. */
export function parseHaResources(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of check(z.array(z.looseObject({ sid: z.string() })), data, '/cluster/ha/resources')) {
    const m = /^(vm|ct):(\d+)$/.exec(r.sid);
    if (!m) continue;
    out.set(`${m[1] === 'vm' ? 'qemu' : 'lxc'}/${m[2]}`, str(r['state']) ?? 'started');
  }
  return out;
}

/** `GET /cluster/status`: the cluster name (absent on a single node without a cluster). */
export function parseClusterStatus(data: unknown): string | null {
  for (const e of check(z.array(z.looseObject({ type: z.string() })), data, '/cluster/status')) if (e.type === 'cluster') return str(e['name']);
  return null;
}
