/** Loads the inventory engine once, on demand (engine-script.ts). */
import { devEngine, ENGINE_FILE } from 'virtual:capa-inventory-engine';
import { engineLoader } from '../engine-script';
import { ENGINE_EVENT } from './event';
import type { InventoryEngine } from './types';

export const loadEngine: () => Promise<InventoryEngine> = engineLoader<InventoryEngine>(ENGINE_FILE, ENGINE_EVENT, devEngine);
