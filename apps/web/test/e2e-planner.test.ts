/**
 * The planner pages in headless Chromium (setup and timeouts: e2e-chromium.ts), as a buyer uses them:
 * the three procurement examples compared, the optimizer run (progress, cancel), the report
 * downloaded and identical to `capa plan --format html` for the same scenario, a scenario file that
 * fails, file://, and offline.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../tools/static-server.mjs';
import { DIST, shot, TEST_MS, withChromium } from './e2e-chromium';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = `${ROOT}packages/cli/bin/capa.js`;
const PROCUREMENT = ['procurement-1s-epyc', 'procurement-2s-xeon6', 'procurement-blade-mx760c'];

/** The CLI run from the repository's root, so it names the examples `examples/<name>.yaml` as the page does. */
function capa(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0 && r.status !== 1) throw new Error(`capa ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/**
 * Holds the optimizer where it reports to the page (the worker's messages, the in-page slices: timers
 * of delay 0), so Cancel is clicked while the search is surely running: on a quiet machine it may
 * otherwise end before the click. Released by `release`; held callbacks are dropped (the run was cancelled).
 */
async function holdOptimizer(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(() => {
    const w = window as unknown as { __hold: boolean; __held: (() => void)[]; __wrapped?: boolean };
    w.__hold = true;
    w.__held = [];
    if (w.__wrapped) return;
    w.__wrapped = true;
    const desc = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
    Object.defineProperty(Worker.prototype, 'onmessage', {
      configurable: true,
      get() {
        return desc?.get?.call(this);
      },
      set(h: ((e: MessageEvent) => void) | null) {
        desc?.set?.call(this, h === null ? null : (e: MessageEvent) => (w.__hold ? w.__held.push(() => h.call(this, e)) : h.call(this, e)));
      },
    });
    const timeout = window.setTimeout.bind(window);
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => (w.__hold && !ms ? (w.__held.push(fn), 0) : timeout(fn, ms, ...rest))) as typeof window.setTimeout;
  });
  return {
    release: () =>
      page.evaluate(() => {
        const w = window as unknown as { __hold: boolean; __held: (() => void)[] };
        w.__hold = false;
        w.__held = [];
      }),
  };
}

const downloaded = async (page: Page, id: string): Promise<{ name: string; text: string }> => {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${id}"]`)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
};

