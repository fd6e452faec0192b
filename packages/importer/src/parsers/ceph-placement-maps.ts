/** `ceph osd crush dump` + `ceph osd dump` → the maps `capa placement` simulates Ceph with, kept only if they compile. */
import { CrushInputError, CrushUnsupportedError, loadPlacement, parseCrushDump, parseOsdDump } from '@capa/crush';
import { type InventoryPlacementMaps, PLACEMENT_MAPS_FORMAT, PLACEMENT_MAPS_VERSION } from '../schema.js';
import type { Warnings } from '../util.js';
import type { CephJsonInputs } from './ceph-commands.js';

/** Ceph's CRUSH map and OSD map, validated and checked to compile; null (with a warning) when missing or unusable. */
export function placementMapsFrom(inputs: CephJsonInputs, warnings: Warnings): InventoryPlacementMaps | null {
  const missing = [inputs.crushDump === undefined ? 'ceph osd crush dump (osd-crush-dump.json)' : '', inputs.osdDump === undefined ? 'ceph osd dump (osd-dump.json)' : ''].filter(Boolean);
  if (missing.length > 0) {
    warnings.add('ceph.no-crush-map', { crushDump: inputs.crushDump === undefined, osdDump: inputs.osdDump === undefined }, missing.join(', '));
    return null;
  }
  try {
    const crushDump = parseCrushDump(inputs.crushDump);
    const osdDump = parseOsdDump(inputs.osdDump);
    // Compiling refuses what the simulator cannot place (unknown bucket algorithms, hashes, steps).
    const compiled = loadPlacement(crushDump, osdDump);
    for (const w of compiled.crush.warnings) warnings.add('ceph.crush-map-assumption', { detail: w.message, ...w.params }, 'ceph osd crush dump');
    return { format: PLACEMENT_MAPS_FORMAT, version: PLACEMENT_MAPS_VERSION, crushDump, osdDump };
  } catch (e) {
    // The reader's refusal as its code + params (crushCode), so the warning is worded in the user's language.
    const coded = e instanceof CrushInputError || e instanceof CrushUnsupportedError ? { ...e.params, crushCode: e.code } : {};
    warnings.add('ceph.crush-map-unusable', { ...coded, error: e instanceof Error ? e.message : String(e) }, 'ceph osd crush dump');
    return null;
  }
}
