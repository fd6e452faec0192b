/**
 * The page's safety and reach in headless Chromium (setup and timeouts: e2e-chromium.ts): URL payloads
 * never run, the Content-Security-Policy, teaching mode, keyboard and contrast, print, file://.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST, figure, shot, TEST_MS, withChromium } from './e2e-chromium';

describe('web app in headless Chromium: safety, accessibility, print, file://', { timeout: TEST_MS }, () => {
  const chromium = withChromium();
  const open = chromium.open;

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
    // The page follows the click and the keys in effects that run after the next paint: polled.
    await expect.poll(() => w.page.getAttribute('html', 'class')).toContain('teaching');
    await expect.poll(() => w.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22px');
    const visible = () => w.page.locator('.step:not(.pending)').count();
    await expect.poll(visible).toBe(1);
    await w.page.click('text=Next step');
    await expect.poll(visible).toBe(2);
    await w.page.locator('h1').click();
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(visible).toBe(3);
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(visible).toBe(2);
    await expect.poll(() => w.page.url()).toContain('teach=1');
    await shot(w.page, 'teaching-mode');
    await w.context.close();
  });

  it('is usable from the keyboard, with a label on every input and readable contrast', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB');
    const unlabelled = await w.page.evaluate(() =>
      [...document.querySelectorAll('input, select')].filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label')).map((el) => el.id),
    );
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
        const [r = 0, g = 0, b = 0] = c.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bg = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
        }
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
    // The day in the reader's locale (ECMA-402 Intl.DateTimeFormat, dateStyle long), no longer ISO.
    expect(header).toMatch(/Capa \d+\.\d+\.\d+ · /);
    expect(header).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
    expect(header).toContain('20TB');
    expect(await w.page.locator('.step').first().isVisible()).toBe(true);
    expect(await w.page.locator('.inputs').isVisible()).toBe(false);
    await shot(w.page, 'print-ceph');
    for (const hash of [
      '#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB',
      '#/memory?nodes=3&nodeRam=512GiB',
      '#/failure?nodes=5&osdsPerNode=1&osdSize=20TB&stored=20TB&linkSpeed=10Gb/s&osdWrite=200MB/s',
      '#/failure?nodes=5&osdsPerNode=1&osdSize=20TB&stored=20TB&linkSpeed=10Gb/s&osdWrite=200MB/s&lang=fr',
    ]) {
      await w.page.goto(`${chromium.url}index.html${hash}`);
      await w.page.waitForSelector('[data-figure]');
      const pdf = await w.page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(`${hash}: ${pages} page(s)`).toBe(`${hash}: 1 page(s)`);
      if (hash.startsWith('#/failure')) {
        // The pictures' smallest text on paper, laid out at A4's width less the 9 mm margins (725 px at 96 dpi):
        // beside the figures the timeline printed at 3 pt; side by side under them, about 5 pt.
        await w.page.setViewportSize({ width: 725, height: 1000 });
        const pt = await w.page.evaluate(() =>
          [...document.querySelectorAll('.picture svg')].flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75);
          }),
        );
        expect(pt.length).toBeGreaterThan(0);
        expect(Math.min(...pt)).toBeGreaterThanOrEqual(4.5);
        await w.page.setViewportSize({ width: 1280, height: 900 });
      }
    }
    await w.context.close();
  });

  it('works from a folder (file://) without a server', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB', { base: pathToFileURL(DIST).href });
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    await w.page.fill('#f-nodes', '5');
    expect(await figure(w.page, 'usable')).toContain('1.5 TiB');
    await expect.poll(() => w.page.url()).toContain('#/memory?nodes=5&nodeRam=512GiB');
    // Another calculator is a chunk loaded on demand (vite/chunk-loader.ts): a classic script, allowed from file://.
    await w.page.click('a[data-route="bond"]');
    await w.page.click('[data-preset="course-lacp"]');
    expect(await figure(w.page, 'aggregate')).toBe('20 Gb/s'); // 2 × 10 Gb/s, torvalds/linux:Documentation/networking/bonding.rst
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
