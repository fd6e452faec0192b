import { readFileSync } from 'node:fs';
import { analyzeInventory, formatBytesBoth, formatRatio, GiB, markDefaults, readAnalysisInputs } from '@capa/core';
import { readInventory } from '@capa/importer';
import { describe, expect, it } from 'vitest';
import { computeInventory } from '../src/calc/inventory';
import { PAGES } from '../src/calc/pages';
import { ENGINE } from '../src/inventory/engine';
import { inventoryBars } from '../src/pictures/memory-model';
import { describeInventory } from '../src/inventory/describe';
import { checkFiles, displayName, MAX_INVENTORY_BYTES } from '../src/state/inventory-file';
import type { PageOutcome } from '../src/state/page';
import { readLocation, writeLocation } from '../src/state/url-state';

const TEXT = readFileSync(new URL('./fixtures/lab-inventory.json', import.meta.url), 'utf8');
const INV = readInventory(TEXT, 'lab-inventory.json');
const SANDBOX = readFileSync(new URL('../../../packages/importer/test/fixtures/sandbox-inventory.json', import.meta.url), 'utf8');
const ok = (out: PageOutcome) => {
  if (!out.ok) throw new Error(`invalid: ${JSON.stringify(out.issues)}`);
  return out;
};
const figure = (out: PageOutcome, id: string) => ok(out).figures.find((f) => f.id === id)?.value;
const core = (extra: Partial<Parameters<typeof analyzeInventory>[0]> = {}) => {
  const r = analyzeInventory({ inventory: INV, system: 'binary', lang: 'en', ...extra });
  if (!r.ok) throw new Error('core refused the fixture');
  return r.value;
};

