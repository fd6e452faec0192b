/**
 * The inventory engine: the importer's reader (its zod schema, the one `capa analyze` validates
 * with), the core's analysis and its presentation, and the CRUSH engine (@capa/crush, LGPL-2.1) the
 * analysis simulates Ceph's placement with. Built into its own script (vite/lazy-engine.ts), loaded
 * when the inventory page opens: none of it weighs on the initial bundle.
 */
import { type AnalysisPlacement, forecastChart, forecastFigures, forecastInventory, type Lang } from '@capa/core';
import * as crush from '@capa/crush';
import { computeInventory } from '../calc/inventory';
import { type ClusterGroup, estateGroupText, groupInventories, importErrorText, type Inventory, warningText, mergeInventories, placementInputFromInventory, readInventory } from '@capa/importer';
import { computeEstate } from '../calc/inventory-estate';
import { DEMOS } from './demos';
import { describeInventory } from './describe';
import type { ForecastView, InventoryEngine, InventoryText, ReadResult } from './types';

const UNREADABLE: Readonly<Record<Lang, (name: string) => string>> = { en: (n) => `${n}: cannot be read`, fr: (n) => `${n}\u00a0: illisible` };
const NO_FILE: Readonly<Record<Lang, string>> = { en: 'no file', fr: 'aucun fichier' };

function readInventories(files: readonly InventoryText[], lang: Lang): ReadResult {
  const list: { file: string; inventory: Inventory }[] = [];
  for (const f of files) {
    try {
      list.push({ file: f.name, inventory: readInventory(f.text, f.name) });
    } catch (e) {
      // An ImportError names the file and the first wrong field, worded in the page's language from
      // its code; anything else (a stack overflow on absurd nesting) is still only a message.
      return { ok: false, message: e instanceof Error ? importErrorText(e, lang).slice(0, 500) : UNREADABLE[lang](f.name) };
    }
  }
  if (list.length === 0) return { ok: false, message: NO_FILE[lang] };
  // One cluster's files are merged; several clusters are an estate (the same rule as capa analyze; no --cluster here).
  const grouped = groupInventories(list);
  if (!grouped.ok) return { ok: false, message: grouped.issues.map((i) => estateGroupText(i, lang)).join(' ') };
  const all = list.map((x) => x.inventory);
  return { ok: true, inventory: grouped.groups.length === 1 ? (grouped.groups[0] as ClusterGroup).inventory : mergeInventories(all, all[0]?.collectedAt ?? ''), clusters: grouped.groups };
}

/** The maps of an inventory (captured, else built from its OSD tree), once per loaded inventory; a refusal is kept as the error, worded per language. */
const placements = new WeakMap<Inventory, AnalysisPlacement | { readonly error: unknown } | undefined>();
function placementOf(inv: Inventory, lang: Lang): AnalysisPlacement | undefined {
  let p: AnalysisPlacement | { readonly error: unknown } | undefined;
  if (placements.has(inv)) p = placements.get(inv);
  else {
    if (inv.ceph && inv.ceph.pools.length > 0) {
      try {
        const input = placementInputFromInventory(inv);
        p =
          input === null
            ? undefined
            : {
                engine: crush,
                crushDump: input.crushDump,
                osdDump: input.osdDump,
                fromOsdTree: input.fromOsdTree,
                ...(input.mapsMissing ? { mapsMissing: input.mapsMissing } : {}),
                warnings: input.warnings,
              };
      } catch (e) {
        p = { error: e };
      }
    }
    placements.set(inv, p);
  }
  // Maps the engine refuses: the analysis says it could not simulate, and why, in the page's language.
  if (p !== undefined && 'error' in p) return { refused: crush.crushErrorText(p.error, lang).slice(0, 500) };
  // The importer's warnings about the maps (a legacy straw bucket…) carry a code and params: worded here.
  return p !== undefined && 'warnings' in p && p.warnings ? { ...p, warnings: p.warnings.map((w) => ({ code: w.code, message: warningText(w, lang) })) } : p;
}

/** `capa forecast` on the open inventory's own history: the same core call, words and chart data. */
function forecast(lang: Lang, inv: Inventory): ForecastView | null {
  const series = inv.history?.series ?? [];
  if (series.length === 0) return null;
  const out = forecastInventory({ inventory: inv, series, system: 'binary', lang }, placementOf(inv, lang));
  if (!out.ok)
    return {
      ok: false,
      message: out.issues
        .map((i) => `${i.field}: ${i.message}`)
        .join('; ')
        .slice(0, 500),
    };
  return {
    ok: true,
    limits: out.value.limits.map((l) => ({
      id: `${l.id}${l.subject ? `:${l.subject}` : ''}`,
      title: l.label,
      figures: forecastFigures(l, lang, 'binary'),
      chart: l.chart === null ? null : forecastChart(l.chart, l.label, lang),
    })),
    checks: out.value.checks,
  };
}

export const ENGINE: InventoryEngine = {
  demos: DEMOS,
  describe: describeInventory,
  readInventories,
  forecast,
  compute: (state, lang, inv, clusters) =>
    clusters && clusters.length > 1 ? computeEstate(state, lang, clusters, (g) => placementOf(g.inventory, lang)) : computeInventory(state, lang, inv, placementOf(inv, lang)),
};
