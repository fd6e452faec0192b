/**
 * The plan's checks carry a code (issue 10): the CPU, network and quorum areas' own checks render
 * from PLANNER_CHECK_MESSAGES (code + language-free params), and every check a built-in example emits
 * either has a code or has an id in NOT_CODED_YET, a list that only shrinks: a check added later with
 * plain words fails here.
 */
import { readdirSync } from 'node:fs';
import { renderMessage } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { PLANNER_CHECK_MESSAGES } from '../src/plan/check-messages.js';
import { plan } from '../src/plan/plan.js';
import { catalogue, EXAMPLES, example } from './helpers.js';

/**
 * Checks the examples emit with words only: the core's durability checks.
 */
const NOT_CODED_YET: readonly string[] = ['durability.annual-loss', 'durability.site'];

describe("the plan's checks are coded", () => {
  it('every example, English and French: the converted areas render from their catalogue, the rest is listed', () => {
    const plain = new Set<string>();
    const seen = new Set<string>();
    for (const name of readdirSync(EXAMPLES)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -5))) {
      const scenario = example(name, 'either');
      // An optimize example has no nodes to plan.
      if (scenario.nodes.length === 0) continue;
      for (const lang of ['en', 'fr'] as const) {
        for (const c of plan(scenario, { lang, catalogue: catalogue() }).checks) {
          if (c.code === undefined) {
            plain.add(c.id);
            continue;
          }
          if (!(c.code in PLANNER_CHECK_MESSAGES.en)) continue;
          expect(c.message, c.id).toBe(renderMessage(PLANNER_CHECK_MESSAGES, c.code, c.params ?? {}, lang));
          expect(JSON.parse(JSON.stringify(c.params))).toEqual(c.params);
          seen.add(c.id);
        }
      }
    }
    expect([...plain].filter((id) => !NOT_CODED_YET.includes(id)).sort()).toEqual([]);
    expect([...seen].sort()).toEqual([
      'bluestore.colocated',
      'bluestore.no-db-device',
      'ceph.mixed-osd-sizes',
      'ceph.rule-of-thumb-layout',
      'ceph.safe-capacity-needed',
      'cost.subscription',
      'cpu.osd-threads',
      'cpu.overcommit',
      'external.capacity',
      'failure.ceph-mon-quorum',
      'failure.memory',
      'failure.recovery',
      'failure.recovery-rate',
      'memory.reservations',
      'pg.mgr-pool',
      'procurement.chassis',
      'procurement.dimm-population',
      'procurement.unavailable',
      'quorum.failures',
      'workloads.none',
    ]);
  });
});
