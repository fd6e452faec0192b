/**
 * Pictures with values in headless Chromium (setup and timeouts: e2e-chromium.ts): the memory bars, the
 * Ceph waterfall and the bond diagram print the CLI's figures for the same input, in the SVG and in its
 * accessible text, in English and French; no two printed values overlap at 1280×720 and 1366×768, nor in
 * projector mode. Screenshots go to apps/web/test-artifacts.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot, TEST_MS, withChromium } from './e2e-chromium';

/** The built CLI (`pnpm build`), run as a user runs it: the figures the pictures must print. */
const CLI = fileURLToPath(new URL('../../../packages/cli/bin/capa.js', import.meta.url));
const capa = (args: readonly string[]): Record<string, unknown> => JSON.parse(execFileSync(process.execPath, [CLI, ...args, '--json'], { encoding: 'utf8' }));

const GiB = 2 ** 30;
const sizes = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

/** The texts of one class inside a picture, in document order. */
const printed = (page: Page, picture: string, cls: string) => page.locator(`[data-picture="${picture}"] svg text.${cls}`).allTextContents();
const described = (page: Page, picture: string) => page.locator(`[data-picture="${picture}"] svg desc`).textContent();

/** Printed values never cover each other: every pair of texts of the picture is apart (1 px of slack). */
async function noOverlap(page: Page, picture: string) {
  const boxes = await page.locator(`[data-picture="${picture}"] svg text`).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  const seen = boxes.filter((b) => b.w > 0);
  expect(seen.length).toBeGreaterThan(0);
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) {
      const a = seen[i];
      const b = seen[j];
      if (a === undefined || b === undefined) continue;
      const apart = a.x + a.w <= b.x + 1 || b.x + b.w <= a.x + 1 || a.y + a.h <= b.y + 1 || b.y + b.h <= a.y + 1;
      expect(apart, `"${a.text}" and "${b.text}" overlap in ${picture}`).toBe(true);
    }
  }
}

/** Opens the page at each size (and in projector mode at 1280×720), checks the picture is drawn and readable, keeps screenshots. */
async function atEverySize(open: (hash: string) => ReturnType<ReturnType<typeof withChromium>['open']>, hash: string, picture: string, name: string, check: (page: Page) => Promise<void>) {
  for (const size of sizes) {
    const w = await open(hash);
    await w.page.setViewportSize(size);
    await w.page.waitForSelector(`[data-picture="${picture}"] svg text`);
    await check(w.page);
    await noOverlap(w.page, picture);
    await shot(w.page, `picture-${name}-${size.width}x${size.height}`);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  }
  const w = await open(`${hash}&teach=1`);
  await w.page.setViewportSize(sizes[0]);
  await w.page.waitForSelector(`[data-picture="${picture}"] svg text`);
  await check(w.page);
  await noOverlap(w.page, picture);
  const box = await w.page.locator(`[data-picture="${picture}"] svg`).boundingBox();
  expect(box !== null && box.y >= 0 && box.y + box.height <= 720 && box.x + box.width <= 1280, `${picture} on the projector's screen: ${JSON.stringify(box)}`).toBe(true);
  await shot(w.page, `picture-${name}-projector-1280x720`, false);
  await w.context.close();
}