describe('web app in headless Chromium: plans, comparisons and the optimizer', { timeout: TEST_MS }, () => {
  const chromium = withChromium();
  const open = chromium.open;

  it('compares the three procurement examples as capa compare does, with the justification, the CSV and the link', async () => {
    const w = await open('#/compare');
    await w.page.waitForSelector('[data-table="compare"]');
    const cli = JSON.parse(capa(['compare', ...PROCUREMENT.map((n) => `examples/${n}.yaml`), '--json'])) as { options: { justification: { en: string; fr: string } }[]; recommended: string };
    const body = await w.page.locator('[data-table="compare"]').innerText();
    for (const o of cli.options) expect(body).toContain(o.justification.en);
    expect(body).toMatch(/Cost per usable GiB/);
    expect(body).toMatch(/Cost per safe TB/);
    expect(await w.page.locator('[data-figure="recommended"]').innerText()).toBe(`Recommended: ${cli.recommended}`);
    await expect.poll(() => w.page.url()).toContain(`#/compare?a=${PROCUREMENT[0]}&b=${PROCUREMENT[1]}&c=${PROCUREMENT[2]}`);
    const csv = await downloaded(w.page, 'compare-csv');
    expect(csv.name).toBe('capa-compare.csv');
    expect(csv.text.split('\r\n')[0]).toContain('A: 5 × 1-socket EPYC 9005');
    await shot(w.page, 'planner-compare');
    // In French: the planner's French justification.
    await w.page.click('[data-lang="fr"]');
    await expect.poll(() => w.page.locator('[data-table="compare"]').innerText()).toContain(cli.options[0]?.justification.fr ?? '?');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('plans an example and downloads the report: the same HTML as capa plan --format html', async () => {
    const w = await open('#/plan?example=procurement-blade-mx760c');
    await w.page.waitForSelector('[data-table="areas"]');
    expect(await w.page.locator('[data-area]').count()).toBeGreaterThan(5);
    expect(await w.page.locator('[data-figure="worst-failure"]').innerText()).not.toBe('');
    expect(await w.page.locator('[data-table="durability"] tbody tr').count()).toBeGreaterThan(0);
    const report = await downloaded(w.page, 'report');
    expect(report.name).toBe('procurement-blade-mx760c.html');
    expect(report.text).toBe(capa(['plan', 'examples/procurement-blade-mx760c.yaml', '--format', 'html']));
    const yaml = await downloaded(w.page, 'scenario');
    expect(yaml.text).toBe(readFileSync(`${ROOT}examples/procurement-blade-mx760c.yaml`, 'utf8'));
    await shot(w.page, 'planner-plan');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('names the wrong field of an opened scenario, in French too; the link carries its text, never its name', async () => {
    const w = await open('#/plan?lang=fr');
    await w.page.waitForSelector('[data-table="areas"]');
    await w.page.setInputFiles('#file-0', { name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from('name: x\nnodes:\n  count: -3\n  ram: lots\n') });
    const problems = w.page.locator('[data-problems="bad.yaml"]');
    await expect.poll(() => problems.innerText()).toMatch(/nodes/);
    expect(await problems.innerText()).toContain('ne peut pas être planifié');
    // The opened file is shared as its encoded text (apps/web/src/planner/share.ts), its name stays in this browser.
    await expect.poll(() => w.page.url()).toContain('scenario=');
    expect(w.page.url()).not.toContain('bad');
    await w.page.setInputFiles('#file-0', { name: 'big.yaml', mimeType: 'text/yaml', buffer: Buffer.alloc(1024 * 1024 + 1, 0x20) });
    // A French page writes the binary unit the French way: 1 Mio (formatBytes, packages/core/src/units/format.ts).
    await expect.poll(() => w.page.locator('.scenario-source .issues').innerText()).toContain('dépasse 1 Mio');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('runs the optimizer in a worker with a progress bar, cancels it, then finds what capa optimize finds', async () => {
    const w = await open('#/optimize');
    await w.page.waitForSelector('[data-action="optimize"]');
    const held = await holdOptimizer(w.page);
    await w.page.click('[data-action="optimize"]');
    await w.page.waitForSelector('progress[data-progress]');
    expect(await w.page.locator('.progress').innerText()).toContain('background worker');
    await w.page.click('[data-action="cancel"]');
    await w.page.waitForSelector('[data-status="cancelled"]');
    await held.release();
    await w.page.click('[data-action="optimize"]');
    const text = await w.page.locator('[data-output="optimize"]').innerText({ timeout: TEST_MS - 30_000 });
    // The elapsed time differs from run to run: the rest is the CLI's text.
    const noTime = (s: string) => s.replace(/in [\d,.\u202f\u00a0]+ ms/, 'in … ms').trim();
    expect(noTime(text)).toBe(noTime(capa(['optimize', 'examples/optimize-300-vms.yaml'])));
    await shot(w.page, 'planner-optimize');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('works from a folder (file://): the engine loads, the optimizer runs in the page a slice at a time', async () => {
    const w = await open('#/plan?example=procurement-1s-epyc', { base: pathToFileURL(DIST).href });
    await w.page.waitForSelector('[data-table="areas"]');
    await w.page.click('a[data-route="optimize"]');
    await w.page.waitForSelector('[data-action="optimize"]');
    const held = await holdOptimizer(w.page);
    await w.page.click('[data-action="optimize"]');
    await w.page.waitForSelector('progress[data-progress]');
    expect(await w.page.locator('.progress').innerText()).toContain('a slice at a time');
    await w.page.click('[data-action="cancel"]');
    await w.page.waitForSelector('[data-status="cancelled"]');
    await held.release();
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('works offline once the page was opened: the planner engine was precached', { retry: 1 }, async () => {
    const own = await serveStatic(DIST);
    const w = await open('#/memory', { base: own.url });
    await w.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await own.close();
    await w.page.goto(`${own.url}index.html#/compare`);
    await w.page.waitForSelector('[data-table="compare"]');
    expect(await w.page.locator('[data-figure="recommended"]').innerText()).toMatch(/^Recommended: [ABC]$/);
    await w.context.close();
  });
});
