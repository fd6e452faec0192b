/**
 * Derivation symbols of `capa analyze` and the web's inventory page (issue 12, item 6): over every
 * saved inventory (packages/cli/test/compat/inventories, the same files as the web's demos:
 * apps/web/test/fixtures/lab-inventory.json, packages/importer/test/fixtures/sandbox-inventory.json),
 * in English and French, with and without what-ifs, every letter is defined once with one meaning and
 * every origin names an earlier step, the inventory, an option or the model. The CRUSH simulation's
 * steps are checked where the importer builds the maps (packages/importer/test/inventory-symbols.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnalysisRaw, analyzeInventory, type Lang, readAnalysisInputs, type Step, symbolProblems } from '../src/index.js';
import { stepOf, originAt as from } from './support/steps.js';

const INVENTORIES = ['lab-inventory.json', 'mixed-hosts-inventory.json', 'sandbox-inventory.json'];
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../cli/test/compat/inventories/${name}`, import.meta.url), 'utf8'));
const DEMOS = ['../../../apps/web/test/fixtures/lab-inventory.json', '../../importer/test/fixtures/sandbox-inventory.json'];

/** The what-ifs and options of `capa analyze`, as typed (ANALYSIS_INPUTS' keys). */
const WHAT_IFS: readonly AnalysisRaw[] = [
  {},
  { grow: '30%' },
  { grow: '-20%', failures: '0' },
  { failures: '2' },
  { maxUtilization: '50%' },
  { addNode: ['ram=512GiB,threads=64'] },
  { addNode: ['ram=256GiB,threads=32,count=2', 'ram=128GiB,osds=4x7.68TB,class=ssd'], grow: '10%' },
  { removeNode: ['pve4'], failures: '1' },
  { nearfull: '0.8', backfillfull: '0.9', hostReserve: '2GiB', osdMemory: '5GiB', zfsArc: '4GiB', maxOvercommit: '3', guestSize: '16GiB', guestVcpus: '8' },
];

function derivation(inventory: unknown, raw: AnalysisRaw, lang: Lang): readonly Step[] {
  const r = readAnalysisInputs(raw, lang, { surface: 'cli' });
  if (!r.ok) throw new Error(`options refused: ${JSON.stringify(r.issues)}`);
  const out = analyzeInventory({ inventory: inventory as never, ...r.input, system: 'binary', lang });
  if (!out.ok) throw new Error(`refused: ${JSON.stringify(out.issues)}`);
  return out.value.derivation;
}

/**
 * The memory rule's steps (memory.*, packages/core/src/memory) define their letters in their own
 * module; while they define none, their undefined letters are theirs, not this analysis'. A clash
 * with them is still reported.
 */
function problems(steps: readonly Step[]): string[] {
  const memoryDefines = steps.some((s) => s.id.startsWith('memory.') && s.symbols !== undefined && s.symbols.length > 0);
  return symbolProblems(steps).filter((p) => memoryDefines || !/^memory\.[\w.-]+: symbol \w+ is not defined$/.test(p));
}

const meaning = (steps: readonly Step[], id: string, sym: string) => stepOf(steps, id).symbols?.find((d) => d.symbol === sym)?.meaning;
const step = (id: string) => ({ kind: 'step', step: id });
const input = (key: string) => ({ kind: 'input', input: key });
const INVENTORY = { kind: 'inventory' };

