// `pnpm bench`: every benchmark prints its figures; none of them fails the build.
import { startup } from './startup.mjs';

const s = startup();
console.log(`cli start-up: capa memory ${s.capaMs.toFixed(1)} ms, node -e 0 ${s.nodeMs.toFixed(1)} ms, ratio ${s.ratio.toFixed(2)}x (budget 2.00x, median of ${s.runs})`);

// The forecast's backtest (issue 13): synthetic series cut, forecast and compared with their true crossing.
const { syntheticBacktest } = await import('../packages/core/dist/index.js');
for (const [label, tol] of [
  ['to the day', 0],
  ['within the week', 7],
]) {
  const b = syntheticBacktest(13, 50, tol);
  console.log(
    `forecast backtest (${label}): ${b.withinBand}/${b.series} series within the band = ${(b.coverage * 100).toFixed(1)} % (target ≥ 80 %), median error ${b.medianErrorDays.toFixed(1)} days, median band ${b.medianBandDays.toFixed(0)} days`,
  );
}
{
  const { backtest, seededRandom, syntheticSeries } = await import('../packages/core/dist/index.js');
  const rnd = seededRandom(13);
  const byKind = ['linear', 'seasonal', 'step', 'noisy'].map((k) => [k, backtest(Array.from({ length: 50 }, () => syntheticSeries(rnd, k)))]);
  console.log(`forecast backtest by kind: ${byKind.map(([k, b]) => `${k} ${(b.coverage * 100).toFixed(0)} % (error ${b.medianErrorDays.toFixed(1)} d)`).join(', ')}`);
}
