/**
 * Loads the inventory engine once, on demand: adds its classic script (allowed from file:// and by
 * the CSP's script-src 'self'), which dispatches the engine on `document` when it runs.
 */
import { devEngine, ENGINE_FILE } from 'virtual:capa-inventory-engine';
import { ENGINE_EVENT } from './event';
import type { InventoryEngine } from './types';

let pending: Promise<InventoryEngine> | undefined;

function addScript(file: string): Promise<InventoryEngine> {
  return new Promise((resolve, reject) => {
    const onReady = (e: Event) => resolve((e as CustomEvent<InventoryEngine>).detail);
    document.addEventListener(ENGINE_EVENT, onReady, { once: true });
    const script = document.createElement('script');
    script.src = file;
    script.async = true;
    script.onerror = () => {
      document.removeEventListener(ENGINE_EVENT, onReady);
      script.remove();
      reject(new Error(file));
    };
    document.head.append(script);
  });
}

export function loadEngine(): Promise<InventoryEngine> {
  pending ??= (devEngine ? devEngine() : addScript(ENGINE_FILE ?? '')).catch((e: unknown) => {
    pending = undefined; // a later attempt may succeed (back online)
    throw e;
  });
  return pending;
}
