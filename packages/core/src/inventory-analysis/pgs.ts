/**
 * Per pool: its protection, safe stored bytes, and its pg_num against the autoscaler rule
 * (`placementGroups`, per CRUSH root and device class) and Ceph's own autoscale-status.
 */
import { checkMaker } from '../spec/messages.js';
import { INVENTORY_MESSAGES } from './check-messages.js';
import type { Check, Lang } from '../explain/types.js';
import { label as protectionLabel, type Protection, rawPerLogical } from '../ceph/protection.js';
import { placementGroups } from '../pg/calculate.js';
import type { PoolSpec } from '../pg/schema.js';
import type { Ceph, Pool, PoolAnalysis } from './types.js';

type Osd = Ceph['osds'][number];

export function poolAnalyses(prot: readonly { p: Pool; pr: Protection | null }[], inOsds: readonly Osd[], safeRaw: number | null, checks: Check[], lang: Lang): PoolAnalysis[] {
  const check = checkMaker(INVENTORY_MESSAGES, lang);
  // PGs per CRUSH root/device class: the autoscaler rule through placementGroups.
  const capa = new Map<string, { pgNum: number; wouldChange: boolean | null }>();
  const groups = new Map<string, { pools: PoolSpec[]; cls: string | null }>();
  for (const { p, pr } of prot) {
    if (!pr) {
      if (p.type !== 'unknown' || p.size === null) checks.push(check('inventory.ceph.pg-unknown', 'warn', 'inventory.ceph.pg-unknown', { pool: p.name }));
      continue;
    }
    const key = `${p.crushRoot ?? 'default'}|${p.deviceClass ?? ''}`;
    const grp = groups.get(key) ?? { pools: [], cls: p.deviceClass };
    grp.pools.push({
      name: p.name,
      protection: pr,
      bias: p.bias !== null && p.bias > 0 ? p.bias : 1,
      bulk: p.bulk,
      ...(p.targetSizeRatio !== null && p.targetSizeRatio > 0 ? { targetRatio: p.targetSizeRatio } : {}),
      ...(p.targetSizeBytes !== null && p.targetSizeBytes > 0 ? { targetBytes: p.targetSizeBytes } : {}),
      ...(p.storedBytes !== null ? { storedBytes: p.storedBytes } : {}),
      ...(p.pgNumMin !== null && p.pgNumMin >= 1 ? { pgNumMin: p.pgNumMin } : {}),
      ...(p.pgNumMax !== null && p.pgNumMax >= 1 ? { pgNumMax: p.pgNumMax } : {}),
      ...(p.pgNum !== null && p.pgNum >= 1 ? { currentPgNum: p.pgNum } : {}),
    });
    groups.set(key, grp);
  }
  for (const grp of groups.values()) {
    const members = grp.cls ? inOsds.filter((o) => o.deviceClass === grp.cls) : inOsds;
    const n = members.length;
    if (n === 0) continue;
    const cap = members.reduce((s, o) => s + o.sizeBytes, 0);
    const r = placementGroups({ osds: n, ...(cap > 0 ? { osdSizeBytes: cap / n } : {}), pools: cap > 0 ? grp.pools : grp.pools.map(({ storedBytes: _s, targetBytes: _t, ...rest }) => rest), lang });
    if (r.ok) for (const p of r.value.pools) capa.set(p.name, { pgNum: p.pgNum, wouldChange: p.wouldChange });
    // A pool the PG rule refuses (a pg_num_min that is not a power of two, say) is said, not skipped.
    else
      checks.push(
        check('inventory.ceph.pg-not-compared', 'warn', 'inventory.ceph.pg-not-compared', {
          pools: grp.pools.map((x) => x.name).join(', '),
          reason: r.issues.map((i) => `${i.field} = ${String(i.value)}: ${i.message}`).join('; '),
        }),
      );
  }
  return prot.map(({ p, pr }) => {
    const rate = pr ? rawPerLogical(pr) : null;
    const cp = capa.get(p.name);
    const cephFinal = p.autoscale?.pgNumFinal ?? null;
    if (cp && p.pgNum !== null)
      checks.push(
        cp.wouldChange
          ? check('inventory.ceph.pg', 'warn', 'inventory.ceph.pg.change', { pool: p.name, pgNum: p.pgNum, autoscaler: cp.pgNum })
          : check('inventory.ceph.pg', 'ok', 'inventory.ceph.pg.same', { pool: p.name, pgNum: p.pgNum, autoscaler: cp.pgNum }),
      );
    if (cp && cephFinal !== null && cephFinal !== cp.pgNum)
      checks.push(check('inventory.ceph.pg-vs-ceph', 'warn', 'inventory.ceph.pg-vs-ceph', { pool: p.name, autoscaler: cp.pgNum, ceph: cephFinal }));
    return {
      name: p.name,
      protection: pr ? protectionLabel(pr) : null,
      storedBytes: p.storedBytes,
      usedBytes: p.usedBytes,
      rawPerLogical: rate,
      safeStoredBytes: safeRaw !== null && rate !== null ? Math.floor(safeRaw / rate) : null,
      pgNum: p.pgNum,
      autoscalerPgNum: cp?.pgNum ?? null,
      cephPgNumFinal: cephFinal,
      wouldChange: cp?.wouldChange ?? null,
    };
  });
}
