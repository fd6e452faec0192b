/**
 * The calculator pages in headless Chromium (setup and timeouts: e2e-chromium.ts): the link,
 * every preset, screenshots, invalid input, keystrokes, the share link, the PG pool editor, languages.
 */
import { describe, expect, it } from 'vitest';
import { figure, shot, TEST_MS, withChromium } from './e2e-chromium';

describe('web app in headless Chromium: the calculators', { timeout: TEST_MS }, () => {
  const chromium = withChromium();
  const open = chromium.open;

  it("opens the issue's link: 3 × 512 GiB shows 768 GiB usable", async () => {
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

  it("a navigation is never undone by the previous page's pending address-bar write", async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    // Typing arms the delayed write of the memory page's hash; the link is followed while it is pending
    // and the page stays busy past the delay, as a loaded machine does: the write must not run first.
    await w.page.fill('#f-nodes', '4');
    await w.page.evaluate(() => {
      location.hash = '#/bluestore';
      const start = performance.now();
      while (performance.now() - start < 400) {
        // busy: both the write's timer and the hashchange event are due when this returns
      }
    });
    await w.page.waitForSelector('main[data-route="bluestore"] [data-figure]');
    expect(await w.page.evaluate(() => location.hash)).toMatch(/^#\/bluestore/);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it("teaching mode chosen while a page's code is still loading is kept when it arrives", async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    // The Ceph page's chunk is held back, as on a loaded machine, until teaching mode has been clicked.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await w.page.route(/lazy-ceph-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await w.page.evaluate(() => {
      location.hash = '#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB';
    });
    await w.page.click('[data-action="teach"]');
    await expect.poll(() => w.page.getAttribute('html', 'class')).toContain('teaching');
    release();
    await w.page.waitForSelector('main[data-route="ceph"] [data-figure]');
    await expect.poll(() => w.page.getAttribute('[data-action="teach"]', 'aria-pressed')).toBe('true');
    expect(await w.page.getAttribute('html', 'class')).toContain('teaching');
    await expect.poll(() => w.page.url()).toContain('teach=1');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('an invalid value shows a message on its field and no NaN, the last results kept dimmed; fixing it brings the result back', async () => {
    const w = await open('#/memory?nodes=3&nodeRam=512GiB');
    await w.page.fill('#f-nodeRam', '512');
    await expect.poll(() => w.page.locator('.issues').innerText()).toContain('RAM per node');
    // A bare number in a size field: the message names the missing unit, the value completed with the example's (512GiB).
    expect(await w.page.locator('#f-nodeRam-error').innerText()).toMatch(/add a unit: 512GiB/);
    expect(await w.page.getAttribute('#f-nodeRam', 'aria-invalid')).toBe('true');
    // The results of 3 × 512 GiB stay, marked as not updated.
    expect(await w.page.locator('.results.stale .stale-mark').innerText()).toMatch(/Not updated/);
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    await w.page.fill('#f-nodes', 'three');
    const text = await w.page.locator('body').innerText();
    expect(text).not.toMatch(/\bNaN\b|Infinity/);
    await shot(w.page, 'invalid-input');
    await w.page.fill('#f-nodes', '3');
    await w.page.fill('#f-nodeRam', '512GiB');
    expect(await figure(w.page, 'usable')).toContain('768 GiB');
    expect(await w.page.locator('.results.stale').count()).toBe(0);
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
    for (const [id, value] of [
      ['#f-nodes', '7'],
      ['#f-osdsPerNode', '4'],
      ['#f-osdSize', '3.84TB'],
      ['#f-protection', 'erasure'],
      ['#f-ec', '4+2'],
      ['#f-nearfull', '80%'],
    ] as const) {
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

  it("switches language, and follows the browser's language by default", async () => {
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
});
