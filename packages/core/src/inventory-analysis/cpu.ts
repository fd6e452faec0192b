/** vCPU overcommit on the survivors, and the "more guests that fit" headroom by memory and by CPU. */
import { checkMaker } from '../spec/messages.js';
import { INVENTORY_MESSAGES } from './check-messages.js';
import type { Check } from '../explain/types.js';
import type { MemoryPart } from './memory.js';
import { analysisMessages } from './messages.js';
import type { AnalysisValues } from './schema.js';
import type { Add } from './steps.js';
import type { InventoryAnalysis } from './types.js';

type Cpu = InventoryAnalysis['cpu'];
type Headroom = InventoryAnalysis['headroom'];

export function analyzeCpu(m: MemoryPart, v: AnalysisValues, add: Add, checks: Check[]): Cpu {
  const { lang } = v;
  const t = analysisMessages(lang);
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  const { counted, survivors } = m;
  const V = counted.reduce((s, g) => s + (g.vcpus ?? 0), 0);
  const noThreads = survivors.filter((n) => n.threads === null).map((n) => n.name);
  let P: number | null = null;
  let overcommit: number | null = null;
  if (survivors.length > 0) {
    add('inventory.cpu.vcpus', t.stepVcpus(counted.length), 'V', { V }, V, 'number', 'derived');
    if (noThreads.length > 0) checks.push(check('inventory.cpu.threads-unknown', 'warn', 'inventory.cpu.threads-unknown', { nodes: noThreads.join(', ') }));
    else {
      P = survivors.reduce((s, n) => s + (n.threads ?? 0), 0);
      add('inventory.cpu.threads', t.stepThreads, 'P', { P }, P, 'count', 'derived');
      overcommit = V / P;
      add('inventory.cpu.overcommit', t.stepOvercommit, 'V / P', { V, P }, overcommit, 'number', 'derived');
      const ps = { ratio: overcommit, max: v.maxOvercommit };
      checks.push(
        overcommit > v.maxOvercommit ? check('inventory.cpu.overcommit', 'warn', 'inventory.cpu.overcommit.high', ps) : check('inventory.cpu.overcommit', 'ok', 'inventory.cpu.overcommit.ok', ps),
      );
    }
  }
  return { vcpus: V, survivingThreads: P, overcommit, maxOvercommit: v.maxOvercommit };
}

export function analyzeHeadroom(m: MemoryPart, cpu: Cpu, v: AnalysisValues, add: Add, checks: Check[]): { headroomGuests: number; headroom: Headroom } {
  const { lang, system } = v;
  const t = analysisMessages(lang);
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  const u = v.maxUtilization;
  const { S, R, G, T, F, survivors } = m;
  const gRam = v.guestRamBytes;
  let byMemory = 0;
  if (survivors.length > 0) {
    byMemory = Math.max(0, Math.floor((u * S - R - G) / gRam + 1e-9));
    add('inventory.headroom.memory', t.stepHeadroomMem, 'max(0, floor((u * (T - F) - Q - G) / g))', { u, T, F, Q: R, G, g: gRam }, byMemory, 'count', 'derived');
  }
  let byCpu: number | null = null;
  const P = cpu.survivingThreads;
  const V = cpu.vcpus;
  if (P !== null) {
    byCpu = Math.max(0, Math.floor((v.maxOvercommit * P - V) / v.guestVcpus + 1e-9));
    add('inventory.headroom.cpu', t.stepHeadroomCpu, 'max(0, floor((o * P - V) / c))', { o: v.maxOvercommit, P, V, c: v.guestVcpus }, byCpu, 'count', 'derived');
  }
  const headroomGuests = byCpu === null ? byMemory : Math.min(byMemory, byCpu);
  if (survivors.length > 0) checks.push(check('inventory.headroom', 'ok', 'inventory.headroom', { guests: headroomGuests, guestRamBytes: gRam, system, guestVcpus: v.guestVcpus }));
  return { headroomGuests, headroom: { guestRamBytes: gRam, guestVcpus: v.guestVcpus, byMemory, byCpu } };
}
