/**
 * The plan's checks carry a code (issue 10): every check a built-in example emits has a code, and its
 * message is that code rendered from its params (`[tag] ` included: the pool or node the planner
 * names when several share an area is the param `tag`) with the planner's catalogue
 * (PLANNER_CHECK_MESSAGES) or the core calculator's it comes from. NOT_CODED_YET only shrinks: a
 * check added later with plain words fails here (and `chk`, the planner's words-only maker, is gone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DURABILITY_CHECK_MESSAGES, renderMessage } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { PLANNER_CHECK_MESSAGES } from '../src/plan/check-messages.js';
import { plan } from '../src/plan/plan.js';
import { CATALOGUES, catalogue, example, plannedExamples } from './helpers.js';

/** Checks the examples emit with words only: none left. */
const NOT_CODED_YET: readonly string[] = [];

describe("the plan's checks are coded", () => {
  it('every example, English and French: the converted areas render from their catalogue, the rest is listed', () => {
    const plain = new Set<string>();
    const seen = new Set<string>();
    const tagged = new Set<string>();
    for (const name of plannedExamples()) {
      const scenario = example(name);
      for (const lang of ['en', 'fr'] as const) {
        for (const c of plan(scenario, { lang, catalogue: catalogue() }).checks) {
          if (c.code === undefined) {
            plain.add(c.id);
            continue;
          }
          const code = c.code;
          const locales = CATALOGUES.find((l) => code in l.en);
          expect(locales, `${c.id} ${code}`).toBeDefined();
          // A tagged check renders its tag from params: the message comes back whole from code + params.
          expect(c.message, c.id).toBe(renderMessage(locales ?? PLANNER_CHECK_MESSAGES, code, c.params ?? {}, lang));
          if (typeof c.params?.['tag'] === 'string') {
            expect(c.message.startsWith(`[${c.params['tag']}] `)).toBe(true);
            tagged.add(c.id);
          }
          expect(JSON.parse(JSON.stringify(c.params))).toEqual(c.params);
          if (locales === PLANNER_CHECK_MESSAGES) seen.add(c.id);
        }
      }
    }
    expect([...plain].filter((id) => !NOT_CODED_YET.includes(id)).sort()).toEqual([]);
    // The core's durability checks are tagged with their pool (the planner's own tagged checks, as
    // bluestore.no-db-device per node group, in coded-checks-reached.test.ts).
    expect(tagged).toContain('durability.annual-loss');
    expect([...seen].sort()).toEqual([
      // The backup area's own checks (issue 11's examples: the datastore's disks, backups on the NFS server).
      'backup.datastore-disks',
      'backup.on-room',
      'backup.on-storage',
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

  it("every code of the planner's catalogue and of the core's durability checks is named in docs/planner*.md", () => {
    // A script reading `code` from the JSON can look it up (docs/planner.md#checks, and the planner's pages split off).
    const dir = new URL('../../../docs/', import.meta.url);
    const docs = readdirSync(dir)
      .filter((n) => /^planner(-[\w-]+)?\.md$/.test(n))
      .map((n) => readFileSync(new URL(n, dir), 'utf8'))
      .join('\n');
    const codes = [...Object.keys(PLANNER_CHECK_MESSAGES.en), ...Object.keys(DURABILITY_CHECK_MESSAGES.en)];
    expect(codes.filter((c) => !docs.includes(`\`${c}\``))).toEqual([]);
  });
});