describe('inventory page computation (runs in the engine script)', () => {
  it("shows the core's verdict, worst case, per node, Ceph and headroom figures, formatted by the core", () => {
    const out = computeInventory({ values: {}, rows: [] }, 'en', INV);
    const v = core();
    expect(figure(out, 'verdict')).toBe('passes');
    expect(figure(out, 'worst')).toBe(`${formatRatio(v.memory.worstCaseUtilization ?? NaN, 'en')} (max 75%)`);
    expect(figure(out, 'worst')).toBe('55.3% (max 75%)');
    expect(figure(out, 'failed')).toBe('pve1');
    expect(figure(out, 'guests')).toBe(`${formatBytesBoth(v.memory.guestRamBytes, 'binary', 'en')} (13 guests)`);
    expect(figure(out, 'headroom')).toBe('31 × 8 GiB / 4 vCPU');
    expect(figure(out, 'ceph-fill-after')).toContain('43%');
    expect(figure(out, 'ceph-safe')).toBe('35.63 TiB (39.18 TB)');
    const o = ok(out);
    expect(o.checks).toEqual(v.checks);
    // The same steps; nothing typed, so every input the letters name is the default.
    expect(o.derivation).toEqual(markDefaults(v.derivation, () => false));
    expect(o.derivation.find((s) => s.id === 'inventory.memory.reservations')?.symbols?.[0]?.from).toEqual({ kind: 'default', input: 'hostReserve' });
    const nodes = o.tables?.find((t) => t.id === 'nodes');
    expect(nodes?.rows.map((r) => r.cells)).toEqual([
      ['pve1', '509.5 GiB', '240 GiB', '16 GiB', '50.2%', 'down'],
      ['pve2', '509.5 GiB', '192 GiB', '16 GiB', '40.8%', '72.2%'],
      ['pve3', '381.5 GiB', '96 GiB', '16 GiB', '29.4%', '50.3%'],
      ['pve4', '381.5 GiB', '128 GiB', '16 GiB', '37.7%', '37.7%'],
    ]);
    expect(o.tables?.find((t) => t.id === 'placement')?.rows.map((r) => r.cells[3])).toEqual(v.memory.placement.moved.map((p) => p.to));
    expect(v.memory.placement.moved).toHaveLength(4);
    // .mgr: the autoscaler keeps it at its pg_num_min 1, as the manager creates it (ceph/ceph:src/pybind/mgr/mgr_module.py, create_pool).
    expect(o.tables?.find((t) => t.id === 'pools')?.rows.map((r) => r.cells.slice(4))).toEqual([
      ['1', '1', '1'],
      ['256', '512', '512'],
      ['64', '32', '32'],
      ['16', '32', '16'],
    ]);
    expect(o.pictures.map((p) => p.kind)).toEqual(['memory', 'bars']);
  });

  it('applies the what-ifs as the CLI does: --grow 30% --add-node … --remove-node …', () => {
    const grown = computeInventory({ values: { grow: '30%' }, rows: [] }, 'en', INV);
    expect(figure(grown, 'worst')).toBe(`${formatRatio(core({ grow: 0.3 }).memory.worstCaseUtilization ?? NaN, 'en')} (max 75%)`);
    expect(figure(grown, 'what-if')).toBe('grow 30%');
    const removed = computeInventory({ values: { grow: '30%', removeNode: 'pve4' }, rows: [] }, 'en', INV);
    const v = core({ grow: 0.3, removeNodes: ['pve4'] });
    expect(v.memory.passes).toBe(false);
    expect(figure(removed, 'verdict')).toBe('FAILS');
    expect(figure(removed, 'nodes-to-add')).toBe(String(v.memory.nodesToAdd));
    const added = computeInventory({ values: { grow: '30%', removeNode: 'pve4', addNode: 'ram=512GiB,threads=64,name=pve5,osds=4x3.84TB' }, rows: [] }, 'en', INV);
    const w = core({ grow: 0.3, removeNodes: ['pve4'], addNodes: [{ ramBytes: 512 * GiB, threads: 64, name: 'pve5', osds: 4, osdSizeBytes: 3.84e12 }] });
    expect(figure(added, 'worst')).toBe(`${formatRatio(w.memory.worstCaseUtilization ?? NaN, 'en')} (max 75%)`);
    expect(figure(added, 'what-if')).toBe('grow 30%, +pve5, −pve4');
  });

  it('names the field of a wrong what-if, never computes with it', () => {
    const out = computeInventory({ values: { grow: 'lots', addNode: 'threads=64', removeNode: 'pve9', maxUtilization: '2' }, rows: [] }, 'en', INV);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.map((i) => i.key).sort()).toEqual(['addNode', 'grow', 'maxUtilization', 'removeNode']);
    if (!out.ok) expect(out.issues.find((i) => i.key === 'removeNode')?.message).toContain('pve1, pve2, pve3, pve4');
  });

  it('speaks French', () => {
    const out = computeInventory({ values: {}, rows: [] }, 'fr', INV);
    expect(figure(out, 'verdict')).toBe('respecté');
    expect(figure(out, 'worst')).toBe('55,3\u202f% (max 75\u202f%)');
  });

  it('a Ceph-only capture: memory "not applicable" (no guest, no node RAM), no memory figures; the checks are the core\'s', () => {
    // packages/importer/test/fixtures/README.md, sandbox/: a real Ceph 16.2.15 capture, Ceph alone.
    const ceph = readInventory(SANDBOX, 'sandbox-inventory.json');
    const out = ok(computeInventory({ values: {}, rows: [] }, 'en', ceph));
    expect(figure(out, 'verdict')).toBe('not applicable');
    expect(out.figures.map((f) => f.id)).toEqual(['verdict', 'ceph-raw', 'ceph-used', 'ceph-fill']);
    expect(out.checks.find((c) => c.id === 'inventory.memory.not-applicable')?.level).toBe('ok');
    expect(out.checks.filter((c) => c.level === 'fail').map((c) => c.id)).toEqual(['inventory.ceph.single-host']);
    expect(out.pictures.map((p) => p.kind)).toEqual(['bars']); // no empty memory picture
    expect(out.tables?.map((t) => t.id)).toEqual(['pools']);
    expect(figure(computeInventory({ values: {}, rows: [] }, 'fr', ceph), 'verdict')).toBe('sans objet');
  });

  it('refuses an inventory value by its field and value (ceph.nearfullRatio = -1, nodes[0].threads = 0), never shows a figure from it', () => {
    const inv = JSON.parse(TEXT);
    inv.ceph.nearfullRatio = -1;
    inv.nodes[0].threads = 0;
    const out = computeInventory({ values: {}, rows: [] }, 'en', readInventory(JSON.stringify(inv)));
    expect(out.ok).toBe(false);
    // Ratios in (0, 1]: ceph/ceph:src/osd/OSDMap.cc (OSD_OUT_OF_ORDER_FULL); threads: null is "unknown", never 0.
    if (!out.ok)
      expect(out.issues.map((i) => [i.key, i.message])).toEqual([
        ['', 'nodes[0].threads = 0: a node’s hardware thread count must be a whole number of at least 1 (null when unknown)'],
        ['', 'ceph.nearfullRatio = -1: a Ceph fill ratio must be greater than 0 and at most 1'],
      ]);
    const order = computeInventory({ values: { nearfull: '97%' }, rows: [] }, 'fr', INV);
    if (!order.ok) expect(order.issues.map((i) => i.key)).toEqual(['nearfull']);
    expect(order.ok ? '' : order.issues[0]?.message).toMatch(/^ne doit pas dépasser /);
  });
});

