/** `ceph osd crush dump` + `ceph osd dump` → the maps `capa placement` simulates Ceph with, kept only if they compile. */
import { loadPlacement, parseCrushDump, parseOsdDump } from '@capa/crush';
import { type InventoryPlacementMaps, PLACEMENT_MAPS_FORMAT, PLACEMENT_MAPS_VERSION } from '../schema.js';
import type { Warnings } from '../util.js';
import type { CephJsonInputs } from './ceph-commands.js';

/** What `capa placement` does without Ceph's maps: said once, at import, with the files to capture. */
export const NO_MAPS_WARNING =
  'placement will use a map built from the OSD tree (one straw2 bucket per host, weight = CRUSH weight in TiB, replicated_rule: chooseleaf firstn 0 type host): Ceph’s bucket ids and rules may differ, so per-PG up sets are not Ceph’s, only alike';

/** Ceph's CRUSH map and OSD map, validated and checked to compile; null (with a warning) when missing or unusable. */
export function placementMapsFrom(inputs: CephJsonInputs, warnings: Warnings): InventoryPlacementMaps | null {
  const missing = [inputs.crushDump === undefined ? 'ceph osd crush dump (osd-crush-dump.json)' : '', inputs.osdDump === undefined ? 'ceph osd dump (osd-dump.json)' : ''].filter(Boolean);
  if (missing.length > 0) {
    warnings.add('ceph.no-crush-map', `${missing.join(' and ')} not imported: ${NO_MAPS_WARNING}`, missing.join(', '));
    return null;
  }
  try {
    const crushDump = parseCrushDump(inputs.crushDump);
    const osdDump = parseOsdDump(inputs.osdDump);
    // Compiling refuses what the simulator cannot place (unknown bucket algorithms, hashes, steps).
    const compiled = loadPlacement(crushDump, osdDump);
    for (const w of compiled.crush.warnings) warnings.add('ceph.crush-map-assumption', w, 'ceph osd crush dump');
    return { format: PLACEMENT_MAPS_FORMAT, version: PLACEMENT_MAPS_VERSION, crushDump, osdDump };
  } catch (e) {
    warnings.add('ceph.crush-map-unusable', `${e instanceof Error ? e.message : String(e)}: ${NO_MAPS_WARNING}`, 'ceph osd crush dump');
    return null;
  }
}
