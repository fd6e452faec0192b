/** Loads the planner engine once, on demand (engine-script.ts). */
import { devEngine, ENGINE_FILE } from 'virtual:capa-planner-engine';
import { engineLoader } from '../engine-script';
import { PLANNER_EVENT } from './event';
import type { PlannerEngine } from './types';

export const loadEngine: () => Promise<PlannerEngine> = engineLoader<PlannerEngine>(ENGINE_FILE, PLANNER_EVENT, devEngine);

/** The engine's script, to start as the optimizer's worker: null in the dev server. */
export const ENGINE_SCRIPT: string | null = ENGINE_FILE;