describe('what-if fields (each node and the growth read by the core, as the CLI reads them)', () => {
  // The web's reading: one text per field, blank is absent (core readAnalysisInputs, as capa analyze).
  const web = (values: Record<string, string>, nodes?: string[]) => readAnalysisInputs(values, 'en', { blankIsAbsent: true, surface: 'web', ...(nodes === undefined ? {} : { nodes }) });
  const reason = (r: ReturnType<typeof web>) => (r.ok ? '' : r.issues[0]?.message);

  it('several nodes in one field, separated by ;', () => {
    const r = web({ addNode: 'ram=512GiB,threads=64; 256GiB' });
    expect(r.ok ? r.input.addNodes : r.issues).toEqual([{ ramBytes: 512 * GiB, threads: 64 }, { ramBytes: 256 * GiB }]);
    expect(reason(web({ addNode: '512GiB; threads=4' }))).toMatch(/^node 2: ram= is required/);
  });

  it('--remove-node names must be nodes of the inventory', () => {
    const r = web({ removeNode: 'pve2, pve3' }, ['pve1', 'pve2', 'pve3']);
    expect(r.ok ? r.input.removeNodes : r.issues).toEqual(['pve2', 'pve3']);
    expect(reason(web({ removeNode: 'pve2 nope' }, ['pve1', 'pve2']))).toBe('"nope": no such node in the inventory (nodes: pve1, pve2)');
  });
});

