/**
 * Projector mode and half-typed values in headless Chromium (setup and timeouts: e2e-chromium.ts):
 * at 1280×720, 1366×768 and 1920×1080 the headline, the picture and the current step are on screen
 * without scrolling; the keyboard alone steps through the derivation and picks the examples; a value
 * typed keystroke by keystroke never blanks the results nor reaches the URL before it is valid.
 * Screenshots of the screen (not the whole page) go to apps/web/test-artifacts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { figure, shot, TEST_MS, withChromium } from './e2e-chromium';
import { onScreen, stepText } from './e2e-screen';

const highlighted = (page: Page) => page.locator('.picture text.hl').allTextContents();

describe('web app in headless Chromium: projector mode, half-typed values', { timeout: TEST_MS }, () => {
  const chromium = withChromium();
  const open = chromium.open;

  const sizes = [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ] as const;
  const routes = ['memory', 'ceph', 'failure'] as const;

  for (const size of sizes) {
    it(`${size.width}×${size.height}: the headline, the picture and the current step fit the screen (EN and FR)`, async () => {
      for (const lang of ['en', 'fr'] as const) {
        for (const route of routes) {
          const w = await open(`#/${route}?teach=1&lang=${lang}`);
          await w.page.setViewportSize(size);
          await w.page.waitForSelector('.step.current');
          // The last step: the longest steps (the recovery time) must fit too. (→ past it opens the next
          // example, e2e-course.test.ts: the arrows walk back to step 1, one press per step.)
          await w.page.locator('.stepper button.secondary').click();
          const steps = Number((/(\d+)\D*$/.exec(await stepText(w.page)) ?? [])[1]);
          for (const selector of ['.main-figures', '.picture svg', '.step.current', '.stepper']) await onScreen(w.page, selector, size);
          for (let i = 1; i < steps; i++) await w.page.keyboard.press('ArrowLeft');
          await expect.poll(() => stepText(w.page)).toMatch(/^(Step|Étape) 1 /);
          for (const selector of ['.main-figures', '.picture svg', '.step.current']) await onScreen(w.page, selector, size);
          // The inputs are folded until asked for.
          await expect.poll(() => w.page.locator('#inputs').isVisible()).toBe(false);
          await shot(w.page, `projector-${route}-${lang}-${size.width}x${size.height}`, false);
          expect([...w.dialogs, ...w.errors]).toEqual([]);
          await w.context.close();
        }
      }
    });
  }

  it('a trainer runs the course examples at 1280×720 with the keyboard only: digits pick, → and ← step, the numbers light up in the picture', async () => {
    const w = await open('#/ceph?teach=1');
    await w.page.setViewportSize({ width: 1280, height: 720 });
    await w.page.waitForSelector('.step.current');
    // Raw = hosts × OSDs × size = 5 × 1 × 20 TB = 100 TB: the waterfall's first bar (docs/ceph-capacity.md), in TB and TiB.
    expect(await stepText(w.page)).toMatch(/^Step 1 of \d+/);
    await expect.poll(() => highlighted(w.page)).toEqual(['100 TB (90.95 TiB)']);
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    // Step 3, usable = raw ÷ size = 100 TB ÷ 3 = 33.33 TB (https://docs.ceph.com/en/latest/rados/operations/pools/).
    expect(await stepText(w.page)).toMatch(/^Step 3 of /);
    await expect.poll(() => highlighted(w.page)).toEqual(['100 TB (90.95 TiB)', '33.33 TB (30.32 TiB)']);
    await w.page.keyboard.press('ArrowLeft');
    expect(await stepText(w.page)).toMatch(/^Step 2 of /);
    // 2: the second course example, 3 × 40 TB replica 3: 120 TB ÷ 3 = 40 TB usable; the derivation restarts at step 1.
    await w.page.keyboard.press('2');
    await expect.poll(() => figure(w.page, 'usable')).toContain('40 TB');
    expect(await stepText(w.page)).toMatch(/^Step 1 of /);
    // Each example shows its key: a counter before its label.
    expect(
      await w.page
        .locator('.preset-group:first-child .preset')
        .nth(1)
        .evaluate((b) => getComputedStyle(b, '::before').content),
    ).toMatch(/counter\(preset\)/);

    // Memory: 3 × 512 GiB, u = 0.75 is the picture's 75 % line (docs/memory.md, the N − 1 rule).
    await w.page.goto(`${chromium.url}index.html#/memory?teach=1`);
    await w.page.waitForSelector('main[data-route="memory"] .step.current');
    await expect.poll(() => highlighted(w.page)).toContain('75%');
    await w.page.keyboard.press('ArrowRight');
    // Step 2, the usable share 768 GiB ÷ 1.5 TiB = 50 %, each healthy node's bar.
    await expect.poll(() => highlighted(w.page)).toEqual(['50%', '50%', '50%']);

    // Failure: the course's 5 × 20 TB with 20 TB stored: fill now 60 TB ÷ 100 TB = 60 % (ceph/ceph:src/common/options/global.yaml.in for the 85 % nearfull bar).
    await w.page.goto(`${chromium.url}index.html#/failure?teach=1`);
    await w.page.waitForSelector('main[data-route="failure"] .step.current');
    await w.page.keyboard.press('1');
    await expect.poll(() => figure(w.page, 'degraded-pgs')).toContain('60%');
    for (let i = 0; i < 7; i++) await w.page.keyboard.press('ArrowRight');
    expect(await w.page.locator('.step.current h3').innerText()).toBe('Fill now');
    await expect.poll(() => highlighted(w.page)).toContain('60%');
    await shot(w.page, 'projector-failure-fill-now', false);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('the arrow keys never steal typing: inside an input they move the caret, not the step; i opens the inputs', async () => {
    const w = await open('#/ceph?teach=1&nodes=5&osdsPerNode=1&osdSize=20TB');
    await w.page.setViewportSize({ width: 1280, height: 720 });
    await w.page.locator('h1').click();
    await w.page.keyboard.press('i');
    await expect.poll(() => w.page.locator('#inputs').isVisible()).toBe(true);
    expect(await w.page.getAttribute('.inputs-toggle', 'aria-expanded')).toBe('true');
    await w.page.focus('#f-osdSize');
    await w.page.keyboard.press('End');
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.type('0');
    // 200TB: the caret moved inside the field, the derivation stayed on step 1, and digits typed are text.
    expect(await w.page.inputValue('#f-osdSize')).toBe('200TB');
    expect(await stepText(w.page)).toMatch(/^Step 1 of /);
    await w.page.keyboard.press('ArrowRight');
    expect(await stepText(w.page)).toMatch(/^Step 1 of /);
    await w.page.locator('.inputs-toggle').click();
    await expect.poll(() => w.page.locator('#inputs').isVisible()).toBe(false);
    await w.context.close();
  });

  it('typing 7.68TB keystroke by keystroke on the Ceph page never blanks the results and never puts osdSize=7.68 in the URL', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB');
    // Every hash the page writes into the address bar, and whether the results were ever empty.
    await w.context.addInitScript(() => {
      const seen: string[] = [];
      const write = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        seen.push(String(url));
        write(data, unused, url);
      };
      const state = { seen, blank: 0 };
      Object.defineProperty(window, '__capaWatch', { value: state });
      new MutationObserver(() => {
        if (document.querySelector('.results') && !document.querySelector('.results [data-figure]')) state.blank++;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await w.page.reload();
    await w.page.waitForSelector('[data-figure="usable"]');
    await w.page.fill('#f-osdSize', '');
    const typed = '7.68TB';
    for (let i = 1; i <= typed.length; i++) {
      const now = typed.slice(0, i);
      await w.page.keyboard.type(typed[i - 1] ?? '');
      await expect.poll(() => w.page.inputValue('#f-osdSize')).toBe(now);
      const valid = now === typed;
      await expect.poll(() => w.page.locator('.results.stale').count()).toBe(valid ? 0 : 1);
      expect(await w.page.locator('[data-figure="usable"]').count()).toBe(1);
      const share = await w.page.inputValue('#share-url');
      // Until the value is valid the link keeps the last valid one (20TB).
      expect(share).toContain(valid ? 'osdSize=7.68TB' : 'osdSize=20TB');
      if (!valid && /^\d/.test(now)) {
        // 7 → "add a unit: 7TB", 7.68T → "add a unit: 7.68TB": the unit of the field's example (20TB).
        expect(await w.page.locator('#f-osdSize-error').innerText()).toContain(`add a unit: ${now.replace(/[.T]+$/, '')}TB`);
      }
    }
    // 5 × 1 × 7.68 TB = 38.4 TB raw, ÷ 3 = 12.8 TB usable (https://docs.ceph.com/en/latest/rados/operations/pools/).
    expect(await figure(w.page, 'usable')).toContain('12.8 TB');
    await expect.poll(() => w.page.url()).toContain('osdSize=7.68TB');
    const watch = await w.page.evaluate(() => (window as unknown as { __capaWatch: { seen: string[]; blank: number } }).__capaWatch);
    expect(watch.blank).toBe(0);
    expect(watch.seen.filter((u) => /osdSize=(?!20TB|7\.68TB)/.test(u) || !u.includes('osdSize='))).toEqual([]);
    await shot(w.page, 'half-typed-ceph', false);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('in French the field says « ajoutez une unité » and the results say « non mis à jour »', async () => {
    const w = await open('#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB&lang=fr');
    await w.page.fill('#f-osdSize', '7,68');
    await expect.poll(() => w.page.locator('#f-osdSize-error').innerText()).toContain('ajoutez une unité : 7,68TB');
    expect(await w.page.locator('.stale-mark').innerText()).toMatch(/^Non mis à jour/);
    // The last valid figures: 5 × 20 TB ÷ 3 = 33,33 To (https://docs.ceph.com/en/latest/rados/operations/pools/).
    expect(await figure(w.page, 'usable')).toContain('33,33 To');
    await shot(w.page, 'half-typed-ceph-fr', false);
    await w.context.close();
  });
});
