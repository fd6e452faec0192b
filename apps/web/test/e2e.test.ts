/**
 * The built page (apps/web/dist) in a real headless Chromium, served by a tiny static server on
 * 127.0.0.1. Needs `pnpm build` first. Skipped only when /usr/bin/chromium is missing outside CI;
 * in CI a missing browser fails (scripts/install-chromium.sh installs it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../tools/chromium.mjs';
import { serveStatic, type StaticServer } from '../tools/static-server.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const RUN = chromiumAvailable() || Boolean(process.env['CI']);
if (!RUN) console.warn('[apps/web e2e] SKIPPED: /usr/bin/chromium is missing (run `bash scripts/install-chromium.sh`); CI never skips.');

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Dialogs (alert, confirm...) opened, page errors and console errors: all must stay empty. */
  readonly dialogs: string[];
  readonly errors: string[];
}

let browser: Browser;
let server: StaticServer;

async function open(hash: string, options: { locale?: string; base?: string } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${options.base ?? server.url}index.html${hash}`);
  return { page, context, dialogs, errors };
}

const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] dd`).innerText();
const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

describe.skipIf(!RUN)('web app in headless Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error('apps/web/dist is missing: run `pnpm build` (or `pnpm -r run build`) first');
    if (!chromiumAvailable()) throw new Error('CI is set but /usr/bin/chromium is missing: run `bash scripts/install-chromium.sh` before the tests');
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the issue\'s link: 3 × 512 GiB shows 768 GiB usable', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    expect(await w.page.inputValue('#f-nodes')).toBe('3');
    await shot(w.page, 'memory');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  const presets: readonly [route: string, preset: string, figureId: string, expected: string | RegExp][] = [
    ['memory', 'course-700gb', 'buy', '256 GiB'],
    ['ceph', 'course-5x20tb', 'usable', '33.33 TB'],
    ['ceph', 'course-200tb', 'rot-disks', '9'],
    ['failure', 'course-5x20tb-lacp', 'degraded-pgs', '60%'],
    ['bluestore', 'ceph-rbd-16tb', 'db', /^160 GB .*– 320 GB/],
    ['pg', 'rbd-12', 'pool-rbd', '512'],
    ['bond', 'course-lacp', 'aggregate', '20 Gb/s'],
    ['quorum', 'course-3', 'quorum', '2'],
  ];
  it.each(presets)('%s, preset %s: %s is %s', async (route, preset, id, expected) => {
    const w = await open(`#/${route}`);
    await w.page.click(`[data-preset="${preset}"]`);
    const value = await figure(w.page, id);
    if (typeof expected === 'string') expect(value).toContain(expected);
    else expect(value).toMatch(expected);
    expect(await w.page.locator('body').innerText()).not.toMatch(/\bNaN\b|Infinity|undefined/);
    await shot(w.page, `${route}-${preset}`);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('takes a screenshot of every page, French included', async () => {
    const w = await open('#/memory');
    for (const route of ['memory', 'ceph', 'failure', 'bluestore', 'pg', 'bond', 'quorum']) {
      await w.page.click(`nav a[data-route="${route}"]`);
      await w.page.waitForSelector(`main[data-route="${route}"] [data-figure]`);
      await shot(w.page, `page-${route}`);
    }
    await w.page.click('[data-lang="fr"]');
    await shot(w.page, 'page-quorum-fr');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('an invalid value shows a message on its field and no NaN; fixing it brings the result back', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    await w.page.fill('#f-nodeRam', '512');
    await expect.poll(() => w.page.locator('.issues').innerText()).toContain('RAM per node');
    expect(await w.page.locator('#f-nodeRam-error').innerText()).toMatch(/expected a size like 512GiB/);
    expect(await w.page.getAttribute('#f-nodeRam', 'aria-invalid')).toBe('true');
    expect(await w.page.locator('[data-figure]').count()).toBe(0);
    await w.page.fill('#f-nodes', 'three');
    const text = await w.page.locator('body').innerText();
    expect(text).not.toMatch(/\bNaN\b|Infinity/);
    await shot(w.page, 'invalid-input');
    await w.page.fill('#f-nodes', '3');
    await w.page.fill('#f-nodeRam', '512GiB');
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('results follow every keystroke', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    await w.page.focus('#f-nodes');
    await w.page.keyboard.press('End');
    await w.page.keyboard.press('Backspace');
    await w.page.keyboard.type('5');
    expect(await figure(w.page, 'usable')).toContain('1.5 TiB');
    await w.context.close();
  });

  it('the share link round-trips every input', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB');
    await w.page.fill('#f-nodes', '7');
    await w.page.fill('#f-osdsPerNode', '4');
    await w.page.fill('#f-osdSize', '3.84TB');
    await w.page.selectOption('#f-protection', 'erasure');
    await w.page.fill('#f-ec', '4+2');
    await w.page.click('.more summary');
    await w.page.fill('#f-nearfull', '80%');
    const link = await w.page.inputValue('#share-url');
    // The address bar follows the inputs a moment after typing stops.
    await expect.poll(() => w.page.url()).toBe(link);
    expect(link).toContain('#/ceph?nodes=7&osdsPerNode=4&osdSize=3.84TB&protection=erasure&ec=4+2&nearfull=80%25');
    const usable = await figure(w.page, 'usable');
    const other = await open(link.slice(link.indexOf('#')));
    for (const [id, value] of [['#f-nodes', '7'], ['#f-osdsPerNode', '4'], ['#f-osdSize', '3.84TB'], ['#f-protection', 'erasure'], ['#f-ec', '4+2'], ['#f-nearfull', '80%']] as const) {
      expect(await other.page.inputValue(id)).toBe(value);
    }
    expect(await figure(other.page, 'usable')).toBe(usable);
    expect(other.page.url()).toBe(link);
    await w.context.close();
    await other.context.close();
  });

  it('the PG pool editor adds, edits and removes pools, and its link reproduces them', async () => {
    const w = await open('#/pg?osds=12&pool=rbd:size=3:ratio=1');
    await w.page.click('text=Add a pool');
    await w.page.fill('#f-pool-1-name', 'cephfs');
    await w.page.fill('#f-pool-1-ratio', '1');
    expect(await figure(w.page, 'pool-rbd')).toBe('256');
    await expect.poll(() => w.page.url()).toContain('pool=rbd:size=3:ratio=1&pool=cephfs:ratio=1');
    await w.page.click('text=Remove pool rbd');
    expect(await figure(w.page, 'pool-cephfs')).toBe('512');
    await w.context.close();
  });

  it('switches language, and follows the browser\'s language by default', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    expect(await w.page.locator('h1').innerText()).toBe('Memory: the N − 1 rule');
    await w.page.click('[data-lang="fr"]');
    expect(await w.page.locator('h1').innerText()).toBe('Mémoire : la règle N − 1');
    expect(await figure(w.page, 'usable')).toContain('768 Gio');
    expect(await w.page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => w.page.url()).toContain('lang=fr');
    await w.context.close();
    const fr = await open('#/memory?nodes=3&nodeRam=512GiB', { locale: 'fr-FR' });
    expect(await figure(fr.page, 'usable')).toBe('768 Gio (824,63 Go)');
    await fr.context.close();
  });

  const payloads = [
    '#/memory?nodes=<img src=x onerror=alert(1)>&nodeRam=512GiB',
    '#/memory?nodes=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&nodeRam=512GiB',
    '#/memory?nodes=3&nodeRam=javascript:alert(1)',
    '#/ceph?protection=javascript:alert(1)&nodes=3',
    '#/<script>alert(1)</script>',
    '#/memory?<svg/onload=alert(1)>=1',
    '#/pg?osds=12&pool=<img src=x onerror=alert(1)>:size=3',
    '#/memory?nodes=%E0%A4%A&lang=<b>fr</b>',
    `#/memory?nodes=${'9'.repeat(300)}`,
  ];
  it.each(payloads)('XSS payload in the URL does not run: %s', async (payload) => {
    const w = await open(payload);
    await w.page.waitForSelector('.issues, .url-problems');
    await w.page.waitForTimeout(150);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(await w.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await w.page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    expect(await w.page.locator('.issues, .url-problems').first().innerText()).not.toBe('');
    await w.context.close();
  });

  it('ships a strict Content-Security-Policy and no inline script', async () => {
    const w = await open('#/memory');
    const csp = await w.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await w.page.locator('script:not([src])').count()).toBe(0);
    await w.context.close();
  });

  it('teaching mode: large type, derivation revealed step by step (buttons and arrow keys)', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB');
    await w.page.click('[data-action="teach"]');
    expect(await w.page.getAttribute('html', 'class')).toContain('teaching');
    expect(await w.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22px');
    const visible = () => w.page.locator('.step:not(.pending)').count();
    expect(await visible()).toBe(1);
    await w.page.click('text=Next step');
    expect(await visible()).toBe(2);
    await w.page.locator('h1').click();
    await w.page.keyboard.press('ArrowRight');
    expect(await visible()).toBe(3);
    await w.page.keyboard.press('ArrowLeft');
    expect(await visible()).toBe(2);
    await expect.poll(() => w.page.url()).toContain('teach=1');
    await shot(w.page, 'teaching-mode');
    await w.context.close();
  });

  it('is usable from the keyboard, with a label on every input and readable contrast', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB');
    const unlabelled = await w.page.evaluate(() => [...document.querySelectorAll('input, select')].filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label')).map((el) => el.id));
    expect(unlabelled).toEqual([]);
    // Tab reaches the first input, then typing computes.
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await w.page.keyboard.press('Tab');
      reached = await w.page.evaluate(() => document.activeElement?.id === 'f-nodes');
    }
    expect(reached).toBe(true);
    await w.page.keyboard.press('Control+A');
    await w.page.keyboard.type('6');
    expect(await figure(w.page, 'raw')).toContain('120 TB');
    const ratios = await w.page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) => {
        const [r = 0, g = 0, b = 0] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bg = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; }
        return 'rgb(255, 255, 255)';
      };
      return [...document.querySelectorAll('h1, .intro, label, .help, dt, dd, .check-level, .check-message, nav a, button, .preset-title, .units-help, .site-footer p')].map((el) => {
        const a = lum(rgb(getComputedStyle(el).color));
        const b = lum(rgb(bg(el)));
        return { what: `${el.tagName}.${el.className}`, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([]);
    await w.context.close();
  });

  it('prints a one-page report with inputs, results, checks, derivation, date and version', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB');
    await w.page.emulateMedia({ media: 'print' });
    const header = await w.page.locator('.print-header').innerText();
    expect(header).toMatch(/Capa \d+\.\d+\.\d+ · \d{4}-\d{2}-\d{2}/);
    expect(header).toContain('20TB');
    expect(await w.page.locator('.step').first().isVisible()).toBe(true);
    expect(await w.page.locator('.inputs').isVisible()).toBe(false);
    await shot(w.page, 'print-ceph');
    for (const hash of ['#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB', '#/memory?nodes=3&nodeRam=512GiB', '#/failure?nodes=5&osdsPerNode=1&osdSize=20TB&stored=20TB&linkSpeed=10Gb/s&osdWrite=200MB/s']) {
      await w.page.goto(`${server.url}index.html${hash}`);
      await w.page.waitForSelector('[data-figure]');
      const pdf = await w.page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(`${hash}: ${pages} page(s)`).toBe(`${hash}: 1 page(s)`);
    }
    await w.context.close();
  });

  it('works from a folder (file://) without a server', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB', { base: pathToFileURL(DIST).href });
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    await w.page.fill('#f-nodes', '5');
    expect(await figure(w.page, 'usable')).toContain('1.5 TiB');
    await expect.poll(() => w.page.url()).toContain('#/memory?nodes=5&nodeRam=512GiB');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('works offline once opened: the service worker serves the page when the server is gone', async () => {
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
    await w.context.close();
  });
});