describe('reading untrusted inventory files', () => {
  const read = (text: string, name = 'x.json', lang: 'en' | 'fr' = 'en') => ENGINE.readInventories([{ name, text }], lang);
  const message = (r: ReturnType<typeof read>) => (r.ok ? 'accepted' : r.message);

  it("simulates Ceph's placement as capa analyze does: hosts of 40, 40, 10, 10, 10 TB fail the host-loss check on the fullest OSD", () => {
    // A host holds at most one copy of a PG (ceph/ceph:src/crush/mapper.c, chooseleaf firstn type host):
    // with pve1 lost, ≥ 2 of 3 copies land on the three 10 TB hosts, ≥ 2 × 18.67 TB over 30 TB.
    const mixed = readFileSync(new URL('../../../packages/importer/test/fixtures/mixed-hosts-inventory.json', import.meta.url), 'utf8');
    const r = read(mixed, 'mixed.json');
    if (!r.ok) throw new Error(r.message);
    const out = ok(ENGINE.compute({ values: {}, rows: [] }, 'en', r.inventory));
    expect(out.checks.find((c) => c.id === 'inventory.ceph.fill-after-host-loss')?.level).toBe('fail');
    expect(out.figures.find((f) => f.id === 'ceph-fullest-after')?.value).toMatch(/^1\d\d\.\d% \(losing pve[12]\)$/);
    expect(out.figures.find((f) => f.id === 'ceph-fill-after')?.value).toMatch(/^80% /); // the average model, still shown
  });

  it('accepts the fixture, and merges several files as capa analyze does', () => {
    expect(read(TEXT).ok).toBe(true);
    const sandbox = readFileSync(new URL('../../../packages/importer/test/fixtures/sandbox-inventory.json', import.meta.url), 'utf8');
    const noCeph = JSON.stringify({ ...JSON.parse(TEXT), ceph: null });
    const merged = ENGINE.readInventories(
      [
        { name: 'pve.json', text: noCeph },
        { name: 'ceph.json', text: sandbox },
      ],
      'en',
    );
    expect(merged.ok && merged.inventory.nodes.length === 4 && merged.inventory.ceph?.osds.length === 3).toBe(true);
  });

  it('refuses what is not JSON, not an inventory, or absurd, with a message naming the file and the field', () => {
    expect(message(read('not json {', 'a.json'))).toMatch(/^a\.json: not valid JSON/);
    // The page's language words the refusal (packages/importer/src/error-messages.ts, the same catalogue as capa analyze --lang fr).
    const fr = message(read('not json {', 'a.json', 'fr'));
    expect(fr).toMatch(/^a\.json/);
    expect(fr).toMatch(/^a\.json : JSON illisible/);
    expect(message(ENGINE.readInventories([], 'fr'))).toBe('aucun fichier');
    expect(message(read('<script>alert(1)</script>'))).toMatch(/not valid JSON/);
    expect(message(read('{"schema":"something-else"}'))).toMatch(/not a Capa inventory .*: schema:/);
    expect(message(read('[]'))).toMatch(/not a Capa inventory/);
    expect(message(read('null'))).toMatch(/not a Capa inventory/);
    const inv = JSON.parse(TEXT);
    inv.nodes[0].ramTotalBytes = 1e300;
    expect(message(read(JSON.stringify(inv)))).toMatch(/nodes\.0\.ramTotalBytes/);
    expect(message(read(TEXT.replace(/"ramTotalBytes": \d+/, '"ramTotalBytes": 1e400')))).toMatch(/nodes\.0\.ramTotalBytes/);
    inv.nodes[0].ramTotalBytes = -5;
    expect(message(read(JSON.stringify(inv)))).toMatch(/nodes\.0\.ramTotalBytes/);
    expect(message(read('['.repeat(200_000) + ']'.repeat(200_000)))).not.toBe('accepted');
    const proto = JSON.parse(TEXT);
    expect(message(read(JSON.stringify(proto).replace('{', '{"__proto__":{"polluted":1},')))).toBe('accepted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('the largest legal numbers give figures, never NaN or Infinity', () => {
    const inv = JSON.parse(TEXT);
    for (const n of inv.nodes) n.ramTotalBytes = Number.MAX_SAFE_INTEGER;
    for (const g of inv.guests) g.memoryBytes = Number.MAX_SAFE_INTEGER;
    for (const o of inv.ceph.osds) o.sizeBytes = Number.MAX_SAFE_INTEGER;
    const r = read(JSON.stringify(inv));
    expect(message(r)).toBe('accepted');
    if (!r.ok) return;
    const out = ENGINE.compute({ values: {}, rows: [] }, 'en', r.inventory);
    const text = JSON.stringify(out);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});

describe('file checks before reading', () => {
  it('refuses more than the page reads, empty files, too many files', () => {
    expect(checkFiles([{ name: 'big.json', size: 50e6 }], 'en')).toBe(`big.json: the file is 50.0 MB, larger than the 32 MiB the page reads. Run capa analyze on it instead.`);
    expect(checkFiles([{ name: 'ok.json', size: MAX_INVENTORY_BYTES }], 'en')).toBeNull();
    expect(checkFiles([{ name: 'e.json', size: 0 }], 'fr')).toBe('e.json : le fichier est vide.');
    expect(checkFiles([], 'en')).toBe('No file was given.');
    expect(
      checkFiles(
        Array.from({ length: 9 }, (_, i) => ({ name: `${i}`, size: 1 })),
        'en',
      ),
    ).toMatch(/^9 files/);
  });

  it('shows a file name as plain, short text', () => {
    expect(displayName('a\u202Enosj.exe\u0000')).toBe('anosj.exe');
    expect(displayName('x'.repeat(500))).toHaveLength(120);
    expect(displayName('\u0001')).toBe('?');
  });

  it('describes what was opened', () => {
    expect(describeInventory(INV, [{ name: 'lab-inventory.json', size: 1 }], 'en')).toEqual([
      { label: 'File', value: 'lab-inventory.json' },
      { label: 'Source', value: 'pve-api · https://pve1.lab.example:8006' },
      { label: 'Cluster', value: 'lab' },
      // Intl.DateTimeFormat in the reader's locale and time zone (https://tc39.es/ecma402/#datetimeformat-objects)
      { label: 'Collected', value: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-11-20T09:30:00.000Z')) },
      { label: 'Contents', value: '4 nodes, 14 guests, 16 OSDs, 4 pools' },
    ]);
  });
});

describe('inventory page URL and picture', () => {
  it('the what-ifs are in the link, the inventory never is', () => {
    const state = { values: { grow: '30%', addNode: 'ram=512GiB,threads=64', removeNode: 'pve4', failures: '2' }, rows: [] };
    const hash = writeLocation(PAGES.inventory, state, { teach: false });
    expect(hash).toBe('#/inventory?grow=30%25&addNode=ram=512GiB,threads=64&removeNode=pve4&failures=2');
    const back = readLocation(hash, PAGES);
    expect(back).toMatchObject({ route: 'inventory', state, problems: [] });
    expect(readLocation('#/inventory?inventory=%7B%7D', PAGES).problems).toEqual([{ kind: 'unknown-param', key: 'inventory' }]);
  });

  it("draws each node with the core's own per-node figures", () => {
    const v = core();
    const p = inventoryBars(v.memory.perNode, 0.75, 'en', 'binary');
    expect(p.healthy.map((b) => b.text)).toEqual(['50.2%', '40.8%', '29.4%', '37.7%']);
    expect(p.degraded.map((b) => b.text)).toEqual(['down', '72.2%', '50.3%', '37.7%']);
    expect(p.degradedTitle).toBe('One node down');
  });
});
