/** Provided by vite/lazy-engine.ts. */
declare module 'virtual:capa-planner-engine' {
  import type { PlannerEngine } from './types';
  /** The engine's script, relative to the page (a build); null in the dev server. */
  export const ENGINE_FILE: string | null;
  /** The dev server's way to the engine; null in a build. */
  export const devEngine: (() => Promise<PlannerEngine>) | null;
}
