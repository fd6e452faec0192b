// Optimizer benchmark: candidates evaluated per second by the fast path (one core, every candidate of
// the space checked, no ordering), and time to the optimum on a realistic space (cost-ordered search,
// winners re-checked with the full plan). Prints figures; asserts nothing. Needs `pnpm build` first.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const planner = await import(new URL('../dist/planner.bundle.mjs', import.meta.url).href);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p) => ({ ok: true, text: readFileSync(p, 'utf8') });
const cat = planner.loadCatalogue(`${root}packages/planner/catalogue`, { read });
if (!cat.ok) throw new Error(JSON.stringify(cat.issues));
const load = (name) => {
  const r = planner.loadScenarioFile(`${root}examples/${name}.yaml`, { require: 'optimize' }, read);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
};
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const scenario = load('optimize-300-vms');
// A wider space for throughput: 3 to 24 nodes.
const wide = { ...scenario, optimize: { ...scenario.optimize, nodes: { min: 3, max: 24 } } };

function throughput(s) {
  planner.exhaustive(s, cat.catalogue); // warm-up: JIT and the per-key memos
  const rates = [];
  let evaluated = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = planner.exhaustive(s, cat.catalogue);
    const ms = performance.now() - t0;
    evaluated = r.evaluated;
    rates.push(r.evaluated / (ms / 1000));
  }
  return { evaluated, rate: median(rates) };
}

function timeToOptimum(s) {
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = planner.optimize(s, cat.catalogue, { lang: 'en' });
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result: last };
}

// The worst case per candidate: candidates that pass run every check (Ceph, PGs, quorum, recovery, durability).
function passingThroughput(s) {
  const space = planner.buildSpace(s, cat.catalogue);
  const ev = planner.makeEvaluator(s, cat.catalogue);
  const nOpt = space.options.length;
  const passing = [];
  for (let a = 0; a < space.nodeCounts.length; a++) for (let b = 0; b < nOpt; b++) if (ev.check(space.nodeCounts[a], space.options[b]).pass) passing.push([space.nodeCounts[a], space.options[b]]);
  const rates = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    let ok = 0;
    for (const [n, o] of passing) if (ev.check(n, o).pass) ok++;
    rates.push(ok / ((performance.now() - t0) / 1000));
  }
  return { count: passing.length, rate: median(rates) };
}

const tp = throughput(wide);
const pp = passingThroughput(wide);
console.log(
  `optimizer fast path: ${Math.round(tp.rate).toLocaleString('en')} candidates/s (exhaustive over ${tp.evaluated.toLocaleString('en')} candidates, median of ${RUNS}; target >= 100,000/s on one core)`,
);
console.log(`optimizer fast path, passing candidates only (every check runs): ${Math.round(pp.rate).toLocaleString('en')} candidates/s (${pp.count.toLocaleString('en')} candidates)`);
const t = timeToOptimum(scenario);
const b = t.result.best;
console.log(
  `optimizer time to optimum: ${t.ms.toFixed(0)} ms on examples/optimize-300-vms.yaml (${t.result.candidatesTotal.toLocaleString('en')} candidates, ${t.result.candidatesEvaluated.toLocaleString('en')} checked in cost order, winners re-checked by the full plan; median of ${RUNS})`,
);
if (b)
  console.log(
    `  best: ${b.nodes} × ${b.platform.id}, ${b.sockets} × ${b.cpu.id}, ${b.ramBytes / 2 ** 30} GiB, ${b.disks ? `${b.disks.perNode} × ${b.disks.id}` : 'no OSDs'}, ${b.nic.links} × ${b.nic.speedBps / 1e9} Gb/s: ${Math.round(b.cost.total).toLocaleString('en')} ${b.cost.currency}`,
  );
