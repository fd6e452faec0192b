// Web benchmark: prints figures, never fails. Run after `pnpm build`:
//   node apps/web/bench/web-bench.mjs
// 1. initial JavaScript of the built page, gzipped (budget 80 KB), and the inventory engine's
//    script beside it (loaded on demand, outside the budget);
// 2. navigation → first result in headless Chromium (median of cold loads);
// 3. p95 recompute time after an input change (budget 4 ms), read from the page's own
//    `capa:recompute` User Timing measures, plus the input event → DOM updated time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumAvailable, launchChromium } from '../tools/chromium.mjs';
import { serveStatic } from '../tools/static-server.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const LOADS = 10;
const CHANGES = 300;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSize() {
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  // Everything the page loads before it can compute: its scripts (and modulepreloads, if any).
  const js = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, `file://${DIST}`)), { level: 9 }).length, 0);
  const raw = (files) => files.reduce((sum, f) => sum + readFileSync(new URL(f, `file://${DIST}`)).length, 0);
  return { jsGzip: gz(js), jsRaw: raw(js), cssGzip: gz(css), htmlGzip: gzipSync(html, { level: 9 }).length, files: js.length };
}

async function firstResult(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext(); // a fresh cache each time: a cold load from the local server
    const page = await context.newPage();
    await page.goto(`${url}index.html#/memory?nodes=3&nodeRam=512GiB`);
    await page.waitForSelector('[data-figure="usable"]');
    times.push(await page.evaluate(() => performance.getEntriesByName('capa:first-result')[0]?.startTime ?? NaN));
    await context.close();
  }
  return times;
}

/** Types CHANGES values into one input of a page; returns compute-only and input→DOM durations. */
async function recompute(browser, url, hash, inputId, values) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}index.html${hash}`);
  await page.waitForSelector('[data-figure]');
  const { compute, toDom } = await page.evaluate(
    async ({ id, vals, n }) => {
      const input = document.getElementById(id);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const yieldTask = () =>
        new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
      performance.clearMeasures('capa:recompute');
      const dom = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        setValue.call(input, vals[i % vals.length]);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await yieldTask(); // preact renders in a microtask: the DOM is current once a task has run
        dom.push(performance.now() - t0);
      }
      return { compute: performance.getEntriesByName('capa:recompute').map((e) => e.duration), toDom: dom };
    },
    { id: inputId, vals: values, n: CHANGES },
  );
  await context.close();
  return { compute, toDom };
}

/** The inventory page's engine: its own script, loaded only when that page opens (vite/lazy-engine.ts). */
function engineSize() {
  const file = readdirSync(`${DIST}assets`).find((f) => /^inventory-.*\.js$/.test(f));
  if (!file) return null;
  const bytes = readFileSync(`${DIST}assets/${file}`);
  return { gzip: gzipSync(bytes, { level: 9 }).length, raw: bytes.length };
}

/**
 * The chunks the page loads on demand (vite/chunk-loader.ts), each with the chunks it needs: a page
 * opened first loads the initial script plus its chunk's closure, which the largest one bounds.
 */
function chunkSizes() {
  const files = readdirSync(`${DIST}assets`).filter((f) => /^lazy-.*\.js$/.test(f));
  const info = new Map(
    files.map((f) => {
      const code = readFileSync(`${DIST}assets/${f}`, 'utf8');
      const deps = [...(/define\(\[([^\]]*)\]/.exec(code)?.[1] ?? '').matchAll(/"\.\/(lazy-[^"]+)"/g)].map((m) => m[1]);
      return [f, { gzip: gzipSync(code, { level: 9 }).length, deps }];
    }),
  );
  const closure = (f, seen = new Set()) => {
    if (seen.has(f) || !info.has(f)) return 0;
    seen.add(f);
    return info.get(f).gzip + info.get(f).deps.reduce((sum, d) => sum + closure(d, seen), 0);
  };
  const largest = files.map((f) => [f, closure(f)]).sort((a, b) => b[1] - a[1])[0];
  return { count: files.length, gzip: [...info.values()].reduce((sum, c) => sum + c.gzip, 0), largest };
}

const size = bundleSize();
console.log(`web bundle: initial JS ${kb(size.jsGzip)} gzip (${kb(size.jsRaw)} raw, ${size.files} file) — budget 80 KB; CSS ${kb(size.cssGzip)} gzip; HTML ${kb(size.htmlGzip)} gzip`);
const engine = engineSize();
const chunks = chunkSizes();
if (chunks.largest) {
  const [name, gzip] = chunks.largest;
  console.log(
    `web chunks on demand: ${chunks.count} files, ${kb(chunks.gzip)} gzip in all; largest with its dependencies ${name.replace(/-[\w-]{8}\.js$/, '')} ${kb(gzip)} (first page at most ${kb(size.jsGzip + gzip)})`,
  );
}
if (engine) console.log(`web inventory engine (loaded when the inventory page opens, not initial): ${kb(engine.gzip)} gzip (${kb(engine.raw)} raw)`);

if (!existsSync(`${DIST}index.html`) || !chromiumAvailable()) {
  console.log('web timings: skipped (needs apps/web/dist and /usr/bin/chromium: pnpm build; bash scripts/install-chromium.sh)');
} else {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  try {
    const loads = await firstResult(browser, server.url);
    console.log(
      `web first result: ${quantile(loads, 0.5).toFixed(0)} ms median from navigation (min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)}, ${LOADS} cold loads, headless Chromium, local server)`,
    );
    const pages = [
      ['memory', '#/memory?nodes=3&nodeRam=512GiB', 'f-nodeRam', ['512GiB', '256GiB', '384GiB', '1TiB', '768GiB']],
      ['ceph', '#/ceph?nodes=5&osdsPerNode=4&osdSize=20TB&stored=20TB&linkSpeed=10Gb/s&osdWrite=200MB/s', 'f-osdSize', ['20TB', '16TB', '3.84TB', '8TB', '12TB']],
      ['pg', '#/pg?osds=24&pool=rbd:size=3:ratio=0.7&pool=cephfs_data:size=3:ratio=0.3&pool=cephfs_metadata:size=3:bias=4', 'f-osds', ['24', '12', '48', '96', '36']],
      ['bond', '#/bond?links=4&speed=10Gb/s&flows=8', 'f-speed', ['10Gb/s', '25GbE', '1Gb/s', '40G', '100Gb/s']],
    ];
    const all = [];
    const dom = [];
    for (const [name, hash, id, values] of pages) {
      const r = await recompute(browser, server.url, hash, id, values);
      all.push(...r.compute);
      dom.push(...r.toDom);
      console.log(
        `web recompute ${name}: p50 ${quantile(r.compute, 0.5).toFixed(2)} ms, p95 ${quantile(r.compute, 0.95).toFixed(2)} ms; input→DOM p95 ${quantile(r.toDom, 0.95).toFixed(2)} ms (${r.compute.length} changes)`,
      );
    }
    console.log(
      `web recompute: p95 ${quantile(all, 0.95).toFixed(2)} ms over ${all.length} input changes — budget 4 ms; input event → DOM updated p50 ${quantile(dom, 0.5).toFixed(2)} ms, p95 ${quantile(dom, 0.95).toFixed(2)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
