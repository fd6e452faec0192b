/**
 * The inventory page in headless Chromium (setup and timeouts: e2e-chromium.ts): a file read in the
 * browser shows what `capa analyze --json` prints, with its what-ifs; hostile files; file://; and the
 * page offline through its service worker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { formatBytesBoth, formatRatio } from '@capa/core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../tools/static-server.mjs';
import { DIST, figure, shot, TEST_MS, withChromium } from './e2e-chromium';

const INVENTORY = fileURLToPath(new URL('./fixtures/lab-inventory.json', import.meta.url));
const CLI = fileURLToPath(new URL('../../../packages/cli/bin/capa.js', import.meta.url));

/** What `capa analyze FILE --json [what-ifs]` prints: the figures the page must show. */
interface CliAnalysis {
  memory: { passes: boolean; worstCaseUtilization: number; maxUtilization: number; perNode: { name: string; failed: boolean; afterFailureUtilization: number | null }[] };
  ceph: { rawBytes: number; usedBytes: number; safeRawBytes: number; fillAfterHostLoss: number | null };
  headroomGuests: number;
}
function capaAnalyze(args: readonly string[]): CliAnalysis {
  const r = spawnSync(process.execPath, [CLI, 'analyze', INVENTORY, '--json', ...args], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`capa analyze exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as CliAnalysis;
}

/** The page's figures against the CLI's JSON for the same file and what-ifs. */
async function expectSameAsCli(page: Page, cli: CliAnalysis): Promise<void> {
  await expect.poll(() => figure(page, 'worst')).toBe(`${formatRatio(cli.memory.worstCaseUtilization, 'en')} (max ${formatRatio(cli.memory.maxUtilization, 'en')})`);
  expect(await figure(page, 'verdict')).toBe(cli.memory.passes ? 'passes' : 'FAILS');
  expect(await figure(page, 'headroom')).toMatch(new RegExp(`^${cli.headroomGuests} × `));
  expect(await figure(page, 'ceph-raw')).toContain(formatBytesBoth(cli.ceph.rawBytes, 'binary', 'en'));
  expect(await figure(page, 'ceph-used')).toBe(formatBytesBoth(cli.ceph.usedBytes, 'binary', 'en'));
  expect(await figure(page, 'ceph-safe')).toBe(formatBytesBoth(cli.ceph.safeRawBytes, 'binary', 'en'));
  if (cli.ceph.fillAfterHostLoss !== null) expect(await figure(page, 'ceph-fill-after')).toContain(formatRatio(cli.ceph.fillAfterHostLoss, 'en'));
  const after = await page.locator('[data-table="nodes"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0]?.textContent, r.children[5]?.textContent]));
  expect(after).toEqual(cli.memory.perNode.map((n) => [n.name, n.failed ? 'down' : formatRatio(n.afterFailureUtilization ?? NaN, 'en')]));
}

describe('web app in headless Chromium: the inventory page', { timeout: TEST_MS }, () => {
  const chromium = withChromium();
  const open = chromium.open;

  it('inventory: a file opened with the picker shows the same verdict and figures as capa analyze --json', async () => {
    const w = await open('#/inventory');
    await w.page.setInputFiles('#inventory-file', INVENTORY);
    await w.page.waitForSelector('[data-figure="verdict"]');
    await expectSameAsCli(w.page, capaAnalyze([]));
    expect(await w.page.locator('.loaded').innerText()).toContain('4 nodes, 14 guests, 16 OSDs, 4 pools');
    expect(await w.page.locator('[data-picture="inventory-memory-bars"], [data-picture="ceph-raw"], [data-table="placement"], [data-table="pools"], .checks, .derivation').count()).toBe(6);
    await shot(w.page, 'inventory');
    // What-ifs: the inputs follow the CLI's --grow and --remove-node; the link carries them, never the file.
    await w.page.fill('#f-grow', '30%');
    await w.page.fill('#f-removeNode', 'pve4');
    await expectSameAsCli(w.page, capaAnalyze(['--grow', '30%', '--remove-node', 'pve4']));
    expect(await figure(w.page, 'verdict')).toBe('FAILS');
    await w.page.fill('#f-addNode', 'ram=512GiB,threads=64,name=pve5,osds=4x3.84TB');
    await expectSameAsCli(w.page, capaAnalyze(['--grow', '30%', '--remove-node', 'pve4', '--add-node', 'ram=512GiB,threads=64,name=pve5,osds=4x3.84TB']));
    await expect.poll(() => w.page.url()).toContain('#/inventory?grow=30%25&addNode=ram=512GiB,threads=64,name=pve5,osds=4x3.84TB&removeNode=pve4');
    expect(w.page.url()).not.toMatch(/lab|pve1|inventory\.json/);
    await shot(w.page, 'inventory-what-if');
    // The inventory stays open while visiting another page.
    await w.page.click('nav a[data-route="memory"]');
    await w.page.click('nav a[data-route="inventory"]');
    await expectSameAsCli(w.page, capaAnalyze(['--grow', '30%', '--remove-node', 'pve4', '--add-node', 'ram=512GiB,threads=64,name=pve5,osds=4x3.84TB']));
    await w.page.fill('#f-removeNode', 'pve9');
    expect(await w.page.locator('#f-removeNode-error').innerText()).toContain('no such node in the inventory (nodes: pve1, pve2, pve3, pve4)');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('inventory: drag and drop works too, in French', async () => {
    const w = await open('#/inventory?lang=fr');
    const text = readFileSync(INVENTORY, 'utf8');
    const dt = await w.page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'lab-inventory.json', { type: 'application/json' }));
      return d;
    }, text);
    await w.page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
    await w.page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await expect.poll(() => figure(w.page, 'verdict')).toBe('respecté');
    expect(await figure(w.page, 'worst')).toBe(`${formatRatio(capaAnalyze([]).memory.worstCaseUtilization, 'fr')} (max 75\u202f%)`);
    await shot(w.page, 'inventory-fr');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('inventory: malformed, hostile and huge files give a message, never a crash or a script', async () => {
    const w = await open('#/inventory');
    const give = async (name: string, content: string | Buffer) => {
      await w.page.setInputFiles('#inventory-file', { name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
      await expect.poll(() => w.page.locator('[data-message="file"]').count()).toBe(1);
      return w.page.locator('[data-message="file"]').innerText();
    };
    expect(await give('notes.txt', 'this is not JSON {')).toMatch(/^notes\.txt: not valid JSON/);
    await shot(w.page, 'inventory-invalid');
    expect(await give('other.json', '{"schema":"capa.scenario","version":1}')).toMatch(/not a Capa inventory \(schema capa\.inventory v1\): schema:/);
    const inv = JSON.parse(readFileSync(INVENTORY, 'utf8')) as { nodes: { ramTotalBytes: unknown }[]; source: { cluster: string } };
    inv.nodes[0] = { ...inv.nodes[0], ramTotalBytes: 1e300 };
    expect(await give('huge.json', JSON.stringify(inv))).toContain('nodes.0.ramTotalBytes');
    expect(await give('<img src=x onerror=alert(1)>.json', '<script>alert(1)</script>')).toContain('<img src=x onerror=alert(1)>.json: not valid JSON');
    expect(await give('big.json', Buffer.alloc(50 * 1000 * 1000, 32))).toMatch(/the file is 50\.0 MB, larger than the 32 MiB/);
    expect(await w.page.locator('[data-figure]').count()).toBe(0);
    // A valid inventory whose strings are markup: shown as text.
    inv.nodes[0] = { ...inv.nodes[0], ramTotalBytes: 547071459328 };
    inv.source.cluster = '<img src=x onerror="window.__pwned=1">';
    await w.page.setInputFiles('#inventory-file', { name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(inv)) });
    await w.page.waitForSelector('[data-figure="verdict"]');
    expect(await w.page.locator('.loaded').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await w.page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await w.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await w.page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity|undefined/);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('inventory: works from a folder (file://), the engine script included', async () => {
    const w = await open('#/inventory', { base: pathToFileURL(DIST).href });
    await w.page.setInputFiles('#inventory-file', INVENTORY);
    await expectSameAsCli(w.page, capaAnalyze([]));
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  // Installing a service worker and precaching every asset is the slowest step of the suite on a
  // loaded 2-core machine: a longer budget, and one retry with a fresh origin if the worker never
  // took control (seen once under full-suite load, never in isolation).
  it('works offline once opened: the service worker serves the page when the server is gone', { timeout: TEST_MS, retry: 1 }, async () => {
    const own = await serveStatic(DIST);
    const w = await open('#/bond?links=2&speed=10Gb/s', { base: own.url });
    await w.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await own.close();
    await w.page.reload();
    expect(await figure(w.page, 'aggregate')).toBe('20 Gb/s');
    await w.page.goto(`${own.url}index.html#/memory?nodes=3&nodeRam=512GiB`);
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    // A calculator never opened online: its chunk was precached with every built file.
    await w.page.goto(`${own.url}index.html#/quorum?nodes=3`);
    expect(await figure(w.page, 'quorum')).toBe('2'); // floor(3/2)+1, https://pve.proxmox.com/pve-docs/chapter-pvecm.html
    // The inventory engine was precached too, though the page was never opened online.
    await w.page.goto(`${own.url}index.html#/inventory`);
    await w.page.setInputFiles('#inventory-file', INVENTORY);
    expect(await figure(w.page, 'verdict')).toBe('passes');
    await w.context.close();
  });
});
