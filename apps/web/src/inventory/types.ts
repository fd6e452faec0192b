/**
 * What the inventory engine (built as a separate, lazily loaded script: vite/lazy-engine.ts) offers
 * the page. Only types here: the initial bundle must not pull the importer's zod schema in.
 */
import type { ChartShapes, Check, Lang } from '@capa/core';
import type { ClusterGroup, Inventory } from '@capa/importer';
import type { PageState } from '../state/fields';
import type { FileInfo } from '../state/inventory-file';
import type { PageOutcome } from '../state/page';
import type { Text } from '../state/text';

/** One file as read by the browser: its name (shown, never interpreted) and its text. */
export interface InventoryText {
  readonly name: string;
  readonly text: string;
}

/** `inventory`: every file merged (the summary); `clusters`: the files grouped into clusters as `capa analyze` groups them (several: an estate). */
export type ReadResult = { readonly ok: true; readonly inventory: Inventory; readonly clusters: readonly ClusterGroup[] } | { readonly ok: false; readonly message: string };

/** A built-in inventory the page opens with one click (a class has something to look at without a file). */
export interface DemoInventory {
  readonly id: string;
  readonly label: Text;
  readonly file: InventoryText;
}

export interface InventoryEngine {
  /** The demo inventories, carried by the engine's script so the initial one stays small. */
  readonly demos: readonly DemoInventory[];
  /** Validates each file with the importer's own schema (`readInventory`), groups them into clusters and merges each as `capa analyze` does. */
  readonly readInventories: (files: readonly InventoryText[], lang: Lang) => ReadResult;
  /** What the inventory holds, as label/value lines (src/inventory/describe.ts). */
  readonly describe: (inv: Inventory, files: readonly FileInfo[], lang: Lang) => { label: string; value: string }[];
  /** The what-ifs read, the core's analyzeInventory run, its result presented (src/calc/inventory.ts); several clusters: analyzeEstate (src/calc/inventory-estate.ts). */
  readonly compute: (state: PageState, lang: Lang, inventory: Inventory, clusters?: readonly ClusterGroup[]) => PageOutcome;
  /** The core's forecast of the inventory's history, in words and charts (null without history). */
  readonly forecast: (lang: Lang, inventory: Inventory) => ForecastView | null;
}

/** A forecast as the page shows it: each limit's figures and chart, the checks; or why it could not run. */
export type ForecastView =
  | {
      readonly ok: true;
      readonly limits: readonly { readonly id: string; readonly title: string; readonly figures: readonly { label: string; value: string }[]; readonly chart: ChartShapes | null }[];
      readonly checks: readonly Check[];
    }
  | { readonly ok: false; readonly message: string };
