/**
 * Timing hooks for the benchmark, through the browser's User Timing API (no global of our own):
 * `capa:recompute` measures each computation, `capa:first-result` marks the first result shown.
 */
const hasTiming = typeof performance !== 'undefined' && typeof performance.measure === 'function';
let firstMarked = false;
let measures = 0;

export function computeTimed<T>(run: () => T): T {
  const start = performance.now();
  const out = run();
  if (hasTiming) {
    // Bounded: a long session must not grow the timeline without end.
    if (++measures > 2000) {
      performance.clearMeasures('capa:recompute');
      measures = 0;
    }
    performance.measure('capa:recompute', { start, end: performance.now() });
  }
  return out;
}

export function markFirstResult(): void {
  if (firstMarked || !hasTiming) return;
  firstMarked = true;
  performance.mark('capa:first-result');
}
