/**
 * Pictures with values in headless Chromium (setup and timeouts: e2e-chromium.ts): the values drawn
 * in the SVG are the CLI's for the same input. The failure page's mark-out → backfill timeline against
 * `capa ceph … --json` (hostFailure); the inventory page's CRUSH fill histogram against `capa analyze
 * FILE --json` (ceph.placement.fillHistogram, ceph.nearfull…). Screenshots at 1280×720 and 1366×768 go to apps/web/test-artifacts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type FillHistogram, formatRatio } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { shot, TEST_MS, withChromium } from './e2e-chromium';

const CLI = fileURLToPath(new URL('../../../packages/cli/bin/capa.js', import.meta.url));
const INVENTORY = fileURLToPath(new URL('./fixtures/lab-inventory.json', import.meta.url));

function capa(args: readonly string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, [CLI, ...args, '--json'], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`capa exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

describe('web app in headless Chromium: pictures with values', { timeout: TEST_MS }, () => {
  const chromium = withChromium();

  it('failure: the mark-out → backfill timeline shows capa ceph’s markOutSeconds, backfillSeconds and recoverySeconds (EN and FR)', async () => {
    // The failure page's course preset, as capa ceph options.
    const hash = 'nodes=5&osdsPerNode=1&osdSize=20TB&replicas=3&stored=20TB&linkSpeed=10Gb/s&links=2&osdWrite=200MB/s';
    const hf = capa(['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '20TB', '--replicas', '3', '--stored', '20TB', '--link-speed', '10Gb/s', '--links', '2', '--osd-write', '200MB/s'])[
      'hostFailure'
    ] as { markOutSeconds: number; backfillSeconds: number; recoverySeconds: number };
    // mon_osd_down_out_interval 600 s (ceph/ceph:src/common/options/mon.yaml.in); 30,000 s of disk-bound backfill (docs/ceph-recovery-time.md)
    expect([hf.markOutSeconds, hf.backfillSeconds, hf.recoverySeconds]).toEqual([600, 30000, 30600]);
    // The same durations as printed: 600 s = 10 min, 30,000 s = 8.33 h, 30,600 s = 8.5 h; backfill and the return to
    // clean are lower bounds (≥), French with a decimal comma (docs/ceph-recovery-time.md).
    const printed = { en: { out: '10 min', backfill: '≥ 8.33 h', clean: '≥ 8.5 h' }, fr: { out: '10 min', backfill: '≥ 8,33 h', clean: '≥ 8,5 h' } } as const;
    for (const lang of ['en', 'fr'] as const) {
      for (const size of SIZES) {
        const w = await chromium.open(`#/failure?${hash}&lang=${lang}`);
        await w.page.setViewportSize(size);
        const svg = w.page.locator('[data-picture="recovery-timeline"] svg');
        await svg.waitFor();
        const phases = await svg.locator('.tl-phase').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-phase'), g.getAttribute('data-seconds'), g.querySelector('text')?.textContent]));
        const t = printed[lang];
        expect(phases).toEqual([
          ['wait', String(hf.markOutSeconds), t.out],
          ['backfill', String(hf.backfillSeconds), t.backfill],
          ['clean', '', '→'],
        ]);
        const ticks = await svg.locator('.tl-tick').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-seconds'), g.querySelector('text.value')?.textContent]));
        expect(ticks).toEqual([
          ['0', '0 s'],
          [String(hf.markOutSeconds), t.out],
          [String(hf.recoverySeconds), t.clean],
        ]);
        // The accessible text carries the same values.
        const desc = await svg.locator('desc').textContent();
        for (const v of [t.out, t.backfill, t.clean]) expect(desc).toContain(v);
        await svg.scrollIntoViewIfNeeded();
        await shot(w.page, `pictures-timeline-${lang}-${size.width}x${size.height}`, false);
        expect([...w.dialogs, ...w.errors]).toEqual([]);
        await w.context.close();
      }
    }
  });

  it('failure, projector mode at 1280×720: the timeline is readable (its text at least 12 px)', async () => {
    const w = await chromium.open('#/failure?nodes=5&osdsPerNode=1&osdSize=20TB&replicas=3&stored=20TB&linkSpeed=10Gb/s&links=2&osdWrite=200MB/s&teach=1');
    await w.page.setViewportSize({ width: 1280, height: 720 });
    const svg = w.page.locator('[data-picture="recovery-timeline"] svg');
    await svg.waitFor();
    // The step starts at the top beside the pictures (projector.css: dense), the timeline under the fill bars.
    await expect.poll(async () => ((await w.page.locator('.step.current').boundingBox())?.y ?? 9999) < 300).toBe(true);
    await shot(w.page, 'pictures-timeline-projector-top-1280x720', false);
    await svg.scrollIntoViewIfNeeded();
    const heights = await svg.locator('text.value').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    // At least the three times on the axis (failure, mark-out, clean): an empty list would check nothing.
    expect(heights.length).toBeGreaterThanOrEqual(3);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(12);
    await shot(w.page, 'pictures-timeline-projector-1280x720', false);
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('inventory: the fill histogram shows capa analyze’s OSD and host counts per band, healthy and after losing each host, with the three ratios (EN and FR)', async () => {
    const ceph = capa(['analyze', INVENTORY])['ceph'] as { nearfull: number; backfillfull: number; full: number; placement: { fillHistogram: FillHistogram } };
    const h = ceph.placement.fillHistogram;
    // lab-inventory.json: 4 hosts × 4 OSDs, replica 3; Ceph's default ratios 0.85/0.90/0.95 (ceph/ceph:src/common/options/global.yaml.in)
    expect([h.healthy.osds, h.afterLoss.map((c) => c.lost), ceph.nearfull, ceph.backfillfull, ceph.full]).toEqual([16, ['pve1', 'pve2', 'pve3', 'pve4'], 0.85, 0.9, 0.95]);
    // The same figures as printed, one literal per case (capa analyze apps/web/test/fixtures/lab-inventory.json --json):
    // healthy, pve1's fill 0.2436 and the fullest OSD 0.3079; after losing pve1, pve2 or pve3 the survivors 0.3234 each,
    // the fullest OSD 0.4086; after losing pve4, 0.3756. French writes a narrow no-break space before % (formatRatio).
    const printed = {
      en: [
        ['pve1 24.4%', '30.8%'],
        ['pve2 32.3%', '40.9%'],
        ['pve1 32.3%', '40.9%'],
        ['pve1 32.3%', '40.9%'],
        ['pve1 32.3%', '37.6%'],
      ],
      fr: [
        ['pve1 24,4\u202f%', '30,8\u202f%'],
        ['pve2 32,3\u202f%', '40,9\u202f%'],
        ['pve1 32,3\u202f%', '40,9\u202f%'],
        ['pve1 32,3\u202f%', '40,9\u202f%'],
        ['pve1 32,3\u202f%', '37,6\u202f%'],
      ],
    } as const;
    const bars = (counts: readonly number[]) => counts.flatMap((n, i) => (n === 0 ? [] : [[String(i), String(n), String(n)]]));
    for (const lang of ['en', 'fr'] as const) {
      for (const size of SIZES) {
        const w = await chromium.open(`#/inventory?lang=${lang}`);
        await w.page.setViewportSize(size);
        await w.page.setInputFiles('#inventory-file', INVENTORY);
        const fig = w.page.locator('[data-picture="fill-histogram"]');
        await fig.waitFor();
        const cases = [h.healthy, ...h.afterLoss];
        expect(cases.length).toBe(printed[lang].length);
        for (let i = 0; i < cases.length; i++) {
          const c = cases[i] as (typeof cases)[number];
          await fig.locator('select').selectOption(String(i));
          await expect.poll(() => fig.locator('[data-case]').getAttribute('data-case')).toBe(c.lost ?? 'healthy');
          const read = (kind: string) => fig.locator(`.hist-${kind}`).evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-bin'), g.getAttribute('data-count'), g.textContent]));
          expect(await read('osd')).toEqual(bars(c.osdCounts));
          expect(await read('host')).toEqual(bars(c.hostCounts));
          // The accessible text: each host's fill and the fullest OSD, as capa analyze gives them.
          const desc = (await fig.locator('desc').textContent()) ?? '';
          for (const x of c.hostFills) expect(desc).toContain(`${x.host} ${formatRatio(x.fill, lang)}`);
          if (c.fullestOsdFill !== null) expect(desc).toContain(formatRatio(c.fullestOsdFill, lang));
          for (const text of printed[lang][i] ?? ['(no literal for this case)']) expect(desc).toContain(text);
          if (i === 1) {
            await fig.scrollIntoViewIfNeeded();
            await shot(w.page, `pictures-histogram-${lang}-${size.width}x${size.height}`, false);
          }
        }
        const marks = await fig.locator('.hist-ratio').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-ratio'), Number(g.getAttribute('data-at')), g.textContent]));
        expect(marks).toEqual([
          ['nearfull', ceph.nearfull, `nearfull ${formatRatio(ceph.nearfull, lang)}`],
          ['backfillfull', ceph.backfillfull, `backfillfull ${formatRatio(ceph.backfillfull, lang)}`],
          ['full', ceph.full, `full ${formatRatio(ceph.full, lang)}`],
        ]);
        expect([...w.dialogs, ...w.errors]).toEqual([]);
        await w.context.close();
      }
    }
  });
});
