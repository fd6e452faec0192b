/**
 * Entry of the planner engine's own script. In the page, it hands the engine over with an event; run
 * as a Web Worker (the optimizer's, src/planner/optimize-run.ts), it runs the optimizer on request
 * and posts its progress, then its result. The page stops it with terminate().
 */
import { ENGINE } from './engine';
import { PLANNER_EVENT } from './event';
import type { FromWorker, ToWorker } from './types';

/** Progress is posted at most this often: the page repaints no faster. */
const PROGRESS_MS = 100;

if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent(PLANNER_EVENT, { detail: ENGINE }));
else {
  const post = (m: FromWorker) => (self as unknown as { postMessage: (m: FromWorker) => void }).postMessage(m);
  self.addEventListener('message', (e: Event) => {
    const msg = (e as MessageEvent<ToWorker>).data;
    if (msg?.type !== 'optimize') return;
    const steps = ENGINE.optimizeScenario(msg.src, msg.lang, () => performance.now());
    let last = 0;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        post({ type: 'done', outcome: r.value });
        return;
      }
      const t = performance.now();
      if (t - last >= PROGRESS_MS) {
        last = t;
        post({ type: 'progress', progress: r.value });
      }
    }
  });
}
