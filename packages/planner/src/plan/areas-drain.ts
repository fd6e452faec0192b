/** The plan's `drain` area (issue 11, item 3): skeleton, null until its work lands. */
import type { Ctx } from './context.js';
import type { Area } from './types.js';

export interface DrainOut {
  readonly area: Area | null;
  /** Bits/s the drain's migrations take on the node's migration bond (the network budget's `migration: auto`); null without a drain section. */
  readonly migrationBps: number | null;
}

export function drainArea(_c: Ctx): DrainOut {
  return { area: null, migrationBps: null };
}