describe('web app in headless Chromium: pictures with values', { timeout: TEST_MS }, () => {
  const chromium = withChromium();
  const open = chromium.open;

  it('memory: each node bar prints its RAM, own guests, what the failed node adds and the usable part, as capa memory says', async () => {
    // `capa memory --nodes 3 --node-ram 512GiB --json` (docs/memory.md, the N − 1 rule): usable guest RAM
    // 768 GiB, no reservation. 768 ÷ 3 = 256 GiB per node; one down, 768 ÷ 2 = 384 GiB per survivor: +128 GiB,
    // the usable part of each 512 GiB node under the 75 % line.
    const m = capa(['memory', '--nodes', '3', '--node-ram', '512GiB']);
    expect([m['usableGuestRamBytes'], m['hostReservePerNodeBytes'], m['nodes'], m['failures']]).toEqual([768 * GiB, 0, 3, 1]);
    const rep = (n: number, v: string) => Array.from({ length: n }, () => v);
    for (const lang of ['en', 'fr'] as const) {
      const u = lang === 'en' ? 'GiB' : 'Gio';
      await atEverySize(open, `#/memory?nodes=3&nodeRam=512GiB&lang=${lang}`, 'memory-bars', `memory-${lang}`, async (page) => {
        expect(await printed(page, 'memory-bars', 'ram-value')).toEqual(rep(6, `512 ${u}`));
        expect(await printed(page, 'memory-bars', 'v-own')).toEqual(rep(5, `256 ${u}`));
        expect(await printed(page, 'memory-bars', 'v-moved')).toEqual(rep(2, `+128 ${u}`));
        expect(await printed(page, 'memory-bars', 'room-value')).toEqual(rep(5, `384 ${u}`));
        expect(await described(page, 'memory-bars')).toContain(lang === 'en' ? 'taken over +128 GiB, usable part 384 GiB' : 'repris +128 Gio, part utilisable 384 Gio');
      });
    }
  });

  it('memory with reservations (Dell FX2 preset): the 10 GiB reservation is printed beside its segment', async () => {
    // `capa memory --nodes 4 --node-ram 128GiB --host-reserve 2GiB --osds-per-node 2 --osd-size 800GB --json`:
    // reservation 2 GiB + 2 × 4 GiB (osd_memory_target, ceph/ceph:src/common/options/global.yaml.in) = 10 GiB per node,
    // usable 258 GiB: 258 ÷ 3 = 86 GiB per survivor, own guests 258 × 128 ÷ 512 = 64.5 GiB, +21.5 GiB taken over.
    const m = capa(['memory', '--nodes', '4', '--node-ram', '128GiB', '--host-reserve', '2GiB', '--osds-per-node', '2', '--osd-size', '800GB']);
    expect([m['usableGuestRamBytes'], m['hostReservePerNodeBytes']]).toEqual([258 * GiB, 10 * GiB]);
    await atEverySize(open, '#/memory?nodes=4&nodeRam=128GiB&hostReserve=2GiB&osdsPerNode=2&osdSize=800GB', 'memory-bars', 'memory-reserve', async (page) => {
      expect(new Set(await printed(page, 'memory-bars', 'v-reserve'))).toEqual(new Set(['10 GiB']));
      expect(new Set(await printed(page, 'memory-bars', 'v-own'))).toEqual(new Set(['64.5 GiB']));
      expect(await printed(page, 'memory-bars', 'v-moved')).toEqual(['+21.5 GiB', '+21.5 GiB', '+21.5 GiB']);
      expect(new Set(await printed(page, 'memory-bars', 'room-value'))).toEqual(new Set(['86 GiB']));
    });
  });

  it('every memory example: the values printed never overlap, and 8 identical nodes share a bar wide enough for them', async () => {
    const w = await open('#/memory');
    await w.page.setViewportSize(sizes[0]);
    for (const preset of ['course-3x512', 'course-700gb', 'course-5x256', 'field-m630', 'field-mx740c', 'field-fc630', 'field-m600']) {
      await w.page.click(`[data-preset="${preset}"]`);
      await w.page.waitForSelector('[data-picture="memory-bars"] svg text.ram-value');
      await noOverlap(w.page, 'memory-bars');
    }
    // Dell MX7000 (`capa memory --nodes 8 --node-ram 512GiB --host-reserve 2GiB --osds-per-node 3
    // --osd-size 900GB --json`: usable 2,590 GiB = 7 × 370 GiB): nodes 2–8 print 370 GiB, their usable part.
    await w.page.click('[data-preset="field-mx740c"]');
    await expect.poll(() => printed(w.page, 'memory-bars', 'room-value')).toEqual(['370 GiB', '370 GiB', '370 GiB']);
    expect(await printed(w.page, 'memory-bars', 'label')).toEqual(['node 1', 'nodes 2–8 (×7)', 'node 1', 'nodes 2–8 (×7)']);
    await shot(w.page, 'picture-memory-mx740c-1280x720');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('ceph: the waterfall prints each level in TB and TiB, as capa ceph does', async () => {
    // `capa ceph --nodes 5 --osds-per-node 1 --osd-size 20TB --replicas 3 --json` (docs/ceph-capacity.md): raw 100 TB,
    // usable 33.33 TB, under nearfull 28.33 TB, safe after a host loss 22.67 TB; TiB = bytes ÷ 2^40
    // (https://physics.nist.gov/cuu/Units/binary.html): 90.95, 30.32, 20.62 TiB.
    const c = capa(['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '20TB', '--replicas', '3']);
    expect([c['rawBytes'], c['usableBytes'], c['nearfullUsableBytes'], c['safeUsableBytes']]).toEqual([100e12, 33333333333333, 28333333333333, 22666666666666]);
    const expected = {
      en: ['100 TB (90.95 TiB)', '− 66.67 TB (60.63 TiB)', '33.33 TB (30.32 TiB)', '− 5 TB (4.55 TiB)', '− 5.67 TB (5.15 TiB)', '22.67 TB (20.62 TiB)'],
      fr: ['100 To (90,95 Tio)', '− 66,67 To (60,63 Tio)', '33,33 To (30,32 Tio)', '− 5 To (4,55 Tio)', '− 5,67 To (5,15 Tio)', '22,67 To (20,62 Tio)'],
    };
    for (const lang of ['en', 'fr'] as const) {
      await atEverySize(open, `#/ceph?nodes=5&osdsPerNode=1&osdSize=20TB&replicas=3&lang=${lang}`, 'capacity-waterfall', `waterfall-${lang}`, async (page) => {
        expect(await printed(page, 'capacity-waterfall', 'value')).toEqual(expected[lang]);
        expect(await described(page, 'capacity-waterfall')).toContain(expected[lang][5]);
      });
    }
  });

  it('bond: each link prints its speed, the bond its aggregate and one flow, as capa bond does', async () => {
    // `capa bond --links 2 --speed 25Gb/s --mode lacp --hash layer3+4 --flows 4 --json`: aggregate 50 Gb/s, one flow
    // 25 Gb/s (one member link), 25 Gb/s with one link down (torvalds/linux:Documentation/networking/bonding.rst, 802.3ad).
    const b = capa(['bond', '--links', '2', '--speed', '25Gb/s', '--mode', 'lacp', '--hash', 'layer3+4', '--flows', '4']);
    expect([b['aggregateBps'], b['singleFlowBps'], b['degradedBps']]).toEqual([50e9, 25e9, 25e9]);
    for (const lang of ['en', 'fr'] as const) {
      await atEverySize(open, `#/bond?links=2&speed=25Gb%2Fs&mode=lacp&hash=layer3%2B4&flows=4&lang=${lang}`, 'bond-diagram', `bond-${lang}`, async (page) => {
        expect(await printed(page, 'bond-diagram', 'link-value')).toEqual(['25 Gb/s', '25 Gb/s', `25 Gb/s · ${lang === 'en' ? 'down' : 'en panne'}`, '25 Gb/s']);
        expect(await printed(page, 'bond-diagram', 'panel-title')).toEqual(
          lang === 'en' ? ['All links up · 2 × 25 Gb/s', 'One link down · 1 × 25 Gb/s up'] : ['Tous les liens actifs · 2 × 25 Gb/s', 'Un lien en panne · 1 × 25 Gb/s actif'],
        );
        expect(await printed(page, 'bond-diagram', 'value')).toEqual(
          lang === 'en' ? ['50 Gb/s total · 25 Gb/s one flow', '25 Gb/s total'] : ['50 Gb/s au total · 25 Gb/s un flux', '25 Gb/s au total'],
        );
        expect(await described(page, 'bond-diagram')).toContain(
          lang === 'en' ? 'link 1 25 Gb/s, link 2 25 Gb/s; 50 Gb/s total · 25 Gb/s one flow' : 'lien 1 25 Gb/s, lien 2 25 Gb/s ; 50 Gb/s au total · 25 Gb/s un flux',
        );
      });
    }
  });
});
