/**
 * The inventory engine: the importer's reader (its zod schema, the one `capa analyze` validates
 * with), the core's analysis and its presentation. Built into its own script (vite/lazy-engine.ts),
 * loaded when the inventory page opens.
 */
import { computeInventory } from '../calc/inventory';
import { type Inventory, mergeInventories, readInventory } from '@capa/importer';
import type { InventoryEngine, InventoryText, ReadResult } from './types';

function readInventories(files: readonly InventoryText[]): ReadResult {
  const list: Inventory[] = [];
  for (const f of files) {
    try {
      list.push(readInventory(f.text, f.name));
    } catch (e) {
      // ImportError messages name the file and the first wrong field; anything else (a stack
      // overflow on absurd nesting) is still only a message.
      return { ok: false, message: e instanceof Error ? e.message.slice(0, 500) : `${f.name}: cannot be read` };
    }
  }
  if (list.length === 0) return { ok: false, message: 'no file' };
  return { ok: true, inventory: mergeInventories(list, list[0]?.collectedAt ?? '') };
}

export const ENGINE: InventoryEngine = { readInventories, compute: computeInventory };
