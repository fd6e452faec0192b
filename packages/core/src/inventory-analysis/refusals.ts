/**
 * Inventory values the analysis refuses as bad input (CLI exit 2), each named by its field in the
 * inventory file (`nodes[0].threads`, `ceph.osds[3].sizeBytes`, `ceph.nearfullRatio`) with its value,
 * rather than letting a figure come out negative or infinite (a 0-thread node made vCPU:thread
 * infinite; nearfull −1 made the safe raw negative).
 *
 * - threads: a whole number ≥ 1, or null when the source did not say (the inventory's convention:
 *   null for unknown, never 0).
 * - OSD size: > 0 for an OSD that is in; an out OSD holds no data and may report 0.
 * - Fill ratios: each in (0, 1], and nearfull ≤ backfillfull ≤ full, Ceph's own rule: OSDMap's
 *   OSD_OUT_OF_ORDER_FULL health check (ceph/ceph:src/osd/OSDMap.cc, OSDMap::check_health;
 *   doc/rados/operations/health-checks.rst), SOURCES.cephRatiosOrder.
 */
import type { InputIssue, Lang } from '../explain/types.js';
import { analysisMessages } from './messages.js';
import { type EffectiveRatio, effectiveRatios, INVENTORY_RATIO_KEY, RATIO_NAMES, type RatioName } from './ratios.js';
import type { AnalysisValues } from './schema.js';

export interface Refusal {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Which side of an out-of-order pair to name: what the user typed, then the file, never a default. */
const BLAME = { option: 2, inventory: 1, default: 0 } as const;

export function inventoryRefusals(v: AnalysisValues): Refusal[] {
  const t = analysisMessages(v.lang);
  const out: Refusal[] = [];
  v.inventory.nodes.forEach((n, i) => {
    if (n.threads !== null && !(Number.isInteger(n.threads) && n.threads >= 1)) out.push({ path: ['inventory', 'nodes', i, 'threads'], message: t.refuseThreads });
  });
  const ceph = v.inventory.ceph;
  ceph?.osds.forEach((o, i) => {
    if (o.in !== false && o.sizeBytes === 0) out.push({ path: ['inventory', 'ceph', 'osds', i, 'sizeBytes'], message: t.refuseOsdSize });
  });
  let rangeOk = true;
  for (const name of RATIO_NAMES) {
    const r = ceph?.[INVENTORY_RATIO_KEY[name]] ?? null;
    if (r !== null && !(r > 0 && r <= 1)) {
      rangeOk = false;
      out.push({ path: ['inventory', 'ceph', INVENTORY_RATIO_KEY[name]], message: t.refuseRatio });
    }
  }
  if (!rangeOk) return out;
  const eff = effectiveRatios(v, ceph);
  const pathOf = (name: RatioName, r: EffectiveRatio) => (r.from === 'option' ? [name] : ['inventory', 'ceph', INVENTORY_RATIO_KEY[name]]);
  const describe = (name: RatioName, r: EffectiveRatio) =>
    r.from === 'option' ? `${name} ${r.value}` : r.from === 'inventory' ? `ceph.${INVENTORY_RATIO_KEY[name]} = ${r.value}` : t.ratioDefault(name, r.value);
  for (const [lo, hi] of [
    ['nearfull', 'backfillfull'],
    ['backfillfull', 'full'],
  ] as const) {
    const a = eff[lo];
    const b = eff[hi];
    // Ceph keeps the ratios as 32-bit floats (osd dump prints 0.9 as 0.8999999761581421): compare them so.
    if (Math.fround(a.value) <= Math.fround(b.value)) continue;
    if (BLAME[a.from] >= BLAME[b.from]) out.push({ path: pathOf(lo, a), message: t.ratioAbove(describe(hi, b)) });
    else out.push({ path: pathOf(hi, b), message: t.ratioBelow(describe(lo, a)) });
  }
  return out;
}

/** `inventory.ceph.osds.3.sizeBytes` → `ceph.osds[3].sizeBytes`: the field as it reads in the file. */
export function inventoryPath(field: string): string {
  return field
    .split('.')
    .slice(1)
    .reduce((s, k) => (/^\d+$/.test(k) ? `${s}[${k}]` : s === '' ? k : `${s}.${k}`), '');
}

/** Names an inventory issue by its field and value, the way the user finds it in the file. */
export function namedInInventory(i: InputIssue, lang: Lang): InputIssue {
  if (!i.field.startsWith('inventory.')) return i;
  const v = i.value;
  const shown = typeof v === 'number' || typeof v === 'boolean' || v === null ? ` = ${String(v)}` : typeof v === 'string' ? ` = ${JSON.stringify(v.slice(0, 60))}` : '';
  return { ...i, message: `${inventoryPath(i.field)}${shown}${lang === 'fr' ? ' : ' : ': '}${i.message}` };
}
