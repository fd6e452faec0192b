/**
 * Runs the optimizer without freezing the page, with its progress and a way to stop it. Served over
 * http(s), it runs in a Web Worker: the planner engine's own script (CSP `worker-src 'self'`), stopped
 * with terminate(). A page opened from a folder (file://) cannot start a worker (Chromium refuses a
 * worker script from a file: URL), so there the search runs in the page a slice at a time (about
 * 40 ms), the progress shown between slices, Cancel stopping it between two slices.
 */
import type { Lang } from '@capa/core';
import type { OptimizeProgress } from '@capa/planner/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ENGINE_SCRIPT } from './load-engine';
import type { FromWorker, Optimized, Outcome, PlannerEngine, ScenarioSource, ToWorker } from './types';

const SLICE_MS = 40;

export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: OptimizeProgress | null; readonly inWorker: boolean }
  | { readonly status: 'cancelled' }
  | { readonly status: 'done'; readonly outcome: Outcome<Optimized> };

/** A worker from the engine's script, or null where none can start (file://, the dev server, a refusal). */
function startWorker(): Worker | null {
  if (ENGINE_SCRIPT === null || (location.protocol !== 'http:' && location.protocol !== 'https:') || typeof Worker === 'undefined') return null;
  try {
    return new Worker(ENGINE_SCRIPT);
  } catch {
    return null;
  }
}

export function useOptimizer(engine: PlannerEngine): { state: RunState; run: (src: ScenarioSource, lang: Lang) => void; cancel: () => void } {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const token = useRef(0);
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    token.current++;
    worker.current?.terminate();
    worker.current = null;
  };
  // Leaving the page stops the search.
  useEffect(() => stop, []);

  const inPage = (id: number, src: ScenarioSource, lang: Lang) => {
    const steps = engine.optimizeScenario(src, lang, () => performance.now());
    setState({ status: 'running', progress: null, inWorker: false });
    const slice = () => {
      if (token.current !== id) return;
      const end = performance.now() + SLICE_MS;
      let last: OptimizeProgress | null = null;
      for (;;) {
        const r = steps.next();
        if (r.done) {
          setState({ status: 'done', outcome: r.value });
          return;
        }
        last = r.value;
        if (performance.now() > end) break;
      }
      setState({ status: 'running', progress: last, inWorker: false });
      setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  };

  const run = (src: ScenarioSource, lang: Lang) => {
    stop();
    const id = token.current;
    const w = startWorker();
    if (w === null) {
      inPage(id, src, lang);
      return;
    }
    worker.current = w;
    setState({ status: 'running', progress: null, inWorker: true });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      if (token.current !== id) return;
      if (e.data.type === 'progress') setState({ status: 'running', progress: e.data.progress, inWorker: true });
      else {
        setState({ status: 'done', outcome: e.data.outcome });
        w.terminate();
        worker.current = null;
      }
    };
    // A worker that cannot run (refused by the browser) gives way to the page.
    w.onerror = (e) => {
      e.preventDefault();
      if (token.current !== id) return;
      w.terminate();
      worker.current = null;
      inPage(id, src, lang);
    };
    w.postMessage({ type: 'optimize', src, lang } satisfies ToWorker);
  };
  const cancel = () => {
    stop();
    setState({ status: 'cancelled' });
  };
  return { state, run, cancel };
}
