/** Issue 8, item 7: the plan counts Ceph's .mgr pool at the pg_num it really has. */
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { catalogue, example } from './helpers.js';

describe('.mgr in the plan', () => {
  it('field-mx7000-mx740c: 8 × 3 OSDs, vm-disks 512 + .mgr 1 → (512 + 1) × 3 ÷ 24 = 64.125 shards per OSD (was 68)', () => {
    // .mgr is created with pg_num 1, pg_num_min 1, pg_num_max 32: ceph/ceph:src/pybind/mgr/mgr_module.py (create_pool)
    const r = plan(example('field-mx7000-mx740c'), { lang: 'en', catalogue: catalogue() });
    const pgs = r.areas.find((a) => a.id === 'pgs');
    expect(pgs?.figures.find((f) => f.key === 'pgNum@vm-disks')?.value).toBe(512);
    const perOsd = pgs?.figures.find((f) => f.key.startsWith('pgPerOsd@'))?.value;
    expect(perOsd).toBe(64.125);
  });
});
