// Cold-start wall time of `capa memory ...` against `node -e 0`, median of RUNS each, interleaved
// so machine noise hits both alike. Prints figures; asserts nothing (budget: ratio <= 2.0).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const bin = fileURLToPath(new URL('../packages/cli/bin/capa.js', import.meta.url));
const capa = [bin, 'memory', '--nodes', '3', '--node-ram', '512GiB'];
const bare = ['-e', '0'];

function wall(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export function startup() {
  wall(bare);
  wall(capa); // warm the file cache
  const a = [],
    b = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(wall(bare));
    a.push(wall(capa));
  }
  const ratio = median(a) / median(b);
  return { runs: RUNS, capaMs: median(a), nodeMs: median(b), ratio };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = startup();
  console.log(`cli start-up: capa memory ${r.capaMs.toFixed(1)} ms, node -e 0 ${r.nodeMs.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}x (budget 2.00x, median of ${r.runs})`);
}