describe('every saved inventory, every what-if, both languages', () => {
  const files = [...INVENTORIES.map((n) => ({ name: n, inventory: read(n) })), ...DEMOS.map((p) => ({ name: p, inventory: JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8')) as unknown }))];
  for (const { name, inventory } of files)
    for (const raw of WHAT_IFS)
      for (const lang of ['en', 'fr'] as const) {
        // The lab has pve4; the others have no such node, and the option would be refused.
        if (raw['removeNode'] !== undefined && !name.includes('lab')) continue;
        it(`${name} ${JSON.stringify(raw)} (${lang})`, () => {
          const steps = derivation(inventory, raw, lang);
          expect(steps.some((s) => s.id.startsWith('inventory.'))).toBe(true);
          expect(problems(steps)).toEqual([]);
          // Every step of the analysis itself defines each letter of its formula.
          for (const s of steps.filter((x) => x.id.startsWith('inventory.'))) expect(s.symbols?.length ?? 0).toBeGreaterThan(0);
        });
      }
});

describe('where each figure comes from', () => {
  const lab = read('lab-inventory.json');

  it('memory: the guests and nodes from the inventory, the reservations from their options, later uses from their step', () => {
    const s = derivation(lab, {}, 'en');
    expect(from(s, 'inventory.memory.guests', 'G')).toEqual(INVENTORY);
    expect(from(s, 'inventory.memory.total', 'T')).toEqual(INVENTORY);
    expect(from(s, 'inventory.memory.failed', 'F')).toEqual(INVENTORY);
    expect(from(s, 'inventory.memory.surviving', 'F')).toEqual(step('inventory.memory.failed'));
    expect(from(s, 'inventory.memory.reservations', 'Q')).toEqual(input('hostReserve'));
    expect(from(s, 'inventory.memory.worst-case', 'G')).toEqual(step('inventory.memory.guests'));
    expect(from(s, 'inventory.memory.worst-case', 'Q')).toEqual(step('inventory.memory.reservations'));
    expect(from(s, 'inventory.memory.worst-case', 'T')).toEqual(step('inventory.memory.total'));
    // Running guests are their own letter: G stays the configured RAM of every counted guest.
    expect(from(s, 'inventory.memory.running-only', 'A')).toEqual(INVENTORY);
    expect(stepOf(s, 'inventory.memory.running-only').expr).toBe('(A + Q) / (T - F)');
    expect(from(s, 'inventory.headroom.memory', 'u')).toEqual(input('maxUtilization'));
    expect(from(s, 'inventory.headroom.memory', 'g')).toEqual(input('guestSize'));
    expect(from(s, 'inventory.headroom.memory', 'F')).toEqual(step('inventory.memory.failed'));
    expect(from(s, 'inventory.cpu.overcommit', 'P')).toEqual(step('inventory.cpu.threads'));
    expect(from(s, 'inventory.headroom.cpu', 'o')).toEqual(input('maxOvercommit'));
    expect(from(s, 'inventory.headroom.cpu', 'c')).toEqual(input('guestVcpus'));
    expect(from(s, 'inventory.headroom.cpu', 'V')).toEqual(step('inventory.cpu.vcpus'));
  });

  it('no failure: F is 0 because of --failures, and later steps take it from the surviving step', () => {
    const s = derivation(lab, { failures: '0' }, 'en');
    expect(s.some((x) => x.id === 'inventory.memory.failed')).toBe(false);
    expect(from(s, 'inventory.memory.surviving', 'F')).toEqual(input('failures'));
    expect(from(s, 'inventory.memory.worst-case', 'F')).toEqual(step('inventory.memory.surviving'));
  });

  it('nodes to add: the largest node from the inventory, its reservation from the system reserve', () => {
    const s = derivation(lab, { maxUtilization: '50%' }, 'en');
    expect(stepOf(s, 'inventory.memory.nodes-to-add').expr).toBe('ceil((G + Q - u * (T - F)) / (u * L - E))');
    expect(from(s, 'inventory.memory.nodes-to-add', 'L')).toEqual(INVENTORY);
    expect(from(s, 'inventory.memory.nodes-to-add', 'E')).toEqual(input('hostReserve'));
    expect(from(s, 'inventory.memory.nodes-to-add', 'u')).toEqual(input('maxUtilization'));
  });

  it('Ceph: raw capacity C from the inventory, then from its step; nearfull from the osd dump, the option or the default', () => {
    const s = derivation(lab, {}, 'en');
    expect(from(s, 'inventory.ceph.raw', 'C')).toEqual(INVENTORY);
    expect(from(s, 'inventory.ceph.fill-now', 'C')).toEqual(step('inventory.ceph.raw'));
    expect(from(s, 'inventory.ceph.fill-now', 'W')).toEqual(step('inventory.ceph.used'));
    expect(from(s, 'inventory.ceph.safe-raw', 'S')).toEqual(step('inventory.ceph.largest-host'));
    // lab-inventory.json's osd dump says nearfull_ratio 0.85.
    expect(from(s, 'inventory.ceph.safe-raw', 'r')).toEqual(INVENTORY);
    expect(from(derivation(lab, { nearfull: '0.8' }, 'en'), 'inventory.ceph.safe-raw', 'r')).toEqual(input('nearfull'));
    const noRatio = { ...(lab as { ceph: object }), ceph: { ...(lab as { ceph: object }).ceph, nearfullRatio: null } };
    expect(from(derivation(noRatio, {}, 'en'), 'inventory.ceph.safe-raw', 'r')).toEqual({ kind: 'default', input: 'nearfull' });
  });

  it('a growth: x from --grow, the grown figures say so (EN and FR)', () => {
    const s = derivation(lab, { grow: '30%' }, 'en');
    expect(from(s, 'inventory.grow', 'x')).toEqual(input('grow'));
    expect(meaning(s, 'inventory.memory.guests', 'G')).toBe('configured RAM of the counted guests: every non-template guest, running or stopped (× (1 + x): the what-if’s growth)');
    // Not grown, and worded as the memory rule's steps word T (they follow in the same derivation).
    expect(meaning(s, 'inventory.memory.total', 'T')).toBe('installed RAM of all the nodes');
    const fr = derivation(lab, { grow: '30%' }, 'fr');
    expect(meaning(fr, 'inventory.ceph.used', 'W')).toBe('espace brut utilisé : TOTAL RAW USE de osd df (× (1 + x) : croissance du scénario)');
    expect(meaning(derivation(lab, {}, 'fr'), 'inventory.memory.guests', 'G')).toBe('RAM configurée des invités comptés : tout invité hors modèle, démarré ou arrêté');
  });
});
