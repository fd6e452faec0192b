import { describe, expect, it } from 'vitest';
import { MGR_POOL, placementGroups } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};

// Issue 8, item 7. The manager creates `.mgr` with 'pg_num': 1, 'pg_num_min': 1, 'pg_num_max': 32
// (ceph/ceph:src/pybind/mgr/mgr_module.py, MgrModule.create_pool, called by create_mgr_pool).
describe('.mgr pool as Ceph creates it', () => {
  it('MGR_POOL carries pg_num_min 1 and pg_num_max 32, size 3', () => {
    expect(MGR_POOL).toMatchObject({ name: '.mgr', pgNumMin: 1, pgNumMax: 32, protection: { kind: 'replicated', size: 3 } });
  });
  it('an empty .mgr stays at pg_num 1, not the module floor of 32; shards per OSD follow', () => {
    // 12 OSDs, .mgr + bulk rbd: rbd 512 (pass 3, 1200 ÷ 3 = 400 → 512, ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py);
    // shards (1 × 3 + 512 × 3) ÷ 12 = 128.25 (was (32 × 3 + 512 × 3) ÷ 12 = 136)
    const r = ok(placementGroups({ osds: 12, pools: [{ name: '.mgr' }, { name: 'rbd', bulk: true }] }));
    expect(r.pools.map((p) => p.pgNum)).toEqual([1, 512]);
    expect(r.pgPerOsd).toBe(128.25);
  });
  it("the planner's pool and a bare `.mgr` agree", () => {
    const a = ok(placementGroups({ osds: 24, pools: [MGR_POOL, { name: 'vm', targetRatio: 1 }] }));
    const b = ok(placementGroups({ osds: 24, pools: [{ name: '.mgr' }, { name: 'vm', targetRatio: 1 }] }));
    expect(a.pools.map((p) => p.pgNum)).toEqual(b.pools.map((p) => p.pgNum));
    expect(a.pools[0]?.pgNum).toBe(1);
  });
  it('explicit bounds still win', () => {
    expect(ok(placementGroups({ osds: 12, pools: [{ name: '.mgr', pgNumMin: 32 }] })).pools[0]?.pgNum).toBe(32);
  });
});
