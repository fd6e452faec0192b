// Which failures to simulate: the sets of hosts that fail together, heaviest first when there are
// too many combinations to play them all (simulatePlacement, simulate.ts, plays each set).
import type { OsdMap } from './osdmap.js';
import { osdSizes } from './simulate.js';
import { hostsOf } from './summary.js';

/**
 * The sets of `f` hosts to fail together (hosts with at least one OSD up and in), at most `limit` of
 * them: every combination when there are
 * that few, else the combinations of the heaviest hosts first (hosts sorted by CRUSH weight, then name,
 * combinations in lexicographic order of that list). `total` says how many combinations exist.
 */
export function hostFailureSets(map: OsdMap, f: number, limit: number): { sets: { label: string; hosts: string[]; osds: number[] }[]; total: number } {
  const size = osdSizes(map);
  // A host whose OSDs are all down or out already (e.g. a node being removed) has nothing left to lose.
  const live = (o: number): boolean => map.exists[o] === 1 && map.isUp[o] === 1 && map.weight[o]! > 0;
  const hosts = [...hostsOf(map)]
    .filter(([, osds]) => osds.some(live))
    .map(([name, osds]) => ({ name, osds, weight: osds.reduce((s, o) => s + size[o]!, 0) }))
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  let total = 1;
  for (let i = 0; i < f; i++) total = (total * (hosts.length - i)) / (i + 1);
  total = f < 0 || f > hosts.length ? 0 : Math.round(total);
  const sets: { label: string; hosts: string[]; osds: number[] }[] = [];
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (sets.length >= limit) return;
    if (pick.length === f) {
      const chosen = pick.map((i) => hosts[i]!);
      sets.push({ label: chosen.map((h) => h.name).join(' + '), hosts: chosen.map((h) => h.name), osds: chosen.flatMap((h) => h.osds) });
      return;
    }
    for (let i = from; i < hosts.length && sets.length < limit; i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  if (f >= 1 && total > 0) walk(0);
  return { sets, total };
}
