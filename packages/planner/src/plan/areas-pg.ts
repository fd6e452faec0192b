/** The PG area: pg_num per pool as Ceph's autoscaler computes it, the .mgr pool included. */
import { type Check, checkMaker, MGR_POOL_NAME, MODEL, type PgResult, placementGroups, type Step } from '@capa/core';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { Ctx } from './context.js';
import { figure, makeArea, mapSymbols, tagChecks, tagSteps, unwrap } from './helpers.js';
import { pgInputFor } from './shared.js';
import type { Area, Figure } from './types.js';

export interface PgOut {
  readonly area: Area | null;
  readonly byDomain: ReadonlyMap<string, PgResult>;
}

/**
 * The plan adds the .mgr pool itself, as Ceph's manager creates it (core pg/mgr-pool.ts): its size
 * and bounds are the model's, not the scenario's storage.ceph.pools, though the core reads them as
 * a typed pool.
 */
function mgrFromModel(steps: readonly Step[]): Step[] {
  const prefix = `pg.pool.${MGR_POOL_NAME}.`;
  return mapSymbols(steps, (d, s) => (s.id.startsWith(prefix) && (d.from?.kind === 'input' || d.from?.kind === 'default') ? { ...d, from: MODEL } : d));
}

export function pgArea(c: Ctx): PgOut {
  const { t, f } = c;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const byDomain = new Map<string, PgResult>();
  if (!c.s.ceph || c.domains.length === 0) return { area: null, byDomain };
  const checks: Check[] = [check('pg.mgr-pool', 'ok', 'pg.mgr-pool')];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const list: string[] = [];
  c.domains.forEach((d, i) => {
    const r = unwrap(placementGroups(pgInputFor(c.s.ceph, c.f.lang, d, i === 0)), 'storage.ceph.pools');
    byDomain.set(d.key, r);
    const tag = c.domains.length > 1 ? d.label : null;
    checks.push(...tagChecks(r.checks, tag));
    steps.push(...tagSteps(mgrFromModel(r.derivation), tag));
    for (const p of r.pools) {
      if (p.name === MGR_POOL_NAME) continue;
      list.push(`${p.name} ${p.pgNum}`);
      figures.push(figure(f, `pgNum@${p.name}`, `pg_num ${p.name}`, p.pgNum, 'count'));
    }
    figures.push(figure(f, `pgPerOsd@${d.key}`, `${t.fPgPerOsd}${tag ? ` (${tag})` : ''}`, r.pgPerOsd, 'number', f.num(r.pgPerOsd, 1)));
  });
  return { area: makeArea('pgs', t.area.pgs, t.pgSummary(list.join(', ')), figures, checks, steps), byDomain };
}
