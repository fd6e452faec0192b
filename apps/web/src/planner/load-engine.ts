/**
 * Loads the planner engine once, on demand: adds its classic script (allowed from file:// and by
 * the CSP's script-src 'self'), which dispatches the engine on `document` when it runs.
 */
import { devEngine, ENGINE_FILE } from 'virtual:capa-planner-engine';
import { PLANNER_EVENT } from './event';
import type { PlannerEngine } from './types';

let pending: Promise<PlannerEngine> | undefined;

function addScript(file: string): Promise<PlannerEngine> {
  return new Promise((resolve, reject) => {
    const onReady = (e: Event) => resolve((e as CustomEvent<PlannerEngine>).detail);
    document.addEventListener(PLANNER_EVENT, onReady, { once: true });
    const script = document.createElement('script');
    script.src = file;
    script.async = true;
    script.onerror = () => {
      document.removeEventListener(PLANNER_EVENT, onReady);
      script.remove();
      reject(new Error(file));
    };
    document.head.append(script);
  });
}

export function loadEngine(): Promise<PlannerEngine> {
  pending ??= (devEngine ? devEngine() : addScript(ENGINE_FILE ?? '')).catch((e: unknown) => {
    pending = undefined; // a later attempt may succeed (back online)
    throw e;
  });
  return pending;
}

/** The engine's script, to start as the optimizer's worker: null in the dev server. */
export const ENGINE_SCRIPT: string | null = ENGINE_FILE;
