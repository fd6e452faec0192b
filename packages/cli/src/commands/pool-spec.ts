import { parseCount, parsePositive, parseSize, type PoolSpec, type Protection } from '@capa/core';
import type { OptionIssue } from '../options.js';

type PoolInput = Omit<Partial<PoolSpec>, 'name'> & { name: string };

/**
 * NAME[:size=S|:ec=K+M][:ratio=R][:target=SIZE][:stored=SIZE][:bias=B][:bulk][:min=N][:max=N][:current=N]
 */
export function parsePoolSpec(spec: string): { ok: true; value: PoolInput } | { ok: false; issue: OptionIssue } {
  const bad = (message: string) => ({ ok: false as const, issue: { option: '--pool', value: spec, message } });
  const [name = '', ...parts] = spec.split(':');
  if (!/^[A-Za-z0-9_.-]{1,128}$/.test(name)) return bad('expected NAME[:size=S|:ec=K+M][:ratio=R][:target=SIZE][:stored=SIZE][:bias=B][:bulk][:min=N][:max=N][:current=N]; the name uses letters, digits, . _ -');
  const pool: PoolInput = { name };
  let protection: Protection | undefined;
  for (const part of parts) {
    const [key = '', value] = part.split('=', 2);
    if (key === 'bulk' && value === undefined) { pool.bulk = true; continue; }
    if (value === undefined) return bad(`"${part}" needs a value (key=value), or is unknown`);
    const num = (min: number) => parseCount(value, min);
    switch (key) {
      case 'size': { const r = num(1); if (!r.ok || r.value > 32) return bad(`size=${value}: must be a whole number from 1 to 32`); if (protection) return bad('give size= or ec=, once'); protection = { kind: 'replicated', size: r.value }; break; }
      case 'ec': { const m = /^(\d+)\+(\d+)$/.exec(value); const k = Number(m?.[1]); const mm = Number(m?.[2]); if (!m || k < 2 || k > 64 || mm < 1 || mm > 64) return bad(`ec=${value}: expected K+M with K from 2 to 64 and M from 1 to 64`); if (protection) return bad('give size= or ec=, once'); protection = { kind: 'erasure', k, m: mm }; break; }
      case 'ratio': { const r = parsePositive(value); if (!r.ok) return bad(`ratio=${value}: ${r.reason}`); pool.targetRatio = r.value; break; }
      case 'bias': { const r = parsePositive(value); if (!r.ok) return bad(`bias=${value}: ${r.reason}`); pool.bias = r.value; break; }
      case 'target': { const r = parseSize(value); if (!r.ok) return bad(`target=${value}: ${r.reason}`); pool.targetBytes = r.value.bytes; break; }
      case 'stored': { const r = parseSize(value); if (!r.ok) return bad(`stored=${value}: ${r.reason}`); pool.storedBytes = r.value.bytes; break; }
      case 'min': { const r = num(1); if (!r.ok) return bad(`min=${value}: ${r.reason}`); pool.pgNumMin = r.value; break; }
      case 'max': { const r = num(1); if (!r.ok) return bad(`max=${value}: ${r.reason}`); pool.pgNumMax = r.value; break; }
      case 'current': { const r = num(1); if (!r.ok) return bad(`current=${value}: ${r.reason}`); pool.currentPgNum = r.value; break; }
      default: return bad(`unknown key "${key}" (size, ec, ratio, target, stored, bias, bulk, min, max, current)`);
    }
  }
  if (protection) pool.protection = protection;
  return { ok: true, value: pool };
}
