/**
 * Issue 12 item 6: the plan's derivation steps define their symbols. Every example is planned in
 * English and French and each area's derivation is checked with symbolProblems, for the step groups
 * covered so far (add a group here as its steps gain symbols).
 */
import { symbolProblems } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { catalogue, example, plannedExamples } from './helpers.js';

/** Step id prefixes whose steps must define every symbol they use. */
const COVERED = [
  'durability.',
  'filer.',
  'network.',
  'quorum.',
  'bluestore.',
  'pg.',
  'recovery.',
  'cpu.',
  'cost.',
  'workloads.',
  'failure.memory-used',
  'zfs.',
  'external.data',
  'backup.',
  'memory.',
  'drain.',
];

const NAMES = plannedExamples();

describe('plan derivations define their symbols', () => {
  it('plans every example', () => expect(NAMES.length).toBeGreaterThan(10));
  for (const name of NAMES) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${name} (${lang})`, () => {
        const r = plan(example(name), { lang, catalogue: catalogue() });
        for (const a of r.areas) {
          const problems = symbolProblems(a.derivation).filter((p) => COVERED.some((c) => p.startsWith(c)));
          expect(problems, `${a.id}`).toEqual([]);
          for (const s of a.derivation) if (COVERED.some((c) => s.id.startsWith(c))) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
        }
        // A disk's AFR is named by the scenario field it comes from (report/symbols.ts names fields the same way).
        const rate = r.areas.flatMap((a) => a.derivation).find((s) => s.id.startsWith('durability.osd-rate'));
        const from = rate?.symbols?.find((d) => d.symbol === 'a')?.from;
        if (rate !== undefined) expect(from && 'input' in from ? from.input : from).toMatch(/^(nodes\.disks\[\]\.afr|rules\.durability\.osdAfr)$/);
      });
    }
  }
});

describe('the quorum steps name the scenario’s monitors', () => {
  const name = NAMES.find((n) => example(n).ceph !== undefined) ?? '';
  const monsFrom = (s: ReturnType<typeof example>) =>
    plan(s, { lang: 'en', catalogue: catalogue() })
      .areas.flatMap((a) => a.derivation)
      .find((x) => x.id === 'quorum.mons')
      ?.symbols?.find((d) => d.symbol === 'M')?.from;
  it('a default when storage.ceph.mons is left out, an input when stated', () => {
    const s = example(name);
    expect(s.ceph?.mons).toBeUndefined();
    expect(monsFrom(s)).toEqual({ kind: 'default', input: 'mons' });
    expect(monsFrom({ ...s, ceph: { ...(s.ceph as NonNullable<typeof s.ceph>), mons: 3 } })).toEqual({ kind: 'input', input: 'mons' });
  });
});

/**
 * The memory area over what no example states: two node sizes, ZFS ARC by the course rule or the
 * installer's, stated KSM savings, a guest RAM total (the RAM needed per node and the size to buy).
 */
describe('the memory area defines its letters beyond the examples', () => {
  const doc = (arc: string) => `name: memory letters
workloads: { guestRam: 900GiB, vcpus: 300, ksm: 0.1 }
nodes:
  - { name: big, count: 2, cores: 32, ram: 512GiB, disks: [{ class: ssd, count: 4, size: 4TB }, { class: ssd, count: 2, size: 2TB, role: zfs }] }
  - { name: small, count: 2, cores: 32, ram: 256GiB, disks: [{ class: ssd, count: 4, size: 4TB }, { class: ssd, count: 2, size: 2TB, role: zfs }] }
storage:
  ceph: { pools: [{ name: vm, replicas: 3 }] }
  zfs: [{ name: local, layout: mirror, arc: ${arc} }]
rules: { hostReserve: 4GiB }
`;
  for (const arc of ['course', 'pve', '8GiB'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      it(`ARC ${arc} (${lang})`, () => {
        const parsed = parseScenarioText(doc(arc), { require: 'nodes', lang });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const mem = plan(parsed.scenario, { lang, catalogue: catalogue() }).areas.find((a) => a.id === 'memory');
        const steps = mem?.derivation ?? [];
        expect(steps.map((s) => s.id)).toEqual(expect.arrayContaining(['memory.reserve-per-node', 'memory.total', 'memory.usable', 'memory.ksm', 'memory.required', 'memory.recommended']));
        expect(symbolProblems(steps)).toEqual([]);
        for (const s of steps) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
        // One ARC step derives the whole ARC: Z names it; a stated size is the scenario's field.
        const z = steps.find((s) => s.id === 'memory.reserve-per-node')?.symbols?.find((d) => d.symbol === 'Z')?.from;
        const arcStep = steps.find((s) => s.id.startsWith('memory.zfs-arc'));
        expect(z).toEqual(arc === '8GiB' ? { kind: 'input', input: 'zfsArc' } : { kind: 'step', step: arcStep?.id });
      });
    }
  }
});

/**
 * The plan feeds cpu.overcommit the threads the tightest node leaves to guests (areas-cpu.ts), not
 * all of a node's threads as capa memory's --threads-per-node: P says so and names that step.
 */
describe('the plan’s vCPU:pCPU divides by the guests’ threads, from their step', () => {
  const name = NAMES.find((n) => example(n).workloads.vcpus !== undefined) ?? '';
  for (const lang of ['en', 'fr'] as const) {
    it(`${name} (${lang})`, () => {
      const cpu = plan(example(name), { lang, catalogue: catalogue() }).areas.find((a) => a.id === 'cpu');
      const steps = cpu?.derivation ?? [];
      const threads = steps.find((s) => s.id === 'cpu.guest-threads');
      const over = steps.find((s) => s.id === 'cpu.overcommit');
      expect(over?.vars['P']).toBe(threads?.value);
      const p = over?.symbols?.find((d) => d.symbol === 'P');
      expect(p?.from).toEqual({ kind: 'step', step: 'cpu.guest-threads' });
      expect(p?.meaning).toBe(lang === 'en' ? 'threads left for guests on one node (the tightest node)' : 'threads laissés aux invités sur un nœud (le nœud le plus juste)');
      expect(symbolProblems(steps)).toEqual([]);
    });
  }
});

/**
 * The plan adds Ceph's .mgr pool itself, as the manager creates it (size 3, pg_num_min 1, pg_num_max
 * 32: ceph/ceph:src/pybind/mgr/mgr_module.py): its letters come from the model, never from the
 * scenario's storage.ceph.pools, while the scenario's own pools stay inputs.
 */
describe('the .mgr pool’s figures come from the model', () => {
  const name = NAMES.find((n) => example(n).ceph !== undefined) ?? '';
  it(name, () => {
    const steps = plan(example(name), { lang: 'en', catalogue: catalogue() }).areas.find((a) => a.id === 'pgs')?.derivation ?? [];
    const mgr = steps.filter((s) => s.id.startsWith('pg.pool..mgr.'));
    expect(mgr.length).toBeGreaterThan(0);
    for (const s of mgr) for (const d of s.symbols ?? []) expect(d.from?.kind, `${s.id} ${d.symbol}`).not.toMatch(/^(input|default)$/);
    const z = (id: string) => steps.find((s) => s.id === id)?.symbols?.find((d) => d.symbol === 'z')?.from;
    expect(z('pg.pool..mgr.target')).toEqual({ kind: 'model' });
    const own = steps.find((s) => s.id.startsWith('pg.pool.') && !s.id.startsWith('pg.pool..mgr.') && s.id.endsWith('.target'));
    expect(own?.symbols?.find((d) => d.symbol === 'z')?.from?.kind).toMatch(/^(input|default)$/);
    expect(symbolProblems(steps)).toEqual([]);
  });
});
